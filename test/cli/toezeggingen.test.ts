/*
 * `akkoordwijzer toezeggingen fetch` in-process, against the stand-in of the open data's Toezegging set on the
 * loopback interface (constructed answers, see test/fixtures/toezeggingen/README.md). No test here uses the internet.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../src/core/service';
import { closedPort } from './opendataServer';
import { runCli } from './runCli';
import { startToezeggingenServer, type ToezeggingenServer } from './toezeggingenServer';

const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

let served: ToezeggingenServer;
let dir: string;

beforeAll(async () => {
  served = await startToezeggingenServer();
});
afterAll(() => served.close());
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'aw-toez-'));
  served.requests.length = 0;
  served.mode = 'nextLink';
  for (const name of PROXY_VARIABLES) vi.stubEnv(name, '');
  vi.stubEnv('AKKOORDWIJZER_OPENDATA_URL', served.url);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const fetchCli = (args: string[]) => runCli(['toezeggingen', 'fetch', ...args], dir);
const corpusOf = (file: string) => {
  const { corpus, problems } = loadCorpus(readFileSync(path.join(dir, file), 'utf8'), file);
  return { corpus: corpus!, problems };
};

describe('akkoordwijzer toezeggingen fetch', () => {
  it('writes the register as a corpus file of kind toezeggingen: status, deadline, minister, ministry code and name, debate', async () => {
    const r = await fetchCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('toezeggingen.akkoord.yaml\n');
    expect(r.stderr).toContain(`Toezeggingen opvragen bij 127.0.0.1:${new URL(served.url).port} …`);
    expect(r.stderr).toContain('toezeggingen.akkoord.yaml: 3 toezeggingen (3 nieuw, 0 gewijzigd, 0 verwijderd)');
    expect(r.stderr).toContain('1 antwoord zonder Id of Nummer overgeslagen');
    const { corpus, problems } = corpusOf('toezeggingen.akkoord.yaml');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.kind).toBe('toezeggingen');
    expect(corpus.commitments.map((c) => c.key)).toEqual(['toezeggingen:tz202410-077', 'toezeggingen:tz202603-130', 'toezeggingen:tz202604-011']);
    const [ezk, bzk, fin] = corpus.commitments;
    expect(bzk).toMatchObject({ deadline: '2026-07-01', ministry: ['BZK'] });
    expect(bzk!.register).toMatchObject({
      number: 'TZ202603-130',
      status: 'Openstaand',
      minister: 'Jansen, P.',
      ministryName: 'Binnenlandse Zaken en Koninkrijksrelaties',
      debate: { number: '2026A01894', committeeCode: 'DiZa', url: 'https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2026A01894' },
    });
    // 0001-01-01: no deadline; "Ministerie van Financiën" and the renamed EZK map to their codes, the name is kept.
    expect(fin!.deadline).toBeUndefined();
    expect(fin).toMatchObject({ ministry: ['FIN'], register: { status: 'Voldaan', ministryName: 'Ministerie van Financiën', fulfilledBy: '2026D20001' } });
    expect(ezk).toMatchObject({ ministry: ['EZK'], register: { ministryName: 'Economische Zaken en Klimaat', minister: 'Hermans, S.T.M.' } });
    expect(corpus.commitments.some((c) => c.register?.number === 'TZ202405-002')).toBe(false);
    expect(served.requests[0]).toContain('$filter=Verwijderd eq false&$expand=Activiteit(');
  });

  it('asks the address of --opendata-url over AKKOORDWIJZER_OPENDATA_URL, and refuses one that is no URL', async () => {
    vi.stubEnv('AKKOORDWIJZER_OPENDATA_URL', `http://127.0.0.1:${await closedPort()}/OData/v4/2.0`);
    const r = await fetchCli(['--opendata-url', served.url]);
    expect(r.code).toBe(0);
    expect(served.requests.length).toBeGreaterThan(0);
    const bad = await fetchCli(['--opendata-url', 'gegevensmagazijn']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--opendata-url verwacht een URL');
  });

  it('filters by ministry (code or name) and committee here, and sends only --sinds', async () => {
    const r = await fetchCli(['--ministerie', 'BZK', '--sinds', '2026-01-01', '-o', 'bzk.akkoord.yaml']);
    expect(r.code).toBe(0);
    expect(corpusOf('bzk.akkoord.yaml').corpus.commitments.map((c) => c.id)).toEqual(['tz202603-130']);
    expect(served.requests[0]).toContain('Aanmaakdatum ge 2026-01-01T00:00:00Z');
    expect(served.requests.join(' ')).not.toMatch(/BZK|Ministerie eq/);
    await fetchCli(['--ministerie', 'Economische Zaken en Klimaat', '-o', 'ezk.akkoord.yaml']);
    expect(corpusOf('ezk.akkoord.yaml').corpus.commitments.map((c) => c.id)).toEqual(['tz202410-077']);
    await fetchCli(['--commissie', 'FIN', '-o', 'fin.akkoord.yaml']);
    expect(corpusOf('fin.akkoord.yaml').corpus.commitments.map((c) => c.id)).toEqual(['tz202604-011']);
  });

  it('gives a ministry\'s register its own id (toezeggingen-bzk), so two fit in one folder; --id and a refresh keep theirs (a staffer\'s trial)', async () => {
    expect((await fetchCli(['--ministerie', 'BZK', '-o', 'tz-bzk.akkoord.yaml'])).code).toBe(0);
    expect((await fetchCli(['--ministerie', 'Economische Zaken en Klimaat', '-o', 'tz-ezk.akkoord.yaml'])).code).toBe(0);
    expect(corpusOf('tz-bzk.akkoord.yaml').corpus.commitments.map((c) => c.key)).toEqual(['toezeggingen-bzk:tz202603-130']);
    expect(corpusOf('tz-ezk.akkoord.yaml').corpus.id).toBe('toezeggingen-ezk');
    // Without --out each in a file named as its id: the second ministry refreshed the first one's file (a check of the fixes).
    expect((await fetchCli(['--ministerie', 'BZK'])).stdout).toBe('toezeggingen-bzk.akkoord.yaml\n');
    expect((await fetchCli(['--ministerie', 'Economische Zaken en Klimaat'])).stdout).toBe('toezeggingen-ezk.akkoord.yaml\n');
    expect(corpusOf('toezeggingen-bzk.akkoord.yaml').corpus.id).toBe('toezeggingen-bzk');
    expect(corpusOf('toezeggingen-ezk.akkoord.yaml').corpus.id).toBe('toezeggingen-ezk');
    for (const f of ['toezeggingen-bzk.akkoord.yaml', 'toezeggingen-ezk.akkoord.yaml']) rmSync(path.join(dir, f));
    await fetchCli(['--ministerie', 'Binnenlandse', '-o', 'tz-naam.akkoord.yaml']);
    expect(corpusOf('tz-naam.akkoord.yaml').corpus.id).toBe('toezeggingen-binnenlandse');
    await fetchCli(['--ministerie', 'BZK', '--id', 'eigen-id', '-o', 'tz-id.akkoord.yaml']);
    expect(corpusOf('tz-id.akkoord.yaml').corpus.id).toBe('eigen-id');
    // A refresh keeps the id the file has, whatever it is asked for now.
    await fetchCli(['-o', 'alles.akkoord.yaml']);
    await fetchCli(['--ministerie', 'BZK', '-o', 'alles.akkoord.yaml']);
    expect(corpusOf('alles.akkoord.yaml').corpus.id).toBe('toezeggingen');
    expect(corpusOf('tz-bzk.akkoord.yaml').problems).toEqual([]);
    const list = await runCli(['corpus', 'list', '--format', 'json'], dir);
    expect(list.code).toBe(0);
    expect(list.stderr).not.toContain('wordt al gebruikt');
  });

  it('writes a valid file (commitments: []) for a ministry nobody knows, and says so with the codes it knows (a staffer\'s trial)', async () => {
    const r = await fetchCli(['--ministerie', 'XYZ', '-o', 'tz-xyz.akkoord.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('tz-xyz.akkoord.yaml: 0 toezeggingen');
    expect(r.stderr).toMatch(/Let op: geen ministerie heet "XYZ", en geen toezegging in het register hoort erbij\. Geef een afkorting \(AZ, [^)]*BZK[^)]*\) of \(een deel van\) de naam/);
    expect(readFileSync(path.join(dir, 'tz-xyz.akkoord.yaml'), 'utf8')).toMatch(/^commitments: \[\]$/m);
    expect(corpusOf('tz-xyz.akkoord.yaml').problems).toEqual([]);
    const valid = await runCli(['corpus', 'validate', 'tz-xyz.akkoord.yaml'], dir);
    expect(valid.code).toBe(0);
    // A known ministry with no promises, or a name the register writes, gives no such note.
    expect((await fetchCli(['--ministerie', 'Defensie', '-o', 'tz-def.akkoord.yaml'])).stderr).not.toContain('Let op');
    expect((await fetchCli(['--ministerie', 'Binnenlandse', '-o', 'tz-bi.akkoord.yaml'])).stderr).not.toContain('Let op');
    expect((await fetchCli(['--ministerie', 'XYZ', '-o', 'tz-en.akkoord.yaml', '--taal', 'en'])).stderr).toContain('Note: no ministry is called "XYZ"');
  });

  it('refreshes an existing register: asks for what changed since its latest change, keeps keys, drops the deleted', async () => {
    await fetchCli([]);
    served.requests.length = 0;
    const r = await fetchCli([]);
    expect(r.code).toBe(0);
    expect(served.requests).toHaveLength(1);
    expect(served.requests[0]).toContain('$filter=GewijzigdOp gt 2026-06-01T10:00:00+02:00&');
    expect(r.stderr).toContain('3 toezeggingen (1 nieuw, 1 gewijzigd, 1 verwijderd)');
    const { corpus } = corpusOf('toezeggingen.akkoord.yaml');
    expect(corpus.commitments.map((c) => c.id)).toEqual(['tz202603-130', 'tz202604-011', 'tz202609-004']);
    // The refresh answer gave no activity for it: the debate the file held is kept.
    expect(corpus.commitments[0]!.register).toMatchObject({ status: 'Voldaan', fulfilledBy: '2026D30001', debate: { number: '2026A01894' } });
    expect(corpus.commitments[2]!.register).toMatchObject({ status: 'Openstaand', debate: { committeeCode: 'DiZa' } });
  });

  it('refuses to overwrite a corpus that is no register, and reports an error answer and a closed port (exit 2)', async () => {
    writeFileSync(path.join(dir, 'akkoord.akkoord.yaml'), 'format: 1\nid: eigen\ntitle: Eigen\nkind: coalitieakkoord\nsource: { verified: original }\ncommitments: []\n');
    const refused = await fetchCli(['-o', 'akkoord.akkoord.yaml', '--taal', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists and is no register of toezeggingen');
    expect(served.requests).toEqual([]);
    // A list of toezeggingen of one's own (written by hand, or imported from a debate's report) is no register either.
    const own = 'format: 1\nid: debat\ntitle: Toezeggingen uit het debat\nkind: toezeggingen\nsource: { verified: original }\ncommitments:\n  - id: brief-dienst\n    text: "Ik stuur de Kamer voor de zomer een brief over de Nederlandse Digitale Dienst."\n    tags: [digitale-overheid]\n    firmness: besluit\n';
    writeFileSync(path.join(dir, 'debat.akkoord.yaml'), own);
    const ownRefused = await fetchCli(['-o', 'debat.akkoord.yaml']);
    expect(ownRefused.code).toBe(2);
    expect(ownRefused.stderr).toContain('is een eigen lijst toezeggingen, geen register van de Tweede Kamer');
    expect(readFileSync(path.join(dir, 'debat.akkoord.yaml'), 'utf8')).toBe(own);
    expect(served.requests).toEqual([]);
    served.mode = 'error';
    const failed = await fetchCli([]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('antwoordde met HTTP 500');
    vi.stubEnv('AKKOORDWIJZER_OPENDATA_URL', `http://127.0.0.1:${await closedPort()}/OData/v4/2.0`);
    const offline = await fetchCli([]);
    expect(offline.code).toBe(2);
    expect(offline.stderr).toMatch(/Geen verbinding met 127\.0\.0\.1:\d+ \(ECONNREFUSED\)\. Controleer of u online bent/);
    expect(offline.stderr).not.toContain('met de hand');
  });

  it('rejects a --sinds that is no date, and shows its help', async () => {
    const r = await fetchCli(['--sinds', 'gisteren']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sinds verwacht een datum JJJJ-MM-DD, niet "gisteren"');
    const help = await runCli(['toezeggingen', '--help'], dir);
    expect(help.stdout).toContain('akkoordwijzer toezeggingen fetch');
    expect(help.stdout).toContain('--ministerie');
    // --out says what this command writes, not what corpus import and corpus fetch write (a reviewer).
    const own = await runCli(['toezeggingen', 'fetch', '--help'], dir);
    expect(own.stdout).toMatch(/--out BESTAND\s+het corpusbestand van het register \(standaard toezeggingen\.akkoord\.yaml/);
    expect(own.stdout).not.toContain('corpus import:');
  });
});
