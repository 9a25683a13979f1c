import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementHtml, agreementText } from '../host/import/documents';
import { runCli } from './runCli';

describe('akkoordwijzer corpus import', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-import-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes FILE.akkoord.yaml and its lock, progress on stderr, the report on stdout; corpus list then finds it', async () => {
    writeFileSync(path.join(dir, 'akkoord.html'), agreementHtml());
    const r = await runCli(['corpus', 'import', 'akkoord.html', '--id', 'proef', '--out', 'proef.akkoord.yaml', '--title', 'Proefakkoord'], dir);
    expect(r.stderr).toContain('akkoord.html lezen (html)');
    expect(r.stderr).toContain('geschreven:');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Document: \d+ alinea's \(2 opsommingstekens, 2 tabelregels, 1 voetnoot\)/);
    expect(r.stdout).toMatch(/\d+ eenheden → \d+ toezeggingen/);
    expect(r.stdout).toContain('Volledig: ja');
    expect(readdirSync(dir).sort()).toEqual(['akkoord.html', 'proef.akkoord.lock.tsv', 'proef.akkoord.yaml']);
    expect(readFileSync(path.join(dir, 'proef.akkoord.yaml'), 'utf8')).toContain('title: "Proefakkoord"');
    const list = await runCli(['corpus', 'list', '--format', 'json'], dir);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { key: string }[]).some((c) => c.key.startsWith('proef:'))).toBe(true);
  });

  it('--kind says what the document is, a re-import keeps it; a kind it does not know, or one that contradicts a built-in id, is exit 2', async () => {
    writeFileSync(path.join(dir, 'programma.txt'), agreementText());
    const r = await runCli(['corpus', 'import', 'programma.txt', '--id', 'partij-2025', '--kind', 'verkiezingsprogramma'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'partij-2025.akkoord.yaml'), 'utf8')).toMatch(/^kind: verkiezingsprogramma$/m);
    const plain = await runCli(['corpus', 'import', 'programma.txt', '--id', 'zonder-soort'], dir);
    expect(plain.code).toBe(0);
    expect(readFileSync(path.join(dir, 'zonder-soort.akkoord.yaml'), 'utf8')).toMatch(/^kind: coalitieakkoord$/m);
    const bad = await runCli(['corpus', 'import', 'programma.txt', '--kind', 'boek'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('onbekende soort corpus "boek" (coalitieakkoord, verkiezingsprogramma, toezeggingen of overig)');
    // Imported again without --kind, the kind of the earlier import stays (the editor's import gives none).
    const again = await runCli(['corpus', 'import', 'programma.txt', '--id', 'partij-2025'], dir);
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(dir, 'partij-2025.akkoord.yaml'), 'utf8')).toMatch(/^kind: verkiezingsprogramma$/m);
    const builtin = await runCli(['corpus', 'import', 'programma.txt', '--id', 'ca2026', '--kind', 'verkiezingsprogramma', '--force'], dir);
    expect(builtin.code).toBe(2);
    expect(builtin.stderr).toContain('--kind verkiezingsprogramma past niet bij ca2026');
    expect(readdirSync(dir)).not.toContain('ca2026.akkoord.yaml');
  });

  it('speaks English with --taal en', async () => {
    writeFileSync(path.join(dir, 'tekst.txt'), agreementText());
    const r = await runCli(['corpus', 'import', 'tekst.txt', '--id', 'tekst', '--taal', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('reading tekst.txt (text)');
    expect(r.stdout).toContain('Complete: yes');
  });

  it('a refused import prints no report on stdout (it read as a success: "Volledig: ja"; a new user\'s trial)', async () => {
    writeFileSync(path.join(dir, 'programma.html'), agreementHtml());
    const before = readdirSync(dir).sort();
    const r = await runCli(['corpus', 'import', 'programma.html', '--id', 'ca2026'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Niets geschreven.');
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('bad input: exit 2, the message on stderr, nothing written', async () => {
    writeFileSync(path.join(dir, 'leeg.txt'), '');
    const before = readdirSync(dir).sort();
    const r = await runCli(['corpus', 'import', 'leeg.txt', '--id', 'leeg'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('akkoordwijzer: leeg.txt: het bestand is leeg.');
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(before);
    // An output where it cannot be written (a folder that is not there, a file where a folder should be): said in
    // words, exit 2, no stack trace, and neither the corpus nor its lock written (it threw, and left a temporary file).
    writeFileSync(path.join(dir, 'tekst2.txt'), agreementText());
    writeFileSync(path.join(dir, 'een-bestand'), '');
    const listed = readdirSync(dir).sort();
    // (Windows says of a path through a file that the folder is missing.)
    const throughFile = process.platform === 'win32' ? 'de map bestaat niet' : 'een deel van het pad is geen map';
    for (const [out, why] of [['geen-map/x.akkoord.yaml', 'de map bestaat niet'], ['een-bestand/x.akkoord.yaml', throughFile]]) {
      const w = await runCli(['corpus', 'import', 'tekst2.txt', '--id', 'x', '--out', out!], dir);
      expect(w.code).toBe(2);
      expect(w.stderr).toContain(`x.akkoord.yaml: kan het bestand niet schrijven (${why}); er is niets geschreven.`);
      expect(w.stderr).not.toMatch(/\bat .*\.js:\d+/);
      expect(readdirSync(dir).sort()).toEqual(listed);
    }
  });

  it('usage: one file, and the options it knows', async () => {
    const none = await runCli(['corpus', 'import'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('corpus import verwacht het document');
    const two = await runCli(['corpus', 'import', 'a.txt', 'b.txt'], dir);
    expect(two.stderr).toContain('corpus import verwacht één argument (niet 2)');
    const help = await runCli(['corpus', 'import', '--help'], dir);
    expect(help.stdout).toMatch(/akkoordwijzer corpus import \[--id ID\] \[--out BESTAND\] \[--title TITEL\] \[--kind SOORT\] \[--force\] \[--taal nl\|en\]\s+BESTAND/);
  });
});
