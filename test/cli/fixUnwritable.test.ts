/*
 * `check --fix` on a draft that can be read but not written (read-only, as root never sees it): the write fails, and
 * the draft's findings are still reported, as they stand, in every format (they were dropped: "0 bestanden
 * gecontroleerd", JSON `"files": []`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT, runCli } from './runCli';

vi.mock('../../src/host/files', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/host/files')>();
  // Every write refused as a read-only file refuses it.
  return { ...actual, writeWhole: (...files: { file: string }[]) => ({ file: files[0]!.file, reason: { nl: 'geen toestemming', en: 'no permission' }, kept: [] }) };
});

const MOTIE = path.join(ROOT, 'test', 'fixtures', 'moties', 'formules.md');

describe('check --fix on a file that cannot be written', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-fix-ro-'));
    cpSync(MOTIE, path.join(dir, 'formules.md'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports its findings as they stand, with the write error, exit 2, in text and JSON', async () => {
    const unfixed = await runCli(['check', '--format', 'json', 'formules.md'], dir);
    const before = JSON.parse(unfixed.stdout).files[0].findings.length;
    expect(before).toBeGreaterThan(0);

    const text = await runCli(['check', '--fix', 'formules.md'], dir);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('formules.md: kan het herstelde bestand niet schrijven (geen toestemming)');
    expect(text.stdout).toMatch(/^formules\.md:\d+:\d+: /m);
    expect(text.stdout).not.toContain('0 bestanden gecontroleerd');

    const json = await runCli(['check', '--fix', '--format', 'json', 'formules.md'], dir);
    expect(json.code).toBe(2);
    const files = JSON.parse(json.stdout).files;
    expect(files).toHaveLength(1);
    expect(files[0].findings).toHaveLength(before);

    const sarif = await runCli(['check', '--fix', '--format', 'sarif', 'formules.md'], dir);
    expect(sarif.code).toBe(2);
    expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(before);
    expect(readFileSync(path.join(dir, 'formules.md'), 'utf8')).toBe(readFileSync(MOTIE, 'utf8'));
  });
});
