/**
 * The PDF reader in a worker thread. A hostile or broken PDF can make pdf.js compute for a long time without ever
 * giving the event loop a turn (a timer in the same thread then never fires), or ask for more memory than the
 * language server can spare. In a worker, a hard timeout terminates the thread whatever it is doing, and a memory
 * limit ends it instead of the process. The worker runs the same bundle (`dist/pdf-import.js`): loaded as a worker
 * with this module's tag in its data, the bundle reads the one PDF it is given and reports back.
 *
 * Both sides live here: `serveInWorker` runs in the bundle, `readPdfInWorker` in the CLI and the language server.
 */

import { existsSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ImportedDocument, Localized } from '../../core/service';
import { ImportError, importErrors, isImportError, type ImportErrorCode } from './errors';
import type { PdfReadOptions } from './pdf';

/** Marks the worker data of a PDF reading worker (the bundle serves only when it finds it). */
const WORKER_TAG = 'akkoordwijzer-pdf-reader';

/** The worker thread's heap limit: ten times what a 100-page agreement needs. */
export const WORKER_HEAP_MB = 1024;

/** The options a worker can be given (functions do not cross the thread boundary). */
type WorkerOptions = Pick<PdfReadOptions, 'maxBytes' | 'maxPages' | 'timeoutMs'>;

interface WorkerInput {
  tag: typeof WORKER_TAG;
  bytes: Uint8Array;
  options: WorkerOptions;
  /** Where the Dutch word list is (`nl-words.txt`), or none. */
  wordsDir?: string;
}

type WorkerMessage =
  | { type: 'progress'; page: number; pages: number }
  | { type: 'done'; doc: ImportedDocument }
  | { type: 'refused'; code: ImportErrorCode; localized: Localized }
  | { type: 'failed'; message: string };

/** What the bundle needs to serve: its reader and how to load the word list. */
export interface WorkerServices {
  readPdf(bytes: Uint8Array, options: PdfReadOptions): Promise<ImportedDocument>;
  loadWords(dir: string): PdfReadOptions['words'];
}

/**
 * In the PDF bundle, at load: when this thread is a PDF reading worker, read the PDF of its data and post the
 * document, the refusal (an `ImportError`) or the failure to the thread that started it. Elsewhere it does nothing.
 */
export function serveInWorker(services: WorkerServices): void {
  const input = workerData as Partial<WorkerInput> | null;
  if (isMainThread || !parentPort || input?.tag !== WORKER_TAG || !(input.bytes instanceof Uint8Array)) return;
  const port = parentPort;
  const post = (m: WorkerMessage) => port.postMessage(m);
  const words = input.wordsDir ? services.loadWords(input.wordsDir) : undefined;
  services
    .readPdf(input.bytes, { ...input.options, ...(words ? { words } : {}), onProgress: (page, pages) => post({ type: 'progress', page, pages }) })
    .then(
      (doc) => post({ type: 'done', doc }),
      (e: unknown) => post(isImportError(e) ? { type: 'refused', code: e.code, localized: e.localized } : { type: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
}

/** Time the worker is given beyond the reader's own time limit before it is terminated (its own timeout says more). */
const GRACE_MS = 2_000;

/**
 * Read a PDF in a worker thread running `script` (the PDF bundle), with `readPdf`'s contract: the document, or an
 * `ImportError` for bad input. After `timeoutMs` (plus a short grace for the worker's own, more precise, timeout
 * message) the worker is terminated, also in the middle of a computation that never pauses.
 */
export function readPdfInWorker(script: string, bytes: Uint8Array, options: PdfReadOptions & { timeoutMs: number; wordsDir?: string }): Promise<ImportedDocument> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  if (bytes.length > maxBytes) return Promise.reject(importErrors.tooLarge(bytes.length, maxBytes));
  // A reader that cannot start is not a damaged PDF: say so, before a worker fails on a missing file.
  if (!existsSync(script)) return Promise.reject(importErrors.unavailable(script));
  const workerOptions: WorkerOptions = { timeoutMs: options.timeoutMs, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.maxPages ? { maxPages: options.maxPages } : {}) };
  const input: WorkerInput = { tag: WORKER_TAG, bytes: new Uint8Array(bytes), options: workerOptions, ...(options.wordsDir ? { wordsDir: options.wordsDir } : {}) };
  return new Promise<ImportedDocument>((resolve, reject) => {
    // stdout and stderr piped and dropped: pdf.js may print, and the language server's stdout is its protocol channel.
    const worker = new Worker(script, { workerData: input, transferList: [input.bytes.buffer as ArrayBuffer], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    const progress = { page: 0, pages: 0 };
    let settled = false;
    const settle = (error: Error | undefined, doc?: ImportedDocument) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(doc!);
    };
    const timer = setTimeout(() => settle(importErrors.timeout(options.timeoutMs, progress.page, progress.pages)), options.timeoutMs + GRACE_MS);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') {
        [progress.page, progress.pages] = [m.page, m.pages];
        options.onProgress?.(m.page, m.pages);
      } else if (m.type === 'done') settle(undefined, m.doc);
      else if (m.type === 'refused') settle(new ImportError(m.code, m.localized));
      else settle(importErrors.corrupt(m.message));
    });
    worker.on('error', (e: Error & { code?: string }) => settle(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? importErrors.tooComplex(WORKER_HEAP_MB) : importErrors.corrupt(e.message)));
    worker.on('exit', (code) => settle(importErrors.readerStopped(code)));
  });
}
