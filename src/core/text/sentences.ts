/**
 * Dutch sentence splitting with exact offsets. Pure; never throws.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (also `..`, `(…)`, `[…]`), plus any closing quotes or brackets right
 * after it, when whitespace follows and the next sentence starts like one (a capital, a digit, or an opening
 * quote/bracket before one). It does not end after abbreviations that never close a sentence (`o.a.`, `bijv.`,
 * `m.n.`, `nr.`, `art.`, `ca.` …), after a single initial (`A. Jansen`), or after a list number at the start of a
 * line (`1. Democratische rechtsorde`). Abbreviations that often do end one (`etc.`, `e.d.`, `mln.`, `mld.`,
 * `B.V.`) end it when a capital follows. A blank line always ends a sentence.
 */

import type { Span } from '../types';

/** Abbreviations (without the final dot, lower case) after which a sentence never ends. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'o.a', 'bijv', 'bv', 'm.n', 'nl', 'nr', 'nrs', 'art', 'artt', 'ca', 'cf', 'vgl', 'i.p.v', 'n.a.v', 'evt',
  'o.m', 't.a.v', 'm.b.t', 'd.w.z', 'i.v.m', 'i.s.m', 'i.o.m', 'i.c.m', 'i.r.t', 't.o.v', 'o.l.v', 'o.b.v', 'm.u.v',
  't.b.v', 'm.i.v', 'z.g', 'zgn', 'dhr', 'mevr', 'mr', 'dr', 'drs', 'prof', 'ir', 'ing', 'st', 'vs', 'blz', 'p', 'pp',
  'resp', 'incl', 'excl', 'afd', 'hfdst', 'jo', 'kamerst', 'stcrt', 'e.g', 'i.e', 'a.s', 'aanv', 'vnl',
]);

/** Abbreviations that may end a sentence (documented here; they behave as ordinary words). */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['etc', 'enz', 'e.d', 'e.a', 'mln', 'mld', 'mrd', 'b.v', 'n.v', 'jl', 'red', 'z.s.m', 'stb']);

const CLOSERS = new Set([')', ']', '’', '”', '"', "'", '»']);
const OPENERS = new Set(['(', '[', '‘', '“', '"', "'", '«', '„']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v';
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** Does the text at `k` start like a sentence (capital, digit, or opener followed by one)? */
function startsSentence(text: string, k: number): boolean {
  let c = text[k];
  let j = k;
  while (c !== undefined && OPENERS.has(c)) c = text[++j];
  if (c === undefined) return false;
  if (UPPER.test(c) || DIGIT.test(c)) return true;
  // "… (…)" or "[…]" at the start of the next part is not a sentence start; a bullet or dash is.
  return c === '•' || c === '–' || c === '—';
}

/** The word just before position `dot` (from the previous whitespace or opening bracket). */
function wordBefore(text: string, dot: number, from: number): string {
  let i = dot;
  while (i > from && !isSpace(text[i - 1]) && !OPENERS.has(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function isAbbreviationStop(text: string, dot: number, from: number): boolean {
  const word = wordBefore(text, dot, from);
  if (word === '') return false;
  const lower = word.toLowerCase();
  if (NON_FINAL_ABBREVIATIONS.has(lower)) return true;
  if (FINAL_ABBREVIATIONS.has(lower)) return false;
  // A single initial: "A. Jansen" (but not a lower-case letter like "a.").
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted lower-case abbreviations not in the lists: "o.b.v", "t.z.t".
  if (/^(\p{Ll}{1,3}\.)+\p{Ll}{1,3}$/u.test(word)) return true;
  // A list number at the start of the text or a line: "1. Democratische rechtsorde", "2.".
  if (/^\d{1,2}$/.test(word)) {
    let i = dot - word.length;
    while (i > from && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    if (i === from || text[i - 1] === '\n') return true;
  }
  return false;
}

/**
 * Split `text` into sentences. Returns half-open spans without surrounding whitespace; `start` is added to every
 * offset (pass the position of `text` in its document to get document offsets).
 */
export function splitSentences(text: string, start = 0): Span[] {
  const spans: Span[] = [];
  if (typeof text !== 'string') return spans;
  const n = text.length;
  let from = 0; // start of the current sentence (may point at whitespace)

  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) spans.push({ start: a + start, end: b + start });
  };

  let i = 0;
  while (i < n) {
    const c = text[i]!;
    // A blank line ends a sentence whatever precedes it.
    if (c === '\n') {
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n') {
        push(from, i);
        while (j < n && isSpace(text[j])) j++;
        from = j;
        i = j;
        continue;
      }
      i++;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') {
      i++;
      continue;
    }
    // The terminator run ("." "..." "?!" "…") and the closers after it.
    let j = i;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    const runEnd = j;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    if (j < n && !isSpace(text[j])) {
      i = j > i ? j : i + 1;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text[k]) ) {
      if (text[k] === '\n') {
        let m = k + 1;
        while (m < n && (text[m] === ' ' || text[m] === '\t' || text[m] === '\r')) m++;
        if (text[m] === '\n') break; // the blank-line rule takes over
      }
      k++;
    }
    if (k >= n) {
      i = n;
      break;
    }
    if (text[k] === '\n') {
      // Blank line ahead: end here (handled by the blank-line rule next).
      push(from, j);
      from = j;
      i = k;
      continue;
    }
    const single = runEnd - i === 1 && c === '.';
    const boundary = startsSentence(text, k) && !(single && isAbbreviationStop(text, i, from)) && !LOWER.test(text[k]!);
    if (boundary) {
      push(from, j);
      from = k;
    }
    i = k;
  }
  push(from, n);
  return spans;
}

/** Convenience: the sentences as strings. */
export function sentenceTexts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}
