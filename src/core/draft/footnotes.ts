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
