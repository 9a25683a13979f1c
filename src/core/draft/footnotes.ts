import type { Span } from '../types';
import type { Draft } from './types';
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
    .map((d) => ({ label: d.label, span: { start: d.span.start, end: Math.min(d.span.end, d.span.start + d.label.length + 4) } }));
}

/** A note of a published-style list: its number, then the source ("1 NU.nl, 14 februari 2026, …"). */
export const LISTED_NOTE = /^(\d{1,3})[.)]?\s+(.*)$/s;

/** The numbers of the notes of a published-style list ("Noten", then "1 NU.nl, …" or a numbered list). */
export function listedNoteNumbers(draft: Draft): Set<number> {
  const out = new Set<number>();
  for (const part of draft.parts) {
    if (!part.note) continue;
    const line = part.lines[0];
    const n = line?.marker?.ordinal ?? Number(LISTED_NOTE.exec(line?.content ?? '')?.[1] ?? 0);
    if (n > 0) out.add(n);
  }
  return out;
}

/**
 * The published form of a note's reference, its number glued to a mark ("bericht «X»?1", "Kamer»2", "genomen.3") or in
 * superscript ("¹"). `strict`: only after a question or exclamation mark, a closing quotation mark or bracket, where a
 * number is nothing else ("p.12" and "2026,5" are).
 */
export function gluedNoteNumbers(text: string, strict = false): { number: number; start: number; end: number }[] {
  const out: { number: number; start: number; end: number }[] = [];
  for (const m of text.matchAll(strict ? GLUED_STRICT : GLUED)) {
    const number = Number(m[1] ?? [...m[0]].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
    out.push({ number, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The notes of the list a glued number refers to: itself, or, as published, two notes glued together ("?12" for notes 1
 * and 2, "…23" for 2 and 3) when the list has both and not the number; none when the list has neither.
 */
export function gluedNotesIn(number: number, listed: ReadonlySet<number>): number[] {
  if (listed.has(number)) return [number];
  const [a, b] = [Math.floor(number / 10), number % 10];
  return number >= 10 && a < b && listed.has(a) && listed.has(b) ? [a, b] : [];
}

const GLUED = /(?:(?<=[?!;:”"’»)])|(?<=(?<!\d)[.,]))(\d{1,2})(?=[\s?.!,;:]|$)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
const GLUED_STRICT = /(?<=[?!”"’»)])(\d{1,2})(?=[\s?.!,;:]|$)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
