import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli as run } from './runCli';

const GOOD_MOTIE = `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat ziekenhuizen getroffen worden door ransomware;\n\nverzoekt de regering het NCSC vóór 1 januari 2027 het mandaat te geven ziekenhuizen actief te helpen,\n\nen gaat over tot de orde van de dag.\n\nVerhoeven\n`;
const VAGUE_MOTIE = GOOD_MOTIE.replace('het mandaat te geven', 'de regie te geven over het mandaat om');
const NO_SLOT = GOOD_MOTIE.replace('en gaat over tot de orde van de dag.\n\n', '');

describe('akkoordwijzer check', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-cli-'));
    writeFileSync(path.join(dir, 'goed.md'), GOOD_MOTIE);
    writeFileSync(path.join(dir, 'vaag.md'), VAGUE_MOTIE);
    writeFileSync(path.join(dir, 'zonder-slot.md'), NO_SLOT);
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'README.md'), '# Notities\n\n1. Wat is regie?\n2. Wie doet wat?\n');
    writeFileSync(path.join(dir, 'sub', 'notes.txt'), 'not markdown');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints compiler-style text lines (1-based) and exits 0 when no finding is an error', async () => {
    const r = await run(['check', path.join(dir, 'vaag.md')]);
    expect(r.code).toBe(0);
    const line = r.stdout.trim().split('\n').find((l) => l.includes('vaag-begrip'));
    expect(line).toBe(`${path.join(dir, 'vaag.md')}:7:54: warning vaag-begrip Vaag begrip “regie”: ${line!.split('Vaag begrip “regie”: ')[1]}`);
  });

  it('exits 1 when a finding is an error, and prints exact JSON (0-based ranges, text, fixes)', async () => {
    const r = await run(['check', '--format', 'json', path.join(dir, 'zonder-slot.md')]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].kind).toBe('motie');
    const slot = json.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'motie-slot');
    expect(slot).toMatchObject({ severity: 'error', commitments: [] });
    expect(Object.keys(slot).sort()).toEqual(['commitments', 'fixes', 'message', 'range', 'ruleId', 'severity', 'text']);
    expect(slot.range.start).toEqual({ line: 6, character: 0 });
    expect(slot.text.startsWith('verzoekt de regering')).toBe(true);
    expect(slot.fixes[0].edits[0]).toEqual({ range: { start: { line: 6, character: 101 }, end: { line: 6, character: 101 } }, newText: '\n\nen gaat over tot de orde van de dag.' });
  });

  it('walks directories for *.md only, and gives a README no findings', async () => {
    const r = await run(['check', '--format', 'json', dir]);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { path: string }) => path.relative(dir, f.path)).sort()).toEqual(['goed.md', 'sub/README.md', 'vaag.md', 'zonder-slot.md']);
    const readme = json.files.find((f: { path: string }) => f.path.endsWith('README.md'));
    expect(readme).toEqual({ path: path.join(dir, 'sub', 'README.md'), kind: 'other', findings: [] });
    expect(r.code).toBe(1);
  });

  it('writes SARIF 2.1.0 with rules and 1-based regions', async () => {
    const r = await run(['check', '--format', 'sarif', path.join(dir, 'vaag.md')]);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('vaag-begrip');
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'vaag-begrip');
    expect(result.level).toBe('warning');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 54, endLine: 7, endColumn: 59 });
  });

  it('exits 2 for a missing file but still prints the findings of the readable ones (2 wins over 1)', async () => {
    const r = await run(['check', '--format', 'json', path.join(dir, 'zonder-slot.md'), path.join(dir, 'bestaat-niet.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bestaat-niet.md: bestand of map niet gevonden');
    expect(JSON.parse(r.stdout).files).toHaveLength(1);
  });

  it('exits 2 on usage errors with a message', async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(['check', '--format', 'xml', 'x.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('onbekend formaat "xml"');
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['bogus'])).code).toBe(2);
  });

  it('reads a config file: severities and language; a broken config gives file:line:col and exit 2, defaults keep working', async () => {
    const cfg = path.join(dir, 'cfg.yaml');
    writeFileSync(cfg, 'taal: en\nregels:\n  vaag-begrip: off\n');
    const off = await run(['check', '--format', 'json', '--config', cfg, path.join(dir, 'vaag.md')]);
    expect(off.code).toBe(0);
    expect(JSON.parse(off.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'vaag-begrip')).toEqual([]);
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, 'taal: nl\nregels:\n  vaag-begrip: [warning\n');
    const r = await run(['check', '--config', broken, path.join(dir, 'vaag.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${broken.replace(/[/.]/g, '\\$&')}:3:\\d+: error`));
    expect(r.stdout).toContain('vaag-begrip');
    expect((await run(['check', '--config', path.join(dir, 'nope.yaml'), path.join(dir, 'goed.md')])).code).toBe(2);
  });

  it('counts files and findings in words with their plural (it wrote "bestand(en)", "bevinding(en)"): ‘melding’, as everywhere else', async () => {
    const one = await run(['check', path.join(dir, 'vaag.md')]);
    expect(one.stderr).toMatch(/^1 bestand gecontroleerd, \d+ melding(?:en)?$/m);
    const n = Number(/^1 bestand gecontroleerd, (\d+)/m.exec(one.stderr)![1]);
    expect(one.stderr).toContain(`1 bestand gecontroleerd, ${n} ${n === 1 ? 'melding' : 'meldingen'}`);
    const two = await run(['check', path.join(dir, 'goed.md'), path.join(dir, 'goed.md'), path.join(dir, 'vaag.md')]);
    expect(two.stderr).toMatch(/^2 bestanden gecontroleerd, /m);
    expect((await run(['check', path.join(dir, 'goed.md')])).stderr).toContain('1 bestand gecontroleerd, 0 meldingen');
  });

  it('speaks English with --taal en', async () => {
    const r = await run(['check', '--taal', 'en', path.join(dir, 'vaag.md')]);
    expect(r.stdout).toContain('Vague term “regie”');
    expect(r.stderr).toContain('1 file checked');
  });

  it('reads a draft from standard input as -, named - in the report; without standard input that is an input error', async () => {
    const r = await run(['check', '--format', 'json', '-'], dir, VAGUE_MOTIE);
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout).files;
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ path: '-', kind: 'motie' });
    expect(files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('vaag-begrip');
    const none = await run(['check', '-'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('-: geen standaardinvoer om te lezen');
  });

  it('says its own messages in English with --taal en: missing files, the summary', async () => {
    const r = await run(['check', '--taal', 'en', path.join(dir, 'goed.md'), path.join(dir, 'bestaat-niet.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bestaat-niet.md: file or folder not found');
    expect(r.stderr).toContain('1 file checked, 0 findings');
    expect(r.stderr).not.toMatch(/niet gevonden|gecontroleerd/);
  });

  it('names files found below a folder as the folder was typed, relative to the working directory', async () => {
    const r = await run(['check', '--format', 'json', 'sub'], dir);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([path.join('sub', 'README.md')]);
  });

  it('finds .akkoordwijzer.yaml in the working directory', async () => {
    writeFileSync(path.join(dir, '.akkoordwijzer.yaml'), 'regels:\n  vaag-begrip: error\n');
    try {
      const r = await run(['check', 'vaag.md'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('error vaag-begrip');
    } finally {
      rmSync(path.join(dir, '.akkoordwijzer.yaml'));
    }
  });
});
