/**
 * Promises a document states more than once (in the introduction and again in a chapter, or in two chapters):
 * found by a similarity rule (`duplicates` in the rule table), never by hand, and linked with `seeAlso`.
 *
 * Two commitments repeat a promise when one sentence of each is similar enough:
 * - each sentence becomes a set of features: its content words (Snowball key, stop words left out, numbers as
 *   written, aliases expanded: "EU" → "Europese Unie") and each pair of neighbouring content words;
 * - similarity = the idf weight of the features both share / the idf weight of the lighter sentence (so a short
 *   sentence repeated inside a longer one scores 1); idf over all commitments;
 * - it must share at least `minShared` content words and `rare` of them must be rare (in at most `rareAt`
 *   commitments; a number only counts when it has a % or a decimal comma: "95%", "7,5", not "30");
 * - `strong`: similarity ≥ its threshold with `rare` rare words; `weak`: a lower threshold, more rare words, and only
 *   between different sections (within a section a similar sentence is usually the next step, not a repeat).
 * Linked commitments form groups (a repeat of a repeat is the same promise); each lists the others in text order.
 */

import { foldWord } from '../../text/normalize';
import { sentenceTexts } from '../../text/sentences';
import { basicKey } from '../../text/stem';
import type { RepeatRules } from './rules';

export interface RepeatInput {
  id: string;
  text: string;
  /** Chapter and section: the `weak` rule only links commitments of different sections. */
  section: string;
}

export interface RepeatPair {
  a: string;
  b: string;
  similarity: number;
  rare: string[];
  rule: 'strong' | 'weak';
}

interface Features {
  words: Set<string>;
  all: Set<string>;
}

function features(sentence: string, rules: RepeatRules): Features {
  const words: string[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N},.%]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu)) {
    const w = foldWord(m[0].toLowerCase());
    const alias = rules.aliases.get(w);
    if (alias) {
      words.push(...alias.map((a) => basicKey(foldWord(a))));
      continue;
    }
    if (/^\d/.test(w)) {
      words.push(w);
      continue;
    }
    const k = basicKey(w);
    if (rules.stopwords.has(w) || rules.stopwords.has(k) || k.length < 3) continue;
    words.push(k);
  }
  const all = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) all.add(`${words[i]} ${words[i + 1]}`);
  return { words: new Set(words), all };
}

const isNumber = (w: string) => /^\d/.test(w);
const distinctiveNumber = (w: string) => /[%,]|\d\.\d/.test(w);

/** Document frequencies of the features, and the idf weight of a feature set. */
function weigher(sents: Features[][]): { weight: (s: Iterable<string>) => number; df: Map<string, number> } {
  const df = new Map<string, number>();
  for (const list of sents) {
    const seen = new Set<string>();
    for (const s of list) for (const f of s.all) seen.add(f);
    for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const n = sents.length;
  const idf = (f: string) => Math.log(n / (df.get(f) ?? 1));
  const weight = (s: Iterable<string>) => {
    let t = 0;
    for (const f of s) t += idf(f);
    return t;
  };
  return { weight, df };
}

/** The pairs of commitments that repeat a promise, by the rule above. */
export function repeatPairs(items: readonly RepeatInput[], rules: RepeatRules): RepeatPair[] {
  const sents = items.map((c) => sentenceTexts(c.text).map((s) => features(s, rules)));
  const { weight, df } = weigher(sents);
  const weights = sents.map((list) => list.map((s) => weight(s.all)));
  const isRare = (w: string) => (df.get(w) ?? 0) <= rules.rareAt && (!isNumber(w) || distinctiveNumber(w));

  const out: RepeatPair[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      let best: RepeatPair | undefined;
      sents[i]!.forEach((a, x) => {
        sents[j]!.forEach((b, y) => {
          const sharedWords = [...a.words].filter((w) => b.words.has(w));
          if (sharedWords.length < rules.minShared) return;
          const shared = [...a.all].filter((f) => b.all.has(f));
          const similarity = weight(shared) / Math.min(weights[i]![x]!, weights[j]![y]!);
          const rare = sharedWords.filter(isRare);
          let rule: RepeatPair['rule'] | undefined;
          if (similarity >= rules.strong.similarity && rare.length >= rules.strong.rare) rule = 'strong';
          else if (similarity >= rules.weak.similarity && rare.length >= rules.weak.rare && items[i]!.section !== items[j]!.section) rule = 'weak';
          if (rule && (!best || similarity > best.similarity)) best = { a: items[i]!.id, b: items[j]!.id, similarity, rare, rule };
        });
      });
      if (best) out.push(best);
    }
  }
  return out;
}

/** For each commitment in a group of repeats: the other members, in text order. */
export function seeAlsoGroups(items: readonly RepeatInput[], pairs: readonly RepeatPair[]): Map<string, string[]> {
  const parent = new Map<string, string>(items.map((c) => [c.id, c.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const p of pairs) {
    const ra = find(p.a);
    const rb = find(p.b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, string[]>();
  for (const c of items) {
    const r = find(c.id);
    groups.set(r, [...(groups.get(r) ?? []), c.id]);
  }
  const out = new Map<string, string[]>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    for (const m of members) out.set(m, members.filter((x) => x !== m));
  }
  return out;
}

/** Repeated promises: the linked pairs and, per commitment in a group, the others (`seeAlso`). */
export function findRepeats(items: readonly RepeatInput[], rules: RepeatRules): { pairs: RepeatPair[]; seeAlso: Map<string, string[]> } {
  const pairs = repeatPairs(items, rules);
  return { pairs, seeAlso: seeAlsoGroups(items, pairs) };
}

/** A commitment as a corpus writer holds it: enough to find repeats and to link them. */
export interface LinkableCommitment {
  id: string;
  text: string;
  chapter?: string;
  section?: string;
  seeAlso?: string[];
}

/**
 * Link repeated promises: `seeAlso` on every commitment in a group (repeats count only across sections). Returns the
 * `seeAlso` map, so a caller can report the groups.
 */
export function linkRepeats(commitments: LinkableCommitment[], rules: RepeatRules): Map<string, string[]> {
  const items = commitments.map((c) => ({ id: c.id, text: c.text, section: `${c.chapter ?? ''}|${c.section ?? ''}` }));
  const { seeAlso } = findRepeats(items, rules);
  for (const c of commitments) {
    const also = seeAlso.get(c.id);
    if (also) c.seeAlso = also;
  }
  return seeAlso;
}
