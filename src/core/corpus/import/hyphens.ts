/**
 * Words broken at a line end. A typesetter's break ("kabinets-" / "periode") is undone; a real hyphen that happens
 * to fall at the line end ("ICT-" / "projecten", "burger-" / "overheid") stays. The word is rejoined only where the
 * joined form occurs unbroken elsewhere in the document or the Dutch word list accepts it, and Dutch spelling rules
 * that require the hyphen (after an abbreviation or a digit, before a capital, between colliding vowels) win over
 * a compound the word list would build.
 */

import type { WordList } from '../../text/words';

/** The words of a document that were not broken at a line end, lower-cased, with how often each occurs. */
export type WordEvidence = ReadonlyMap<string, number>;

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;
/** "binnen- en buitenlands": the hyphen of a shortened compound before a conjunction keeps its space. */
const ELLIPSIS_NEXT = new Set(['en', 'of', 'als', 'noch', 'tot', 'dan', 'en/of', 't/m', 'c.q.', 'casu']);
const VOWEL_END = /(?:[aeiouyáéíóúàèëïöüâêîôû]|ij)$/i;
const VOWEL_START = /^[aeiouyáéíóúàèëïöüâêîôû]/i;

/**
 * Count the words of `lines` (the lines of a document as printed, in reading order). A word cut off by a hyphen at
 * the end of a line and the first word of the line after it are left out: they are what is to be decided.
 */
export function collectEvidence(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  let previousBroken = false;
  for (const line of lines) {
    const trimmed = line.trim();
    const words = [...trimmed.matchAll(WORD)];
    const broken = /[\p{L}\p{N}][-\u00ad]$/u.test(trimmed);
    words.forEach((m, i) => {
      if ((i === 0 && previousBroken) || (broken && i === words.length - 1)) return;
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    });
    previousBroken = broken;
  }
  return counts;
}

/** What happened at one line end: a typesetter's break joined, a real hyphen kept, or no break at all. */
export type LineJoin = 'joined' | 'kept' | 'plain';

/**
 * `left` (the text so far, ending with a line) and `right` (the next line) as one text, and what was done at the
 * line end. Never throws.
 */
export function joinLines(left: string, right: string, evidence: WordEvidence, words: WordList): { text: string; join: LineJoin } {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (l.endsWith('\u00ad')) return { text: l.slice(0, -1) + r, join: 'joined' };
  const m = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-$/u.exec(l);
  if (!m || r === '') return { text: r === '' ? l : `${l} ${r}`, join: 'plain' };
  const head = m[1]!;
  const next = /^\S+/.exec(r)![0];
  const word = next.replace(/[^\p{L}\p{N}]+$/u, '');
  if (ELLIPSIS_NEXT.has(next.toLowerCase()) || ELLIPSIS_NEXT.has(word.toLowerCase())) return { text: `${l} ${r}`, join: 'plain' };
  const keep = { text: l + r, join: 'kept' as const };
  const join = { text: l.slice(0, -1) + r, join: 'joined' as const };
  return rejoins(head, word, evidence, words) ? join : keep;
}

/** True when `head-` + `tail` is one word broken by the typesetter rather than a word with a hyphen. */
export function rejoins(head: string, tail: string, evidence: WordEvidence, words: WordList): boolean {
  if (tail === '' || !/^\p{Ll}/u.test(tail)) return false; // "Noord-Holland", "2021-2025", a bracket
  const last = head.slice(head.lastIndexOf('-') + 1);
  if (/\p{N}/u.test(last) || /^.+\p{Lu}/u.test(last)) return false; // "ICT-", "CO2-", "3D-"
  if (!/[aeiouyáéíóúàèëïöüâêîôû]/iu.test(last)) return false; // a lower-case abbreviation: "mkb-", "zzp-", "btw-"
  const joined = (head + tail).toLowerCase();
  const hyphenated = `${head}-${tail}`.toLowerCase();
  const seenJoined = evidence.get(joined) ?? 0;
  const seenHyphenated = evidence.get(hyphenated) ?? 0;
  if (seenJoined > 0 || seenHyphenated > 0) return seenJoined >= seenHyphenated;
  if (words.listed(hyphenated)) return false;
  if (words.listed(joined)) return true;
  if (VOWEL_END.test(head) && VOWEL_START.test(tail)) return false; // klinkerbotsing: "zee-egel", "regie-organisatie"
  return words.accepts(joined);
}
