import type { Span } from '../types';
import type { Draft } from './types';
import { ObjectMemo } from '../text/objectMemo';
import { FOOTNOTE_REFERENCE } from '../markdown/lines';

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
/** A reference, not the label of a definition (`[^1]:`). */
const MARKER = new RegExp(`${FOOTNOTE_REFERENCE}(?!:)`, 'g');

function findDanglingMarkers(draft: Draft): { label: string; span: Span }[] {
  const defined = new Set(draft.lines.footnoteDefinitions.map((d) => d.label.toLowerCase()));
  const out: { label: string; span: Span }[] = [];
  for (const m of draft.lines.masked.matchAll(MARKER)) {
    const label = m[1]!.toLowerCase();
    if (defined.has(label)) continue;
    out.push({ label: m[1]!, span: { start: m.index, end: m.index + m[0].length } });
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
