/**
 * The whole import (read, pipeline, write) in a worker thread, for the language server. Reading a 100-page agreement
 * and running the pipeline over it takes seconds of computation; on the server's own thread every draft would wait
 * that long for its findings. The worker runs the importer bundle (`dist/import.js`): loaded as a worker with this
 * module's tag in its data, the bundle imports the one file it is given and reports back. The PDF reader runs in a
 * worker of its own below it, with its time and memory limits (`./pdfWorker`).
 *
 * Both sides live here: `serveImportInWorker` runs in the bundle, `importFileInWorker` in the language server.
 */

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Localized } from '../../core/service';
import type { ImportFileOptions, ImportFileResult } from './importFile';
import { IMPORT_INPUT } from './messages';

const WORKER_TAG = 'akkoordwijzer-importer';

/** The options that cross the thread boundary (functions do not: progress goes as messages, a cancel as shared memory). */
export type ImportWorkerOptions = Omit<ImportFileOptions, 'readPdf' | 'onProgress' | 'isCancelled'>;

interface WorkerInput {
  tag: typeof WORKER_TAG;
  options: ImportWorkerOptions;
  /**
   * One Int32 in shared memory, set to 1 by the server when the user cancels. A message would not do: the pipeline
   * computes for seconds without giving the worker's event loop a turn, and the importer asks "cancelled?" right
   * after it, before anything is written; shared memory is read there, a message would still be waiting.
   */
  cancel: Int32Array;
}

type FromWorker = { type: 'progress'; step: Localized } | { type: 'done'; result: ImportFileResult } | { type: 'failed'; message: string };

/**
 * In the importer bundle, at load: when this thread is an import worker, import the file of its data with `run` (the
 * bundle's `importFile` with the shipped PDF reader) and post progress and the result. Elsewhere it does nothing.
 */
export function serveImportInWorker(run: (options: ImportFileOptions) => Promise<ImportFileResult>): void {
  const input = workerData as Partial<WorkerInput> | null;
  if (isMainThread || !parentPort || input?.tag !== WORKER_TAG || !input.options) return;
  const port = parentPort;
  const post = (m: FromWorker) => port.postMessage(m);
  const cancel = input.cancel;
  run({ ...input.options, onProgress: (step) => post({ type: 'progress', step }), isCancelled: () => cancel !== undefined && Atomics.load(cancel, 0) === 1 }).then(
    (result) => post({ type: 'done', result }),
    (e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
}

/**
 * The import worker's heap limit. The language server shares its process with the import, and a document that makes
 * the pipeline grow without bound (thousands of pages of near-identical text) must end the import, not the server:
 * the whole 2021 agreement (~100 pages) imports in well under 300 MB, so this leaves ample room for a large programme.
 */
export const IMPORT_WORKER_HEAP_MB = 1536;

/** How often the server's cancel state is passed on to the worker. */
const CANCEL_POLL_MS = 100;
/** After a cancel, how long the worker may take to stop by itself before it is terminated (nothing is written then). */
const CANCEL_GRACE_MS = 5_000;

/**
 * Import a file in a worker thread running `script` (the importer bundle), with `importFile`'s contract: the result,
 * with problems when nothing was written. A cancel (`isCancelled`) reaches the worker, which stops before writing.
 */
export function importFileInWorker(
  script: string,
  options: ImportWorkerOptions,
  hooks: { onProgress?(step: Localized): void; isCancelled?(): boolean } = {},
  heapMb = IMPORT_WORKER_HEAP_MB,
): Promise<ImportFileResult> {
  const input: WorkerInput = { tag: WORKER_TAG, options, cancel: new Int32Array(new SharedArrayBuffer(4)) };
  return new Promise((resolve) => {
    // stdout and stderr piped and dropped: the language server's stdout is its protocol channel.
    const worker = new Worker(script, { workerData: input, resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    let deadline: NodeJS.Timeout | undefined;
    const settle = (result: ImportFileResult) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(deadline);
      void worker.terminate();
      resolve(result);
    };
    const poll = setInterval(() => {
      if (!hooks.isCancelled?.() || deadline) return;
      Atomics.store(input.cancel, 0, 1);
      // An import that does not stop by itself (a reader stuck in its own computation) is ended: terminated mid-way,
      // it writes nothing (the files are written last, after the last look at the cancel flag).
      deadline = setTimeout(() => settle({ problems: [IMPORT_INPUT.cancelled], report: [] }), CANCEL_GRACE_MS);
    }, CANCEL_POLL_MS);
    const failed = (message: string): ImportFileResult => ({ problems: [IMPORT_INPUT.workerFailed(message)], report: [] });
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'progress') hooks.onProgress?.(m.step);
      else if (m.type === 'done') settle(m.result);
      else settle(failed(m.message));
    });
    worker.on('error', (e: Error & { code?: string }) =>
      settle(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { problems: [IMPORT_INPUT.outOfMemory(heapMb)], report: [] } : failed(e.message)),
    );
    worker.on('exit', (code) => settle(failed(`exit ${code}`)));
  });
}
