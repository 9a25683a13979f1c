import { insidePair } from './positions';

/*
 * Runs of letters and digits (`/[\p{L}\p{N}]+/gu`) found by character code: the vague-term matcher looks up every word
 * of every part, and a pattern's `exec` made a match array and a copy of each word to look it up.
 * `test/unit/text/letterRuns.property.test.ts` holds these to the pattern, from any start.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per code unit of the Basic Multilingual Plane: 0 not asked yet, 1 a letter or digit, 2 not. */
const known = new Uint8Array(0x10000);

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let k = known[cp]!;
  if (k === 0) known[cp] = k = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

/**
 * Where the next run begins at or after `from` (-1 when none): where `exec` of the pattern with `lastIndex` at `from`
 * finds one. A start between the halves of a surrogate pair reads the pair whole, as V8 does for a `u` pattern.
 */
export function letterRunStart(text: string, from: number): number {
  let i = insidePair(text, from) ? from - 1 : from;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (isLetterOrDigit(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Where the run that begins at `start` ends. */
export function letterRunEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isLetterOrDigit(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
