/*
 * The open-data client with a fake transport: each test decides what "the network" does (answer with a constructed
 * response, fail with the error Node or undici gives, or never answer), so every branch can be reached and the
 * requests it makes can be read. The same client against a real server on the loopback interface: test/cli/fetch.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  classifyNetworkError,
  fetchKamerDocument,
  metadataUrl,
  odataString,
  OpenDataError,
  parseDocumentNummer,
  type FetchKamerDocumentOptions,
  type FetchLike,
  type FetchResponse,
  type KamerDocumentMetadata,
  type OpenDataErrorKind,
  typeOfContentType,
} from '../../../src/shared/opendata';
import { describeDocument, formatBytes } from '../../../src/shared/opendataText';
import { constructedBytes, fixture, startOpenData } from '../../cli/opendataServer';

const BASE = 'https://opendata.test/OData/v4/2.0';
const PDF_ID = '3f0c7f5e-8a51-4c1e-9d2b-6a7e0b1c2d34';
const PDF = constructedBytes('application/pdf', 1_234_567);

type Route = (url: string, signal: AbortSignal) => Promise<FetchResponse> | FetchResponse;

/** A fetch that answers by the first route whose key occurs in the URL; it records every URL asked. */
function fakeFetch(routes: Record<string, Route>): { fetch: FetchLike; asked: string[] } {
  const asked: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    asked.push(url);
    const key = Object.keys(routes).find((k) => url.includes(k));
    if (!key) throw new Error(`unexpected request ${url}`);
    return routes[key]!(url, init.signal);
  };
  return { fetch, asked };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const file = (bytes: Uint8Array, contentType: string, headers: Record<string, string> = {}) =>
  new Response(bytes, { headers: { 'content-type': contentType, 'content-length': String(bytes.length), ...headers } });

/** The metadata answer of the PDF fixture, changed by `edit`. */
function pdfAnswer(edit: (doc: Record<string, unknown>) => void = () => undefined) {
  const answer = fixture('document-pdf');
  edit(answer.value![0]!);
  return answer;
}

async function failure(promise: Promise<unknown>): Promise<OpenDataError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof OpenDataError) return e;
    throw e;
  }
  throw new Error('expected an OpenDataError');
}

const run = (routes: Record<string, Route>, options: Partial<FetchKamerDocumentOptions> = {}, nummer = '2026D04554') => {
  const fake = fakeFetch(routes);
  return { fake, result: fetchKamerDocument(nummer, { fetch: fake.fetch, baseUrl: BASE, ...options }) };
};

describe('the transport', () => {
  it("takes the platform's global fetch as it is (the one VS Code's extension host gives), against the loopback stand-in", async () => {
    // The assignment is checked by the compiler too: no wrapper between the editor's fetch and this module.
    const platform: FetchLike = globalThis.fetch;
    const served = await startOpenData();
    try {
      const received: number[] = [];
      const doc = await fetchKamerDocument('2026D04554', { fetch: platform, baseUrl: served.url, onProgress: (n) => received.push(n) });
      expect(doc.metadata).toMatchObject({ documentNummer: '2026D04554', type: 'pdf', fileName: '2026D04554.pdf', contentLength: 1_234_567 });
      expect(Buffer.from(doc.bytes).equals(served.files.get(PDF_ID)!)).toBe(true);
      expect(received.at(-1)).toBe(1_234_567);
    } finally {
      await served.close();
    }
  });
});

describe('the document number and the query', () => {
  it('accepts a number as typed (spaces, a lower-case d) and rejects anything else before going online', async () => {
    expect(parseDocumentNummer(' 2026d04554 ')).toBe('2026D04554');
    expect(parseDocumentNummer('2008D123456')).toBe('2008D123456');
    for (const bad of ['', 'abc', '2026-D04554', '2026D0455', '26D04554', "2026D04554' or true", '2026Z04554']) {
      const { fake, result } = run({}, {}, bad);
      const e = await failure(result);
      expect(e.kind, bad).toBe('bad-number');
      expect(e.text.nl).toContain('zoals 2026D04554');
      expect(fake.asked).toEqual([]);
    }
  });

  it('asks for the one live document with that number, the string literal quoted the OData way', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(metadataUrl(`${BASE}/`, '2026D04554')).toBe(`${BASE}/Document?$filter=DocumentNummer%20eq%20'2026D04554'%20and%20Verwijderd%20eq%20false`);
  });
});

describe('fetching a document', () => {
  it('confirms the metadata, then downloads the file with progress up to its size', async () => {
    const progress: [number, number | undefined][] = [];
    const seen: KamerDocumentMetadata[] = [];
    const { fake, result } = run(
      { '/Document?': () => json(pdfAnswer()), [`/Document(${PDF_ID})/resource`]: () => file(PDF, 'application/pdf') },
      { onProgress: (r, t) => progress.push([r, t]), onMetadata: (m) => seen.push({ ...m, progressSoFar: progress.length } as KamerDocumentMetadata) },
    );
    const doc = await result;
    expect(fake.asked).toEqual([metadataUrl(BASE, '2026D04554'), `${BASE}/Document(${PDF_ID})/resource`]);
    expect(doc.metadata).toEqual({
      id: PDF_ID,
      documentNummer: '2026D04554',
      titel: 'Kabinetsformatie 2025',
      onderwerp: 'Coalitieakkoord (testgegevens)',
      soort: 'Brief regering',
      datum: '2026-01-30',
      contentType: 'application/pdf',
      type: 'pdf',
      contentLength: 1_234_567,
      fileName: '2026D04554.pdf',
    });
    expect(Buffer.from(doc.bytes).equals(PDF)).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ progressSoFar: 0 });
    expect(progress.at(-1)).toEqual([1_234_567, 1_234_567]);
    expect(progress.map(([r]) => r)).toEqual([...progress.map(([r]) => r)].sort((a, b) => a - b));
    expect(describeDocument(doc.metadata)).toEqual({
      nl: '2026D04554: Coalitieakkoord (testgegevens) — Brief regering, 2026-01-30 (PDF, 1,2 MB)',
      en: '2026D04554: Coalitieakkoord (testgegevens) — Brief regering, 2026-01-30 (PDF, 1.2 MB)',
    });
  });

  it('takes a DOCX and an HTML document, and names the file by number and type', async () => {
    const docx = fixture('document-docx');
    const docxId = String(docx.value![0]!['Id']);
    const word = constructedBytes('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 48_213);
    const got = await run({ '/Document?': () => json(docx), '/resource': () => file(word, 'application/octet-stream') }, {}, '2026D11111').result;
    expect(got.metadata).toMatchObject({ id: docxId, type: 'docx', fileName: '2026D11111.docx' });
    const page = new TextEncoder().encode('<!DOCTYPE html><html><body>Regeerprogramma</body></html>');
    const html = await run({ '/Document?': () => json(pdfAnswer((d) => (d['ContentType'] = 'text/html; charset=utf-8'))), '/resource': () => file(page, 'text/html') }).result;
    expect(html.metadata).toMatchObject({ type: 'html', fileName: '2026D04554.html' });
  });

  const cases: [string, Record<string, Route>, OpenDataErrorKind, string, Partial<FetchKamerDocumentOptions>?, string?][] = [
    ['an empty answer', { '/Document?': () => json(fixture('empty')) }, 'not-found', 'Er is geen document 2026D04554'],
    ['two documents', { '/Document?': () => json({ value: [...pdfAnswer().value!, ...pdfAnswer().value!] }) }, 'http', '2 documenten met dit nummer'],
    ['no value list', { '/Document?': () => json({ error: { code: '', message: 'x' } }) }, 'http', "geen lijst ‘value’"],
    ['not JSON', { '/Document?': () => new Response('<html>Aanmelden</html>', { status: 200 }) }, 'http', 'geen JSON'],
    ['another number', { '/Document?': () => json(pdfAnswer((d) => (d['DocumentNummer'] = '2026D04555'))) }, 'http', 'een ander document (2026D04555)'],
    ['an Id that is no GUID', { '/Document?': () => json(pdfAnswer((d) => (d['Id'] = "x')/../../y"))) }, 'http', 'geen geldig Id'],
    ['a document without a file', { '/Document?': () => json(pdfAnswer((d) => ((d['ContentType'] = null), (d['ContentLength'] = null)))) }, 'not-found', 'het bestand ontbreekt'],
    ['an old Word file', { '/Document?': () => json(fixture('document-msword')) }, 'unsupported-type', 'van het type application/msword; alleen PDF, DOCX en HTML', {}, '2026D22222'],
    ['a file announced as too large', { '/Document?': () => json(fixture('document-large')) }, 'too-large', 'is 80,0 MB; de grens is 50,0 MB', {}, '2026D33333'],
    ['a file whose header says too large', { '/Document?': () => json(pdfAnswer((d) => (d['ContentLength'] = null))), '/resource': () => file(PDF, 'application/pdf') }, 'too-large', 'is 1,2 MB; de grens is 1,0 MB', { maxBytes: 1_000_000 }],
    ['a login page instead of the PDF', { '/Document?': () => json(pdfAnswer()), '/resource': () => file(new TextEncoder().encode('<html>Log in</html>'), 'text/html') }, 'http', 'een HTML-bestand in plaats van de aangekondigde PDF'],
    ['a 503 from the service, its OData error message shown', { '/Document?': () => json({ error: { code: '', message: 'busy' } }, 503) }, 'http', 'HTTP 503 (busy). Probeer het later opnieuw.'],
    ['a 400 with the message as lang and value', { '/Document?': () => json({ error: { code: '400', message: { lang: 'en-US', value: "The query  specified\nin the URI is not valid." } } }, 400) }, 'http', 'HTTP 400 (The query specified in the URI is not valid.).'],
    ['a 502 page from a gateway, not shown', { '/Document?': () => new Response('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }) }, 'http', 'antwoordde met HTTP 502. Probeer het later opnieuw.'],
    ['a 407 from a proxy', { '/Document?': () => new Response('', { status: 407 }) }, 'proxy', 'vraagt om aanmelding (407)'],
    ['a 404 for the file', { '/Document?': () => json(pdfAnswer()), '/resource': () => json({ error: {} }, 404) }, 'not-found', 'het bestand ontbreekt'],
  ];
  for (const [what, routes, kind, says, options, nummer] of cases) {
    it(`${what}: ${kind}`, async () => {
      const { fake, result } = run(routes, options, nummer);
      const e = await failure(result);
      // A document refused on its metadata is never downloaded.
      if (kind === 'unsupported-type' || says.includes('80,0 MB')) expect(fake.asked).toHaveLength(1);
      expect(e.kind).toBe(kind);
      expect(e.text.nl).toContain(says);
    });
  }

  it('stops reading a body without a size as soon as it passes the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x25));
      },
    });
    const { result } = run({ '/Document?': () => json(pdfAnswer((d) => (d['ContentLength'] = null))), '/resource': () => new Response(endless) }, { maxBytes: 1_000_000 });
    const e = await failure(result);
    expect(e.kind).toBe('too-large');
    expect(e.text.nl).toContain('groter dan de grens 1,0 MB');
    expect(pulled).toBeLessThan(20);
  });
});

describe('time and cancellation', () => {
  /** A request that is answered only when aborted, as a server that accepts and never answers. */
  const never: Route = () => new Promise(() => undefined);

  // The fakes ignore the signal, as a transport might: the client must stop waiting all the same.
  it('gives up when the service does not answer within the timeout', async () => {
    const e = await failure(run({ '/Document?': never }, { timeoutMs: 50 }).result);
    expect(e.kind).toBe('timeout');
    expect(e.text.nl).toContain('opendata.test antwoordde 0,1 seconden lang niet');
  });

  it('restarts the timer at every part of the file, and gives up when the parts stop coming', async () => {
    let sent = 0;
    const slow = new ReadableStream<Uint8Array>({
      async pull(controller) {
        // Eight parts 50 ms apart (each well within the 250 ms timeout, together well over it), then silence.
        if (sent === 8) return new Promise(() => undefined);
        await new Promise((r) => setTimeout(r, 50));
        controller.enqueue(sent++ === 0 ? new TextEncoder().encode('%PDF-1.7\n') : new Uint8Array(10));
      },
    });
    const e = await failure(run({ '/Document?': () => json(pdfAnswer()), '/resource': () => new Response(slow) }, { timeoutMs: 250 }).result);
    expect(sent).toBe(8);
    expect(e.kind).toBe('timeout');
  });

  it('stops when the caller cancels, and says so', async () => {
    const controller = new AbortController();
    const { result } = run({ '/Document?': (url, signal) => (controller.abort(), never(url, signal)) }, { signal: controller.signal });
    expect((await failure(result)).kind).toBe('cancelled');
  });
});

describe('network failures, told apart by the codes Node and undici report', () => {
  /** What `fetch` rejects with: a TypeError whose cause carries the system error. */
  const failed = (cause: unknown) => new TypeError('fetch failed', { cause });
  const sysError = (code: string, message = code) => Object.assign(new Error(message), { code });
  const at = { nummer: '2026D04554', url: `${BASE}/Document?x` };

  const table: [unknown, string | undefined, OpenDataErrorKind, string][] = [
    [failed(sysError('ENOTFOUND', 'getaddrinfo ENOTFOUND opendata.test')), undefined, 'offline', 'Geen verbinding met opendata.test (ENOTFOUND)'],
    [failed(sysError('ECONNREFUSED')), undefined, 'offline', '(ECONNREFUSED)'],
    [failed(sysError('ENETUNREACH')), undefined, 'offline', '(ENETUNREACH)'],
    [failed(Object.assign(new AggregateError([sysError('ECONNREFUSED'), sysError('ECONNREFUSED')]), { code: 'ECONNREFUSED' })), undefined, 'offline', '(ECONNREFUSED)'],
    [failed(new AggregateError([sysError('EHOSTUNREACH')])), undefined, 'offline', '(EHOSTUNREACH)'],
    [failed(sysError('ECONNREFUSED')), 'http://proxy.test:8080', 'proxy', 'De proxy http://proxy.test:8080 is niet bereikbaar (ECONNREFUSED)'],
    [failed(sysError('ENOTFOUND')), 'http://proxy.test:8080', 'proxy', 'is niet bereikbaar (ENOTFOUND)'],
    [failed(new DOMException('Request was cancelled.', 'Error')), undefined, 'offline', 'Geen verbinding met opendata.test.'],
    [failed(Object.assign(new DOMException('Request was cancelled.'), { cause: sysError('UND_ERR_ABORTED', 'Proxy response (407) !== 200 when HTTP Tunneling') })), 'http://proxy.test:8080', 'proxy', 'De proxy http://proxy.test:8080 vraagt om aanmelding (407)'],
    [failed(sysError('UND_ERR_ABORTED', 'Proxy response (403) !== 200 when HTTP Tunneling')), 'http://proxy.test:8080', 'proxy', 'weigerde de verbinding (403)'],
    [failed(sysError('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain')), 'http://proxy.test:8080', 'certificate', 'Het certificaat van opendata.test wordt niet vertrouwd (SELF_SIGNED_CERT_IN_CHAIN)'],
    [failed(sysError('UNABLE_TO_GET_ISSUER_CERT_LOCALLY')), undefined, 'certificate', '(UNABLE_TO_GET_ISSUER_CERT_LOCALLY)'],
    [failed(sysError('DEPTH_ZERO_SELF_SIGNED_CERT')), undefined, 'certificate', '(DEPTH_ZERO_SELF_SIGNED_CERT)'],
    [failed(sysError('CERT_HAS_EXPIRED')), undefined, 'certificate', '(CERT_HAS_EXPIRED). Klopt de datum en tijd van deze computer?'],
    [failed(sysError('ERR_TLS_CERT_ALTNAME_INVALID')), undefined, 'certificate', '(ERR_TLS_CERT_ALTNAME_INVALID)'],
    [failed(sysError('UND_ERR_CONNECT_TIMEOUT')), undefined, 'timeout', 'opendata.test antwoordde niet op tijd'],
    [failed(sysError('ETIMEDOUT')), undefined, 'timeout', 'antwoordde niet op tijd'],
  ];
  for (const [error, proxy, kind, says] of table) {
    const codes = JSON.stringify((error as Error).cause, ['code', 'message', 'errors']);
    it(`${codes}${proxy ? ' behind a proxy' : ''}: ${kind}`, () => {
      const e = classifyNetworkError(error, { ...at, proxy });
      expect(e.kind).toBe(kind);
      expect(e.text.nl).toContain(says);
    });
  }

  it('reaches the classification from a failing fetch, naming the proxy the caller reports', async () => {
    const { result } = run({ '/Document?': () => Promise.reject(failed(sysError('ECONNREFUSED'))) }, { proxyFor: () => 'http://proxy.test:3128' });
    const e = await failure(result);
    expect(e.kind).toBe('proxy');
    expect(e.detail).toBe('ECONNREFUSED');
    expect(e.text.en).toContain('The proxy http://proxy.test:3128 cannot be reached (ECONNREFUSED)');
  });

  it('every network failure says how to get the file by hand and import it, in both languages', () => {
    for (const [error, proxy] of table) {
      const { text } = classifyNetworkError(error, { ...at, proxy });
      expect(text.nl).toContain('https://www.tweedekamer.nl/downloads/document?id=2026D04554');
      expect(text.nl).toContain('`akkoordwijzer corpus import BESTAND`');
      expect(text.en).toContain('`akkoordwijzer corpus import FILE`');
    }
    const certificate = classifyNetworkError(failed(sysError('SELF_SIGNED_CERT_IN_CHAIN')), at).text;
    expect(certificate.nl).toContain('NODE_EXTRA_CA_CERTS=pad/naar/ca.pem');
    expect(certificate.en).toContain('NODE_EXTRA_CA_CERTS=path/to/ca.pem');
  });

  it('sizes read the Dutch or the English way', () => {
    expect(formatBytes(1_234_567)).toEqual({ nl: '1,2 MB', en: '1.2 MB' });
    expect(formatBytes(48_213)).toEqual({ nl: '48 kB', en: '48 kB' });
    expect(formatBytes(312)).toEqual({ nl: '312 bytes', en: '312 bytes' });
  });
});

describe('the media type of a response', () => {
  it('knows PDF, DOCX and HTML, with parameters; a name of an Object member is none', () => {
    expect(typeOfContentType('application/pdf')).toBe('pdf');
    expect(typeOfContentType('text/html; charset=utf-8')).toBe('html');
    for (const t of ['constructor', '__proto__', 'toString']) expect(typeOfContentType(t)).toBeUndefined();
  });
});
