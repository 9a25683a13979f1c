/*
 * `npm test` must run every test file in the repository. A glob in vitest.config.ts that silently matches fewer files
 * (a renamed folder, a new extension) would leave tests unrun and the suite green, so this compares what vitest
 * collects with a walk of the tree. The real-editor suite (test/e2e) runs in VS Code itself, not in vitest.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.e2e', '.vscode-test']);
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : walk(path.join(dir, e.name));
    return TEST_FILE.test(e.name) ? [path.relative(ROOT, path.join(dir, e.name)).split(path.sep).join('/')] : [];
  });
}

describe('test collection', () => {
  it('vitest collects every test file in the repository except the real-editor suite', () => {
    const inTree = walk(ROOT)
      .filter((f) => !f.startsWith('test/e2e/'))
      .sort();
    const listed = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'list', '--filesOnly', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, AKKOORDWIJZER_SKIP_BUILD: '1' },
    });
    const collected = (JSON.parse(listed.slice(listed.indexOf('['))) as { file: string }[])
      .map((t) => path.relative(ROOT, t.file).split(path.sep).join('/'))
      .sort();
    expect(inTree.length).toBeGreaterThan(40);
    expect(collected).toEqual(inTree);
  });
});
