/**
 * A compact Dutch word list: for the spelling rule (is this a Dutch word, or one keystroke from one?) and for the PDF
 * importer (is a word broken at a line end one word, "kabinets- periode", or a word with a real hyphen, "ICT-
 * projecten"?). The list is derived at build time from OpenTaal's Hunspell dictionary (`tools/nl-words.ts`): its word
 * forms, each marked with whether the dictionary lets it begin or end a compound, so compounds the dictionary accepts
 * but does not list ("stikstof" + "crisis") are words too; English forms are marked apart.
 *
 * Format, one entry a line after `#` header lines, sorted: a character for how many leading characters the entry
 * shares with the one before (code − 48), a character for its marks (code − 48: 1 may begin a compound, 2 may end
 * one, 4 is a word on its own, 8 is an English form), then the rest of the word. Every `RESTART`th entry shares
 * nothing, so a reader can look a word up from the nearest such entry without decoding the list: the list is read in a
 * few milliseconds and kept as its text (a `Map` of its 450,000 forms would take some 300 ms and 100 MB).
 */

import { TextMemo } from './textMemo';

const BEGINS = 1;
const ENDS = 2;
const ALONE = 4;
/** An English word form (the spelling rule leaves it alone); no Dutch question reads it. */
const FOREIGN = 8;
/** Compound parts shorter than this are not tried (they would make almost anything a compound). */
const MIN_PART = 3;
const MAX_PARTS = 4;
/** Characters of words whose lookups are remembered per list (see `wordListOver`): some 200,000 words. */
const MEMO_CHARS = 2_000_000;

/** Membership questions about Dutch words; every argument is compared in lower case. */
export interface WordList {
  /** The word itself is in the list (as a word on its own). */
  listed(word: string): boolean;
  /** Listed, or a compound of listed parts the dictionary allows (a beginning, middles and an end). */
  accepts(word: string): boolean;
  /** An English word form ("hiring", "tech"): not Dutch, but no slip either. */
  foreign(word: string): boolean;
  /** The word may begin a compound ("isolatie", "waarschuwings"). */
  compoundHead(word: string): boolean;
  /** The word may end a compound, alone or as a compound of its own ("programma", "stikstofcrisis"). */
  compoundTail(word: string): boolean;
  /** The word itself may end a compound ("programma"; one lookup, no compound search). */
  compoundEnd(word: string): boolean;
  readonly size: number;
}

/** A list that knows no words: hyphenation is then rejoined only where the document itself shows the word. */
export const emptyWordList: WordList = { listed: () => false, accepts: () => false, foreign: () => false, compoundHead: () => false, compoundTail: () => false, compoundEnd: () => false, size: 0 };

/** How often the encoder starts an entry afresh (shares nothing with the one before): the reader's block length. */
const RESTART = 32;
const ZERO = 48;
const HASH = 35;

/**
 * Read the compact list (see the module comment) without decoding it: the entries that share nothing with the one
 * before are the anchors of a binary search, and a lookup decodes the entries from the nearest anchor on. Lines that
 * do not fit the format are skipped; never throws. A list whose restart entries are out of order (not written by
 * `encodeWordList`) is read into a map instead; the order within a block is not checked here (the shipped list is, in
 * test/tools/nl-words.test.ts).
 */
export function parseWordList(input: string): WordList {
  // A list saved with Windows line ends reads the same.
  const text = input.includes('\r') ? input.replace(/\r/g, '') : input;
  const anchorAt: number[] = [];
  const anchorWord: string[] = [];
  let size = 0;
  let sorted = true;
  for (let at = 0; at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const end = eol < 0 ? text.length : eol;
    if (end - at >= 2 && text.charCodeAt(at) !== HASH) {
      size++;
      if (text.charCodeAt(at) === ZERO) {
        const word = text.slice(at + 2, end);
        if (anchorWord.length > 0 && word <= anchorWord[anchorWord.length - 1]!) sorted = false;
        anchorAt.push(at);
        anchorWord.push(word);
      }
    }
    at = end + 1;
  }
  if (!sorted) return wordListOf(decodeAll(text));
  const marksOf = (word: string): number => {
    if (anchorWord.length === 0 || word < anchorWord[0]!) return 0;
    // The last anchor at or before `word`, then the entries from it to the next anchor.
    let lo = 0;
    let hi = anchorWord.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (anchorWord[mid]! <= word) lo = mid;
      else hi = mid - 1;
    }
    const stop = lo + 1 < anchorAt.length ? anchorAt[lo + 1]! : text.length;
    let marks = 0;
    let previous = '';
    for (let at = anchorAt[lo]!; at < stop; ) {
      const start = at;
      const eol = text.indexOf('\n', at);
      const end = eol < 0 || eol > stop ? stop : eol;
      at = end + 1;
      const shared = text.charCodeAt(start) - ZERO;
      const mark = text.charCodeAt(start + 1) - ZERO;
      if (end - start < 2 || shared < 0 || shared > previous.length || mark < 0 || mark > 15) continue;
      const entry = previous.slice(0, shared) + text.slice(start + 2, end);
      previous = entry;
      if (entry === word) marks |= mark;
      else if (entry > word) break;
    }
    return marks;
  };
  return wordListOver(marksOf, size);
}

/** Every entry of a compact list, read line by line (a list the encoder did not write in order). */
function decodeAll(text: string): Map<string, number> {
  const marks = new Map<string, number>();
  let previous = '';
  for (const line of text.split('\n')) {
    if (line.length < 2 || line.startsWith('#')) continue;
    const shared = line.charCodeAt(0) - 48;
    const mark = line.charCodeAt(1) - 48;
    if (shared < 0 || shared > previous.length || mark < 0 || mark > 15) continue;
    const word = previous.slice(0, shared) + line.slice(2);
    marks.set(word, (marks.get(word) ?? 0) | mark);
    previous = word;
  }
  return marks;
}

/** A word list over `marks` (word → BEGINS | ENDS | ALONE bits); exported for tests that build a small list. */
export function wordListOf(marks: ReadonlyMap<string, number>): WordList {
  return wordListOver((w) => marks.get(w) ?? 0, marks.size);
}

/** A word list over a lookup of a lower-case word's marks (0 for a word not in the list). */
function wordListOver(lookup: (word: string) => number, size: number): WordList {
  // The compound search asks for the same parts again and again (every candidate of a misspelt word shares most of
  // them): each answer is remembered, up to `MEMO_CHARS` characters of words.
  const memo = new TextMemo<number>(MEMO_CHARS);
  const marksOf = (w: string): number => memo.get(w) ?? memo.set(w, lookup(w));
  const has = (w: string, bit: number) => (marksOf(w) & bit) !== 0;
  /** `w` can close a compound: an end part, or a middle part followed by more parts. */
  const closes = (w: string, parts: number): boolean => {
    if (has(w, ENDS)) return true;
    if (parts >= MAX_PARTS) return false;
    for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
      if (has(w.slice(0, i), BEGINS) && closes(w.slice(i), parts + 1)) return true;
    }
    return false;
  };
  return {
    size,
    listed: (word) => has(word.toLowerCase(), ALONE),
    foreign: (word) => has(word.toLowerCase(), FOREIGN),
    compoundHead: (word) => has(word.toLowerCase(), BEGINS),
    compoundTail: (word) => closes(word.toLowerCase(), 2),
    compoundEnd: (word) => has(word.toLowerCase(), ENDS),
    accepts: (word) => {
      const w = word.toLowerCase();
      if (has(w, ALONE)) return true;
      for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
        if (has(w.slice(0, i), BEGINS) && closes(w.slice(i), 2)) return true;
      }
      return false;
    },
  };
}

/** The compact form of `entries` (word → marks), as `parseWordList` reads it; the build tool writes this. */
export function encodeWordList(entries: ReadonlyMap<string, number>, header: readonly string[] = []): string {
  const words = [...entries.keys()].sort();
  const out = header.map((h) => `# ${h}`);
  let previous = '';
  for (const [i, w] of words.entries()) {
    let shared = 0;
    const max = i % RESTART === 0 ? 0 : Math.min(previous.length, w.length, 70);
    while (shared < max && previous[shared] === w[shared]) shared++;
    out.push(String.fromCharCode(48 + shared) + String.fromCharCode(48 + entries.get(w)!) + w.slice(shared));
    previous = w;
  }
  return out.join('\n') + '\n';
}

export const WORD_MARKS = { BEGINS, ENDS, ALONE, FOREIGN } as const;
