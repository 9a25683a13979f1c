import { diffWords } from 'diff';

/*
 * The generic half of comparing two versions (`compare.ts`): parts paired by their words (identical first, then the
 * most similar above `SAME_PART`), which pairs kept their order, and the word diff within a changed part.
 */

/** One piece of a word diff: unchanged, added or removed words (with the spaces between them). */
export interface WordChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** A text's words, lower case. */
export const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Dice overlap of two texts' words (as multisets): 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length + right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) (shared++, counts.set(w, n - 1));
  }
  return (2 * shared) / (left.length + right.length);
}

/** Below this share of words in common two parts are different parts, one removed and one added. */
export const SAME_PART = 0.5;

/**
 * Pairs of (before index, after index): those given (`seed`), then identical texts, then the most similar, a lone part
 * with a lone part.
 */
export function align(before: readonly string[], after: readonly string[], seed: ReadonlyMap<number, number> = new Map()): Map<number, number> {
  const pairs = new Map(seed);
  const used = new Set(seed.values());
  after.forEach((text, j) => {
    if (used.has(j)) return;
    const i = before.findIndex((t, k) => t === text && !pairs.has(k));
    if (i >= 0) (pairs.set(i, j), used.add(j));
  });
  if (before.length === 1 && after.length === 1 && pairs.size === 0) return new Map([[0, 0]]);
  const candidates: { i: number; j: number; score: number }[] = [];
  before.forEach((a, i) => {
    if (pairs.has(i)) return;
    after.forEach((b, j) => {
      if (used.has(j)) return;
      const score = similarity(a, b);
      if (score >= SAME_PART) candidates.push({ i, j, score });
    });
  });
  // Best first; on a tie the nearer place wins, so two similar overwegingen keep their order.
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.i - x.j) - Math.abs(y.i - y.j));
  for (const c of candidates) if (!pairs.has(c.i) && !used.has(c.j)) (pairs.set(c.i, c.j), used.add(c.j));
  return pairs;
}

/** The after-indices of pairs that keep their relative order (a longest increasing run); the others moved. */
export function inOrder(pairs: Map<number, number>): Set<number> {
  const seq = [...pairs.entries()].sort((a, b) => a[0] - b[0]).map(([, j]) => j);
  const best: number[][] = [];
  for (let k = 0; k < seq.length; k++) {
    let longest: number[] = [];
    for (let m = 0; m < k; m++) if (seq[m]! < seq[k]! && best[m]!.length > longest.length) longest = best[m]!;
    best.push([...longest, seq[k]!]);
  }
  return new Set(best.reduce((a, b) => (b.length > a.length ? b : a), []));
}

/** A mark between words that jsdiff keeps as unchanged where the words on both sides of it changed ("100.000" → "nr. 34"). */
const GLUE = /^[^\p{L}\p{N}\s]+$/u;

/**
 * The word diff, a mark kept between changed words given with them: a rewritten title read "[-over 100-]{+… onder
 * nr+}.[-000 woningen per jaar-]{+ 34+}" (a staffer's trial), now "[-over 100.000 woningen per jaar-]{+… nr. 34+}".
 */
export function wordChanges(before: string, after: string): WordChange[] {
  const diff = diffWords(before, after);
  const changed = (k: number) => diff[k] !== undefined && (diff[k]!.added || diff[k]!.removed);
  const out: WordChange[] = [];
  for (let k = 0; k < diff.length; k++) {
    if (!changed(k)) {
      out.push({ value: diff[k]!.value });
      continue;
    }
    let end = k;
    while (changed(end + 1) || (GLUE.test(diff[end + 1]?.value ?? '') && changed(end + 2))) end++;
    const run = diff.slice(k, end + 1);
    k = end;
    const mark = (c: { added?: boolean }) => (c.added ? { added: true } : { removed: true });
    // Changed words only: as jsdiff gives them.
    if (run.every((c) => c.added || c.removed)) {
      out.push(...run.map((c) => ({ value: c.value, ...mark(c) })));
      continue;
    }
    const side = (keep: 'added' | 'removed') => run.filter((c) => c[keep] || (!c.added && !c.removed)).map((c) => c.value).join('');
    if (run.some((c) => c.removed)) out.push({ value: side('removed'), removed: true });
    if (run.some((c) => c.added)) out.push({ value: side('added'), added: true });
  }
  return out;
}

