import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT, runCli } from './runCli';

const WS = path.join(ROOT, 'test/fixtures/workspace');
const run = (args: string[], cwd = WS) => runCli(args, cwd);

describe('akkoordwijzer corpus …', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-corpus-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('list --format json: every loaded commitment with key, text, tags, firmness, ministry, chapter, source', async () => {
    const r = await run(['corpus', 'list', '--format', 'json']);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as Record<string, unknown>[];
    const mine = items.find((i) => i['key'] === 'toezeggingen-bzk:cloudstrategie-voor-zomer')!;
    expect(mine).toMatchObject({
      text: expect.stringContaining('rijksbrede cloudstrategie'),
      tags: ['digitale-autonomie', 'digitale-overheid'],
      firmness: 'besluit',
      ministry: ['BZK'],
      chapter: 'Commissiedebat Digitale Overheid',
      source: { verified: 'original' },
    });
    for (const i of items) for (const k of ['key', 'text', 'tags', 'firmness', 'ministry', 'chapter', 'source']) expect(i).toHaveProperty(k);
  });

  it('search ranks by words, best first; text output is one line per commitment', async () => {
    const json = JSON.parse((await run(['corpus', 'search', '--format', 'json', 'exitstrategie', 'cloud'])).stdout) as { key: string }[];
    expect(json[0]!.key).toBe('toezeggingen-bzk:exitstrategie-clouddiensten');
    const text = (await run(['corpus', 'search', 'tijdpad'])).stdout.trim().split('\n');
    expect(text[0]!.split('\t')[0]).toBe('toezeggingen-bzk:cloudstrategie-voor-zomer');
    expect((await run(['corpus', 'search'])).code).toBe(2);
    // Nothing found: said on standard error, standard output empty (a reviewer: it printed nothing at all).
    const none = await run(['corpus', 'search', 'xyzzyqq']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Geen toezegging gevonden bij “xyzzyqq”.');
    expect((await run(['corpus', 'search', '--format', 'json', 'xyzzyqq'])).stdout).toBe('[]\n');
  });

  it('search lists the agreement in force before a replaced one, and says when the list is cut at 50', async () => {
    const r = await run(['corpus', 'search', 'zorg']);
    const keys = r.stdout.trim().split('\n').map((l) => l.split('\t')[0]!);
    expect(keys).toHaveLength(50);
    expect(r.stderr).toContain('Alleen de eerste 50 treffers; voeg woorden toe om gerichter te zoeken.');
    const lastInForce = keys.map((k) => k.startsWith('ca2026:')).lastIndexOf(true);
    expect(lastInForce).toBeGreaterThanOrEqual(0);
    expect(keys.findIndex((k) => k.startsWith('ca2021:'))).toBeGreaterThan(lastInForce);
    // A short list is not cut: no such line.
    expect((await run(['corpus', 'search', 'tijdpad'])).stderr).not.toContain('Alleen de eerste');
  });

  it('validate prints file:line:col per problem and exits 2; 0 for a clean file', async () => {
    const bad = path.join(dir, 'kapot.akkoord.yaml');
    const good = readFileSync(path.join(WS, 'fractie.akkoord.yaml'), 'utf8');
    writeFileSync(bad, good.replace('  - id: exitstrategie-clouddiensten\n', '  - id: cloudstrategie-voor-zomer\n').replace('firmness: besluit', 'firmness: 3'));
    const r = await run(['corpus', 'validate', bad], dir);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines.some((l) => l.startsWith(`${bad}:19:15: error`) && l.includes('firmness'))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${bad}:21:9: error`) && l.includes('cloudstrategie-voor-zomer'))).toBe(true);
    const clean = path.join(dir, 'schoon.akkoord.yaml');
    writeFileSync(clean, good.replace(/tags: \[[^\]]*\]/g, 'tags: [inkoop]'));
    const cleanRun = await run(['corpus', 'validate', clean], dir);
    expect(cleanRun.code).toBe(0);
    // The report is standard output, all of it (`> verslag.txt` caught nothing of a clean run; a staffer's trial).
    expect(cleanRun.stdout).toMatch(/^\S*schoon\.akkoord\.yaml: \d+ toezeggingen, geen problemen\n$/);
    expect(cleanRun.stderr).toBe('');
    // One commitment: "1 toezegging" (a reviewer: "1 toezeggingen").
    const one = path.join(dir, 'een.akkoord.yaml');
    writeFileSync(one, good.replace(/\n {2}- id: exitstrategie-clouddiensten\n[\s\S]*$/, '\n').replace(/tags: \[[^\]]*\]/g, 'tags: [inkoop]'));
    const oneRun = await run(['corpus', 'validate', one], dir);
    expect(oneRun.code).toBe(0);
    expect(oneRun.stdout).toContain('een.akkoord.yaml: 1 toezegging, geen problemen');
    // Warnings only (an unknown tag): listed, exit 0.
    const warned = path.join(dir, 'waarschuwing.akkoord.yaml');
    writeFileSync(warned, good.replace(/tags: \[[^\]]*\]/g, 'tags: [inkoopbeleid-nieuw]'));
    const warnRun = await run(['corpus', 'validate', warned], dir);
    expect(warnRun.stdout).toMatch(/waarschuwing\.akkoord\.yaml:\d+:\d+: warning .*inkoopbeleid-nieuw/);
    expect(warnRun.code).toBe(0);
    const nope = await run(['corpus', 'validate', path.join(dir, 'nope.yaml')], dir);
    expect(nope.code).toBe(2);
    expect(nope.stdout).toContain(`Kan ${path.join(dir, 'nope.yaml')} niet lezen: het bestaat niet`);
  });

  it('validate reports a corpus id a built-in corpus has, as check and corpus list do; a built-in file itself is clean (a staffer\'s trial)', async () => {
    const mine = path.join(dir, 'eigen-ca.akkoord.yaml');
    writeFileSync(mine, 'format: 1\nid: ca2026\ntitle: "Eigen stukje akkoord"\nkind: coalitieakkoord\nsource:\n  verified: quoted\ncommitments:\n  - id: woningbouw\n    text: "We bouwen 100.000 woningen per jaar."\n    firmness: doel\n');
    const r = await run(['corpus', 'validate', mine], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/eigen-ca\.akkoord\.yaml:1:1: error .*Corpus-id "ca2026" wordt al gebruikt door .*ca2026\.akkoord\.yaml; dit bestand wordt overgeslagen\. Kies een eigen id/);
    expect(r.stdout).not.toContain('geen problemen');
    const builtin = await run(['corpus', 'validate', path.join(ROOT, 'corpus/ca2026.akkoord.yaml')], dir);
    expect(builtin.stdout).toMatch(/ca2026\.akkoord\.yaml: 52 toezeggingen, geen problemen\n$/);
    expect(builtin.code).toBe(0);
  });

  it('check --corpus adds a corpus; a broken one gives file:line:col on stderr and exit 2, the built-in data keeps working', async () => {
    const draft = path.join(dir, 'motie.md');
    writeFileSync(draft, 'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de staatssecretaris een exitstrategie onderzoekt [@extra:exit];\n\nverzoekt de regering de regie te nemen,\n\nen gaat over tot de orde van de dag.\n');
    const extra = path.join(dir, 'extra.yaml');
    writeFileSync(extra, 'format: 1\nid: extra\ntitle: Extra\nkind: overig\ncomplete: false\nsource: { verified: original }\ncommitments:\n  - id: exit\n    text: "Er komt een exitstrategie."\n    tags: [inkoop]\n    firmness: besluit\n  - id: kapot\n    firmness: besluit\n');
    const r = await run(['check', '--format', 'json', '--corpus', extra, draft], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/extra\.yaml:12:5: error/);
    const findings = JSON.parse(r.stdout).files[0].findings as { ruleId: string }[];
    expect(findings.map((f) => f.ruleId)).not.toContain('onbekende-toezegging');
    expect(findings.map((f) => f.ruleId)).toContain('vaag-begrip');
    const missing = await run(['check', '--corpus', path.join(dir, 'weg.yaml'), draft], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('weg.yaml: corpusbestand niet gevonden');
  });
});
