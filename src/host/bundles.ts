import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from './data';
import type * as Fetch from './fetch';
import type * as DocxWriter from './export/docx';
import type * as Importer from './import/importFile';

/**
 * Code that only an explicit command needs lives in bundles of its own beside the CLI and the server (`dist/`), and
 * is loaded the first time it is used: checking a draft, the thing done on every keystroke and every CI run, never
 * pays for reading Word files or speaking HTTP through a proxy. The `require` is made at run time, so esbuild leaves
 * these bundles out of the ones that load them.
 */
export function loadBundle<T>(file: string, dir: string = path.join(packageRoot(), 'dist')): T {
  return createRequire(path.join(dir, 'loader.js'))(path.join(dir, file)) as T;
}

/** The importer (`corpus import`, the editor's import): DOCX, HTML and text readers and the corpus pipeline. */
export const loadImporter = (): typeof Importer => loadBundle<typeof Importer>('import.js');

/** The importer bundle's file, for the language server, which runs it in a worker thread (`importFileInWorker`). */
export const importerBundle = (dir: string = path.join(packageRoot(), 'dist')): string => path.join(dir, 'import.js');

/** The node side of the one online step (`corpus fetch`): undici with the user's proxy. */
export const loadNodeFetch = (): typeof Fetch => loadBundle<typeof Fetch>('fetch.js');

/** The Word writer of the export (`export --to docx`, the editor's export): the `docx` library. */
export const loadDocxWriter = (): typeof DocxWriter => loadBundle<typeof DocxWriter>('export.js');
