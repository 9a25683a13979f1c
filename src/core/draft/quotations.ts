import { detached } from '../text/detach';
import type { Agreement } from '../text/agreement';
import type { Draft, Quote } from './types';
import { ObjectMemo } from '../text/objectMemo';
import { rescan, type Scanned } from '../text/rescan';

const PAIRS: Record<string, string> = { '“': '”', '„': '”', '«': '»', '"': '"', '‘': '’', "'": "'", '‚': '’' };
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** What may follow an opening single mark. */
const OPENS_SINGLE = /[\p{L}\p{N}…([]/u;

/** By character code, 1 for the opening marks of `PAIRS`: `findQuotes` passes every other character by an index. */
const OPENS_PAIR = new Uint8Array(0x10000);
for (const open of Object.keys(PAIRS)) OPENS_PAIR[open.charCodeAt(0)] = 1;

/**
 * Find quotations in the masked text of one paragraph-sized run. Double marks pair up plainly; single marks
 * (‘ ’ ') only when they cannot be an apostrophe: an opening mark after a space or bracket and before a letter,
 * a closing mark after a non-space and not followed by a letter ("mkb’ers", "risico's" stay words).
 * Quotes never cross a blank line; nested quotes stay inside the outer one.
 */
export function findQuotes(masked: string, from = 0, to = masked.length): Quote[] {
  const quotes: Quote[] = [];
  // Per opening mark: up to where a search for its closing mark found none (a blank line or `to`). A later mark of the
  // same kind before that point finds none either, without searching again: a paragraph of unclosed «s stays linear.
  const noCloseBefore = new Map<string, number>();
  let i = from;
  while (i < to) {
    if (OPENS_PAIR[masked.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const c = masked[i]!;
    const close = PAIRS[c];
    if (close === undefined || i < (noCloseBefore.get(c) ?? -1) || !canOpen(masked, i, c)) {
      i++;
      continue;
    }
    const end = findClose(masked, i + 1, to, c, close);
    if (end < 0) {
      noCloseBefore.set(c, -end - 1);
      i++;
      continue;
    }
    const innerText = masked.slice(i + 1, end);
    if (innerText.trim().length > 0) {
      quotes.push({ start: i, end: end + 1, inner: { start: i + 1, end }, text: innerText, open: c, close });
      i = end + 1;
    } else {
      i++;
    }
  }
  return quotes;
}

/** What ends a paragraph for `findQuotes`: a line of nothing but spaces, tabs or a carriage return. */
export const BLANK_LINE = /\n[ \t\r]*\n/g;

/**
 * Paragraphs of the masked text by start: their end and the quotations in them, relative to their start; and the
 * blank lines between them, as the scan found them (the next version scans again only around its change, `rescan`).
 */
export type ParagraphQuotes = Map<number, { end: number; quotes: Quote[] }> & { blanks?: readonly Scanned<null>[] };

/** The previous version's paragraphs, and where its masked text agrees with this one's (see `prior.ts`). */
export interface PriorParagraphs {
  agreement: Agreement;
  delta: number;
  paragraphs: ParagraphQuotes;
}

const paragraphsOf = new ObjectMemo<Draft, ParagraphQuotes>();

/** Keep a draft's paragraphs and their quotations for its next version (`quotesOf`). */
export function keepParagraphs(draft: Draft, paragraphs: ParagraphQuotes): void {
  paragraphsOf.set(draft, paragraphs);
}

/** The previous version's paragraphs, with where its masked text agrees with this one's: what `quotesOf` reuses. */
export function priorParagraphs(previous: Draft, agreement: Agreement, delta: number): PriorParagraphs | undefined {
  const paragraphs = paragraphsOf.get(previous);
  return paragraphs && { agreement, delta, paragraphs };
}

/** A blank line reads one line past the line break it starts at (`[ \t\r]*` stops at the next). */
const BLANK_LINE_REACH = { lines: 1 };
const nothing = () => null;

/**
 * `findQuotes` over a whole text, one paragraph at a time: a quotation never crosses a blank line, so the paragraphs
 * a keystroke did not touch keep their quotations, and only the edited paragraph is scanned again. With the previous
 * version's paragraphs (`prior`), a paragraph with the same text at the same or a shifted place takes its quotations
 * without being sliced or hashed. Returns this version's paragraphs too, for the next.
 */
export function quotesOf(masked: string, prior?: PriorParagraphs): { quotes: Quote[]; paragraphs: ParagraphQuotes } {
  const quotes: Quote[] = [];
  const paragraphs: ParagraphQuotes = new Map();
  const paragraph = (from: number, to: number) => {
    // The quotations' own texts are views of a copy of the paragraph, never of this version's whole text: the next
    // versions keep them.
    const found = (prior && previousQuotes(prior, masked.length, from, to)) ?? findQuotes(detached(masked.slice(from, to)));
    paragraphs.set(from, { end: to, quotes: found });
    for (const q of found) quotes.push({ ...q, start: q.start + from, end: q.end + from, inner: { start: q.inner.start + from, end: q.inner.end + from } });
  };
  const previous = prior?.paragraphs.blanks;
  const blanks = rescan(masked, BLANK_LINE, nothing, BLANK_LINE_REACH, prior && previous && { found: previous, agree: { ...prior.agreement, delta: prior.delta } });
  let from = 0;
  for (const b of blanks) {
    paragraph(from, b.start);
    from = b.end;
  }
  paragraph(from, masked.length);
  paragraphs.blanks = blanks;
  return { quotes, paragraphs };
}

/** The quotations of the previous version's paragraph with the same text as `from`–`to`, if it had one. */
function previousQuotes(prior: PriorParagraphs, length: number, from: number, to: number): Quote[] | undefined {
  const { prefix, suffix } = prior.agreement;
  const at = to <= prefix ? from : from >= length - suffix ? from - prior.delta : undefined;
  const old = at === undefined ? undefined : prior.paragraphs.get(at);
  return old && old.end - at! === to - from ? old.quotes : undefined;
}

function isSingle(c: string): boolean {
  return c === '‘' || c === "'" || c === '‚' || c === '’';
}

function canOpen(s: string, i: number, c: string): boolean {
  const before = i > 0 ? s[i - 1]! : ' ';
  const after = s[i + 1] ?? ' ';
  if (SPACE.test(after)) return false;
  if (c === '"') return !LETTER.test(before);
  if (isSingle(c)) return !LETTER.test(before) && OPENS_SINGLE.test(after);
  return true;
}

/**
 * Where the closing mark of a quotation opened before `from` stands; without one, `-1 - stop` for where the search
 * stopped (a blank line, or `to`): no opening mark of the same kind before `stop` has a closing mark either.
 */
function findClose(s: string, from: number, to: number, open: string, close: string): number {
  for (let j = from; j < to; j++) {
    const c = s[j]!;
    if (c === '\n') {
      let k = j + 1;
      while (k < to && (s[k] === ' ' || s[k] === '\t' || s[k] === '\r')) k++;
      if (k >= to || s[k] === '\n') return -1 - j; // a blank line ends the paragraph
      continue;
    }
    if (c !== close) continue;
    if (isSingle(close) || (close === '"' && open === '"')) {
      const before = s[j - 1] ?? ' ';
      const after = s[j + 1] ?? ' ';
      if (SPACE.test(before)) continue;
      if (isSingle(close) && LETTER.test(after)) continue; // an apostrophe inside a word
    }
    return j;
  }
  return -1 - to;
}
