import type { Draft, Part, PartKind } from '../draft/types';
import type { Span } from '../types';

export function partsOf(draft: Draft, ...kinds: PartKind[]): Part[] {
  return draft.parts.filter((p) => kinds.includes(p.kind));
}

/** The words of a part as written (masked: comments and code blanked). */
export function wordsOf(draft: Draft, part: Part): string {
  return draft.lines.masked.slice(part.start, part.wordsEnd);
}

export function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

/** Keep the capitalisation of the replaced text's first letter. */
export function matchCase(original: string, replacement: string): string {
  const first = original[0];
  if (first && first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** Where to insert a new block after `offset`: after the end of its line, separated by a blank line. */
export function blockInsertAfter(text: string, offset: number, block: string): { start: number; end: number; newText: string } {
  let eol = text.indexOf('\n', offset);
  if (eol < 0) eol = text.length;
  const atEnd = eol >= text.length;
  const eolText = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: eol, end: eol, newText: `${eolText}${eolText}${block}${atEnd ? eolText : ''}` };
}

/** Insert a new block before the line that holds `offset`, followed by a blank line. */
export function blockInsertBefore(text: string, offset: number, block: string): { start: number; end: number; newText: string } {
  const bol = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const eolText = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: bol, end: bol, newText: `${block}${eolText}${eolText}` };
}
