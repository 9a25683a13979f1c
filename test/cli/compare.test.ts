/*
 * `compare A B`: two versions of a motie or Kamervragen, each a file or `REV:FILE` read with `git show` from a real
 * temporary git repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const MOTIE = (overweging: string, dicta: string[]) =>
  [
    'Motie van het lid Jansen over de cloud',
    '',
    'De Kamer,',
    '',
    'gehoord de beraadslaging,',
    '',
    'constaterende dat de Rijksoverheid afhankelijk is van één Amerikaanse leverancier;',
    '',
    overweging,
    '',
    ...dicta.flatMap((d) => [d, '']),
    'en gaat over tot de orde van de dag.',
    '',
    'Jansen',
    '',
  ].join('\n');

const MORNING = MOTIE('overwegende dat het kabinet heeft toegezegd die afhankelijkheid af te bouwen;', ['verzoekt de regering voor de zomer een plan te sturen,']);
const AFTERNOON = MOTIE('overwegende dat het kabinet heeft beloofd die afhankelijkheid snel af te bouwen;', [
  'verzoekt de regering voor de zomer een plan te sturen,',
  'verzoekt de regering tevens gemeenten daarbij te betrekken,',
]);

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Staf', '-c', 'user.email=staf@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

describe('compare', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-compare-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('compares two files in the Kamer’s terms, word by word', async () => {
    writeFileSync(path.join(dir, 'ochtend.md'), MORNING);
    writeFileSync(path.join(dir, 'middag.md'), AFTERNOON);
    const r = await runCli(['compare', 'ochtend.md', 'middag.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Vergelijking',
        '',
        'ochtend.md → middag.md',
        '',
        'Gewijzigde motie: overweging 1 gewijzigd, verzoek 2 toegevoegd.',
        '',
        'Overweging 1 gewijzigd:',
        '',
        'overwegende dat het kabinet heeft [-toegezegd-]{+beloofd+} die afhankelijkheid {+snel+} af te bouwen;',
        '',
        'Verzoek 2 toegevoegd:',
        '',
        '{+verzoekt de regering tevens gemeenten daarbij te betrekken,+}',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await runCli(['compare', '--format', 'json', '--taal', 'en', 'ochtend.md', 'middag.md'], dir)).stdout);
    expect(json).toMatchObject({ version: 1, kind: 'motie', summary: 'Gewijzigde motie (amended motion): overweging 1 changed, verzoek 2 added.' });
    expect(json.changes.filter((c: { change: string }) => c.change !== 'ongewijzigd').map((c: { group: string; change: string }) => `${c.group} ${c.change}`)).toEqual(['overweging gewijzigd', 'dictum toegevoegd']);
  });

  it('tells what a gewijzigde motie changed: the title and the date, the dictum split into items, who signs (a staffer\'s trial of nr. 12 → nr. 15)', async () => {
    const motie = (kop: string, datum: string, dictum: string, leden: string[]) =>
      `# ${kop}\n\nVoorgesteld ${datum}\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het kabinet een Nederlandse Digitale Dienst wil oprichten;\n\n${dictum}\n\nen gaat over tot de orde van de dag.\n\n${leden.join('\n')}\n`;
    writeFileSync(
      path.join(dir, 'nr12.md'),
      motie('Motie van het lid Kathmann c.s. over de Nederlandse Digitale Dienst', '12 maart 2026', 'verzoekt de regering de Dienst vóór 1 januari 2027 wettelijk te verankeren en de Kamer over de uitwerking te informeren,', ['Kathmann', 'Van Baarle', 'Six Dijkstra']),
    );
    writeFileSync(
      path.join(dir, 'nr15.md'),
      motie('Gewijzigde motie van het lid Kathmann c.s. ter vervanging van die gedrukt onder nr. 12', '13 maart 2026', 'verzoekt de regering:\n- de Dienst vóór 1 januari 2027 wettelijk te verankeren;\n- de Kamer over de uitwerking te informeren,', ['Van Baarle', 'Kathmann', 'Dijkstra']),
    );
    const r = await runCli(['compare', 'nr12.md', 'nr15.md'], dir);
    expect(r.stdout).toBe(
      [
        'Vergelijking',
        '',
        'nr12.md → nr15.md',
        '',
        'Gewijzigde motie: titel gewijzigd (nu gewijzigde motie, ter vervanging van nr. 12), datum voorgesteld 12 maart 2026 → 13 maart 2026, verzoek 1 in punten gesplitst en gewijzigd, ondertekening gewijzigd.',
        '',
        'Titel gewijzigd (nu gewijzigde motie, ter vervanging van nr. 12):',
        '',
        '[-Motie-]{+Gewijzigde motie+} van het lid Kathmann c.s. [-over de Nederlandse Digitale Dienst-]{+ter vervanging van die gedrukt onder nr. 12+}',
        '',
        'Datum voorgesteld 12 maart 2026 → 13 maart 2026:',
        '',
        'Voorgesteld [-12-]{+13+} maart 2026',
        '',
        'Verzoek 1 in punten gesplitst en gewijzigd:',
        '',
        'verzoekt de regering{+:+} de Dienst vóór 1 januari 2027 wettelijk te verankeren [-en-]{+;+} de Kamer over de uitwerking te informeren,',
        '',
        'Ondertekening gewijzigd:',
        '',
        'Six Dijkstra ondertekent niet meer; Dijkstra ondertekent mee; eerste indiener nu Van Baarle (was Kathmann)',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await runCli(['compare', '--format', 'json', 'nr12.md', 'nr15.md'], dir)).stdout);
    const signed = json.changes.find((c: { group: string }) => c.group === 'ondertekening');
    expect(signed.signatories).toEqual({ removed: ['Six Dijkstra'], added: ['Dijkstra'], first: { before: 'Kathmann', after: 'Van Baarle' }, reordered: false });
  });

  it('reads REV:FILE with git show, from a subfolder too', async () => {
    mkdirSync(path.join(dir, 'moties'));
    const file = path.join(dir, 'moties', 'cloud.md');
    writeFileSync(file, MORNING);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'ochtend');
    writeFileSync(file, AFTERNOON);
    const r = await runCli(['compare', 'HEAD:moties/cloud.md', 'moties/cloud.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('HEAD:moties/cloud.md → moties/cloud.md\n\nGewijzigde motie: overweging 1 gewijzigd, verzoek 2 toegevoegd.');
    // From inside the subfolder, the path is the file's own, as git show ./FILE reads it.
    expect((await runCli(['compare', 'HEAD:cloud.md', 'cloud.md'], path.join(dir, 'moties'))).stdout).toContain('verzoek 2 toegevoegd');
    const missing = await runCli(['compare', 'HEAD~3:moties/cloud.md', 'moties/cloud.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^HEAD~3:moties\/cloud\.md: niet gevonden in git \(fatal: /);
  });

  it('says clearly when REV:FILE is asked outside a git repository, and when a file is missing', async () => {
    writeFileSync(path.join(dir, 'motie.md'), MORNING);
    const r = await runCli(['compare', 'HEAD:motie.md', 'motie.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is geen git-repository: REVISIE:BESTAND leest een versie uit git; geef anders twee bestanden.');
    const gone = await runCli(['compare', 'weg.md', 'motie.md'], dir);
    expect([gone.code, gone.stderr]).toEqual([2, 'weg.md: kan het bestand niet lezen (het bestaat niet).\n']);
    const one = await runCli(['compare', 'motie.md'], dir);
    expect(one.code).toBe(2);
    // Why it cannot be compared (a reviewer: "kan het bestand niet lezen" for a file check reads).
    writeFileSync(path.join(dir, 'binair.md'), Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x00]));
    const binary = await runCli(['compare', 'motie.md', 'binair.md'], dir);
    expect([binary.code, binary.stderr]).toEqual([2, 'binair.md: kan het bestand niet lezen (geen tekst: binaire inhoud of geen UTF-8).\n']);
  });

  it('says once that neither version is a draft: in the text report, or on standard error next to JSON (a reviewer: both)', async () => {
    writeFileSync(path.join(dir, 'n1.md'), '# Notitie\n\nGewone tekst.\n');
    writeFileSync(path.join(dir, 'n2.md'), '# Notitie\n\nAndere tekst.\n');
    const text = await runCli(['compare', 'n1.md', 'n2.md'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Geen motie of Kamervragen: er is niets per onderdeel te vergelijken.');
    expect(text.stderr).toBe('');
    const json = await runCli(['compare', '--format', 'json', 'n1.md', 'n2.md'], dir);
    expect(json.stderr).toBe('Geen van beide versies is een motie of Kamervragen; er is niets per onderdeel vergeleken.\n');
  });

  it('has help of its own for --format (it had that of corpus list)', async () => {
    const help = await runCli(['compare', '--help']);
    expect(help.stdout).toMatch(/-f, --format text\|json\s+uitvoer: de vergelijking als tekst \(standaard\) of als JSON versie 1/);
    expect(help.stdout).not.toContain('toezegging, door tabs');
  });
});
