/*
 * A stand-in for the open data's `Toezegging` entity set on the loopback interface, serving the constructed answers of
 * test/fixtures/toezeggingen (see its README). Nothing here reaches the internet.
 *
 * Modes: `nextLink` pages as the open data does (page 1 links to page 2); `skip` gives no links and answers `$skip` and
 * `$top` over the same entities; `error` answers every request with HTTP 500 and an OData error. A request whose filter
 * asks for `GewijzigdOp gt …` gets the refresh answer.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../fixtures/toezeggingen');
const ROOT_PATH = '/OData/v4/2.0';

/** A constructed answer by file name (without `.constructed.json`). */
export function toezeggingFixture(name: string): { value: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(DIR, `${name}.constructed.json`), 'utf8')) as { value: Record<string, unknown>[] };
}

export type ServerMode = 'nextLink' | 'skip' | 'error';

export interface ToezeggingenServer {
  url: string;
  /** Every request as `path?query` (decoded), in order. */
  requests: string[];
  mode: ServerMode;
  close(): Promise<void>;
}

export async function startToezeggingenServer(): Promise<ToezeggingenServer> {
  const state: ToezeggingenServer = { url: '', requests: [], mode: 'nextLink', close: async () => undefined };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    state.requests.push(decodeURIComponent(`${url.pathname}${url.search}`));
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal; charset=utf-8', 'odata-version': '4.0' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname !== `${ROOT_PATH}/Toezegging`) return json(404, toezeggingFixture('error'));
    if (state.mode === 'error') return json(500, toezeggingFixture('error'));
    if ((url.searchParams.get('$filter') ?? '').includes('GewijzigdOp gt ')) return json(200, toezeggingFixture('refresh'));
    const first = toezeggingFixture('page-1');
    const second = toezeggingFixture('page-2');
    if (state.mode === 'skip') {
      const all = [...first.value, ...second.value];
      const skip = Number(url.searchParams.get('$skip') ?? 0);
      const top = Number(url.searchParams.get('$top') ?? 250);
      return json(200, { value: all.slice(skip, skip + top) });
    }
    if (url.searchParams.has('$skiptoken')) return json(200, second);
    return json(200, { ...first, '@odata.nextLink': `${state.url}/Toezegging?$skiptoken='0a1b2c3d-0000-4000-8000-000000000002'` });
  });
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  state.url = `http://127.0.0.1:${port}${ROOT_PATH}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return state;
}
