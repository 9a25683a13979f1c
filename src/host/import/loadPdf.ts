import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../data';
import type { PdfReader as ImportPdfReader } from './importFile';
import type * as PdfReader from './pdf';
import { PDF_LIMITS } from './limits';
import { readPdfInWorker } from './pdfWorker';

/** What the PDF bundle exports: `readPdf`, `extractPages`, `PDF_LIMITS`. */
export type PdfReaderModule = typeof PdfReader;

/** The file name of the PDF bundle, next to the bundle that loads it (`dist/`). */
export const PDF_BUNDLE = 'pdf-import.js';

/**
 * The PDF reader, loaded from its own bundle in `dir` (by default the folder of the running bundle) on first use:
 * pdf.js is large and only importing a document needs it. The `require` is built at run time so esbuild leaves the
 * bundle out of the CLI and the server.
 */
export function loadPdfReader(dir: string = __dirname): PdfReaderModule {
  const load = createRequire(path.join(dir, 'loader.js'));
  return load(path.join(dir, PDF_BUNDLE)) as PdfReaderModule;
}

export { loadDutchWords, WORD_LIST_FILE } from './words';

/**
 * The importer's PDF reader as the CLI and the language server use it: the bundle in the package's `dist/` (the same
 * folder bundled, installed and in tests after `npm run build`) run in a worker thread with a hard time limit and a
 * memory limit (`./pdfWorker`), the word list beside it loaded by the worker.
 */
export function shippedPdfReader(): ImportPdfReader {
  const dir = path.join(packageRoot(), 'dist');
  return (bytes, options) => readPdfInWorker(path.join(dir, PDF_BUNDLE), bytes, { ...options, timeoutMs: options.timeoutMs ?? PDF_LIMITS.timeoutMs, wordsDir: dir });
}
