/**
 * The import pipeline: a document's paragraphs in, an ordinary corpus file out. Units and commitments come from the
 * same generic pipeline that builds the built-in corpora (`../build`: repair, units, classification, ids with their
 * lock, repeated promises); a built-in corpus with the same id lends its keys where the document states its
 * passages word for word. Pure; never throws; nothing is written here (the host writes what this returns).
 */

import { classifyParagraphs } from '../build/pipeline';
import { linkRepeats } from '../build/repeats';
import { makeIds, renamedTable } from '../build/lock';
import type { IdUnit } from '../build/lock';
import { repairText } from '../build/repair';
import type { Rules } from '../build/rules';
import { sentenceSpans, splitAtFixedEdges } from '../build/units';
import { loadCorpus } from '../load';
import { isSlug } from '../types';
import type { Corpus, CorpusKind, Passage, Quotation } from '../types';
import { emitCorpus } from '../write';
import type { CommitmentOut, CorpusOut } from '../write';
import type { Localized, Span } from '../../types';
import { assembleEntries, carriedCommitment, carriedPassage, corpusHead } from './assemble';
import type { DocumentIdentity, ImportedUnit } from './assemble';
import { findBuiltinEntries, isCommitment, keepDisjoint } from './builtin';
import type { BuiltinFound, BuiltinMatches, BuiltinMissing } from './builtin';
import { IMPORT_PROBLEMS, IMPORT_PROGRESS, importReport, minCommitmentsOf } from './report';
import type { ImportedDocument, ImportedParagraph } from './types';
import { IMPORT_MARKER } from '../../../shared/corpusKinds';

export interface ImportOptions {
  /** The corpus id (the prefix of every citation key). */
  id: string;
  /** The compiled rule table (the generic `corpus/rules.yaml`, perhaps with a table of the user's over it). */
  rules: Rules;
  /** Tag ids of `corpus/tags.yaml` (the written corpus is checked against them). */
  knownTags: ReadonlySet<string>;
  identity: DocumentIdentity;
  /** The title to give; else the built-in corpus's, the document's, or the file name. */
  title?: string;
  /** The built-in corpus with the same id: its keys are kept where the document states its passages. */
  builtin?: Corpus;
  /** What the document is (`kind:`); else the built-in corpus's, else a coalition agreement. */
  kind?: CorpusKind;
  /** The lock file of an earlier import of this document (`<name>.akkoord.lock.tsv`), if there is one. */
  lock?: string;
  /** The lock file's name, for its header and its problems. */
  lockFile: string;
  /** What the reader left out of the text (a page without text, …): then the corpus is not complete. */
  leftOut?: readonly Localized[];
  /** Fewer commitments than this, and the document is not what it says it is (default by its kind, `minCommitmentsOf`). */
  minCommitments?: number;
  onProgress?: (step: Localized) => void;
}

export interface ImportResult {
  /** Problems that stop the import: when there is one, nothing may be written (and `yaml`/`lock` are empty). */
  problems: Localized[];
  /** The corpus file's text and the lock file's text. */
  yaml: string;
  lock: string;
  corpus?: CorpusOut;
  units: ImportedUnit[];
  /** Built-in commitments whose key the import kept, and the built-in entries not found (carried over). */
  kept: string[];
  missing: BuiltinMissing[];
  complete: boolean;
  report: Localized[];
}

/** The first line of every corpus file the importer writes: how an earlier import is told from other files. */
export { IMPORT_MARKER };
/** The first line of every lock file the importer writes. */
export const IMPORT_LOCK_MARKER = 'GEGENEREERD door "akkoordwijzer corpus import"';

const failed = (problems: Localized[], units: ImportedUnit[] = []): ImportResult => ({ problems, yaml: '', lock: '', units, kept: [], missing: [], complete: false, report: [] });

/** The span of whole sentences a found passage touches in its paragraph. */
function sentencesAround(text: string, span: Span, rules: Rules): Span {
  const touched = splitAtFixedEdges(text, sentenceSpans(text, rules), [span]).filter((s) => s.start < span.end && span.start < s.end);
  return touched.length ? { start: touched[0]!.start, end: touched[touched.length - 1]!.end } : span;
}

/** Where built-in commitments keep their keys: by paragraph, the spans that become units of their own. */
function anchorsOf(doc: ImportedDocument, texts: readonly string[], builtin: Corpus | undefined, rules: Rules) {
  const headingQuotes = new Map<string, Quotation[]>();
  if (!builtin) return { fixed: new Map<number, BuiltinFound[]>(), missing: [] as BuiltinMissing[], passages: [] as BuiltinFound[], headingQuotes };
  // Headings are searched too (after the paragraphs), so a quoted title or chapter heading is found.
  const headings = headingTexts(doc);
  const matches = titlesWithoutNumbers(findBuiltinEntries([...texts, ...headings], builtin), headings, texts.length);
  for (const f of matches.passages) {
    const heading = headings[f.paragraph - texts.length];
    if (heading !== undefined) headingQuotes.set(heading, [...(headingQuotes.get(heading) ?? []), ...f.entry.source.quotedIn]);
  }
  // Table rows and footnotes are one passage each: a commitment found there (or in a heading) cannot be a unit.
  const inText = matches.commitments.filter((f) => doc.paragraphs[f.paragraph]?.kind === 'text' || doc.paragraphs[f.paragraph]?.kind === 'bullet');
  const inOther: BuiltinMissing[] = matches.commitments.filter((f) => !inText.includes(f)).map((f) => ({ entry: f.entry, reason: 'none' }));
  const snapped = (f: BuiltinFound) => sentencesAround(texts[f.paragraph]!, f.span, rules);
  const { kept, shared } = keepDisjoint(inText, (a, b) => {
    const x = snapped(a);
    const y = snapped(b);
    return x.start < y.end && y.start < x.end;
  });
  const fixed = new Map<number, BuiltinFound[]>();
  for (const f of kept) fixed.set(f.paragraph, [...(fixed.get(f.paragraph) ?? []), f]);
  return { fixed, missing: [...matches.missing, ...inOther, ...shared], passages: matches.passages, headingQuotes };
}

/** A numbering before a heading: "1.", "3.2", "IV.". */
const HEADING_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+/u;

/**
 * A built-in title not found as it stands ("1. Democratische rechtsorde") is found when a heading of the document is
 * that title without its number: readers drop the numbers of headings, and documents number them differently.
 */
function titlesWithoutNumbers(matches: BuiltinMatches, headings: readonly string[], offset: number): BuiltinMatches {
  const missing: BuiltinMissing[] = [];
  const passages = [...matches.passages];
  for (const m of matches.missing) {
    const bare = !isCommitment(m.entry) && m.entry.kind === 'title' ? m.entry.text.replace(HEADING_NUMBER, '') : m.entry.text;
    const at = bare !== m.entry.text ? headings.indexOf(bare) : -1;
    if (at >= 0) passages.push({ entry: m.entry, paragraph: offset + at, span: { start: 0, end: bare.length } });
    else missing.push(m);
  }
  return { ...matches, passages, missing };
}

/** The document's title and headings, each once, in order. */
function headingTexts(doc: ImportedDocument): string[] {
  const all = [doc.title, ...(doc.headings ?? []).map((h) => h.text), ...doc.paragraphs.flatMap((p) => [p.chapter, p.section, p.subsection])];
  return [...new Set(all.filter((h): h is string => !!h).map(repairText))];
}

/** Classify the units; a unit that states a built-in commitment is a commitment and keeps that commitment's key. */
function unitsOf(doc: ImportedDocument, rules: Rules, fixed: Map<number, BuiltinFound[]>, passages: readonly BuiltinFound[]): ImportedUnit[] {
  // Footnotes are read like table rows: one passage each, never a commitment.
  const input = doc.paragraphs.map((p) => ({ ...p, table: p.kind === 'table' || p.kind === 'footnote' }));
  const indexOf = new Map<ImportedParagraph, number>(input.map((p, i) => [p, i]));
  const spans = new Map([...fixed].map(([i, found]) => [i, found.map((f) => f.span)]));
  const numbers = new Map<number, number>();
  const perChapter = new Map<string, number>();
  input.forEach((p, i) => {
    perChapter.set(p.chapter, (perChapter.get(p.chapter) ?? 0) + 1);
    numbers.set(i, perChapter.get(p.chapter)!);
  });
  const offsets = new Map<number, number>();
  return classifyParagraphs(input, rules, 'rules', spans).units.map((cu) => {
    const i = indexOf.get(cu.paragraph)!;
    const start = cu.unit.paragraphText.indexOf(cu.unit.text, offsets.get(i) ?? 0);
    offsets.set(i, start + cu.unit.text.length);
    const u: ImportedUnit = { ...cu, number: numbers.get(i)!, quotedIn: passages.filter((f) => f.paragraph === i && f.span.start < start + cu.unit.text.length && start < f.span.end).flatMap((f) => f.entry.source.quotedIn) };
    const entry = cu.unit.fixed !== undefined ? fixed.get(i)?.[cu.unit.fixed]?.entry : undefined;
    if (entry && isCommitment(entry)) {
      u.builtin = entry;
      // The key's promise stays a commitment; when the rules see no promise in it, its built-in firmness stands.
      u.classification = { ...cu.classification, kind: 'commitment', firmness: cu.classification.firmness ?? entry.firmness ?? 'standpunt' };
      if (!cu.classification.firmness) u.firmnessFromBuiltin = true;
      if (u.classification.tags.length === 0) u.classification.tags = [...entry.tags];
    }
    return u;
  });
}

const LOCK_HEADER = (id: string) => [
  `${IMPORT_LOCK_MARKER}: id<TAB>sleutel van de tekst (sha1 van de genormaliseerde tekst, #n bij herhaling)<TAB>begin van de tekst.`,
  `Houdt de sleutels van ${id} stabiel als hetzelfde document opnieuw wordt geïmporteerd. Niet met de hand bewerken.`,
];

/** Ids for the commitments: a built-in key where the unit states that commitment, else from the lock, else new. */
function nameCommitments(units: ImportedUnit[], options: ImportOptions, reserved: ReadonlySet<string>) {
  const commitments = units.filter((u) => u.classification.kind === 'commitment');
  const idUnits = commitments.map((u): IdUnit => {
    const { unit, paragraph: p, classification: c } = u;
    const src: IdUnit = { lead: c.lead, text: unit.text, heading: p.subsection ?? p.section ?? p.chapter, sentences: unit.sentences };
    if (c.amount) src.amount = c.amount;
    if (u.builtin) src.pinned = u.builtin.id;
    return src;
  });
  const result = makeIds(idUnits, options.rules, { lock: options.lock ?? '' }, {
    lockFile: options.lockFile,
    renamedFile: options.lockFile,
    pinnedBy: options.builtin?.uri ?? 'corpus',
    lockHeader: LOCK_HEADER(options.id),
    renamedHeader: [],
    reserved,
  });
  commitments.forEach((u, k) => (u.id = result.ids[k]));
  return result;
}

/** Repeated promises: `seeAlso` on the commitments; returns the number of groups. */
function linkRepeatGroups(commitments: CommitmentOut[], rules: Rules): number {
  const seeAlso = linkRepeats(commitments, rules.duplicates);
  return new Set([...seeAlso.entries()].map(([id, also]) => [id, ...also].sort().join(' '))).size;
}

/** The corpus written and read back with the real loader: what the importer writes must load without a problem. */
function selfCheck(yaml: string, options: ImportOptions): Localized[] {
  const { corpus, problems } = loadCorpus(yaml, `${options.id}.akkoord.yaml`, { knownTags: options.knownTags });
  if (corpus && problems.length === 0) return [];
  const detail = problems.slice(0, 5).map((p) => `${p.line + 1}:${p.character + 1} ${p.code} ${p.message}`).join('; ') || 'geen corpus';
  return [IMPORT_PROBLEMS.selfCheck(detail)];
}

/**
 * Why a document with too few commitments is refused: none at all, or fewer than an agreement holds; under a built-in
 * agreement's id (its kind fixed) the advice to choose another kind names another id.
 */
function tooFew(options: ImportOptions, commitments: number, units: number, min: number): Localized {
  if (min <= 1) return IMPORT_PROBLEMS.noCommitments(units);
  return options.builtin ? IMPORT_PROBLEMS.tooFewUnderBuiltinId(options.builtin.id, commitments, units, min) : IMPORT_PROBLEMS.notAnAgreement(commitments, units, min);
}

/**
 * Import a document: units and commitments by the generic pipeline, keys (built-in, locked or new), provenance, the
 * built-in entries not found carried over, the corpus file, its lock and the report. A problem that makes the result
 * unusable (a bad id, too few commitments for an agreement) comes back in `problems` with nothing to write.
 */
export function importDocument(doc: ImportedDocument, options: ImportOptions): ImportResult {
  if (!isSlug(options.id)) return failed([IMPORT_PROBLEMS.badId(options.id)]);
  const progress = options.onProgress ?? (() => undefined);
  if (options.builtin) progress(IMPORT_PROGRESS.builtin(options.builtin.id));
  const texts = doc.paragraphs.map((p) => repairText(p.text));
  const anchors = anchorsOf(doc, texts, options.builtin, options.rules);
  progress(IMPORT_PROGRESS.units);
  const units = unitsOf(doc, options.rules, anchors.fixed, anchors.passages);
  const commitmentCount = units.filter((u) => u.classification.kind === 'commitment').length;
  const min = options.minCommitments ?? minCommitmentsOf(options.kind);
  if (commitmentCount < min) return failed([tooFew(options, commitmentCount, units.length, min)], units);

  progress(IMPORT_PROGRESS.ids);
  const carried = anchors.missing.map((m) => m.entry);
  const carriedIds = new Set(carried.filter(isCommitment).map((c) => c.id));
  const ids = nameCommitments(units, options, carriedIds);

  progress(IMPORT_PROGRESS.writing);
  const title = options.title ?? options.builtin?.title ?? doc.title ?? options.identity.fileName;
  const leftOut = options.leftOut ?? [];
  const { commitments, passages } = assembleEntries(units, title, options.identity, anchors.headingQuotes);
  const repeatGroups = linkRepeatGroups(commitments, options.rules);
  const allIds = new Set([...commitments.map((c) => c.id), ...carriedIds]);
  commitments.push(...carried.filter(isCommitment).map((c) => carriedCommitment(c, allIds)));
  passages.push(...carried.filter((e): e is Passage => !isCommitment(e)).map((p) => carriedPassage(p)));
  const head = corpusHead({ id: options.id, title, identity: options.identity, ...(options.builtin ? { builtin: options.builtin } : {}), ...(options.kind ? { kind: options.kind } : {}), complete: leftOut.length === 0 });
  const corpus: CorpusOut = { ...head, commitments, passages };
  // Old keys keep a way to their new ones: the built-in corpus's renames (an imported ca2021 replaces the built-in one)
  // and what this import renamed against its lock.
  const renamed = renamedTable({ ...options.builtin?.renamed, ...Object.fromEntries(ids.renamedNow) }, allIds);
  if (Object.keys(renamed).length > 0) corpus.renamed = renamed;
  const yaml = emitCorpus(corpus, [`${IMPORT_MARKER} uit ${options.identity.fileName} (sha256 ${options.identity.sha256}).`, `Opnieuw importeren overschrijft dit bestand; ${options.lockFile} houdt de sleutels stabiel.`]);
  const problems = selfCheck(yaml, options);
  if (problems.length) return failed(problems, units);

  const kept = units.filter((u) => u.builtin).map((u) => u.builtin!.id);
  const report = importReport({
    doc,
    units,
    ...(options.builtin ? { builtinId: options.builtin.id } : {}),
    kept,
    missing: anchors.missing,
    passagesFound: anchors.passages.length,
    ids: { fromLock: ids.fromLock + ids.inherited, fresh: ids.fresh, dropped: ids.dropped },
    repeatGroups,
    leftOut,
    lockProblems: ids.problems.map((p) => ({ nl: `${p.where}: ${p.message.nl}`, en: `${p.where}: ${p.message.en}` })),
  });
  return { problems: [], yaml, lock: ids.idLock, corpus, units, kept, missing: anchors.missing, complete: leftOut.length === 0, report };
}
