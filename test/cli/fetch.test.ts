/*
 * `akkoordwijzer corpus fetch` in-process, against the open data's stand-in on the loopback interface (constructed
 * answers, see test/fixtures/opendata/README.md) and the network failures a user meets: no connection, a proxy that
 * refuses or wants credentials, a server that never answers, a certificate the machine does not trust. No test here
 * uses the internet; the real fetch of 2026D04554 has not been run.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { closedPort, silentServer, startOpenData, startProxy, type Served } from './opendataServer';
import { ROOT, runCli } from './runCli';

const PDF_ID = '3f0c7f5e-8a51-4c1e-9d2b-6a7e0b1c2d34';
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

let served: Served;
let dir: string;

beforeAll(async () => {
  served = await startOpenData();
});
afterAll(() => served.close());

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'aw-fetch-'));
  served.requests.length = 0;
  // The machine's own proxy settings must not steer these tests; each test sets what it is about.
  for (const name of PROXY_VARIABLES) vi.stubEnv(name, '');
  vi.stubEnv('AKKOORDWIJZER_OPENDATA_URL', served.url);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

const fetchCli = (args: string[]) => runCli(['corpus', 'fetch', ...args], dir);
const files = () => readdirSync(dir);

describe('akkoordwijzer corpus fetch', () => {
  it('confirms the document, shows progress, saves the file under its number and says how to import it', async () => {
    const r = await fetchCli(['2026D04554']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2026D04554.pdf\n');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`2026D04554 opvragen bij 127.0.0.1:${served.port} …`);
    expect(lines[1]).toBe('2026D04554: Coalitieakkoord (testgegevens) — Brief regering, 2026-01-30 (PDF, 1,2 MB)');
    const progress = lines.filter((l) => l.startsWith('  '));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe('  1,2 MB van 1,2 MB (100%)');
    expect(lines.slice(-2)).toEqual(['Opgeslagen: 2026D04554.pdf', 'Maak er een corpus van met: akkoordwijzer corpus import 2026D04554.pdf']);
    expect(readFileSync(path.join(dir, '2026D04554.pdf')).equals(served.files.get(PDF_ID)!)).toBe(true);
    expect(files()).toEqual(['2026D04554.pdf']);
    expect(served.requests).toEqual([
      // The quotes as the WHATWG URL parser sends them (percent-encoded in a query).
      'GET /OData/v4/2.0/Document?$filter=DocumentNummer%20eq%20%272026D04554%27%20and%20Verwijderd%20eq%20false',
      `GET /OData/v4/2.0/Document(${PDF_ID})/resource`,
    ]);
  });

  it('saves where --out says (a file, or into a folder), and speaks English with --taal en', async () => {
    const r = await fetchCli(['2026d04554', '--out', 'akkoord 2026.pdf', '--taal', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('akkoord 2026.pdf\n');
    expect(r.stderr).toContain('2026D04554: Coalitieakkoord (testgegevens) — Brief regering, 2026-01-30 (PDF, 1.2 MB)');
    expect(r.stderr).toContain('Make a corpus of it with: akkoordwijzer corpus import "akkoord 2026.pdf"');
    mkdirSync(path.join(dir, 'stukken'));
    expect((await fetchCli(['2026D04554', '-o', 'stukken'])).stdout).toBe(`${path.join('stukken', '2026D04554.pdf')}\n`);
    expect(existsSync(path.join(dir, 'stukken', '2026D04554.pdf'))).toBe(true);
  });

  it('fetches a DOCX document as a .docx file', async () => {
    const r = await fetchCli(['2026D11111']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2026D11111: Regeerprogramma (testgegevens) — Brief regering, 2026-02-13 (DOCX, 48 kB)');
    expect(files()).toEqual(['2026D11111.docx']);
  });

  const refused: [string, string, string][] = [
    ['2026D99999', 'Er is geen document 2026D99999 in de open data van de Tweede Kamer.', 'not found'],
    ['2026D22222', 'Document 2026D22222 (Motie) is een bestand van het type application/msword; alleen PDF, DOCX en HTML kunnen worden geïmporteerd. Haal het met de hand op (', 'unsupported'],
    ['2026D33333', 'Document 2026D33333 is 80,0 MB; de grens is 50,0 MB. Een akkoord is een paar MB: controleer het nummer', 'too large'],
  ];
  for (const [nummer, message, what] of refused) {
    it(`${what}: says so, downloads nothing and writes nothing`, async () => {
      const r = await fetchCli([nummer]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(served.requests).toHaveLength(1);
      expect(files()).toEqual([]);
    });
  }

  it('a bad number: says what a number looks like, without going online', async () => {
    const r = await fetchCli(['coalitieakkoord']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('‘coalitieakkoord’ is geen documentnummer van de Tweede Kamer: verwacht een jaartal, D en vijf cijfers, zoals 2026D04554.');
    // Nothing says it is being asked for first (a reviewer: "foo opvragen bij gegevensmagazijn…").
    expect(r.stderr).not.toContain('opvragen');
    expect(served.requests).toEqual([]);
  });

  it('usage errors: one number, a positive timeout, an http(s) proxy', async () => {
    const cases: [string[], string][] = [
      [[], 'corpus fetch verwacht een documentnummer, zoals 2026D04554'],
      [['2026D04554', '2026D04555'], 'corpus fetch verwacht één argument (niet 2)'],
      [['2026D04554', '--timeout', 'lang'], '--timeout verwacht een aantal seconden groter dan 0 (niet "lang")'],
      [['2026D04554', '--timeout', '0'], '--timeout verwacht een aantal seconden groter dan 0 (niet "0")'],
      [['2026D04554', '--proxy', 'socks5://geheim@proxy:1080'], '--proxy verwacht een URL, zoals http://proxy.example.nl:8080'],
      [['2026D04554', '--format', 'json'], 'corpus fetch kent de optie --format niet'],
    ];
    for (const [args, message] of cases) {
      const r = await fetchCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(new RegExp(`^akkoordwijzer: ${message.replace(/[()]/g, '\\$&')}\n\nGebruik:\n {2}akkoordwijzer corpus fetch `));
      expect(r.stderr).not.toContain('geheim');
    }
    expect(served.requests).toEqual([]);
  });
});

describe('the network around it', () => {
  it('offline (nothing listens): no connection, with the way round by hand', async () => {
    vi.stubEnv('AKKOORDWIJZER_OPENDATA_URL', `http://127.0.0.1:${await closedPort()}/OData/v4/2.0`);
    const r = await fetchCli(['2026D04554']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Geen verbinding met 127\.0\.0\.1:\d+ \(ECONNREFUSED\)\. Controleer of u online bent/);
    expect(r.stderr).toContain('open https://www.tweedekamer.nl/downloads/document?id=2026D04554 in de browser');
    expect(r.stderr).toContain('`akkoordwijzer corpus import BESTAND`');
    expect(files()).toEqual([]);
  });

  it('a server that accepts and never answers: gives up after --timeout seconds', async () => {
    const silent = await silentServer();
    try {
      vi.stubEnv('AKKOORDWIJZER_OPENDATA_URL', `http://127.0.0.1:${silent.port}/OData/v4/2.0`);
      const started = Date.now();
      const r = await fetchCli(['2026D04554', '--timeout', '0.3']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`127.0.0.1:${silent.port} antwoordde 0,3 seconden lang niet. Probeer het later opnieuw, of wacht langer (--timeout SECONDEN).`);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await silent.close();
    }
  });

  describe('through a proxy', () => {
    it('--proxy: every request goes through it (CONNECT to the service), and the run says so', async () => {
      const proxy = await startProxy();
      try {
        const r = await fetchCli(['2026D04554', '--proxy', proxy.url]);
        expect(r.code).toBe(0);
        expect(r.stderr).toContain(`via de proxy ${proxy.url} …`);
        expect(proxy.connects.length).toBeGreaterThanOrEqual(1);
        expect(new Set(proxy.connects)).toEqual(new Set([`127.0.0.1:${served.port}`]));
        expect(files()).toEqual(['2026D04554.pdf']);
      } finally {
        await proxy.close();
      }
    });

    it('the environment: HTTP_PROXY is used, and NO_PROXY exempts the host', async () => {
      const proxy = await startProxy();
      try {
        vi.stubEnv('HTTP_PROXY', proxy.url);
        expect((await fetchCli(['2026D04554'])).code).toBe(0);
        const through = proxy.connects.length;
        expect(through).toBeGreaterThanOrEqual(1);
        vi.stubEnv('NO_PROXY', 'localhost,127.0.0.1');
        const direct = await fetchCli(['2026D04554', '-o', 'direct.pdf']);
        expect(direct.code).toBe(0);
        expect(direct.stderr).not.toContain('proxy');
        expect(proxy.connects.length).toBe(through);
      } finally {
        await proxy.close();
      }
    });

    it('a proxy that wants credentials: 407 and what to do; with them in the URL it works, and the password is never shown', async () => {
      const proxy = await startProxy({ credentials: 'medewerker:geheim wachtwoord' });
      try {
        const without = await fetchCli(['2026D04554', '--proxy', proxy.url]);
        expect(without.code).toBe(2);
        expect(without.stderr).toContain(`De proxy ${proxy.url} vraagt om aanmelding (407). Geef gebruikersnaam en wachtwoord in het proxyadres`);
        expect(without.stderr).toContain('https://www.tweedekamer.nl/downloads/document?id=2026D04554');
        const withCredentials = await fetchCli(['2026D04554', '--proxy', proxy.url.replace('//', '//medewerker:geheim%20wachtwoord@')]);
        expect(withCredentials.code).toBe(0);
        expect(withCredentials.stderr).toContain(`via de proxy ${proxy.url} …`);
        expect(withCredentials.stderr + without.stderr).not.toContain('geheim');
      } finally {
        await proxy.close();
      }
    });

    it('a proxy that refuses the connection (403), and one that is not there', async () => {
      const proxy = await startProxy({ refuse: true });
      try {
        const r = await fetchCli(['2026D04554', '--proxy', proxy.url]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`De proxy ${proxy.url} weigerde de verbinding (403).`);
      } finally {
        await proxy.close();
      }
      const nowhere = `http://127.0.0.1:${await closedPort()}`;
      vi.stubEnv('HTTP_PROXY', nowhere);
      const r = await fetchCli(['2026D04554']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`De proxy ${nowhere} is niet bereikbaar (ECONNREFUSED). Controleer het adres (HTTPS_PROXY of --proxy; in VS Code de instelling ‘http.proxy’).`);
      expect(r.stderr).not.toContain('Geen verbinding');
      expect(files()).toEqual([]);
    });
  });

  describe('a certificate the machine does not trust (as behind a proxy that inspects TLS)', () => {
    let tlsServed: Served;
    let expiredServed: Served;
    let caFile: string;

    beforeAll(async () => {
      // A root of our own and server certificates it signed for 127.0.0.1, made for this run; no key is committed.
      const ca = await generate([{ name: 'commonName', value: 'Akkoordwijzer test root (inspecterende proxy)' }], {
        keyType: 'ec',
        algorithm: 'sha256',
        extensions: [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }],
      });
      const leafFor = async (validity: { notBeforeDate?: Date; notAfterDate?: Date } = {}) => {
        const leaf = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
          keyType: 'ec',
          algorithm: 'sha256',
          ca: { key: ca.private, cert: ca.cert },
          extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
          ...validity,
        });
        return { key: leaf.private, cert: `${leaf.cert.trim()}\n${ca.cert.trim()}\n` };
      };
      const day = 24 * 60 * 60 * 1000;
      tlsServed = await startOpenData(await leafFor());
      expiredServed = await startOpenData(await leafFor({ notBeforeDate: new Date(Date.now() - 30 * day), notAfterDate: new Date(Date.now() - day) }));
      caFile = path.join(mkdtempSync(path.join(tmpdir(), 'aw-ca-')), 'root-ca.pem');
      writeFileSync(caFile, ca.cert);
    });
    afterAll(async () => {
      await tlsServed?.close();
      await expiredServed?.close();
      rmSync(path.dirname(caFile), { recursive: true, force: true });
    });

    /** The bundle as a new process with our root in NODE_EXTRA_CA_CERTS (Node reads it at start, not later). */
    const fetchTrustingRoot = (serviceUrl: string) => {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_EXTRA_CA_CERTS: caFile, AKKOORDWIJZER_OPENDATA_URL: serviceUrl };
      for (const name of PROXY_VARIABLES) delete env[name];
      return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'corpus', 'fetch', '2026D04554'], { cwd: dir, env }, (_e, stdout, stderr) =>
          resolve({ code: child.exitCode, stdout, stderr }),
        );
      });
    };

    it('says which certificate check failed and how to trust the root (NODE_EXTRA_CA_CERTS), never to turn checking off', async () => {
      vi.stubEnv('AKKOORDWIJZER_OPENDATA_URL', tlsServed.url);
      const r = await fetchCli(['2026D04554']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Het certificaat van 127.0.0.1:${tlsServed.port} wordt niet vertrouwd (SELF_SIGNED_CERT_IN_CHAIN).`);
      expect(r.stderr).toContain('NODE_EXTRA_CA_CERTS=pad/naar/ca.pem');
      expect(r.stderr).toContain('Zet de certificaatcontrole niet uit.');
      expect(r.stderr).not.toContain('Klopt de datum');
      expect(tlsServed.requests).toEqual([]);
      expect(files()).toEqual([]);
    });

    it('with the root in NODE_EXTRA_CA_CERTS (read by Node at start, so a new process) the same fetch works', async () => {
      const r = await fetchTrustingRoot(tlsServed.url);
      expect(r.stderr).not.toContain('niet vertrouwd');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('2026D04554.pdf\n');
      expect(readFileSync(path.join(dir, '2026D04554.pdf')).equals(tlsServed.files.get(PDF_ID)!)).toBe(true);
    });

    it('an expired certificate from a trusted root: told apart by its code (CERT_HAS_EXPIRED), nothing written', async () => {
      const r = await fetchTrustingRoot(expiredServed.url);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Het certificaat van 127.0.0.1:${expiredServed.port} wordt niet vertrouwd (CERT_HAS_EXPIRED). Klopt de datum en tijd van deze computer?`);
      expect(r.stdout).toBe('');
      expect(expiredServed.requests).toEqual([]);
      expect(files()).toEqual([]);
    });
  });
});
