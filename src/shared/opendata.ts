import { OPENDATA_TEXT as TEXT, type DocumentType, type Localized } from './opendataText';

/*
 * One document from the Tweede Kamer's open data, by its number: the one explicit online step of the product.
 * Pure and shared: the editor runs it with VS Code's own `fetch` (the user's proxy and the system's certificates), the
 * command line with Node's; both inject it, and this file imports nothing that reaches the network by itself.
 *
 * The format, as documented (read for this code; responses in the tests are constructed from it):
 * - opendata.tweedekamer.nl/documentatie/odata-api: the OData v4 API at https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0,
 *   an entity by its GUID as `Document(<Id>)`, and "wanneer een specifieke entiteit een achterliggend bestand heeft,
 *   kan deze worden opgehaald door /resource aan de query toe te voegen": `Document(<Id>)/resource`.
 * - TweedeKamerDerStaten-Generaal/OpenDataPortaal issue #41 ("OData Document bestand (Resource) url is lastig te
 *   vinden"): the maintainers' documented example for a download is `Document?$filter=DocumentNummer eq '2009D35955'`
 *   for the metadata, then the file as `Document(<guid>)/TK.DA.GGM.OData.Resource()`, in short `/resource`.
 * - opendata.tweedekamer.nl/documentatie/document: the attributes Id (GUID), Soort, DocumentNummer, Titel, Onderwerp,
 *   Datum, ContentType ("Bestandsformaat"), ContentLength ("Bestandsgrootte", int), Verwijderd.
 * - openkamer/tkapi (tkapi/tkapi.py, document.py, filter.py): the collection envelope `{"@odata.context": …, "value":
 *   [ … ]}` with PascalCase property names, `DocumentNummer eq '…'` as the filter, quotes doubled inside a string
 *   literal, every query narrowed by `Verwijderd eq false`, and an OData error as `{"error": {"code", "message"}}`.
 * - OASIS OData JSON Format v4.0, "Error Response": `error` holds `code` and `message` (some servers give the message
 *   as `{"lang", "value"}`).
 */

/** The open data's OData v4 service root. */
export const OPENDATA_URL = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0';

/** How long the fetch waits for a sign of life (a response, the next part of the file) before it gives up. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The largest file the fetch accepts; an agreement is a few megabytes. */
export const DEFAULT_MAX_BYTES = 50_000_000;

/** The part of the WHATWG `fetch` this module uses: Node's, undici's and VS Code's all fit. */
export type FetchLike = (url: string, init: { method: 'GET'; headers: Record<string, string>; signal: AbortSignal; redirect: 'follow' }) => Promise<FetchResponse>;

export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(reason?: unknown): Promise<void> } } | null;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface FetchKamerDocumentOptions {
  fetch: FetchLike;
  /** The service root; the Tweede Kamer's unless a test or a mirror says otherwise. */
  baseUrl?: string;
  /** Milliseconds without a sign of life before the fetch gives up (default 30 s). */
  timeoutMs?: number;
  /** The largest file accepted, in bytes (default 50 MB). */
  maxBytes?: number;
  signal?: AbortSignal;
  /** The document found, before its file is downloaded: say what is coming. */
  onMetadata?(metadata: KamerDocumentMetadata): void;
  onProgress?(receivedBytes: number, totalBytes?: number): void;
  /**
   * The proxy a request to `url` goes through, if any (credentials are never shown): then a failed connection is the
   * proxy's, and the message names it.
   */
  proxyFor?(url: string): string | undefined;
}

export interface KamerDocumentMetadata {
  /** The GUID of the document in the open data. */
  id: string;
  documentNummer: string;
  titel: string;
  /** For a document in a dossier the title is often the dossier's; the subject says what the document itself is. */
  onderwerp?: string;
  /** The kind of document: "Brief regering", "Motie", … */
  soort: string;
  /** `YYYY-MM-DD`, when the open data gives a date. */
  datum?: string;
  contentType: string;
  type: DocumentType;
  contentLength?: number;
  /** `<nummer>.<pdf|docx|html>`. */
  fileName: string;
}

export interface KamerDocument {
  metadata: KamerDocumentMetadata;
  bytes: Uint8Array;
}

export type OpenDataErrorKind = 'bad-number' | 'offline' | 'proxy' | 'certificate' | 'timeout' | 'not-found' | 'http' | 'unsupported-type' | 'too-large' | 'cancelled';

/** A fetch that did not give a usable document: what kind of failure, and a message that says what to do. */
export class OpenDataError extends Error {
  constructor(
    readonly kind: OpenDataErrorKind,
    readonly text: Localized,
    /** The technical detail (an error code, a status) for a log. */
    readonly detail?: string,
  ) {
    super(text.en);
    this.name = 'OpenDataError';
  }
}

const NUMMER = /^(\d{4})D(\d{5,6})$/;

/** `2026D04554` as typed (spaces around, a lower-case d) in its canonical form; undefined when it is not one. */
export function parseDocumentNummer(input: string): string | undefined {
  const m = NUMMER.exec(input.trim().toUpperCase());
  return m ? `${m[1]}D${m[2]}` : undefined;
}

/** An OData string literal: single quotes doubled (OData ABNF, as tkapi's filters do). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The query for the metadata of one live (not deleted) document by its number. */
export function metadataUrl(baseUrl: string, nummer: string): string {
  const filter = `DocumentNummer eq ${odataString(nummer)} and Verwijderd eq false`;
  return `${trimSlash(baseUrl)}/Document?$filter=${encodeURIComponent(filter)}`;
}

/** The media resource of a document: its file. */
export function resourceUrl(baseUrl: string, id: string): string {
  return `${trimSlash(baseUrl)}/Document(${id})/resource`;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * Fetch document `nummer` (`2026D04554`) from the Tweede Kamer's open data: look up its metadata (exactly one live
 * document), check that it is a PDF, DOCX or HTML file within the size limit, and download it with progress.
 * Throws an `OpenDataError` whose `kind` says what went wrong and whose `text` says what to do.
 */
export async function fetchKamerDocument(nummer: string, options: FetchKamerDocumentOptions): Promise<KamerDocument> {
  const documentNummer = parseDocumentNummer(nummer);
  if (!documentNummer) throw new OpenDataError('bad-number', TEXT.badNumber(nummer.trim()));
  const baseUrl = options.baseUrl ?? OPENDATA_URL;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const transfer = new Transfer(documentNummer, options);
  const metadata = readMetadata(documentNummer, await transfer.json(metadataUrl(baseUrl, documentNummer)));
  if (metadata.contentLength !== undefined && metadata.contentLength > maxBytes) {
    throw new OpenDataError('too-large', TEXT.tooLarge(documentNummer, metadata.contentLength, maxBytes));
  }
  options.onMetadata?.(metadata);
  const bytes = await transfer.bytes(resourceUrl(baseUrl, metadata.id), maxBytes, metadata.contentLength);
  const arrived = sniffType(bytes);
  if (arrived !== metadata.type) throw new OpenDataError('http', TEXT.badAnswer(documentNummer, TEXT.wrongContent(metadata.type, arrived)), 'content');
  return { metadata, bytes };
}

/** What a JSON request of the open data needs: the transport, and the fetch's timeout, cancellation and proxy. */
export type OpenDataRequestOptions = Pick<FetchKamerDocumentOptions, 'fetch' | 'timeoutMs' | 'signal' | 'proxyFor'>;

/**
 * GET one JSON answer of the open data with the document fetch's timeout, cancellation and failures (offline, proxy,
 * certificate, HTTP status with the OData error's message). Throws an `OpenDataError`. For requests that are not
 * about one document (the register of toezeggingen): their messages name no document number.
 */
export async function getOpenDataJson(url: string, options: OpenDataRequestOptions): Promise<unknown> {
  return new Transfer('', options).json(url);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one document of the answer, confirmed: its number, a GUID, and a file of a kind the importer reads. */
function readMetadata(nummer: string, answer: unknown): KamerDocumentMetadata {
  const value = (answer as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) throw new OpenDataError('http', TEXT.badAnswer(nummer, TEXT.noValue), 'value');
  if (value.length === 0) throw new OpenDataError('not-found', TEXT.notFound(nummer));
  if (value.length > 1) throw new OpenDataError('http', TEXT.badAnswer(nummer, TEXT.several(value.length)), 'several');
  const doc = value[0] as Record<string, unknown>;
  const str = (key: string) => (typeof doc[key] === 'string' ? (doc[key] as string).trim() : '');
  const id = str('Id');
  if (!GUID.test(id)) throw new OpenDataError('http', TEXT.badAnswer(nummer, TEXT.badId), 'id');
  if (str('DocumentNummer').toUpperCase() !== nummer) throw new OpenDataError('http', TEXT.badAnswer(nummer, TEXT.otherNumber(str('DocumentNummer'))), 'number');
  const contentType = str('ContentType');
  const length = doc['ContentLength'];
  const contentLength = typeof length === 'number' && Number.isFinite(length) && length > 0 ? length : undefined;
  if (!contentType && contentLength === undefined) throw new OpenDataError('not-found', TEXT.noFile(nummer), 'no file');
  const soort = str('Soort');
  const type = typeOfContentType(contentType);
  if (!type) throw new OpenDataError('unsupported-type', TEXT.unsupportedType(nummer, soort || '?', contentType), contentType);
  const datum = /^\d{4}-\d{2}-\d{2}/.exec(str('Datum'))?.[0];
  return {
    id,
    documentNummer: nummer,
    titel: str('Titel'),
    ...(str('Onderwerp') ? { onderwerp: str('Onderwerp') } : {}),
    soort,
    ...(datum ? { datum } : {}),
    contentType,
    type,
    ...(contentLength !== undefined ? { contentLength } : {}),
    fileName: `${nummer}.${type}`,
  };
}

const CONTENT_TYPES: ReadonlyMap<string, DocumentType> = new Map([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
]);

/** PDF, DOCX or HTML by the media type (parameters such as `charset` ignored); undefined for anything else. */
export function typeOfContentType(contentType: string): DocumentType | undefined {
  return CONTENT_TYPES.get(contentType.split(';')[0]!.trim().toLowerCase());
}

/** What the bytes are, by their first bytes: `%PDF-`, a ZIP container (DOCX), or markup. */
export function sniffType(bytes: Uint8Array): DocumentType | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return 'docx';
  if (/^(?:\xEF\xBB\xBF)?\s*</.test(head)) return 'html';
  return undefined;
}

/**
 * The requests of one fetch: each with a timer that restarts at every sign of life, the caller's cancellation, and
 * every failure turned into an `OpenDataError`.
 */
class Transfer {
  private readonly timeoutMs: number;

  constructor(
    private readonly nummer: string,
    private readonly options: OpenDataRequestOptions & Pick<FetchKamerDocumentOptions, 'onProgress'>,
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** GET `url` as JSON. */
  async json(url: string): Promise<unknown> {
    return this.request(url, 'application/json', async (response, guard) => {
      const text = await guard.race(response.text());
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new OpenDataError('http', TEXT.badAnswer(this.nummer, TEXT.notJson), 'json');
      }
    });
  }

  /** GET `url` as bytes, with progress, stopping as soon as more than `maxBytes` arrive. */
  async bytes(url: string, maxBytes: number, announced: number | undefined): Promise<Uint8Array> {
    return this.request(url, '*/*', async (response, guard) => {
      const header = Number(response.headers.get('content-length') ?? NaN);
      const total = Number.isFinite(header) && header > 0 ? header : announced;
      if (total !== undefined && total > maxBytes) throw new OpenDataError('too-large', TEXT.tooLarge(this.nummer, total, maxBytes));
      const tooLarge = () => new OpenDataError('too-large', TEXT.tooLarge(this.nummer, undefined, maxBytes));
      return readBody(response, { maxBytes, total, guard, onProgress: this.options.onProgress, tooLarge });
    });
  }

  private async request<T>(url: string, accept: string, read: (response: FetchResponse, guard: Guard) => Promise<T>): Promise<T> {
    const guard = new Guard(this.timeoutMs, this.options.signal);
    try {
      if (this.options.signal?.aborted) throw new OpenDataError('cancelled', TEXT.cancelled);
      const response = await guard.race(this.options.fetch(url, { method: 'GET', headers: { accept }, signal: guard.signal, redirect: 'follow' }));
      await this.checkStatus(url, response, guard);
      return await read(response, guard);
    } catch (e) {
      if (e instanceof OpenDataError) throw e;
      if (guard.timedOut) throw new OpenDataError('timeout', TEXT.timeout(this.nummer, hostOf(url), Math.round(this.timeoutMs / 100) / 10), 'timeout');
      if (this.options.signal?.aborted) throw new OpenDataError('cancelled', TEXT.cancelled);
      throw classifyNetworkError(e, { nummer: this.nummer, url, proxy: this.options.proxyFor?.(url) });
    } finally {
      guard.dispose();
    }
  }

  private async checkStatus(url: string, response: FetchResponse, guard: Guard): Promise<void> {
    const status = response.status;
    if (status >= 200 && status < 300) return;
    const proxy = this.options.proxyFor?.(url);
    if (status === 407) throw new OpenDataError('proxy', TEXT.proxyStatus(this.nummer, proxy ?? 'proxy', 407), 'HTTP 407');
    if (status === 404 && url.endsWith('/resource')) throw new OpenDataError('not-found', TEXT.noFile(this.nummer), 'HTTP 404');
    const said = await odataErrorMessage(response, guard);
    throw new OpenDataError('http', TEXT.httpStatus(this.nummer, status, said), `HTTP ${status}`);
  }
}

/**
 * The message of an OData error body (`{"error": {"code", "message"}}`, the message a string or `{"lang", "value"}`),
 * shortened; undefined for any other body. A proxy's or a gateway's HTML page is not shown.
 */
async function odataErrorMessage(response: FetchResponse, guard: Guard): Promise<string | undefined> {
  if (!/json/i.test(response.headers.get('content-type') ?? '')) {
    void response.body?.getReader().cancel().catch(() => undefined);
    return undefined;
  }
  try {
    const error = (JSON.parse(await guard.race(response.text())) as { error?: { message?: unknown } } | null)?.error;
    const message = typeof error?.message === 'string' ? error.message : (error?.message as { value?: unknown } | undefined)?.value;
    if (typeof message !== 'string' || !message.trim()) return undefined;
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return oneLine.length > 200 ? `${oneLine.slice(0, 199)}…` : oneLine;
  } catch {
    return undefined;
  }
}

/**
 * The watch over one request: a timer restarted at every sign of life, and the caller's cancellation. It aborts the
 * transport's signal, and `race` stops waiting by itself too, so a transport that ignores its signal cannot hang.
 */
class Guard {
  private readonly controller = new AbortController();
  private readonly stopped: Promise<never>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  timedOut = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly outer: AbortSignal | undefined,
  ) {
    this.stopped = new Promise<never>((_resolve, reject) => this.controller.signal.addEventListener('abort', () => reject(new Error('stopped'))));
    this.stopped.catch(() => undefined);
    outer?.addEventListener('abort', this.cancel);
    this.alive();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  private readonly cancel = () => this.controller.abort();

  /** A sign of life: the timer starts again. */
  alive(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, this.timeoutMs);
  }

  /** Wait for `step`, or stop when the time is up or the caller cancels; a result counts as a sign of life. */
  async race<T>(step: Promise<T>): Promise<T> {
    step.catch(() => undefined);
    const result = await Promise.race([step, this.stopped]);
    this.alive();
    return result;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.cancel);
  }
}

/** The body, chunk by chunk: progress after each, the timer restarted, and a stop as soon as it exceeds the limit. */
async function readBody(
  response: FetchResponse,
  o: { maxBytes: number; total: number | undefined; guard: Guard; onProgress: ((received: number, total?: number) => void) | undefined; tooLarge: () => Error },
): Promise<Uint8Array> {
  if (!response.body) {
    const whole = new Uint8Array(await o.guard.race(response.arrayBuffer()));
    if (whole.length > o.maxBytes) throw o.tooLarge();
    o.onProgress?.(whole.length, o.total);
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  o.onProgress?.(0, o.total);
  try {
    for (;;) {
      const { done, value } = await o.guard.race(reader.read());
      if (done) break;
      if (!value) continue;
      received += value.length;
      if (received > o.maxBytes) throw o.tooLarge();
      chunks.push(value);
      o.onProgress?.(received, o.total);
    }
  } catch (e) {
    void reader.cancel().catch(() => undefined);
    throw e;
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/*
 * How Node (undici) and VS Code report a failed connection: `fetch` rejects with a TypeError whose `cause` (sometimes
 * one level deeper, or an AggregateError over IPv4 and IPv6) carries a system error code. OpenSSL's verification
 * codes name a certificate the machine does not trust; the resolver's and the socket's codes a network that is not
 * there; undici's proxy tunnel reports a refused CONNECT as "Proxy response (407) !== 200".
 */
const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UND_ERR_PRX_TLS',
]);
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** A rejected `fetch` as a typed error: certificate, timeout, proxy or offline, by the codes in its cause chain. */
export function classifyNetworkError(error: unknown, at: { nummer: string; url: string; proxy?: string | undefined }): OpenDataError {
  const { codes, messages } = causes(error);
  const host = hostOf(at.url);
  const certificate = codes.find((c) => CERTIFICATE_CODES.has(c));
  if (certificate) return new OpenDataError('certificate', TEXT.certificate(at.nummer, at.proxy && certificate === 'UND_ERR_PRX_TLS' ? at.proxy : host, certificate), certificate);
  const timeout = codes.find((c) => TIMEOUT_CODES.has(c));
  if (timeout) return new OpenDataError('timeout', TEXT.timeout(at.nummer, host), timeout);
  const proxyStatus = messages.map((m) => /Proxy response \((\d{3})\)|Proxy Authentication Required \((\d{3})\)/i.exec(m)).find(Boolean);
  if (proxyStatus) return new OpenDataError('proxy', TEXT.proxyStatus(at.nummer, at.proxy ?? 'proxy', Number(proxyStatus[1] ?? proxyStatus[2])), `proxy ${proxyStatus[1] ?? proxyStatus[2]}`);
  const offline = codes.find((c) => OFFLINE_CODES.has(c));
  // Behind a proxy every connection goes to the proxy: a refused or unknown host is the proxy's.
  if (at.proxy) return new OpenDataError('proxy', TEXT.proxyRefused(at.nummer, at.proxy, offline ?? codes[0]), offline ?? codes[0] ?? 'proxy');
  return new OpenDataError('offline', TEXT.offline(at.nummer, host, offline ?? codes[0]), offline ?? codes[0] ?? 'network');
}

/** The codes and messages along an error's cause chain and inside an AggregateError. */
function causes(error: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || depth > 6) return;
    const { code, message, cause, errors } = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof message === 'string') messages.push(message);
    visit(cause, depth + 1);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return { codes, messages };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
