import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportPath } from '../../src/host/export/write';
import { runCli } from './runCli';

const FIXTURES = path.resolve(__dirname, '../fixtures');

describe('akkoordwijzer export', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-export-cli-'));
    copyFileSync(path.join(FIXTURES, 'moties/real-26643-469-ncsc-ransomware.md'), path.join(dir, 'ransomware.md'));
    copyFileSync(path.join(FIXTURES, 'moties/stikstof-zonder-slot.md'), path.join(dir, 'stikstof.md'));
    copyFileSync(path.join(FIXTURES, 'vragen/voetnoten.md'), path.join(dir, 'voetnoten.md'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes plain text beside the draft by default, the text the fixture export expects', async () => {
    const r = await runCli(['export', 'ransomware.md', '--to', 'txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Geschreven: ransomware.txt\n');
    expect(readFileSync(path.join(dir, 'ransomware.txt'), 'utf8')).toBe(readFileSync(path.join(FIXTURES, '__export__/moties/real-26643-469-ncsc-ransomware.txt'), 'utf8'));
    // Again: the file there is replaced, and that is said (a copy edited by hand went unnoticed; a staffer's trial).
    const again = await runCli(['export', 'ransomware.md', '--to', 'txt'], dir);
    expect(again.stdout).toBe('Geschreven: ransomware.txt (het bestand dat er stond is vervangen)\n');
  });

  it('--out - writes the text or Markdown on standard output and the report on standard error; no file named "-" (a staffer\'s trial); Word is a usage error', async () => {
    const r = await runCli(['export', 'ransomware.md', '--to', 'txt', '--out', '-'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(FIXTURES, '__export__/moties/real-26643-469-ncsc-ransomware.txt'), 'utf8'));
    expect(existsSync(path.join(dir, '-'))).toBe(false);
    const stopped = await runCli(['export', 'stikstof.md', '--to', 'md', '-o', '-'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toContain('motie-slot');
    const docx = await runCli(['export', 'ransomware.md', '--to', 'docx', '--out', '-'], dir);
    expect(docx.code).toBe(2);
    expect(docx.stderr).toContain('een Word-bestand kan niet naar de standaarduitvoer');
    expect(existsSync(path.join(dir, '-'))).toBe(false);
  });

  it('keeps the draft\'s whole name before .md: a motie and Kamervragen of one name in one folder never write the same file', async () => {
    copyFileSync(path.join(FIXTURES, 'moties/real-26643-469-ncsc-ransomware.md'), path.join(dir, 'cloud.motie.md'));
    copyFileSync(path.join(FIXTURES, 'vragen/defensie-lijst.md'), path.join(dir, 'cloud.vragen.md'));
    writeFileSync(path.join(dir, 'cloud.txt'), 'mijn eigen notities\n');
    const motie = await runCli(['export', 'cloud.motie.md', '--to', 'txt'], dir);
    expect(motie.stdout).toBe('Geschreven: cloud.motie.txt\n');
    const vragen = await runCli(['export', 'cloud.vragen.md', '--to', 'txt'], dir);
    expect(vragen.stdout).toMatch(/Geschreven: cloud\.vragen\.txt\n$/);
    expect(readFileSync(path.join(dir, 'cloud.txt'), 'utf8')).toBe('mijn eigen notities\n');
    expect(readFileSync(path.join(dir, 'cloud.motie.txt'), 'utf8')).toContain('De Kamer,');
    expect(defaultExportPath('/w/x.vragen.md', 'md')).toBe('/w/x.vragen.export.md');
    expect(defaultExportPath('/w/x.motie.md', 'docx')).toBe('/w/x.motie.docx');
    expect(defaultExportPath('/w/motie.md', 'txt')).toBe('/w/motie.txt');
  });

  it('a front-matter date that does not exist is marked, and the export does not say the motie names no date', async () => {
    const text = 'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat datacenters veel stroom gebruiken;\n\nverzoekt de regering een plan te sturen,\n\nen gaat over tot de orde van de dag.\n\nDe Wit\n';
    writeFileSync(path.join(dir, 'datum.motie.md'), `---\nsoort: motie\ndatum: 2026-13-45\n---\n${text}`);
    const r = await runCli(['export', 'datum.motie.md', '--to', 'txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/datum\.motie\.md:3: datum: ‘2026-13-45’ bestaat niet; schrijf een bestaande datum/);
    expect(r.stdout).toMatch(/voorgesteld-vandaag: De datum ‘2026-13-45’ in de front matter bestaat niet of is niet te lezen: de export zet er ‘Voorgesteld \d+ \p{L}+ \d{4}’ in/u);
    expect(r.stdout).not.toContain('De motie noemt geen datum');
  });

  it('writes a .docx to --out, with its footnotes, and lists the warnings', async () => {
    // Its markers without a footnote (lines 6 and 10) stop the export: they went out without marker and source.
    const stopped = await runCli(['export', 'voetnoten.md', '--to', 'docx', '--out', 'uit/vragen.docx'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toMatch(/^Export gestopt: 2 fouten in het concept\..*\nFouten:\n {2}voetnoten\.md:6: voetnoten: .*\n {2}voetnoten\.md:10: voetnoten: /);
    const r = await runCli(['export', 'voetnoten.md', '--to', 'docx', '--out', 'uit/vragen.docx', '--toch'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nWaarschuwingen:\n {2}voetnoten\.md:13: voetnoten: /);
    expect(r.stdout).toMatch(/Geschreven: uit[\\/]vragen\.docx\n$/);
    const html = await mammoth.convertToHtml({ path: path.join(dir, 'uit/vragen.docx') });
    expect(html.value).toContain('<li id="footnote-1"><p>Logius, Storingsoverzicht DigiD, 7 november 2026.');
  });

  it('stops on errors with exit 1 and writes nothing; --toch writes and says so', async () => {
    const stopped = await runCli(['export', 'stikstof.md', '--to', 'md'], dir);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toMatch(/^Export gestopt: 1 fout in het concept\..*\nFouten:\n {2}stikstof\.md:16: motie-slot: /);
    expect(existsSync(path.join(dir, 'stikstof.export.md'))).toBe(false);
    const toch = await runCli(['export', 'stikstof.md', '--to', 'md', '--toch', '--taal', 'en'], dir);
    expect(toch.code).toBe(0);
    expect(toch.stdout).toMatch(/^Exported anyway, with 1 error in the draft \(‘Toch exporteren’\)\.\nErrors:\n {2}stikstof\.md:16: motie-slot: The closing line/);
    expect(toch.stdout).toMatch(/Written: stikstof\.export\.md\n$/);
    // The draft is undated, so it is proposed today: the CLI's day, not the fixtures' fixed one.
    const undated = (text: string) => text.replace(/^Voorgesteld \d{1,2} \p{L}+ \d{4}$/mu, 'Voorgesteld (vandaag)');
    const written = readFileSync(path.join(dir, 'stikstof.export.md'), 'utf8');
    expect(written).toMatch(/^Voorgesteld \d{1,2} \p{L}+ \d{4}$/mu);
    expect(undated(written)).toBe(undated(readFileSync(path.join(FIXTURES, '__export__/moties/stikstof-zonder-slot.md'), 'utf8')));
  });

  it('usage: --to is required and checked, one file; a missing file is exit 2', async () => {
    const before = readdirSync(dir).sort();
    const noTo = await runCli(['export', 'ransomware.md'], dir);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain('akkoordwijzer: export verwacht --to docx, txt of md');
    const badTo = await runCli(['export', 'ransomware.md', '--to', 'pdf', '--taal', 'en'], dir);
    expect(badTo.code).toBe(2);
    expect(badTo.stderr).toContain('akkoordwijzer: unknown export format "pdf" (docx, txt or md)');
    const two = await runCli(['export', 'ransomware.md', 'stikstof.md', '--to', 'txt'], dir);
    expect(two.code).toBe(2);
    const missing = await runCli(['export', 'weg.md', '--to', 'txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('weg.md: kan het bestand niet lezen (het bestaat niet)');
    // A folder, in words rather than Node's "EISDIR: illegal operation on a directory" (a reviewer).
    const folder = await runCli(['export', '.', '--to', 'txt', '--taal', 'en'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('.: cannot read the file (it is a folder, not a file)');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('a file that cannot be written is exit 2 with the reason, in words', async () => {
    writeFileSync(path.join(dir, 'bezet'), 'een bestand, geen map');
    const r = await runCli(['export', 'ransomware.md', '--to', 'txt', '--out', 'bezet/uit.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bezet/uit.txt: kan de export niet schrijven (een deel van het pad is een bestand, geen map)');
    mkdirSync(path.join(dir, 'uitmap'));
    const folder = await runCli(['export', 'ransomware.md', '--to', 'txt', '--out', 'uitmap'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('uitmap: kan de export niet schrijven (het is een map, geen bestand)');
  });

  it('never writes over the draft itself: --out naming it (also through a link) is exit 2; a .txt draft exported as text goes beside it (a reviewer)', async () => {
    copyFileSync(path.join(dir, 'ransomware.md'), path.join(dir, 'zelf.md'));
    const draft = readFileSync(path.join(dir, 'zelf.md'), 'utf8');
    for (const [to, out] of [['md', 'zelf.md'], ['docx', './zelf.md']] as const) {
      const r = await runCli(['export', 'zelf.md', '--to', to, '--out', out], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('zelf.md: de export zou het concept zelf overschrijven; kies met --out een ander bestand');
      expect(readFileSync(path.join(dir, 'zelf.md'), 'utf8')).toBe(draft);
    }
    symlinkSync(path.join(dir, 'zelf.md'), path.join(dir, 'link.md'));
    const viaLink = await runCli(['export', 'zelf.md', '--to', 'txt', '--out', 'link.md', '--taal', 'en'], dir);
    expect(viaLink.code).toBe(2);
    expect(viaLink.stderr).toContain('link.md: the export would overwrite the draft itself; choose another file with --out');
    expect(readFileSync(path.join(dir, 'zelf.md'), 'utf8')).toBe(draft);
    // A hard link is the same file too (the session's reviewer).
    linkSync(path.join(dir, 'zelf.md'), path.join(dir, 'hard.md'));
    expect((await runCli(['export', 'zelf.md', '--to', 'md', '--out', 'hard.md'], dir)).code).toBe(2);
    expect(readFileSync(path.join(dir, 'zelf.md'), 'utf8')).toBe(draft);
    // The default name beside a draft in capitals: on a disk that ignores case "motie.TXT" is "motie.txt".
    expect(defaultExportPath('/w/motie.TXT', 'txt')).toBe('/w/motie.export.txt');
    copyFileSync(path.join(dir, 'ransomware.md'), path.join(dir, 'motie.txt'));
    const txt = await runCli(['export', 'motie.txt', '--to', 'txt'], dir);
    expect(txt.code).toBe(0);
    expect(txt.stdout).toBe('Geschreven: motie.export.txt\n');
    expect(readFileSync(path.join(dir, 'motie.txt'), 'utf8')).toBe(draft);
  });

  it('is in the general help and has its own', async () => {
    const general = await runCli(['--help'], dir);
    expect(general.stdout).toContain('akkoordwijzer export --to docx|txt|md [--out BESTAND] [--toch]');
    const own = await runCli(['export', '--help', '--taal', 'en'], dir);
    expect(own.stdout).toContain("akkoordwijzer export — Exports a motie or Kamervragen for submission, in the Kamer's layout");
    expect(own.stdout).toContain('Exit code: 0 when the export was written, 1 when errors in the draft stopped it');
  });
});
