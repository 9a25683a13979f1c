import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import { formatDate } from '../draft/date';
import type { Draft, Part } from '../draft/types';
import { eolOf, lineStartOf } from '../text/positions';
import { pick, type Localized, type Span, type Taal, type TextEdit } from '../types';
import { firstWords } from '../text/shorten';
import { ObjectMemo } from '../text/objectMemo';
import { footnoteMarkers } from '../draft/footnotes';

/** Quote the agreement's words: Dutch single quotes, or double when the text itself holds single quotes. */
export function quoted(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return /[‘’]/.test(t) ? `“${t}”` : `‘${t}’`;
}

const AGREEMENT_IN_A_SENTENCE: Localized = { nl: 'het coalitieakkoord', en: 'the coalition agreement' };

/**
 * A corpus by name: "Coalitieakkoord ‘Aan de slag’ (2026)" at the start of a footnote; in a sentence with its
 * article, "het coalitieakkoord ‘Aan de slag’ (2026)" / "the coalition agreement ‘Aan de slag’ (2026)".
 */
export function agreementName(set: CorpusSet, corpusId: string, form: 'title' | Taal = 'title'): string {
  const c = set.corpus(corpusId);
  if (!c) return corpusId;
  const year = c.date?.slice(0, 4);
  const name = `‘${c.shortTitle ?? c.title}’${year ? ` (${year})` : ''}`;
  if (c.kind !== 'coalitieakkoord') return name;
  return `${form === 'title' ? 'Coalitieakkoord' : pick(AGREEMENT_IN_A_SENTENCE, form)} ${name}`;
}

/** The same, in both languages, for a message. */
export function agreementNames(set: CorpusSet, corpusId: string): Localized {
  return { nl: agreementName(set, corpusId, 'nl'), en: agreementName(set, corpusId, 'en') };
}

/** A commitment in a message: its first words and its key, “We richten een Nederlandse … ” (ca2026:…). */
export function commitmentLabel(c: Commitment, words = 60): string {
  return `“${firstWords(c.text, words)}” (${c.key})`;
}

/**
 * The texts a commitment's fixes and messages are made of, once per corpus set and commitment: every suggestion of
 * every version of a draft asks for them again, and each reads the commitment's whole text.
 */
const commitmentTexts = new WeakMap<CorpusSet, WeakMap<Commitment, Map<string, unknown>>>();

function perCommitment<T>(set: CorpusSet, c: Commitment, what: string, make: () => T): T {
  let bySet = commitmentTexts.get(set);
  if (!bySet) commitmentTexts.set(set, (bySet = new WeakMap()));
  let texts = bySet.get(c);
  if (!texts) bySet.set(c, (texts = new Map()));
  if (!texts.has(what)) texts.set(what, make());
  return texts.get(what) as T;
}

/** The full citation of a footnote: agreement, chapter, page, the exact words and the key. */
export function footnoteText(set: CorpusSet, c: Commitment): string {
  return perCommitment(set, c, 'footnote', () => makeFootnoteText(set, c));
}

function makeFootnoteText(set: CorpusSet, c: Commitment): string {
  const where = [c.chapter ? `hoofdstuk ‘${c.chapter}’` : '', c.page ? `p. ${c.page}` : ''].filter(Boolean).join(', ');
  // Words the corpus has only as another publication quoted them say so: the note gave them as the agreement's own, page
  // and all, where the hover said "niet gecontroleerd in het akkoord zelf" (a staffer's trial).
  const quoter = quotedVia(c);
  const via = quoter ? ` (zoals geciteerd in ${quotation(quoter)})` : '';
  return `${agreementName(set, c.corpusId)}${where ? `, ${where}` : ''}: ${quoted(c.text)}${via} [@${c.key}]`;
}

/**
 * For words the corpus has only as another publication quoted them (not checked against the agreement itself), that
 * publication; undefined for words read from the agreement.
 */
export function quotedVia(c: Commitment): Commitment['source']['quotedIn'][number] | undefined {
  return c.source.verified === 'quoted' ? c.source.quotedIn[0] : undefined;
}

/** "KIVI, 3 februari 2026": a publication that quoted the agreement, with its date when known. */
function quotation(q: Commitment['source']['quotedIn'][number]): string {
  const date = q.date ? formatDate(q.date, 'nl') : '';
  return date ? `${q.publication}, ${date}` : q.publication;
}

/**
 * An overweging that quotes the agreement, worded by how firm the promise is: a decision is "afgesproken"; where
 * the agreement promises only effort or a study, the overweging says so instead of overstating it.
 */
export function overwegingFor(set: CorpusSet, c: Commitment): string {
  return perCommitment(set, c, 'overweging', () => makeOverweging(set, c));
}

function makeOverweging(set: CorpusSet, c: Commitment): string {
  const q = quoted(c.text);
  const ref = `[@${c.key}]`;
  const akkoord = set.corpus(c.corpusId)?.kind === 'coalitieakkoord' ? 'in het coalitieakkoord' : `in ${agreementName(set, c.corpusId)}`;
  switch (c.firmness) {
    case 'inzet':
      return `constaterende dat het kabinet zich ${akkoord} alleen inzet voor het volgende: ${q} ${ref};`;
    case 'onderzoek':
      return `constaterende dat het kabinet ${akkoord} alleen wil onderzoeken: ${q} ${ref};`;
    case 'doel':
      return `constaterende dat het kabinet zich ${akkoord} ten doel stelt: ${q} ${ref};`;
    case 'standpunt':
      return `constaterende dat ${akkoord} staat: ${q} ${ref};`;
    default:
      return `constaterende dat het kabinet ${akkoord} heeft afgesproken: ${q} ${ref};`;
  }
}

/** Insert ` [@key]` at the end of a sentence's words, before its closing mark (";", ",", ".", "?"). */
export function keyInsertion(draft: Draft, unit: Span, keys: string[]): TextEdit {
  const masked = draft.lines.masked;
  let end = unit.end;
  while (end > unit.start && /\s/.test(masked[end - 1]!)) end--;
  if (/[.;,:?!]/.test(masked[end - 1] ?? '')) end--;
  while (end > unit.start && /\s/.test(masked[end - 1]!)) end--;
  return { start: end, end, newText: ` [${keys.map((k) => `@${k}`).join('; ')}]` };
}

/** Footnote reference after the sentence and its definition at the end of the document. */
export function footnoteInsertion(draft: Draft, unit: Span, text: string): TextEdit[] {
  const n = freeFootnoteLabel(draft);
  return [{ start: unit.end, end: unit.end, newText: `[^${n}]` }, footnoteDefinitionInsertion(draft, n, text)];
}

/**
 * The first number no footnote marker or definition uses yet (a marker without its note still holds its number). Once
 * per draft version (kept with its insertion places): every suggestion's fix asks for it, and it reads the whole document.
 */
function freeFootnoteLabel(draft: Draft): string {
  const places = placesOf(draft);
  if (places.footnoteLabel === undefined) {
    const used = new Set(draft.lines.footnoteDefinitions.map((d) => d.label));
    for (const m of footnoteMarkers(draft)) used.add(m.value);
    let n = 1;
    while (used.has(String(n))) n++;
    places.footnoteLabel = String(n);
  }
  return places.footnoteLabel;
}

/** The definition `[^label]: text` as a new paragraph at the end of the document. */
export function footnoteDefinitionInsertion(draft: Draft, label: string, text: string): TextEdit {
  const { eol } = placesOf(draft);
  const last = draft.text[draft.text.length - 1];
  const tail = last === undefined || last === '\n' || last === '\r' ? '' : eol;
  return { start: draft.text.length, end: draft.text.length, newText: `${tail}${eol}[^${label}]: ${text}${eol}` };
}

/** Insert a new overweging as its own paragraph before the first dictum (or after the last overweging). */
export function overwegingInsertion(draft: Draft, overweging: string): TextEdit | undefined {
  const place = placesOf(draft).overweging;
  return place && { start: place.at, end: place.at, newText: `${place.before}${overweging}${place.after}` };
}

/** An overweging that weighs ("overwegende dat", "voorts overwegende"), not one that states a fact. */
const WEIGHS = /^(?:(?:en|voorts|tevens|verder|mede)\s+)*overwegend/i;

/** Where a draft version's fixes insert: read once per version (every suggestion's fixes ask, and each reads the whole text). */
interface InsertionPlaces {
  eol: string;
  /** A new overweging goes at `at`, between `before` and `after`; undefined when the draft has no dictum or overweging. */
  overweging?: { at: number; before: string; after: string };
  /** The first free footnote number (`freeFootnoteLabel`), found when a fix first asks. */
  footnoteLabel?: string;
}

const insertionPlaces = new ObjectMemo<Draft, InsertionPlaces>();

function placesOf(draft: Draft): InsertionPlaces {
  let places = insertionPlaces.get(draft);
  if (!places) insertionPlaces.set(draft, (places = findPlaces(draft)));
  return places;
}

function findPlaces(draft: Draft): InsertionPlaces {
  const eol = eolOf(draft.text);
  // The new part is a constatering: it goes with the constateringen, before the first "overwegende" (a motie states
  // its facts, then weighs them), else before the dictum. It went right before the dictum, after the overwegingen.
  const before =
    draft.parts.find((p) => p.kind === 'overweging' && p.opener && WEIGHS.test(draft.lines.masked.slice(p.opener.start, p.opener.end))) ??
    draft.parts.find((p) => p.kind === 'dictum');
  if (before) {
    const bol = lineStartOf(draft.text, before.start);
    const marker = before.lines[0]?.marker ? draft.text.slice(bol, before.start) : '';
    return { eol, overweging: { at: bol, before: marker, after: `${eol}${eol}` } };
  }
  let last: Part | undefined;
  for (const p of draft.parts) if (p.kind === 'overweging') last = p;
  return { eol, ...(last ? { overweging: { at: last.end, before: `${eol}${eol}`, after: '' } } : {}) };
}

/** Related information pointing at commitments in their corpus files (shown under the diagnostic). */
export function relatedCommitments(set: CorpusSet, commitments: readonly Commitment[]): { uri: string; line: number; character: number; message: Localized }[] {
  return commitments.flatMap((c) => perCommitment(set, c, 'related', () => relatedCommitment(set, c)));
}

function relatedCommitment(set: CorpusSet, c: Commitment): { uri: string; line: number; character: number; message: Localized }[] {
  const file = set.fileOf(c.corpusId);
  const words = firstWords(c.text, 120);
  return file ? [{ uri: file.uri, line: c.line, character: c.character, message: { nl: words, en: words } }] : [];
}

/** The first words of a commitment for a message (see `firstWords`), once per corpus set, commitment and length. */
export function commitmentWords(set: CorpusSet, c: Commitment, max: number): string {
  return perCommitment(set, c, `words${max}`, () => firstWords(c.text, max));
}
