/**
 * The PDF reader of the importer: pdf.js (legacy build, the line that runs on Node 20) extracts positioned text runs
 * with their fonts, the core's `layoutDocument` reads them into paragraphs. pdf.js runs in the thread that reads (its
 * worker module is bundled and handed over as `globalThis.pdfjsWorker`, so no worker file is looked up at run time),
 * in its own bundle (`dist/pdf-import.js`). The CLI and the server run that bundle in a worker thread of its own
 * (`./pdfWorker`), which a hard timeout can stop; loaded in a worker, the bundle serves that one request.
 */

import { layoutDocument, type ImportedDocument, type PositionedItem, type PositionedPage, type WordList } from '../../core/service';
import { importErrors, isImportError } from './errors';
import { PDF_LIMITS } from './limits';
import { serveInWorker } from './pdfWorker';
import { readWordList } from './words';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export interface PdfReadOptions {
  /** Files larger than this are refused before pdf.js sees them (default `PDF_LIMITS.maxBytes`). */
  maxBytes?: number;
  /** Reading stops with a timeout error after this long (default `PDF_LIMITS.timeoutMs`). */
  timeoutMs?: number;
  /** Documents with more pages are refused before a page is read (default `PDF_LIMITS.maxPages`). */
  maxPages?: number;
  /** Called after each page is read (1-based page, page count). */
  onProgress?(page: number, pages: number): void;
  /** The Dutch word list for rejoining words broken at a line end (the bundle entry supplies the built-in one). */
  words?: WordList;
}

export { PDF_LIMITS };

/**
 * pdf.js as a text extractor of untrusted files: no code from the document (no eval of its PostScript functions; pdf.js
 * runs no JavaScript actions, which scripting in a viewer would need), no XFA forms, no fonts from the system or the
 * network, nothing fetched, and no image decoded (every image counts as too large: only text is read).
 */
const UNTRUSTED = {
  isEvalSupported: false,
  enableXfa: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  disableAutoFetch: true,
  disableStream: true,
  maxImageSize: 0,
  // Warnings, which pdf.js prints with console.log: `pdfWarnings` takes them while a PDF is read (a damaged stream
  // shows only there), so none reaches the output.
  verbosity: 1,
  stopAtErrors: false,
} as const;

/** Fewer characters than this per page on average (and in all) is a PDF without a text layer. */
const MIN_CHARS_PER_PAGE = 20;
const MIN_CHARS = 100;

/**
 * Read a PDF into paragraphs. Bad input (too large, encrypted, corrupt, no text layer, too slow) is an
 * `ImportError` with a message for the user; nothing else is thrown for a bad file.
 */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<ImportedDocument> {
  const pages = await extractPages(bytes, options);
  return layoutDocument(pages, options.words ? { words: options.words } : {});
}

/** The pages of a PDF as positioned text runs with their fonts, in points from the top left of each page. */
export async function extractPages(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PositionedPage[]> {
  const maxBytes = options.maxBytes ?? PDF_LIMITS.maxBytes;
  if (bytes.length > maxBytes) throw importErrors.tooLarge(bytes.length, maxBytes);
  const timeoutMs = options.timeoutMs ?? PDF_LIMITS.timeoutMs;
  const pdfjs = await loadPdfJs();
  const warnings = pdfWarnings();
  // pdf.js takes over the buffer it is given; the caller keeps its bytes (it hashes them for provenance).
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), ...UNTRUSTED });
  const progress = { page: 0, pages: 0 };
  const deadline = new Deadline(timeoutMs, () => importErrors.timeout(timeoutMs, progress.page, progress.pages));
  try {
    const doc = await deadline.race(task.promise);
    progress.pages = doc.numPages;
    const maxPages = options.maxPages ?? PDF_LIMITS.maxPages;
    if (doc.numPages > maxPages) throw importErrors.tooManyPages(doc.numPages, maxPages);
    const pages: PositionedPage[] = [];
    let damagedPages = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      progress.page = n;
      const before = warnings.damaged();
      pages.push(await deadline.race(readPage(pdfjs, doc, n)));
      if (warnings.damaged() > before) damagedPages++;
      options.onProgress?.(n, doc.numPages);
    }
    requireText(pages, damagedPages);
    return pages;
  } catch (e) {
    throw asImportError(e);
  } finally {
    deadline.clear();
    await task.destroy().catch(() => undefined);
    warnings.restore();
  }
}

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use with its worker in this process. On Node it warns at load time that it cannot draw
 * (no canvas package); the importer never draws, and the warning must not reach the language server's stdout.
 */
function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const log = console.log;
    console.log = () => undefined;
    try {
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

async function readPage(pdfjs: PdfJs, doc: PdfDocument, n: number): Promise<PositionedPage> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  // Text content names bold and regular alike "sans-serif"; the font objects (loaded by the operator list) know.
  await page.getOperatorList();
  const fonts = new Map<string, PositionedItem['font']>();
  const items: PositionedItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    // Rotated text (a vertical label in a margin) is no part of the reading order.
    if (Math.abs(b!) > 0.01 * Math.abs(a!) || Math.abs(c!) > 0.01 * Math.abs(d!)) continue;
    const size = Math.hypot(c!, d!);
    if (!(size > 0)) continue;
    items.push({ text: item.str, x: x!, y: y!, width: item.width * viewport.scale, size, font: fontOf(page, item.fontName, fonts) });
  }
  page.cleanup();
  return { width: viewport.width, height: viewport.height, items };
}

function fontOf(page: PdfPage, fontName: string, cache: Map<string, PositionedItem['font']>): PositionedItem['font'] {
  const known = cache.get(fontName);
  if (known) return known;
  const loadedFont = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: unknown; bold?: unknown; italic?: unknown } | null) : null;
  const name = typeof loadedFont?.name === 'string' ? loadedFont.name : fontName;
  // The flags of the font descriptor, and else the font's name: many producers set no flags ("Arial-BoldMT").
  const font = {
    name,
    bold: loadedFont?.bold === true || /bold|black|heavy|semibold|demi/i.test(name),
    italic: loadedFont?.italic === true || /italic|oblique/i.test(name),
  };
  cache.set(fontName, font);
  return font;
}

/** Too little text is a file without a text layer (a scan), or, when pdf.js could not decode page contents, a damaged one. */
function requireText(pages: readonly PositionedPage[], damaged: number): void {
  const chars = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.text.replace(/\s+/g, '').length, 0), 0);
  if (chars >= MIN_CHARS && chars >= MIN_CHARS_PER_PAGE * pages.length) return;
  if (damaged > 0) throw importErrors.damaged(damaged, pages.length);
  throw importErrors.noText(chars, pages.length);
}

let listening = 0;
let damagedParts = 0;

/**
 * pdf.js's warnings during a read, kept from the output; counts the ones that say a part of a page could not be
 * decoded (with `stopAtErrors: false` pdf.js skips such a part and says so only in a warning).
 */
function pdfWarnings(): { damaged(): number; restore(): void } {
  if (listening++ === 0) {
    damagedParts = 0;
    const log = console.log;
    console.log = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!text.startsWith('Warning: ')) return log(...args);
      if (/ignoring errors during/.test(text)) damagedParts++;
    };
    restoreLog = () => (console.log = log);
  }
  const from = damagedParts;
  return {
    damaged: () => damagedParts - from,
    restore: () => {
      if (--listening === 0) restoreLog();
    },
  };
}

let restoreLog = () => undefined as void;

/** pdf.js's exceptions by name (the bundle and a test may hold different copies of its classes). */
function asImportError(e: unknown): Error {
  if (isImportError(e)) return e;
  const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return importErrors.encrypted();
  return importErrors.corrupt(message || name || 'unknown error');
}

/**
 * A time limit over several awaits. `race` rejects with the timeout error once the time is up: when its timer fires,
 * or when it is called after the end (pdf.js may finish a step without giving the timer a turn).
 */
class Deadline {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly expired: Promise<never>;
  private readonly end: number;

  constructor(
    ms: number,
    private readonly error: () => Error,
  ) {
    this.end = Date.now() + ms;
    this.expired = new Promise<never>((_, reject) => {
      this.timer = setTimeout(() => reject(error()), ms);
    });
    this.expired.catch(() => undefined);
  }

  async race<T>(work: Promise<T>): Promise<T> {
    // Handled here as well: it may fail while this waits its turn, or after the time is up.
    work.catch(() => undefined);
    // Give timers (this one, and the language server's own work) a turn between steps.
    await new Promise((resolve) => setImmediate(resolve));
    if (Date.now() >= this.end) throw this.error();
    const result = await Promise.race([work, this.expired]);
    if (Date.now() >= this.end) throw this.error();
    return result;
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}

// Loaded as a worker thread by `readPdfInWorker` (the CLI and the language server): read the PDF it was given.
serveInWorker({ readPdf, loadWords: readWordList });
