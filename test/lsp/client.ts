import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../src/shared/protocol';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** A real LSP client over stdio against the bundled server, for tests. */
export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Resolves with the next published diagnostics for `uri` that satisfy `predicate`. */
  diagnostics(uri: string, predicate?: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Every diagnostics notification published for `uri` so far, in order of arrival. */
  published(uri: string): PublishDiagnosticsParams[];
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, text: string, version: number): Promise<void>;
  stderr(): string;
  /** Messages the server logged (window/logMessage). */
  log(): { type: number; message: string }[];
  /**
   * Resolves with the first status notification (`akkoordwijzer/status`) that satisfies `predicate`, among those
   * sent since start, or since the `since`-th one (a count from `statusCount()`).
   */
  status(predicate?: (s: StatusParams) => boolean, since?: number, timeoutMs?: number): Promise<StatusParams>;
  /** How many status notifications have come so far. */
  statusCount(): number;
  /** Shut the server down; fails when a rule threw while the server ran (the server logs it and goes on). */
  close(): Promise<void>;
}

export async function startClient(
  options: {
    workspace?: string;
    /** More than one folder: a multi-root workspace (the first is also the root). */
    folders?: string[];
    capabilities?: ClientCapabilities;
    /** The `akkoordwijzer` settings the client answers with: the same for every scope, or by the `scopeUri` asked for. */
    settings?: unknown;
    initializationOptions?: Record<string, unknown>;
    server?: string;
    /** More environment for the server (e.g. `AKKOORDWIJZER_VANDAAG`, the day a test needs). */
    env?: Record<string, string>;
  } = {},
): Promise<TestClient> {
  const child = spawn(process.execPath, [options.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], ...(options.env ? { env: { ...process.env, ...options.env } } : {}) });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; predicate: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  const history: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p);
    history.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.predicate(p.diagnostics, p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  // The server asks for configuration when the client says it can answer.
  const settingsFor = (scopeUri: string | undefined) => (typeof options.settings === 'function' ? (options.settings as (s: string | undefined) => unknown)(scopeUri) : options.settings) ?? {};
  connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) => params.items.map((i) => settingsFor(i.scopeUri)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  const log: { type: number; message: string }[] = [];
  connection.onNotification('window/logMessage', (m: { type: number; message: string }) => void log.push(m));
  // Recorded from the start: the first status can come before a test could register a handler.
  const statuses: StatusParams[] = [];
  const statusWaiters: (() => void)[] = [];
  connection.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    statuses.push(p);
    for (const w of statusWaiters.splice(0)) w();
  });
  connection.listen();
  const folders = options.folders ?? (options.workspace ? [options.workspace] : []);
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
    workspaceFolders: folders.length > 0 ? folders.map((f, i) => ({ uri: pathToFileURL(f).href, name: `ws${i}` })) : null,
    capabilities: options.capabilities ?? { workspace: { configuration: true } },
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    diagnostics(uri, predicate = () => true, timeoutMs = 10_000) {
      const current = latest.get(uri);
      if (current && predicate(current.diagnostics, current)) return Promise.resolve(current.diagnostics);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(latest.get(uri)?.diagnostics.map((d) => d.code))}; server stderr: ${stderr}`)), timeoutMs);
        waiters.push({ uri, predicate, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
    published: (uri) => history.filter((p) => p.uri === uri),
    async open(uri, text, version = 1) {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    async change(uri, text, version) {
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    stderr: () => stderr,
    log: () => log,
    statusCount: () => statuses.length,
    status(predicate = () => true, since = 0, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching status within ${timeoutMs} ms; last: ${JSON.stringify(statuses.at(-1))}`)), timeoutMs);
        const look = () => {
          const found = statuses.slice(since).find(predicate);
          if (found) return clearTimeout(timer), resolve(found);
          statusWaiters.push(look);
        };
        look();
      });
    },
    async close() {
      const failed = log.filter((m) => /^Regel \S+ faalde/.test(m.message));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => (child.kill(), resolve()), 3000);
        child.on('exit', () => (clearTimeout(t), resolve()));
      });
      connection.dispose();
      if (failed.length > 0) throw new Error(`a rule threw in the server:\n${failed.map((m) => m.message).join('\n')}`);
    },
  };
}

/** Apply LSP text edits to a text (back to front). */
export function applyTextEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  return [...edits]
    .sort((a, b) => off(b.range.start) - off(a.range.start))
    .reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
}

/** A short motie with one vague term ("regie") in its dictum: the draft the server tests type into. */
export const MOTIE = `De Kamer,

gehoord de beraadslaging,

constaterende dat ministeries hun eigen IT-projecten aansturen;

verzoekt de regering de Nederlandse Digitale Dienst de regie te geven over alle IT-projecten van het Rijk,

en gaat over tot de orde van de dag.

De Vries
`;

/** The actions a finding's own fixes give: without the "zet … uit voor deze regel" and "open de uitleg" every finding gets. */
export function fixesOnly<T extends { title: string }>(actions: readonly T[]): T[] {
  return actions.filter((a) => !/^(Negeer \S+ op deze tekstregel$|Open de uitleg van )/.test(a.title));
}

/**
 * After each test of a file: close the client it started and remove the temporary workspace it made. `state` hands
 * them over (either may be unset) and forgets them, so the next test starts clean.
 */
export function closeAfterEach(state: () => { client: TestClient | undefined; ws: string | undefined; forget(): void }): void {
  afterEach(async () => {
    const { client, ws, forget } = state();
    forget();
    await client?.close();
    if (ws) rmSync(ws, { recursive: true, force: true });
  });
}
