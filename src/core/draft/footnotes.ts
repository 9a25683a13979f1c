import type { Span } from '../types';
import type { Draft, Part } from './types';
import { detached } from '../text/detach';
import { rescan, type Scanned } from '../text/rescan';
import { perVersion, priorAgreement } from './prior';
import { ObjectMemo } from '../text/objectMemo';
import { FOOTNOTE_REFERENCE } from '../markdown/lines';

/**
 * Everything written like a footnote marker (`[^1]`), also the label of a definition (`[^1]:`), in the masked text
 * (comments and code blanked), in order: once per version, and after a keystroke scanned again only on the lines
 * around it (a marker never crosses a line break, `rescan`). Kept by version (its parts), for the next one.
 */
export const footnoteMarkers: (draft: Draft) => readonly Scanned<string>[] = perVersion((draft, before: readonly Scanned<string>[] | undefined) =>
  rescan(draft.lines.masked, MARKER, labelOf, { lines: 0 }, before && { found: before, agree: priorAgreement(draft.prior!) }),
);

const MARKER = new RegExp(FOOTNOTE_REFERENCE, 'g');
/** A marker's label, as a copy (kept for later versions, see `detached`). */
const labelOf = (m: RegExpExecArray) => detached(m[1]!);

/**
 * Footnote markers written as Markdown (`[^1]`) that have no definition: the parser leaves them as plain text, so
 * they are found in the masked text (comments and code blanked), outside the definitions' own `[^1]:` labels.
 */
export function danglingMarkers(draft: Draft): readonly { label: string; span: Span }[] {
  let found = dangling.get(draft);
  if (!found) dangling.set(draft, (found = findDanglingMarkers(draft)));
  return found;
}

// Once per draft version: rules ask per question, and the answer reads the whole document.
const dangling = new ObjectMemo<Draft, { label: string; span: Span }[]>();

function findDanglingMarkers(draft: Draft): { label: string; span: Span }[] {
  const defined = new Set(draft.lines.footnoteDefinitions.map((d) => d.label.toLowerCase()));
  const masked = draft.lines.masked;
  const out: { label: string; span: Span }[] = [];
  for (const m of footnoteMarkers(draft)) {
    // A definition's own label (`[^1]:`) is no marker.
    if (masked.charCodeAt(m.end) === 0x3a || defined.has(m.value.toLowerCase())) continue;
    out.push({ label: m.value, span: { start: m.start, end: m.end } });
  }
  return out;
}

/** Footnote definitions that no marker refers to. */
export function unreferencedDefinitions(draft: Draft): { label: string; span: Span }[] {
  const used = new Set(draft.lines.footnoteReferences.map((r) => r.label.toLowerCase()));
  return draft.lines.footnoteDefinitions
    .filter((d) => !used.has(d.label.toLowerCase()))
    .map((d) => ({ label: d.label, span: definitionLabel(d) }));
}

/** Where a footnote definition's label stands: `[^1]:` (what a finding underlines and "go to definition" lands on). */
export function definitionLabel(d: { label: string; span: Span }): Span {
  return { start: d.span.start, end: Math.min(d.span.end, d.span.start + d.label.length + 4) };
}

/** A note of a published-style list: its number, then the source ("1 NU.nl, 14 februari 2026, …"). */
const LISTED_NOTE = /^(\d{1,3})[.)]?\s+(.*)$/s;

/** A note of a published-style list: its part, its number, and where its text starts (after the number). */
export interface ListedNote {
  part: Part;
  number: number;
  textStart: number;
}

/**
 * The notes of a published-style list ("Noten", then "1 NU.nl, …" or a numbered list), read once for the rule, the
 * export and compare (each read them its own way; a reviewer).
 */
export function listedNotes(draft: Draft): ListedNote[] {
  const out: ListedNote[] = [];
  for (const part of draft.parts) {
    const line = part.note ? part.lines[0] : undefined;
    if (!line) continue;
    if (line.marker?.ordinal !== undefined) {
      out.push({ part, number: line.marker.ordinal, textStart: line.contentStart });
      continue;
    }
    const m = LISTED_NOTE.exec(line.content);
    if (m && Number(m[1]) > 0) out.push({ part, number: Number(m[1]), textStart: line.contentStart + line.content.length - m[2]!.length });
  }
  return out;
}

/** The numbers of the notes of a published-style list. */
export function listedNoteNumbers(draft: Draft): Set<number> {
  return new Set(listedNotes(draft).map((n) => n.number));
}

/** A number glued to a mark, read as a note's reference: `strong` after "?", "!", a closing quotation mark or bracket. */
export interface GluedNote {
  number: number;
  start: number;
  end: number;
  strong: boolean;
}

/**
 * The published form of a note's reference, its number glued to a mark: after a question or exclamation mark, a closing
 * quotation mark or bracket ("bericht «X»?1", "Kamer»2", "(…)3"), a straight quotation mark only as a closing one; after
 * a full stop only at the end ("… gemeld.3"); or in superscript ("¹"). Not after ",", ";" or ":" ("9:15", "1:2"), nor
 * inside a sentence after a full stop ("blz.12 en", "art.3,"), nor after an opening quotation mark ("“10 vragen”"): the
 * export made those into notes (a reviewer).
 */
export function gluedNoteNumbers(text: string): GluedNote[] {
  const out: GluedNote[] = [];
  for (const m of text.matchAll(GLUED)) {
    const digits = m[1] ?? m[2];
    const number = Number(digits ?? [...m[0]].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
    out.push({ number, start: m.index, end: m.index + m[0].length, strong: m[1] !== undefined || digits === undefined });
  }
  return out;
}

/**
 * The notes of the list a glued number refers to: itself, or, as published after a question mark or quotation mark,
 * two notes glued together ("?12" for notes 1 and 2) when the list has both and not the number; none when it has neither.
 */
export function gluedNotesIn(glued: GluedNote, listed: ReadonlySet<number>): number[] {
  const { number } = glued;
  if (listed.has(number)) return [number];
  const [a, b] = [Math.floor(number / 10), number % 10];
  return glued.strong && number >= 10 && a < b && listed.has(a) && listed.has(b) ? [a, b] : [];
}

/**
 * Note numbers glued to a question as published ("«Y»?2") that the draft's list of notes ("Noten", "1 NU.nl, …") does
 * not have: the published text would show a number without a note. Only beside such a list.
 */
export function unlistedNotes(draft: Draft): GluedNote[] {
  const listed = listedNoteNumbers(draft);
  if (listed.size === 0) return [];
  const masked = draft.lines.masked;
  return draft.parts
    .filter((p) => p.kind === 'vraag')
    .flatMap((p) => gluedNoteNumbers(masked.slice(p.start, p.end).trimEnd()).map((m) => ({ ...m, start: p.start + m.start, end: p.start + m.end })))
    .filter((m) => gluedNotesIn(m, listed).length === 0);
}

const GLUED = /(?:(?<=[?!»”)]|\S["’])(\d{1,2})|(?<=(?<!\d)\.)(\d{1,2})(?=\s*$))(?=[\s?.!,;:]|$)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
