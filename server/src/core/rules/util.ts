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

/** Blank the inside of quotations ("«Hoe nu verder?»" is a title, not a question) without moving offsets. */
export function blankQuotes(text: string, offset: number, quotes: readonly { inner: { start: number; end: number } }[]): string {
  let out = text;
  for (const q of quotes) {
    const a = q.inner.start - offset;
    const b = q.inner.end - offset;
    if (b <= 0 || a >= out.length) continue;
    const s = Math.max(0, a);
    const e = Math.min(out.length, b);
    out = out.slice(0, s) + out.slice(s, e).replace(/[^\n]/g, 'x') + out.slice(e);
  }
  return out;
}

/** Keep the capitalisation of the replaced text's first letter. */
export function matchCase(original: string, replacement: string): string {
  const first = original[0];
  if (first && first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** The line break of the text: CRLF when the text uses it, else LF. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Where to insert a new block after `offset`: after the end of its line, separated by a blank line. */
export function blockInsertAfter(text: string, offset: number, block: string): { start: number; end: number; newText: string } {
  // The end of the line: before its '\r\n' or '\n' (inserting between '\r' and '\n' would break a CRLF file).
  const rel = text.slice(offset).search(/\r?\n/);
  const eol = rel < 0 ? text.length : offset + rel;
  const atEnd = eol >= text.length;
  const nl = eolOf(text);
  return { start: eol, end: eol, newText: `${nl}${nl}${block}${atEnd ? nl : ''}` };
}

/** Insert a new block before the line that holds `offset`, followed by a blank line. */
export function blockInsertBefore(text: string, offset: number, block: string): { start: number; end: number; newText: string } {
  const bol = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const nl = eolOf(text);
  return { start: bol, end: bol, newText: `${block.replace(/\n/g, nl)}${nl}${nl}` };
}
