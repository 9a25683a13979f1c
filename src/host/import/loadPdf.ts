import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfReader from './pdf';

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
