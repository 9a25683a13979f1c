/*
 * A stand-in for the Tweede Kamer's open data on the loopback interface, serving the constructed answers of
 * test/fixtures/opendata (see its README), and the network around it: a closed port, a server that never answers,
 * a tunnelling proxy (optionally asking for credentials), and the same service over TLS with a given certificate.
 * Nothing here reaches the internet.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './runCli';

const DIR = path.join(ROOT, 'test/fixtures/opendata');

/** A constructed answer by file name (without `.constructed.json`). */
export function fixture(name: string): { value?: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(DIR, `${name}.constructed.json`), 'utf8')) as { value?: Record<string, unknown>[] };
}

/** The documents the server knows, by number: their metadata answer. */
const DOCUMENTS: Record<string, string> = { '2026D04554': 'document-pdf', '2026D11111': 'document-docx', '2026D22222': 'document-msword', '2026D33333': 'document-large' };

const SIGNATURE: Record<string, string> = {
  'application/pdf': '%PDF-1.7\n%constructed for the tests\n',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'PK\x03\x04constructed for the tests',
};

/** The file of a constructed document: the type's first bytes, padding, an end marker; exactly `size` bytes. */
export function constructedBytes(contentType: string, size: number): Buffer {
  const head = Buffer.from(SIGNATURE[contentType] ?? 'constructed for the tests\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  const body = Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20);
  return Buffer.concat([head, body, tail]).subarray(0, size);
}

export interface Served {
  /** The service root, `http://127.0.0.1:<port>/OData/v4/2.0`. */
  url: string;
  port: number;
  /** Every request as `METHOD path?query`, in order. */
  requests: string[];
  /** The files served, by document Id. */
  files: Map<string, Buffer>;
  close(): Promise<void>;
}

const ROOT_PATH = '/OData/v4/2.0';
const FILTER = /^DocumentNummer eq '((?:[^']|'')*)' and Verwijderd eq false$/;

function handler(requests: string[], files: Map<string, Buffer>): http.RequestListener {
  return (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal; charset=utf-8', 'odata-version': '4.0' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === `${ROOT_PATH}/Document`) {
      const filter = FILTER.exec(url.searchParams.get('$filter') ?? '');
      if (!filter) return json(400, fixture('error'));
      const name = DOCUMENTS[filter[1]!.replace(/''/g, "'")];
      return json(200, name ? fixture(name) : fixture('empty'));
    }
    const resource = new RegExp(`^${ROOT_PATH}/Document\\(([0-9a-f-]{36})\\)/resource$`).exec(url.pathname);
    const file = resource ? files.get(resource[1]!) : undefined;
    if (!file) return json(404, fixture('error'));
    const doc = Object.values(DOCUMENTS).map((n) => fixture(n).value![0]!).find((d) => d['Id'] === resource![1])!;
    res.writeHead(200, { 'content-type': String(doc['ContentType']), 'content-length': String(file.length) });
    // In parts, as a network delivers a file, so that progress has something to report.
    for (let at = 0; at < file.length; at += 256 * 1024) res.write(file.subarray(at, at + 256 * 1024));
    res.end();
  };
}

function filesOfFixtures(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of Object.values(DOCUMENTS)) {
    const doc = fixture(name).value![0]!;
    const size = Number(doc['ContentLength']);
    // The oversized one is never downloaded: its announced size already stops the fetch.
    if (size < 10_000_000) files.set(String(doc['Id']), constructedBytes(String(doc['ContentType']), size));
  }
  return files;
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

/** The open data on `http://127.0.0.1:<port>`, or over TLS with `tls` (a key and certificate made by the test). */
export async function startOpenData(tls?: { key: string; cert: string }): Promise<Served> {
  const requests: string[] = [];
  const files = filesOfFixtures();
  const server = tls ? https.createServer(tls, handler(requests, files)) : http.createServer(handler(requests, files));
  const close = closer(server, new Set());
  const port = await listen(server);
  return { url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}${ROOT_PATH}`, port, requests, files, close };
}

/** A port on the loopback interface that nothing listens on: a connection is refused. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A server that accepts connections and never answers. */
export async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer(() => undefined);
  const close = closer(server, new Set());
  return { port: await listen(server), close };
}

export interface Proxy {
  url: string;
  /** The `host:port` of every CONNECT it received. */
  connects: string[];
  close(): Promise<void>;
}

/**
 * A tunnelling HTTP proxy: it answers CONNECT by joining the client to the target. With `credentials` it answers
 * 407 to a CONNECT without `Proxy-Authorization: Basic <user:password>`; with `refuse` it answers 403 to all.
 */
export async function startProxy(options: { credentials?: string; refuse?: boolean } = {}): Promise<Proxy> {
  const connects: string[] = [];
  const server = http.createServer((_req, res) => {
    res.writeHead(405);
    res.end();
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(req.url ?? '');
    const expected = options.credentials ? `Basic ${Buffer.from(options.credentials).toString('base64')}` : undefined;
    if (options.refuse || (expected && req.headers['proxy-authorization'] !== expected)) {
      const status = options.refuse ? '403 Forbidden' : '407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"';
      client.end(`HTTP/1.1 ${status}\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const target = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) target.write(head);
      target.pipe(client);
      client.pipe(target);
    });
    target.on('error', () => client.destroy());
    client.on('error', () => target.destroy());
    client.on('close', () => target.destroy());
  });
  const close = closer(server, new Set());
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, connects, close };
}
