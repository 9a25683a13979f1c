/*
 * `check --fix` writes the certain fixes and reports what remains; `--fix-dry-run` prints them as a unified diff and
 * writes nothing. (That the editor's fix-all gives the same text is tested over LSP in test/lsp/fixAll.test.ts.)
 */
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './runCli';

const MOTIES = path.join(ROOT, 'test', 'fixtures', 'moties');
const PICKED = ['stikstof-zonder-slot.md', 'formules.md', 'defensie-zonder-aanhef.md', 'vaag-per-plek.md'];

describe('check --fix and --fix-dry-run', () => {
  let dir: string;
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  const original = (name: string) => readFileSync(path.join(MOTIES, name), 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-fix-'));
    for (const name of PICKED) cpSync(path.join(MOTIES, name), path.join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--fix-dry-run prints a unified diff that gives the text --fix writes, and writes nothing', async () => {
    const before = PICKED.map((n) => ({ n, text: read(n), mtime: statSync(path.join(dir, n)).mtimeMs }));
    const dry = await runCli(['check', '--fix-dry-run', ...PICKED], dir);
    for (const b of before) {
      expect(read(b.n)).toBe(b.text);
      expect(statSync(path.join(dir, b.n)).mtimeMs).toBe(b.mtime);
    }
    expect(dry.stdout).toMatch(/^--- a\/stikstof-zonder-slot\.md\n\+\+\+ b\/stikstof-zonder-slot\.md\n@@ /m);
    expect(dry.stdout).toContain('+en gaat over tot de orde van de dag.');
    const patches = parsePatch(dry.stdout);
    // vaag-per-plek has only vague terms: nothing certain, so no diff for it.
    expect(patches.map((p) => p.newFileName)).toEqual(['b/stikstof-zonder-slot.md', 'b/formules.md', 'b/defensie-zonder-aanhef.md']);
    const patched = new Map(patches.map((p) => [p.oldFileName!.slice(2), applyPatch(read(p.oldFileName!.slice(2)), p)]));

    const fix = await runCli(['check', '--fix', ...PICKED], dir);
    for (const [name, text] of patched) expect(read(name)).toBe(text);
    expect(read('vaag-per-plek.md')).toBe(original('vaag-per-plek.md'));
    expect(fix.stderr).toMatch(/^stikstof-zonder-slot\.md: \d+ meldingen? hersteld$/m);
    expect(fix.stderr).not.toMatch(/vaag-per-plek\.md: .* hersteld/);
    // The exit code follows what remains: the same as a plain check of the fixed files.
    expect(fix.code).toBe((await runCli(['check', ...PICKED], dir)).code);
  });

  it('--fix-dry-run reports what would remain on standard error, and exits as --fix would (it said nothing and exited on the findings before the fix)', async () => {
    const dry = await runCli(['check', '--fix-dry-run', 'stikstof-zonder-slot.md', 'vaag-per-plek.md'], dir);
    // Standard output is the diff alone.
    expect(parsePatch(dry.stdout).map((p) => p.newFileName)).toEqual(['b/stikstof-zonder-slot.md']);
    expect(dry.stderr).toContain('Na deze correcties blijft over (regel en kolom in de herstelde tekst):');
    expect(dry.stderr).toMatch(/^vaag-per-plek\.md:\d+:\d+: \w+ vaag-begrip /m);
    expect(dry.stderr).not.toMatch(/^stikstof-zonder-slot\.md:\d+:\d+: \w+ motie-slot /m);
    const fix = await runCli(['check', '--fix', 'stikstof-zonder-slot.md', 'vaag-per-plek.md'], dir);
    expect(dry.code).toBe(fix.code);
    // The remaining findings are those --fix reports, at the same places.
    const lines = (out: string) => out.split('\n').filter((l) => /^\S+\.md:\d+:\d+: /.test(l));
    expect(lines(dry.stderr)).toEqual(lines(fix.stdout));
  });

  it('--fix reports what remains: fixed findings are gone, the vague terms stay', async () => {
    const before = await runCli(['check', '--format', 'json', ...PICKED], dir);
    const after = await runCli(['check', '--fix', '--format', 'json', ...PICKED], dir);
    const rules = (out: string) => (JSON.parse(out) as { files: { findings: { ruleId: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.ruleId));
    expect(rules(before.stdout)).toContain('motie-slot');
    expect(rules(after.stdout)).not.toContain('motie-slot');
    expect(rules(after.stdout).filter((r) => r === 'vaag-begrip')).toEqual(rules(before.stdout).filter((r) => r === 'vaag-begrip'));
    // A second run has nothing left to fix: it writes nothing and says nothing about fixing.
    const names = readdirSync(dir);
    const texts = names.map(read);
    const again = await runCli(['check', '--fix', ...PICKED], dir);
    expect(names.map(read)).toEqual(texts);
    expect(again.stderr).not.toMatch(/hersteld/);
  });

  it('--fix writes a draft linked from elsewhere through its link, with its permissions, and leaves no temporary file', async () => {
    // The draft lives in a synchronised folder, linked into the workspace; only its owner may read it.
    mkdirSync(path.join(dir, 'gedeeld'));
    renameSync(path.join(dir, 'formules.md'), path.join(dir, 'gedeeld', 'formules.md'));
    symlinkSync(path.join(dir, 'gedeeld', 'formules.md'), path.join(dir, 'formules.md'));
    chmodSync(path.join(dir, 'gedeeld', 'formules.md'), 0o600);
    const dry = await runCli(['check', '--fix-dry-run', 'formules.md'], dir);
    const expected = applyPatch(original('formules.md'), parsePatch(dry.stdout)[0]!);
    await runCli(['check', '--fix', 'formules.md'], dir);
    expect(lstatSync(path.join(dir, 'formules.md')).isSymbolicLink()).toBe(true);
    expect(read(path.join('gedeeld', 'formules.md'))).toBe(expected);
    expect(expected).not.toBe(original('formules.md'));
    if (process.platform !== 'win32') expect(statSync(path.join(dir, 'gedeeld', 'formules.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.join(dir, 'gedeeld'))).toEqual(['formules.md']);
  });

  it('speaks English with --taal en', async () => {
    const fix = await runCli(['check', '--fix', '--taal', 'en', 'formules.md'], dir);
    expect(fix.stderr).toMatch(/^formules\.md: \d+ findings? fixed$/m);
  });

  it('refuses --fix with --fix-dry-run, and --fix on standard input', async () => {
    const both = await runCli(['check', '--fix', '--fix-dry-run', 'formules.md'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--fix en --fix-dry-run gaan niet samen');
    // Wherever "-" stands, and with --stdin too (a reviewer: "--stdin --fix" was taken and wrote nothing, silently).
    for (const args of [['--fix', '-'], ['-', '--fix'], ['--stdin', '--fix'], ['--fix', '--stdin']]) {
      const stdin = await runCli(['check', ...args], dir, original('formules.md'));
      expect(stdin.code).toBe(2);
      expect(stdin.stderr).toContain('--fix kan standaardinvoer (--stdin of -) niet terugschrijven; gebruik --fix-dry-run');
    }
    expect(read('formules.md')).toBe(original('formules.md'));
  });

  it('refuses --fix-dry-run with --format json or sarif, with the usage (it printed a diff where JSON was asked)', async () => {
    for (const format of ['json', 'sarif']) {
      const r = await runCli(['check', '--fix-dry-run', '--format', format, 'formules.md'], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`--fix-dry-run geeft een diff, geen ${format}; laat --format ${format} weg, of gebruik --fix`);
      expect(r.stderr).toMatch(/akkoordwijzer check/);
    }
    expect((await runCli(['check', '--format', 'text', '--fix-dry-run', 'formules.md'], dir)).code).not.toBe(2);
  });

  it('--fix-dry-run on standard input prints the diff, under the name --stdin-filename gives (it printed nothing)', async () => {
    const dry = await runCli(['check', '--stdin', '--stdin-filename', 'formules.md', '--fix-dry-run'], dir, original('formules.md'));
    expect(dry.stdout).toMatch(/^--- a\/formules\.md\n\+\+\+ b\/formules\.md\n@@ /);
    const written = await runCli(['check', '--fix-dry-run', 'formules.md'], dir);
    expect(dry.stdout).toBe(written.stdout);
    expect(read('formules.md')).toBe(original('formules.md'));
  });

  it('lists both options in the help of check', async () => {
    const help = await runCli(['check', '--help']);
    expect(help.stdout).toMatch(/\[--fix\] \[--fix-dry-run\]/);
    expect(help.stdout).toMatch(/--fix-dry-run\s+toon die correcties als unified diff, schrijf niets/);
  });
});
