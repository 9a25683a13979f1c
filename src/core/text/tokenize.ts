import type { Span } from '../types';
import { foldWord, isAllCaps } from './normalize';

/**
 * Word tokenizer for Dutch policy text with exact UTF-16 offsets: `text.slice(t.start, t.end) === t.text` for
 * every token. It keeps together what Dutch writes as one word (IT-projecten, security-by-design, risico's,
 * mkb’ers, NIS2, (AI-)infrastructuur), recognises the elliptic hyphen of coordinated compounds
 * ("cyber- en zedenrechercheurs", "AI-adoptie en -geletterdheid"), abbreviations with dots (o.a., d.w.z.) and numbers
 * in Dutch notation (15,4%, 122.000, €5). Punctuation is not a token; `breakBefore` says a clause mark
 * (. , ; : ! ? brackets, dashes, quotes at a clause edge) stands between a token and the one before it.
 */

export type TokenKind = 'word' | 'number' | 'abbreviation';

export interface Token extends Span {
  /** The exact source text of the token. */
  text: string;
  /** Folded form for matching (see `foldWord`); numbers in canonical form (122000, 15,4%). */
  norm: string;
  kind: TokenKind;
  /** Written in capitals (NIS2, AIVD, OM): such a word is an acronym even when its lower case is a function word. */
  caps: boolean;
  /**
   * Elliptic hyphen of a coordinated compound: `right` for "cyber-" in "cyber- en zedenrechercheurs" (the head comes
   * from a later word), `left` for "-geletterdheid" in "AI-adoptie en -geletterdheid" (the modifier comes from an
   * earlier word).
   */
  ellipsis?: 'left' | 'right';
  /** A clause boundary (punctuation other than a word-internal mark) lies between the previous token and this one. */
  breakBefore: boolean;
}

const W = '[\\p{L}\\p{M}\\p{N}\\u00AD]';
const JOIN = "[-\\u2010\\u2011'\\u2018\\u2019\\u02BC]";
// Groups 1 to 4: opt, abbr, num, word. Numbered, not named: a named group's `groups` object was made for every token.
const TOKEN_RE = new RegExp(
  [
    // (AI-)infrastructuur: an optional modifier written in brackets.
    `(\\(${W}+[-\\u2010\\u2011]\\)${W}+(?:${JOIN}${W}+)*)`,
    // o.a., d.w.z., m.e.r.: at least two dotted parts, not followed by a letter.
    `((?:\\p{L}{1,3}\\.){2,})(?!\\p{L})`,
    // €5, 122.000, 15,4%, 2030 (a number glued to letters, like NIS2's 2 or 2e, falls through to words).
    `(€?\\d+(?:[.,]\\d+)*%?)(?![\\p{L}\\d])`,
    // Words, with an optional elliptic hyphen at either end (validated below).
    `([-\\u2010\\u2011]?${W}+(?:${JOIN}${W}+)*[-\\u2010\\u2011]?)`,
  ].join('|'),
  'gu',
);

const HYPHEN = /^[-\u2010\u2011]$/;
/** After a right-elliptic hyphen comes a coordinator or a comma ("cyber-, zeden- en …"). */
const RIGHT_ELLIPSIS_CONTEXT = /^\s*(?:,|\/|(?:en|of|tot|en\/of|noch|dan wel)\s)/iu;
/** Before a left-elliptic hyphen stands a coordinator ("AI-adoptie en -geletterdheid"). */
const LEFT_ELLIPSIS_CONTEXT = /(?:^|[\s,])(?:en|of|tot|en\/of|noch)\s+$/iu;
const BREAK_CHARS = /[.,;:!?()[\]{}\u2013\u2014\u2026"\u201C\u201D\u00AB\u00BB/\n]/u;

/** Tokenize `text`. Never throws; returns tokens in document order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    let kind: TokenKind = 'word';
    let ellipsis: Token['ellipsis'];
    let norm: string;
    if (m[1] !== undefined) {
      norm = foldWord(m[0].replace(/[()]/g, ''));
    } else if (m[2] !== undefined) {
      kind = 'abbreviation';
      norm = foldWord(m[0].replace(/\./g, ''));
    } else if (m[3] !== undefined) {
      kind = 'number';
      norm = canonicalNumber(m[0]);
    } else {
      if (HYPHEN.test(text[start]!)) {
        if (start > 0 && !/\s/u.test(text[start - 1]!)) {
          start++;
        } else if (LEFT_ELLIPSIS_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) {
          ellipsis = 'left';
        } else {
          start++;
        }
      }
      if (end > start + 1 && HYPHEN.test(text[end - 1]!)) {
        if (ellipsis === undefined && RIGHT_ELLIPSIS_CONTEXT.test(text.slice(end, end + 12))) ellipsis = 'right';
        else end--;
      }
      if (end <= start) continue;
      norm = foldWord(text.slice(start, end));
      if (norm.length === 0) continue;
    }
    const surface = text.slice(start, end);
    // Most words stand one space after the one before: no clause mark between them, and nothing to slice and test.
    const spaceBefore = start - prevEnd === 1 && text.charCodeAt(prevEnd) === 0x20;
    tokens.push({
      start,
      end,
      text: surface,
      norm,
      kind,
      caps: kind !== 'number' && isAllCaps(surface),
      ...(ellipsis ? { ellipsis } : {}),
      breakBefore: tokens.length > 0 && !spaceBefore && BREAK_CHARS.test(text.slice(prevEnd, start)),
    });
    prevEnd = end;
  }
  return tokens;
}

/** 122.000 → 122000; 15,4% stays; €5 → 5. Dutch writes thousands with a dot and decimals with a comma. */
function canonicalNumber(raw: string): string {
  let s = raw.replace(/^€/, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?%?$/.test(s)) s = s.replace(/\./g, '');
  return s;
}
