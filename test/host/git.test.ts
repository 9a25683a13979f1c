import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitShow } from '../../src/host/git';

/** `gitShow` (the CLI's `compare REV:file`): the one program the tools start, never steered by what the user types. */
describe('reading an older version with git', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aw-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  writeFileSync(path.join(dir, 'motie.md'), 'De Kamer,\n');
  git('add', 'motie.md');
  git('commit', '-q', '-m', 'eerste versie');

  it('reads the file at a revision', async () => {
    expect(await gitShow('HEAD', path.join(dir, 'motie.md'))).toEqual({ text: 'De Kamer,\n' });
  });

  it('reads a revision that starts with "-" as a revision, never as an option (--output would write a file)', async () => {
    // Read as an option, `--output=DIR/x:./motie.md` would write DIR/x:./motie.md: a folder `x:.` makes that path real.
    mkdirSync(path.join(dir, 'x:.'));
    const result = await gitShow(`--output=${path.join(dir, 'x')}`, path.join(dir, 'motie.md'));
    expect(result).toMatchObject({ problem: { kind: 'not-found' } });
    expect(existsSync(path.join(dir, 'x:.', 'motie.md'))).toBe(false);
  });
});
