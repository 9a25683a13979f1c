/**
 * Character-level normalisation for matching. Offsets never come from here: the tokenizer keeps the original
 * spans and stores the folded form next to them, so folding may change the length of a word freely.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g;
const HYPHENS = /[\u2010\u2011\u00AD]/g;
const PLAIN = /^[a-z0-9'\-.]*$/;

/**
 * Fold a word for matching: lower case, diacritics removed (ë → e, é → e), compatibility ligatures split
 * (ĳ → ij, ﬁ → fi), typographic apostrophes → `'`, hyphen variants → `-`, soft hyphens dropped.
 * Dutch spells a diaeresis only to mark a syllable break (geïnspireerd, coördinatie); dropping it never merges
 * two different words, and drafts often type it without.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, (h) => (h === '\u00AD' ? '' : '-'));
}

/**
 * Typographic normalisation for quote comparison: keeps letters, case and diacritics (a changed diacritic is a
 * spelling difference, not typography) but unifies the ĳ ligature, apostrophe and hyphen variants and NFC.
 */
export function typographicForm(word: string): string {
  return word
    .normalize('NFC')
    .replace(/\u0133/g, 'ij')
    .replace(/\u0132/g, 'IJ')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, (h) => (h === '\u00AD' ? '' : '-'));
}

/** True when the word has at least two letters and no lower-case letter (NIS2, AIVD, OM). */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}
