import type { Diagnostic, CancellationToken, Connection, DiagnosticServerCancellationData, DocumentDiagnosticReport, TextDocuments } from 'vscode-languageserver';
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError } from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../convert';
import type { DraftService } from '../../core/service';

export interface DiagnosticsSupport {
  /** Re-check the open drafts (after settings or data changed): all, or those `only` names. */
  refreshAll(only?: (uri: string) => boolean): void;
}

/**
 * The document once its version has stayed the same for one turn of the event loop, or undefined when it was closed.
 * vscode-jsonrpc handles one queued message per turn, so the keystrokes of a burst that have already arrived are all
 * applied before this resolves, and the burst is analysed once, at its newest version; a lone keystroke waits two
 * turns (well under a millisecond), never a debounce interval.
 */
export function settled(documents: TextDocuments<TextDocument>, uri: string): Promise<TextDocument | undefined> {
  return new Promise((resolve) => {
    let seen = documents.get(uri)?.version;
    // The first turn may run before the next queued message is handled: only a later turn can tell "no more".
    let turns = 0;
    const turn = () =>
      setImmediate(() => {
        const doc = documents.get(uri);
        if (doc && (turns++ === 0 || doc.version !== seen)) {
          seen = doc.version;
          turn();
        } else resolve(doc);
      });
    turn();
  });
}

/**
 * How much work (characters of text covered, see `DraftService.analysisSteps`) an analysis does in one turn of the
 * event loop before the server reads its messages again and picks the next job.
 */
export const SLICE_CHARS = 64 * 1024;

/** A job for the queue: started when its turn first comes, then resumed one slice at a time. */
export type AnalysisJob<T> = () => Iterator<number, T, void>;

/**
 * Analyses wait here and run one slice per turn of the event loop, the shortest document first. When the editor opens
 * or re-checks several drafts at once (at start, after a settings change), the one the user is reading is rarely the
 * 800-page report beside it: small drafts get their findings first instead of waiting behind a long analysis. A long
 * analysis already under way is no exception: after each slice of `sliceChars` work units the server reads the
 * messages that came in, and a shorter job that arrived runs before the long one resumes. A slice starts only after a
 * turn in which no other job arrived, so drafts opened in one burst are ordered together.
 */
export function createAnalysisQueue(sliceChars = SLICE_CHARS): <T>(size: number, job: AnalysisJob<T>) => Promise<T> {
  type Waiting = { size: number; start: AnalysisJob<unknown>; steps?: Iterator<number, unknown, void>; resolve: (value: unknown) => void; reject: (error: unknown) => void };
  const waiting: Waiting[] = [];
  let scheduled = false;
  let arrived = false;
  /** One slice of `job`; true when it is over (done or failed). */
  const slice = (job: Waiting): boolean => {
    try {
      job.steps ??= job.start();
      for (let done = 0; done < sliceChars; ) {
        const step = job.steps.next();
        if (step.done) return job.resolve(step.value), true;
        done += Math.max(1, step.value);
      }
      return false;
    } catch (error) {
      job.reject(error);
      return true;
    }
  };
  const drain = () => {
    scheduled = false;
    if (arrived) {
      arrived = false;
      schedule();
      return;
    }
    let next = 0;
    for (let i = 1; i < waiting.length; i++) if (waiting[i]!.size < waiting[next]!.size) next = i;
    const job = waiting[next];
    if (job && slice(job)) waiting.splice(waiting.indexOf(job), 1);
    if (waiting.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(drain);
  };
  return <T>(size: number, start: AnalysisJob<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ size, start, resolve: resolve as (value: unknown) => void, reject });
      arrived = true;
      schedule();
    });
}

/**
 * The diagnostics of a draft in slices. `current` is asked before every slice for the document as it must still be
 * (it throws to abandon a pull, e.g. with ServerCancelled); undefined abandons the analysis without an answer.
 * `onLong` hears of an analysis that needs more than one slice.
 */
function* sliced(
  current: () => TextDocument | undefined,
  serviceFor: (uri?: string) => DraftService,
  isDraft: (uri: string) => boolean,
  onLong: ((uri: string, chars: number) => void) | undefined,
): Generator<number, Diagnostic[] | undefined, void> {
  const doc = current();
  if (!doc) return undefined;
  if (!isDraft(doc.uri)) return [];
  const steps = serviceFor(doc.uri).analysisSteps({ uri: doc.uri, version: doc.version, text: doc.getText() });
  let done = 0;
  for (;;) {
    const step = steps.next();
    // The last step and the conversion run in one turn: the document cannot change between them.
    if (step.done) return step.value.findings.map((f) => toDiagnostic(doc, f));
    if (done < SLICE_CHARS && (done += step.value) >= SLICE_CHARS) onLong?.(doc.uri, doc.getText().length);
    yield step.value;
    if (!current()) return undefined;
  }
}

/** The answer to a pull for a version that is no longer the newest: the client asks again (LSP 3.17). */
function serverCancelled(): ResponseError<DiagnosticServerCancellationData> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'Het document is intussen gewijzigd.', { retriggerRequest: true });
}

/**
 * Pull diagnostics when the client supports them (VS Code), push (`publishDiagnostics`) otherwise (Neovim 0.7 and
 * many other clients). Either way a burst of keystrokes is analysed once, at its newest version (`settled`); a pull
 * whose document changed while it waited is answered with ServerCancelled so the client pulls the new version, a pull
 * the client cancelled gets RequestCancelled, and a push goes out with its version and only while it is the newest.
 * The analysis is cached per document version, so a pull after a push costs nothing.
 */
export function registerDiagnosticsSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  serviceFor: (uri?: string) => DraftService,
  pull: boolean,
  isDraft: (uri: string) => boolean,
  gate: { readonly ready: boolean; readonly loaded: Promise<void> },
  onLongAnalysis?: (uri: string, chars: number) => void,
  /** Hears of every answered pull and every published push (the server loads its word list after the first). */
  onAnswered?: () => void,
): DiagnosticsSupport {
  // Nothing is reported before settings and corpora are loaded: no flash of findings that the configuration
  // switches off, and no citation finding missing only because the corpus was still loading.
  // Data files (corpora, the config file) get their problems pushed by the data layer, never pulled here.
  const queued = createAnalysisQueue();
  const diagnosticsSteps = (current: () => TextDocument | undefined) => sliced(current, serviceFor, isDraft, onLongAnalysis);

  if (pull) {
    // A pull names the result it already has (`previousResultId`); when nothing it depends on has changed — the
    // document's version, the data and settings (every change to those goes through `refreshAll`) and the service
    // that checks it — the answer is "unchanged" and the client keeps its diagnostics: no analysis, nothing sent.
    let generation = 0;
    let nextServiceId = 0;
    const serviceIds = new WeakMap<DraftService, number>();
    const resultIdFor = (uri: string, version: number) => {
      const service = serviceFor(uri);
      if (!serviceIds.has(service)) serviceIds.set(service, nextServiceId++);
      return `${generation}.${serviceIds.get(service)}.${version}`;
    };
    connection.languages.diagnostics.on(async (params, token: CancellationToken): Promise<DocumentDiagnosticReport> => {
      const asked = documents.get(params.textDocument.uri)?.version;
      await gate.loaded;
      const doc = await settled(documents, params.textDocument.uri);
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Geannuleerd.');
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      if (asked !== undefined && doc.version !== asked) throw serverCancelled();
      // The version it settled at: the document object is updated in place, so compare with the number, not the object.
      const version = doc.version;
      const resultId = resultIdFor(doc.uri, version);
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      // Before every slice: a cancelled pull, or a newer version (the client pulls again), abandons the analysis.
      const items = await queued(doc.getText().length, () =>
        diagnosticsSteps(() => {
          if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Geannuleerd.');
          const now = documents.get(doc.uri);
          // A close and reopen starts again at version 1 with a new object: the old text is gone.
          if (now && (now !== doc || now.version !== version)) throw serverCancelled();
          return now;
        }),
      );
      if (items) setImmediate(() => onAnswered?.());
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: items ?? [] };
    });
    // The client pulls every open draft again; the others' analyses are cached per version, so only those `only`
    // names are checked anew.
    return {
      refreshAll: () => {
        generation++;
        void connection.languages.diagnostics.refresh();
      },
    };
  }

  return pushDiagnostics(connection, documents, isDraft, gate, queued, diagnosticsSteps, onAnswered);
}

/**
 * Push diagnostics (`publishDiagnostics`), for clients without pulls: each change is analysed once it has settled, at
 * its newest version, and published only while that version is still the newest.
 */
function pushDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  isDraft: (uri: string) => boolean,
  gate: { readonly ready: boolean },
  queued: <T>(size: number, job: AnalysisJob<T>) => Promise<T>,
  diagnosticsSteps: (current: () => TextDocument | undefined) => Iterator<number, Diagnostic[] | undefined, void>,
  onAnswered: (() => void) | undefined,
): DiagnosticsSupport {
  // One pending check per document: every change while it waits only moves the version it will check, and a refresh
  // while it waits adds nothing (it publishes the newest version of the newest data when its turn comes).
  const pending = new Set<string>();
  const waiting = new Set<string>();
  const publishSettled = async (uri: string) => {
    if (pending.has(uri)) return;
    pending.add(uri);
    const doc = await settled(documents, uri);
    pending.delete(uri);
    if (doc) republish(doc);
  };
  documents.onDidChangeContent((e) => void publishSettled(e.document.uri));
  documents.onDidClose((e) => isDraft(e.document.uri) && void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  // A newer version or a close while the analysis runs abandons it: the newer version has a job of its own.
  const republish = (doc: TextDocument) => {
    if (waiting.has(doc.uri)) return;
    waiting.add(doc.uri);
    let version: number | undefined;
    let first: TextDocument | undefined;
    // The same object at the same version: a close and reopen (version 1 again, a new object) abandons the old job.
    const unchanged = () => {
      const now = documents.get(doc.uri);
      return now === first && now?.version === version ? now : undefined;
    };
    queued(doc.getText().length, () => {
      waiting.delete(doc.uri);
      first = documents.get(doc.uri);
      version = first?.version;
      return diagnosticsSteps(unchanged);
    })
      .then((diagnostics) => {
        if (diagnostics && gate.ready && isDraft(doc.uri) && unchanged()) {
          void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
          onAnswered?.();
        }
      })
      // Logged, never left unhandled: an unhandled rejection would end the server process (a handler's exception,
      // before the queue, was caught by the connection).
      .catch((error: unknown) => connection.console.error(`${doc.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  };
  return { refreshAll: (only) => documents.all().filter((d) => !only || only(d.uri)).forEach(republish) };
}
