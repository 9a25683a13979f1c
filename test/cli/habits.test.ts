import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './runCli';

// The options people know from ESLint and markdownlint-cli2, each against a small tree of real files.

const GOOD_MOTIE = `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat ziekenhuizen getroffen worden door ransomware;\n\nverzoekt de regering het NCSC vóór 1 januari 2027 het mandaat te geven ziekenhuizen actief te helpen,\n\nen gaat over tot de orde van de dag.\n\nVerhoeven\n`;
const VAGUE_MOTIE = GOOD_MOTIE.replace('het mandaat te geven', 'de regie te geven over het mandaat om');
const NO_SLOT = GOOD_MOTIE.replace('en gaat over tot de orde van de dag.\n\n', '');
/** No formula a motie is recognised by: only its name (`*.motie.md`) can make it one. */
const BARE_DICTUM = 'Verzoekt de regering de regie te nemen over de zorg.\n';

type Json = { files: { path: string; kind: string; findings: { ruleId: string; severity: string }[] }[] };
const json = (stdout: string) => JSON.parse(stdout) as Json;
const paths = (stdout: string) => json(stdout).files.map((f) => f.path);
const count = (j: Json, severity: string) => j.files.reduce((n, f) => n + f.findings.filter((x) => x.severity === severity).length, 0);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'aw-habits-'));
  // The tree is a repository of its own, so no ignore file above it (in the temporary folder) counts.
  mkdirSync(path.join(dir, '.git'));
  for (const [file, text] of Object.entries({
    'vaag.md': VAGUE_MOTIE,
    'zonder-slot.md': NO_SLOT,
    'moties/a.md': VAGUE_MOTIE,
    'moties/sub/b.md': GOOD_MOTIE,
    'moties/notities.txt': 'geen markdown',
    'moties/oud/c.md': VAGUE_MOTIE,
    'moties/d.oud.md': VAGUE_MOTIE,
    'moties/bewaar.oud.md': VAGUE_MOTIE,
    'vragen/e.md': GOOD_MOTIE,
    'streng/.akkoordwijzer.yaml': 'regels:\n  vaag-begrip: off\n',
  })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--quiet', () => {
  it('reports errors only, in every format, and still fails on errors', async () => {
    const all = await run(['check', '--format', 'json', 'vaag.md', 'zonder-slot.md'], dir);
    expect(count(json(all.stdout), 'warning')).toBeGreaterThan(0);
    const quiet = await run(['check', '--quiet', '--format', 'json', 'vaag.md', 'zonder-slot.md'], dir);
    expect(quiet.code).toBe(1);
    const severities = json(quiet.stdout).files.flatMap((f) => f.findings.map((x) => x.severity));
    expect(severities.length).toBe(count(json(all.stdout), 'error'));
    expect(new Set(severities)).toEqual(new Set(['error']));
    const text = await run(['check', '-q', 'vaag.md', 'zonder-slot.md'], dir);
    expect(text.stdout.trim().split('\n').map((l) => l.split(' ')[1])).toEqual(severities);
    const sarif = JSON.parse((await run(['check', '--quiet', '--format', 'sarif', 'vaag.md'], dir)).stdout);
    expect(sarif.runs[0].results).toEqual([]);
  });
});

describe('--max-warnings', () => {
  it('exits 1 only above the limit (ESLint: more than N), counting warnings that --quiet hides', async () => {
    const warnings = count(json((await run(['check', '--format', 'json', 'vaag.md'], dir)).stdout), 'warning');
    expect(warnings).toBeGreaterThan(0);
    const below = await run(['check', '--max-warnings', String(warnings - 1), 'vaag.md'], dir);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain(`te veel waarschuwingen: ${warnings} (hoogstens ${warnings - 1} met --max-warnings)`);
    const at = await run(['check', '--max-warnings', String(warnings), 'vaag.md'], dir);
    expect(at.code).toBe(0);
    expect(at.stderr).not.toContain('te veel');
    expect((await run(['check', `--max-warnings=${warnings + 1}`, 'vaag.md'], dir)).code).toBe(0);
    expect((await run(['check', '--max-warnings', '-1', 'vaag.md'], dir)).code).toBe(0);
    const quiet = await run(['check', '--quiet', '--max-warnings', '0', 'vaag.md'], dir);
    expect(quiet).toMatchObject({ code: 1, stdout: '' });
    const en = await run(['check', '--taal', 'en', '--max-warnings', '0', 'vaag.md'], dir);
    expect(en.stderr).toContain(`too many warnings: ${warnings} (at most 0 with --max-warnings)`);
  });

  it('refuses what is no limit', async () => {
    for (const bad of ['veel', '1.5', '-2', '']) {
      const r = await run(['check', `--max-warnings=${bad}`, 'vaag.md'], dir);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toContain(`--max-warnings verwacht een heel getal van 0 of meer, of -1 voor geen grens (niet "${bad}")`);
    }
  });
});

describe('--stdin and --stdin-filename', () => {
  it('without a name: the draft is "-", checked in the working directory', async () => {
    const r = await run(['check', '--stdin', '--format', 'json'], dir, VAGUE_MOTIE);
    expect(r.code).toBe(0);
    expect(json(r.stdout).files).toMatchObject([{ path: '-', kind: 'motie' }]);
    expect(json(r.stdout).files[0]!.findings.map((x) => x.ruleId)).toContain('vaag-begrip');
    const none = await run(['check', '--stdin'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('-: geen standaardinvoer om te lezen');
  });

  it('with a name: the name decides the kind, the configuration and what reports say; nothing is written', async () => {
    const unnamed = await run(['check', '--stdin', '--format', 'json'], dir, BARE_DICTUM);
    expect(json(unnamed.stdout).files[0]!.kind).toBe('other');
    const named = await run(['check', '--stdin', '--stdin-filename', 'concept.motie.md', '--format', 'json'], dir, BARE_DICTUM);
    expect(json(named.stdout).files[0]).toMatchObject({ path: 'concept.motie.md', kind: 'motie' });
    expect(existsSync(path.join(dir, 'concept.motie.md'))).toBe(false);
    // streng/.akkoordwijzer.yaml turns vaag-begrip off for drafts in that folder, also for one read from stdin.
    const here = await run(['check', '--stdin', '--stdin-filename', 'x.md', '--format', 'json'], dir, VAGUE_MOTIE);
    expect(json(here.stdout).files[0]!.findings.map((x) => x.ruleId)).toContain('vaag-begrip');
    const there = await run(['check', '--stdin', '--stdin-filename', 'streng/x.md', '--format', 'json'], dir, VAGUE_MOTIE);
    expect(json(there.stdout).files[0]).toMatchObject({ path: 'streng/x.md', kind: 'motie' });
    expect(json(there.stdout).files[0]!.findings.map((x) => x.ruleId)).not.toContain('vaag-begrip');
    const text = await run(['check', '--stdin', '--stdin-filename', 'moties/nieuw.md'], dir, VAGUE_MOTIE);
    expect(text.stdout).toMatch(/^moties\/nieuw\.md:7:54: warning vaag-begrip /m);
  });

  it('names the mistakes: a name without --stdin, paths with it', async () => {
    const alone = await run(['check', '--stdin-filename', 'x.md', 'vaag.md'], dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--stdin-filename hoort bij --stdin');
    const both = await run(['check', '--stdin', 'vaag.md'], dir, VAGUE_MOTIE);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--stdin leest één concept van de standaardinvoer; geef dan geen paden (niet "vaag.md")');
  });
});

describe('globs', () => {
  it('expands a quoted glob to the Markdown files it matches, relative to the working directory', async () => {
    const r = await run(['check', '--format', 'json', 'moties/**/*.md'], dir);
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['moties/a.md', 'moties/bewaar.oud.md', 'moties/d.oud.md', 'moties/oud/c.md', 'moties/sub/b.md']);
    const braces = await run(['check', '--format', 'json', '{moties,vragen}/*.md'], dir);
    expect(paths(braces.stdout)).toEqual(['moties/a.md', 'moties/bewaar.oud.md', 'moties/d.oud.md', 'vragen/e.md']);
    const inside = await run(['check', '--format', 'json', '*.md'], path.join(dir, 'moties'));
    expect(paths(inside.stdout)).toEqual(['a.md', 'bewaar.oud.md', 'd.oud.md']);
    const absolute = await run(['check', '--format', 'json', path.join(dir, 'moties', '*', '*.md')], path.join(dir, 'vragen'));
    expect(paths(absolute.stdout)).toEqual([path.join(dir, 'moties', 'oud', 'c.md'), path.join(dir, 'moties', 'sub', 'b.md')]);
  });

  it('checks a file found twice once, and calls a glob that matches nothing an input error', async () => {
    const twice = await run(['check', '--format', 'json', 'moties/a.md', 'moties/*.md', 'moties'], dir);
    expect(paths(twice.stdout).filter((p) => p.endsWith('a.md'))).toEqual(['moties/a.md']);
    const none = await run(['check', 'concepten/**/*.md', 'vaag.md'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('concepten/**/*.md: geen Markdown-bestanden die hierop passen');
    expect(none.stdout).toContain('vaag.md:');
  });

  it('calls a folder without Markdown files an input error too (it passed as "0 bestand(en) gecontroleerd", exit 0)', async () => {
    mkdirSync(path.join(dir, 'leeg', 'onder'), { recursive: true });
    writeFileSync(path.join(dir, 'leeg', 'onder', 'notitie.txt'), 'geen concept');
    const empty = await run(['check', 'leeg', 'vaag.md'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('leeg: geen Markdown-bestanden in deze map (ook niet in de mappen eronder)');
    expect(empty.stdout).toContain('vaag.md:');
  });
});

describe('ignoring files', () => {
  it('leaves out what .akkoordwijzerignore at the root matches (gitignore syntax), from any folder below it', async () => {
    writeFileSync(path.join(dir, '.akkoordwijzerignore'), '# oude concepten\noud/\n*.oud.md\n!bewaar.oud.md\n');
    try {
      const r = await run(['check', '--format', 'json', 'moties'], dir);
      expect(paths(r.stdout)).toEqual(['moties/a.md', 'moties/bewaar.oud.md', 'moties/sub/b.md']);
      expect(r.stderr).not.toContain('overgeslagen');
      const glob = await run(['check', '--format', 'json', '**/*.md'], path.join(dir, 'moties'));
      expect(paths(glob.stdout)).toEqual(['a.md', 'bewaar.oud.md', 'sub/b.md']);
      // A file named on the command line is skipped too, with a line that says so (nothing vanishes unseen).
      const named = await run(['check', '--format', 'json', 'moties/d.oud.md', 'vaag.md'], dir);
      expect(paths(named.stdout)).toEqual(['vaag.md']);
      expect(named.stderr).toContain('moties/d.oud.md: overgeslagen, want het past op een patroon van .akkoordwijzerignore');
      expect(named.code).toBe(0);
      const stdin = await run(['check', '--stdin', '--stdin-filename', 'moties/oud/nieuw.md', '--format', 'json'], dir, VAGUE_MOTIE);
      expect(json(stdin.stdout).files).toEqual([]);
    } finally {
      rmSync(path.join(dir, '.akkoordwijzerignore'));
    }
  });

  it('stops looking for it at the repository root', async () => {
    const outer = mkdtempSync(path.join(tmpdir(), 'aw-outer-'));
    try {
      writeFileSync(path.join(outer, '.akkoordwijzerignore'), '*.md\n');
      mkdirSync(path.join(outer, 'repo', '.git'), { recursive: true });
      writeFileSync(path.join(outer, 'repo', 'a.md'), GOOD_MOTIE);
      expect(paths((await run(['check', '--format', 'json', '.'], path.join(outer, 'repo'))).stdout)).toEqual(['a.md']);
      rmSync(path.join(outer, 'repo', '.git'), { recursive: true });
      expect(paths((await run(['check', '--format', 'json', '.'], path.join(outer, 'repo'))).stdout)).toEqual([]);
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });

  it('leaves out what --ignore matches (repeatable, relative to the working directory)', async () => {
    const r = await run(['check', '--format', 'json', '--ignore', 'oud/', '--ignore=moties/sub/**', 'moties'], dir);
    expect(paths(r.stdout)).toEqual(['moties/a.md', 'moties/bewaar.oud.md', 'moties/d.oud.md']);
    const named = await run(['check', '--ignore', '*.md', 'vaag.md'], dir);
    expect(named.stderr).toContain('vaag.md: overgeslagen, want het past op een patroon van --ignore');
  });

  it('says when the ignore file cannot be read, and fails the run', async () => {
    mkdirSync(path.join(dir, '.akkoordwijzerignore'));
    try {
      const r = await run(['check', '--taal', 'en', 'vaag.md'], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\.akkoordwijzerignore:1:1: error Cannot read/);
    } finally {
      rmSync(path.join(dir, '.akkoordwijzerignore'), { recursive: true });
    }
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('colours only on a terminal, unless NO_COLOR, FORCE_COLOR, --color or --no-color say otherwise', async () => {
    const colored = async (args: string[], env: Record<string, string>, isTTY: boolean) => (await run(['check', ...args, 'vaag.md'], dir, undefined, { env, isTTY })).stdout.includes(ESC);
    expect(await colored([], {}, false)).toBe(false);
    expect(await colored([], {}, true)).toBe(true);
    expect(await colored([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await colored([], { NO_COLOR: '' }, true)).toBe(true);
    expect(await colored([], { TERM: 'dumb' }, true)).toBe(false);
    expect(await colored([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await colored([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await colored(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
    expect(await colored(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(await colored(['--color', '--no-color'], {}, true)).toBe(false);
    expect(await colored(['--format', 'json', '--color'], {}, true)).toBe(false);
  });

  it('adds colour around words only: without the escape codes the line is the plain one', async () => {
    const plain = await run(['check', 'vaag.md'], dir);
    const colored = await run(['check', '--color', 'vaag.md'], dir);
    expect(colored.stdout).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(colored.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  });
});
