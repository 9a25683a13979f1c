/**
 * Synthetic commitments and draft sentences from real Dutch text, shared by the benchmarks: the 2021 agreement's
 * sentences (corpus/sources/ca2021/coalitieakkoord-2021.txt), cycled to any number of commitments, each with ~20 % of
 * its content words replaced by other words of the agreement (seeded PRNG), so documents are distinct but the
 * vocabulary and its distribution stay those of a real agreement; sentences are windows of the 2021 and quoted 2026
 * text in the frames of moties and Kamervragen.
 */
import { FUNCTION_WORDS } from '../src/core/retrieval/stopwords';
import type { CommitmentDoc } from '../src/core/retrieval/search';
import { tokenize } from '../src/core/text/tokenize';
import { passages2026, units2021 } from '../test/data/retrieval/load';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z“‘"])/u).filter((s) => s.split(/\s+/).length >= 6);
export const units = units2021();
export const sentences = units.flatMap((u) => sentencesOf(u.text).map((s) => ({ chapter: u.chapter, text: s })));
/** Content words of the agreement (five letters or more), what the substitutions draw from. */
export const contentWords = [...new Set(units.flatMap((u) => tokenize(u.text)).filter((t) => t.kind === 'word' && t.text.length >= 5 && !FUNCTION_WORDS.has(t.norm)).map((t) => t.text))];

function substitute(text: string, rand: () => number, rate: number): string {
  let out = '';
  let last = 0;
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' || t.text.length < 5 || FUNCTION_WORDS.has(t.norm) || rand() >= rate) continue;
    out += text.slice(last, t.start) + contentWords[Math.floor(rand() * contentWords.length)]!;
    last = t.end;
  }
  return out + text.slice(last);
}

/** `n` synthetic commitments (keys `syn:c<i>`; every fifth in corpus ca2026, the others ca2021). */
export function syntheticCommitments(n: number): CommitmentDoc[] {
  const rand = mulberry32(2021);
  const docs: CommitmentDoc[] = [];
  for (let i = 0; i < n; i++) {
    const s = sentences[i % sentences.length]!;
    const text = i < sentences.length ? s.text : substitute(s.text, rand, 0.2);
    docs.push({ key: `syn:c${i}`, corpusId: i % 5 === 0 ? 'ca2026' : 'ca2021', text, chapter: s.chapter });
  }
  return docs;
}

/** `count` draft sentences drawn with `seed`. */
export function draftSentences(seed: number, count: number): string[] {
  const rand = mulberry32(seed);
  const sources = [...sentences.map((s) => s.text), ...passages2026().map((p) => p.text.replace(/\s*[[(][^\])]*[\])]\s*/g, ' '))];
  const frames: ((s: string) => string)[] = [
    (s) => `constaterende dat ${s};`,
    (s) => `overwegende dat ${s};`,
    (s) => `verzoekt de regering ${s},`,
    (s) => `verzoekt de regering om in overleg met de Kamer ${s},`,
    (s) => `Welke maatregelen neemt u om ${s}?`,
    (s) => `Bent u bekend met het bericht dat ${s}?`,
    (s) => `Hoe verhoudt zich dit tot het voornemen dat ${s}?`,
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = sources[Math.floor(rand() * sources.length)]!.split(/\s+/);
    const len = 8 + Math.floor(rand() * 12);
    const from = Math.floor(rand() * Math.max(1, words.length - len));
    let window = words.slice(from, from + len).join(' ').replace(/[.;:,]+$/, '');
    window = window.charAt(0).toLowerCase() + window.slice(1);
    out.push(frames[i % frames.length]!(substitute(window, rand, 0.15)));
  }
  return out;
}

/** The median of `xs`; `p` for another percentile. */
export function percentile(xs: readonly number[], p = 0.5): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}
