import { definitionLabel } from '../draft/footnotes';
import type { Draft } from '../draft/types';
import type { Span } from '../types';

/** A Markdown footnote as the editor navigates it: its label, its definition and every marker that refers to it. */
export interface FootnoteAt {
  label: string;
  /** The marker or the definition's label under the cursor. */
  span: Span;
  /** The definition's label (`[^1]:`) and its text; absent for a marker without a footnote. */
  definition?: { span: Span; text: string };
  /** Every marker of the footnote, in document order. */
  references: Span[];
}

/**
 * The footnote under the cursor, on a marker (`[^1]`) or on a definition's label (`[^1]:`): go to its definition,
 * show its text (without comments), find its markers (they gave nothing; a trial of the language server). Labels compare
 * without case, as Markdown reads them.
 */
export function footnoteAt(draft: Draft, offset: number): FootnoteAt | undefined {
  const { footnoteReferences, footnoteDefinitions } = draft.lines;
  const marker = footnoteReferences.find((r) => r.span.start <= offset && offset <= r.span.end);
  const defined = marker ? undefined : footnoteDefinitions.find((d) => d.span.start <= offset && offset <= definitionLabel(d).end);
  const label = marker?.label ?? defined?.label;
  if (label === undefined) return undefined;
  const same = (l: string) => l.toLowerCase() === label.toLowerCase();
  const definition = footnoteDefinitions.find((d) => same(d.label));
  return {
    label,
    span: marker ? marker.span : definitionLabel(defined!),
    ...(definition ? { definition: { span: definitionLabel(definition), text: draft.lines.masked.slice(definition.contentSpan.start, definition.contentSpan.end).replace(/\s+/g, ' ').trim() } } : {}),
    references: footnoteReferences.filter((r) => same(r.label)).map((r) => r.span),
  };
}
