/**
 * `corpus import` on the node side: read the file (size limit, SHA-256, format by content), read it into an
 * `ImportedDocument`, run the core's import pipeline with the shipped rule table and the built-in corpus of the same
 * id, and write the corpus file and its lock beside it. Any problem means nothing is written.
 */

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  kindInHead,
  IMPORT_MARKER,
  importDocument,
  isSlug,
  loadCorpus,
  loadTagList,
  readPlainText,
  readRuleLayers,
  repairText,
  verbatimCommitments,
  type Corpus,
  type CorpusKind,
  type DocumentIdentity,
  type ImportedDocument,
  type ImportResult,
  type Localized,
} from '../../core/service';
import { packageRoot } from '../data';
import { fileErrorReason, keptCopies, writeWhole } from '../files';
import { readDocx } from './docx';
import { decodeText, detectFormat, type DocumentFormat } from './formats';
import { readHtml } from './html';
import { serveImportInWorker } from './importWorker';
import { shippedPdfReader } from './loadPdf';
import { IMPORT_HINTS, IMPORT_INPUT, IMPORT_STEPS } from './messages';
import { editedSinceImport, stampImport } from './stamp';


/** Larger files are refused before they are read (the PDF reader has the same limit). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The PDF reader (`readPdf` of `./pdf`, in its own bundle); it throws an error carrying `localized` on bad input. */
export type PdfReader = (bytes: Uint8Array, options: { maxBytes?: number; maxPages?: number; timeoutMs?: number; onProgress?(page: number, pages: number): void }) => Promise<ImportedDocument>;

export interface ImportFileOptions {
  /** The document to import (absolute). */
  file: string;
  /**
   * The corpus id; default: the built-in corpus's whose document number the file name holds (`2026D04554.pdf`, as
   * `corpus fetch` saves it, is `ca2026`) when the document states a quarter of its commitments, else from the file name.
   */
  id?: string;
  /** The corpus file to write (absolute, ending in `.akkoord.yaml`); default `<id>.akkoord.yaml` in `outDir`. */
  out?: string;
  /** Where the default output goes (the workspace; the CLI's working directory); default beside the document. */
  outDir?: string;
  title?: string;
  /** What the document is (`kind:` of the corpus file: a programme, …); else the built-in corpus's, else an agreement. */
  kind?: CorpusKind;
  /**
   * `kind` holds only for an id that is no built-in corpus's; under one the built-in corpus's kind is taken without a
   * word (the editor asks the kind before it may know the built-in ids). Without it such a kind is refused.
   */
  kindUnlessBuiltin?: boolean;
  /** Overwrite an output file that is not an earlier import. */
  force?: boolean;
  /**
   * Import under a built-in agreement's id a document that states under a quarter of its commitments (it would stand
   * in for the agreement). The CLI's `--force` gives both; the editor asks before overwriting, never for this.
   */
  replaceBuiltin?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  /** What the reader left out of the text (pages without a text layer, …): the corpus is then not complete. */
  leftOut?: readonly Localized[];
  /** Reads PDF files; without it a PDF is refused with a clear message. */
  readPdf?: PdfReader;
  /** Where the built-in data lives (tests point elsewhere). */
  root?: string;
  onProgress?(step: Localized): void;
  /** Asked before anything is written: true when the user cancelled (then nothing is written). */
  isCancelled?(): boolean;
}

export interface ImportFileResult {
  /** Problems that stopped the import: nothing was written. */
  problems: Localized[];
  report: Localized[];
  /** The files written (absolute), when the import succeeded. */
  written?: { corpus: string; lock: string };
  result?: ImportResult;
}

/** The lock file beside a corpus file: `x.akkoord.yaml` → `x.akkoord.lock.tsv`. */
export function lockFileFor(out: string): string {
  return out.replace(/\.akkoord\.yaml$/, '.akkoord.lock.tsv');
}

/** A corpus id from a file name: `Coalitieakkoord 2026 (definitief).pdf` → `coalitieakkoord-2026-definitief`. */
export function idFromFileName(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  return base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const fail = (...problems: Localized[]): ImportFileResult => ({ problems, report: [] });
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
/** The message an importer error carries (the PDF reader's `ImportError`, from its own bundle). */
const carried = (e: unknown): Localized | undefined => {
  const l = (e as { localized?: Partial<Localized> } | null)?.localized;
  return typeof l?.nl === 'string' && typeof l.en === 'string' ? { nl: l.nl, en: l.en } : undefined;
};

/** The document in the file, or the problem that stops the import. */
async function readDocument(bytes: Uint8Array, format: DocumentFormat, options: ImportFileOptions, shown: string): Promise<ImportedDocument | Localized> {
  if (format === 'pdf') {
    if (!options.readPdf) return IMPORT_INPUT.pdfUnavailable(shown);
    try {
      return await options.readPdf(bytes, {
        maxBytes: options.maxBytes ?? MAX_IMPORT_BYTES,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        onProgress: (page, pages) => options.onProgress?.({ nl: `pagina ${page} van ${pages}`, en: `page ${page} of ${pages}` }),
      });
    } catch (e) {
      return carried(e) ?? IMPORT_INPUT.unreadable(shown, { nl: reason(e), en: reason(e) });
    }
  }
  if (format === 'docx') {
    try {
      return await readDocx(bytes);
    } catch (e) {
      return IMPORT_INPUT.corruptDocx(shown, reason(e));
    }
  }
  const text = decodeText(bytes) ?? '';
  return format === 'html' ? readHtml(text) : readPlainText(text);
}

/** The bytes of the file, checked against the size limit; or the problem. */
function readBytes(file: string, shown: string, maxBytes: number): Uint8Array | Localized {
  if (!existsSync(file)) return IMPORT_INPUT.notFound(shown);
  try {
    const size = statSync(file).size;
    if (size > maxBytes) return IMPORT_INPUT.tooLarge(shown, size, maxBytes);
    if (size === 0) return IMPORT_INPUT.empty(shown);
    return readFileSync(file);
  } catch (e) {
    return IMPORT_INPUT.unreadable(shown, fileErrorReason(e));
  }
}

/** The shipped rule table, tag list and the built-in corpus with this id (if any). */
function builtinData(root: string, id: string): { rules?: ReturnType<typeof readRuleLayers>['rules']; knownTags: Set<string>; builtin?: Corpus; problems: Localized[] } {
  const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
  const knownTags = new Set(loadTagList(read('corpus/tags.yaml'), 'corpus/tags.yaml').tags.map((t) => t.id));
  const compiled = readRuleLayers([{ text: read('corpus/rules.yaml'), file: 'corpus/rules.yaml' }], { knownTags });
  if (compiled.problems.length) return { knownTags, problems: compiled.problems.slice(0, 3).map((p) => IMPORT_INPUT.rules(`${p.where}: ${p.message.en}`)) };
  const builtinFile = path.join(root, 'corpus', `${id}.akkoord.yaml`);
  if (!existsSync(builtinFile)) return { rules: compiled.rules, knownTags, problems: [] };
  const { corpus } = loadCorpus(readFileSync(builtinFile, 'utf8'), builtinFile, { knownTags });
  return { rules: compiled.rules, knownTags, ...(corpus ? { builtin: corpus } : {}), problems: [] };
}

/** Share of a built-in corpus's commitments a document must state verbatim to be taken for that agreement. */
const SAME_AGREEMENT = 0.25;

/** When the document is a built-in agreement imported under another id: say which id keeps its keys. */
function builtinHints(doc: ImportedDocument, knownTags: ReadonlySet<string>, root: string): Localized[] {
  const dir = path.join(root, 'corpus');
  const texts = doc.paragraphs.map((p) => repairText(p.text));
  const hints: Localized[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.akkoord.yaml'))) {
    const { corpus } = loadCorpus(readFileSync(path.join(dir, name), 'utf8'), name, { knownTags });
    if (!corpus || corpus.commitments.length === 0) continue;
    const found = verbatimCommitments(texts, corpus);
    if (found >= corpus.commitments.length * SAME_AGREEMENT) hints.push(IMPORT_HINTS.builtinId(corpus.id, found, corpus.commitments.length));
  }
  return hints;
}

/** The file at `out` when it is an earlier import (its head says so): its head, and whether it was edited since. */
function earlierImport(out: string): { head: string; edited: boolean } | undefined {
  try {
    const text = readFileSync(out, 'utf8');
    const head = text.slice(0, 4000);
    return head.includes(IMPORT_MARKER) ? { head, edited: editedSinceImport(text) === true } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The built-in corpus published as the document whose number the file name holds, when the document states it:
 * `2026D04554.pdf` (the name `corpus fetch` gives it) is the 2026 agreement. Imported under its file name it became a
 * second copy of the agreement beside the built-in one, with other keys (a new user's trial, following fetch's hint).
 */
function builtinOfNumber(doc: ImportedDocument, file: string, root: string): { id: string; number: string; data: ReturnType<typeof builtinData> } | undefined {
  const number = /\b(\d{4}D\d{5})\b/i.exec(path.basename(file))?.[1]?.toUpperCase();
  if (!number) return undefined;
  const dir = path.join(root, 'corpus');
  const published = new RegExp(`^published:[^\\n]*\\b${number}\\b`, 'm');
  const name = readdirSync(dir).find((n) => n.endsWith('.akkoord.yaml') && published.test(readFileSync(path.join(dir, n), 'utf8').slice(0, 4000)));
  const id = name?.slice(0, -'.akkoord.yaml'.length);
  const data = id ? builtinData(root, id) : undefined;
  const builtin = data?.builtin;
  if (!id || !data || !builtin) return undefined;
  const found = verbatimCommitments(doc.paragraphs.map((p) => repairText(p.text)), builtin);
  return found >= builtin.commitments.length * SAME_AGREEMENT ? { id, number, data } : undefined;
}

/** Where the corpus of `id` goes and the earlier import there, or why it may not be written there. */
function targetOf(options: ImportFileOptions, id: string): { out: string; earlier: string | undefined } | Localized {
  const out = options.out ?? path.join(options.outDir ?? path.dirname(options.file), `${id}.akkoord.yaml`);
  if (!out.endsWith('.akkoord.yaml')) return IMPORT_INPUT.badOut(out);
  const earlier = earlierImport(out);
  // Absent, or an earlier import as it wrote it, may be replaced; else only when forced. A hand-edited import was
  // overwritten without a word, its corrections lost (a staffer's trial).
  if (!options.force && earlier?.edited) return IMPORT_INPUT.editedSinceImport(out);
  if (!options.force && !earlier && existsSync(out)) return IMPORT_INPUT.outExists(out);
  return { out, earlier: earlier?.head };
}

/** The Tweede Kamer's document number in a file name (`2026D04554`), or from the built-in corpus's publication. */
function kamerNumber(file: string, builtin: Corpus | undefined): string | undefined {
  return /\b(\d{4}D\d{5})\b/.exec(path.basename(file))?.[1] ?? /\b(\d{4}D\d{5})\b/.exec(builtin?.published ?? '')?.[1];
}

/**
 * Import one document as a corpus file (and its lock) in the workspace. Nothing is written when there is a problem:
 * a missing, empty, too large or unreadable file, a format not read, no agreement, an output that is no earlier import.
 */
export async function importFile(options: ImportFileOptions): Promise<ImportFileResult> {
  const shown = path.basename(options.file);
  const progress = options.onProgress ?? (() => undefined);
  let id = options.id ?? idFromFileName(options.file);
  if (!isSlug(id)) return fail(IMPORT_INPUT.badId(options.id ?? shown));
  let target = targetOf(options, id);
  if (!('out' in target)) return fail(target);

  const bytes = readBytes(options.file, shown, options.maxBytes ?? MAX_IMPORT_BYTES);
  if (!(bytes instanceof Uint8Array)) return fail(bytes);
  const format = detectFormat(bytes);
  if (format === 'zip' || format === 'binary') return fail(IMPORT_INPUT[format](shown));
  progress(IMPORT_STEPS.reading(shown, format));
  const doc = await readDocument(bytes, format, options, shown);
  if (!('paragraphs' in doc)) return fail(doc);
  if (doc.paragraphs.length === 0) return fail(IMPORT_INPUT.noText(shown));
  progress(IMPORT_STEPS.read(doc.paragraphs.length));
  const numbered = options.id === undefined ? builtinOfNumber(doc, options.file, options.root ?? packageRoot()) : undefined;
  // The id the file name gave was checked; a file at the built-in id's place that is no earlier import is never
  // overwritten without that id given (--force alone replaced a user's own ca2026.akkoord.yaml; a reviewer).
  const fromName = target;
  if (numbered) {
    target = targetOf({ ...options, force: false }, numbered.id);
    if (!('out' in target)) return fail(IMPORT_INPUT.builtinTaken(numbered.number, numbered.id, fromName.out));
    id = numbered.id;
    progress(IMPORT_STEPS.idOfNumber(numbered.number, id));
  }
  const { out, earlier } = target;
  // An import made under the file name before (by an older version) would load the agreement a second time.
  const leftOver = numbered && fromName.earlier !== undefined ? [IMPORT_HINTS.leftOver(fromName.out, out)] : [];

  // The built-in corpus the document number named was read to tell it is that agreement: not read again.
  const data = numbered && id === numbered.id ? numbered.data : builtinData(options.root ?? packageRoot(), id);
  if (!data.rules) return fail(...data.problems);
  // Under a built-in corpus's id the file takes its place, identity and all: another kind would break it (an agreement
  // written as a programme is in force nowhere; the session's second reviewer).
  if (data.builtin && options.kind && options.kind !== data.builtin.kind && !options.kindUnlessBuiltin) return fail(IMPORT_INPUT.kindOfBuiltin(id, data.builtin.kind, options.kind));
  // Without --kind, an earlier import keeps its kind (set with --kind, or by hand in the file); under a built-in id the
  // kind is the built-in corpus's, whatever an earlier file says (read once more).
  const kind = data.builtin?.kind ?? options.kind ?? kindInHead(earlier);
  const lockFile = lockFileFor(out);
  const number = kamerNumber(options.file, data.builtin);
  const identity: DocumentIdentity = { fileName: shown, sha256: createHash('sha256').update(bytes).digest('hex'), ...(number ? { number } : {}) };
  const result = importDocument(doc, {
    id,
    rules: data.rules,
    knownTags: data.knownTags,
    identity,
    ...(options.title ? { title: options.title } : {}),
    ...(data.builtin ? { builtin: data.builtin } : {}),
    ...(kind ? { kind } : {}),
    ...(existsSync(lockFile) ? { lock: readFileSync(lockFile, 'utf8') } : {}),
    ...(options.leftOut?.length ? { leftOut: options.leftOut } : {}),
    lockFile: path.basename(lockFile),
    onProgress: progress,
  });
  if (result.problems.length) return { problems: result.problems, report: result.report, result };
  // Under a built-in agreement's id, a document that states almost none of its commitments is another document (a
  // party programme imported as ca2026): written, it would stand in for the agreement in every check of the folder.
  const builtinTotal = data.builtin?.commitments.length ?? 0;
  if (builtinTotal > 0 && !options.replaceBuiltin && result.kept.length < builtinTotal * SAME_AGREEMENT) {
    return { problems: [IMPORT_INPUT.notTheBuiltin(id, result.kept.length, builtinTotal)], report: result.report, result };
  }
  if (options.isCancelled?.()) return fail(IMPORT_INPUT.cancelled);
  // Both or neither: a lock file that no longer fits its corpus would give the next import other keys.
  const unwritable = writeWhole({ file: out, data: stampImport(result.yaml) }, { file: lockFile, data: result.lock });
  if (unwritable) return { problems: [IMPORT_INPUT.unwritable(unwritable.file, unwritable.reason, unwritable.kept.length ? keptCopies(unwritable.kept) : undefined)], report: result.report, result };
  progress(IMPORT_STEPS.written(out, lockFile));
  const hints = data.builtin ? [] : builtinHints(doc, data.knownTags, options.root ?? packageRoot());
  return { problems: [], report: [...result.report, ...hints, ...leftOver], written: { corpus: out, lock: lockFile }, result };
}

// Loaded as a worker thread by `importFileInWorker` (the language server): import the file it was given, with the
// shipped PDF reader. Loaded any other way, this does nothing.
serveImportInWorker((options) => importFile({ ...options, readPdf: shippedPdfReader() }));
