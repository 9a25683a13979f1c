import { createRequire } from 'node:module';
import path from 'node:path';
import type { WordList } from '../../core/service';
import { packageRoot } from '../data';
import type { PdfReader as ImportPdfReader } from './importFile';
import type * as PdfReader from './pdf';
import { PDF_LIMITS } from './limits';
import { readPdfInWorker } from './pdfWorker';
import { readWordList } from './words';

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

export { WORD_LIST_BUNDLE } from './words';

const wordLists = new Map<string, WordList>();

/**
 * The Dutch word list for `readPdf`'s `words`, from `dir` (by default beside the running bundle), read once. Without
 * the file (a build without it) the list is empty: words broken at a line end are then rejoined only where the
 * document itself shows them, which the import report says.
 */
export function loadDutchWords(dir: string = __dirname): WordList {
  const known = wordLists.get(dir);
  if (known) return known;
  const list = readWordList(dir);
  wordLists.set(dir, list);
  return list;
}

/**
 * The importer's PDF reader as the CLI and the language server use it: the bundle in the package's `dist/` (the same
 * folder bundled, installed and in tests after `npm run build`) run in a worker thread with a hard time limit and a
 * memory limit (`./pdfWorker`), the word list beside it loaded by the worker.
 */
export function shippedPdfReader(): ImportPdfReader {
  const dir = path.join(packageRoot(), 'dist');
  return (bytes, options) => readPdfInWorker(path.join(dir, PDF_BUNDLE), bytes, { ...options, timeoutMs: options.timeoutMs ?? PDF_LIMITS.timeoutMs, wordsDir: dir });
}
