/** The words of a unit as ids and the attach rules see them: tokens with offsets, content words, ASCII slugs. */

import type { IdRules } from './rules';

/** A word in plain ASCII for an id: diacritics dropped, apostrophes removed, anything else a hyphen. */
export function asciiSlug(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface Token {
  word: string;
  slug: string;
  at: number;
  acronym: boolean;
  nounContext?: boolean;
  proper?: boolean;
  /** Not from the lead sentence: from the rest of the unit (1), the heading (2) or the amount (3). */
  borrowed?: 1 | 2 | 3;
}

type WordRules = Pick<IdRules, 'idPhrases' | 'idStopwords' | 'idShortWords' | 'verbForms'>;

/** The words of a text with their offsets; fixed terms of the rules stay one word. */
export function tokens(text: string, rules?: WordRules): Token[] {
  const out: Token[] = [];
  // Fixed terms stay one word ("eigen risico" → "eigen-risico"); the replacement keeps every offset.
  let t = text;
  for (const p of rules?.idPhrases ?? []) t = t.replace(p.re, (m) => m.replace(/ /g, '-'));
  for (const m of t.matchAll(/[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    let w = m[0];
    let at = m.index;
    // "niet-vrijblijvende" → "vrijblijvende"
    const dash = w.indexOf('-');
    if (rules && dash > 0 && rules.idStopwords.has(w.slice(0, dash).toLowerCase()) && !rules.idPhrases.some((p) => p.words === w.toLowerCase())) {
      at += dash + 1;
      w = w.slice(dash + 1);
    }
    out.push({ word: w, slug: asciiSlug(w), at, acronym: /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) });
  }
  return out;
}

/** Is this word (lower case) subject matter, not a function word, verb form, number or generic word of the rules? */
export function isContentWord(lower: string, rules: WordRules): boolean {
  if (/^\d/.test(lower)) return false;
  if (lower.length < 4 && !rules.idShortWords.has(lower)) return false;
  return !rules.idStopwords.has(lower) && !rules.verbForms.has(lower);
}

/** The content words of a text, lower case, in order (with repeats). */
export function contentWords(text: string, rules: WordRules): string[] {
  return tokens(text, rules)
    .map((t) => t.word.toLowerCase())
    .filter((w) => isContentWord(w, rules));
}
