/** 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** Offset → position, given the line starts of the text (see `computeLineStarts`). */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo]! };
}

/** The line break a text uses: CRLF, a lone CR (old Mac files) or LF. New lines in fixes follow it. */
export function eolOf(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/**
 * Offset of the start of the line that holds `offset` (after LF, CRLF or a lone CR). Scans only that line: a search
 * for "\r" in a text without one would run to the start of the document, and this runs on every keystroke.
 */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Offset of the end of the line that holds `offset`, before its line break. Scans only that line. */
export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/**
 * The items of a list in document order (sorted by `startOf`) that start in `[from, to]`: two binary searches
 * instead of a scan, so a question or a sentence looks only at its own markers and citations, not at the document's.
 */
export function startingIn<T>(items: readonly T[], startOf: (item: T) => number, from: number, to: number): readonly T[] {
  const first = firstStartingAt(items, startOf, from);
  const end = firstStartingAt(items, startOf, to + 1);
  // Most parts of a draft hold none (asked for every part on every keystroke): one empty list for all of them.
  return first === end ? NONE : items.slice(first, end);
}

/** One empty list, for the many lookups that find nothing (never changed by their callers). */
export const NONE: readonly never[] = Object.freeze([]);

/** The index of the first of `items` (sorted by start) that starts at `offset` or later (`items.length` if none). */
export function firstStartingAt<T>(items: readonly T[], startOf: (item: T) => number, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first half of a UTF-16 surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The second half of a UTF-16 surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether offset `i` of `text` falls between the two halves of a surrogate pair. */
export function insidePair(text: Pick<string, 'charCodeAt'>, i: number): boolean {
  return i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
}
