/**
 * Character-level normalisation for matching: the one folding function of the code base. Offsets never come from
 * here: the tokenizer keeps the original spans and stores the folded form next to them, so folding may change the
 * length of a word freely.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g;
const HYPHENS = /[\u2010\u2011\u00AD]/g;
const PLAIN = /^[a-z0-9'\-.]*$/;

/**
 * How much of a word's writing a comparison ignores.
 * - `spelling` (matching, lookup, the index): case, diacritics and typography; what every matching key starts from.
 * - `typography` (quote checks): only typography; a changed diacritic or case is a difference the quote check
 *   reports, while a curly apostrophe, a hyphen variant or the ĳ ligature is not.
 */
export type FoldLevel = 'spelling' | 'typography';

/**
 * Fold a word (or any text) for comparison. Both levels unify typographic apostrophes to `'`, hyphen variants to
 * `-`, drop soft hyphens and split the ĳ ligature. `spelling` (the default) also lowers the case, removes diacritics
 * (ë → e, é → e) and splits every compatibility ligature (ﬁ → fi): Dutch spells a diaeresis only to mark a syllable
 * break (geïnspireerd, coördinatie), so dropping it never merges two different words, and drafts often type it
 * without. `typography` keeps case and diacritics and composes to NFC.
 */
export function foldWord(word: string, level: FoldLevel = 'spelling'): string {
  if (level === 'typography') return unifyMarks(word.normalize('NFC').replace(/\u0133/g, 'ij').replace(/\u0132/g, 'IJ'));
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return unifyMarks(lower.normalize('NFKD').replace(/\p{M}/gu, ''));
}

function unifyMarks(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(HYPHENS, (h) => (h === '\u00AD' ? '' : '-'));
}

/** The runs of letters and digits of a folded text (`IT-specialisten` → it, specialisten): what prefix lookup compares. */
export function foldedWords(text: string): string[] {
  return foldWord(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
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

/** Without the marks and white space at its end ("Grinwis," → "Grinwis"): a loop, so a long run of marks costs its length once. */
export function trimEndMarks(s: string): string {
  let end = s.length;
  while (end > 0 && ' \t\r\n,.;:'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
