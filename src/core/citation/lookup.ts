import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import { splitCitationKey } from '../corpus/citationKey';
import { FUNCTION_WORDS } from '../retrieval/stopwords';
import { distance } from '../text/distance';
import { foldedWords } from '../text/normalize';
import type { Token } from '../text/tokenize';

export interface RankedCommitment {
  commitment: Commitment;
  score: number;
}

interface LookupEntry {
  commitment: Commitment;
  keyWords: string[];
  tagWords: string[];
  textWords: string[];
}

/**
 * The words of every commitment as a user types them while picking one: the folded spelling of the tokens the
 * corpus version's analyzer made its vocabulary from (not their matching keys: a typed prefix is a prefix of what
 * is written, "beveil" of "beveiliging", not of a stem). Built once per corpus version, with the citation engine.
 */
export interface WordLookup {
  readonly corpus: CorpusSet;
  readonly entries: readonly LookupEntry[];
}

/** The lookup of a corpus version; `tokensOf` gives the tokens of a corpus text (those of the engine's analysis). */
export function createWordLookup(corpus: CorpusSet, tokensOf: (text: string) => readonly Token[]): WordLookup {
  const wordsOf = (text: string) => tokensOf(text).flatMap((t) => foldedWords(t.text));
  const entries = corpus.commitments.map((c) => ({
    commitment: c,
    keyWords: foldedWords(c.key),
    tagWords: c.tags.flatMap(wordsOf),
    textWords: [c.text, ...c.fragments, c.chapter ?? '', c.theme ?? ''].flatMap(wordsOf),
  }));
  return { corpus, entries };
}

/**
 * Rank commitments for what a user types while picking one (completion after `[@`, the search quick pick): each
 * typed word must prefix-match a word of the key, the tags, the chapter or the text; key and tag hits weigh most.
 * The preferred agreement's commitments (the draft's, else those of agreements not replaced) come first, then the rest;
 * within each a key typed from its start ranks first. Function
 * words are left out unless they are all that was typed. Without a lookup (no commitments loaded) nothing ranks.
 */
export function rankForQuery(lookup: WordLookup | undefined, query: string, limit = 50, preferCorpus?: string): RankedCommitment[] {
  if (!lookup) return [];
  const all = foldedWords(query);
  const typedWords = all.filter((w) => !FUNCTION_WORDS.has(w) || all.length === 1);
  const typedKey = query.trim().toLowerCase();
  const out: (RankedCommitment & { preferred: boolean })[] = [];
  for (const entry of lookup.entries) {
    const score = typedWordScore(entry, typedWords);
    if (score === undefined) continue;
    const c = entry.commitment;
    const keyBonus = typedKey !== '' && c.key.startsWith(typedKey) ? 5 : 0;
    const preferred = preferCorpus ? c.corpusId === preferCorpus : !lookup.corpus.isReplaced(c.corpusId);
    out.push({ commitment: c, score: score + keyBonus, preferred });
  }
  // The agreement that counts first: a staffer of 2026 searching "wachtlijsten zorg" found the 2026 agreement's one
  // commitment 35th, below the replaced 2021 agreement's (a new user's trial).
  out.sort((a, b) => Number(b.preferred) - Number(a.preferred) || b.score - a.score || a.commitment.key.localeCompare(b.commitment.key));
  return out.slice(0, limit).map(({ commitment, score }) => ({ commitment, score }));
}

/** Key hits 3, tag hits 2, text hits 1 per typed word; undefined when a typed word is found nowhere. */
function typedWordScore(entry: LookupEntry, typedWords: readonly string[]): number | undefined {
  let score = 0;
  for (const w of typedWords) {
    const inKey = entry.keyWords.some((k) => k.startsWith(w));
    const inTag = entry.tagWords.some((k) => k.startsWith(w));
    const inText = entry.textWords.some((k) => k.startsWith(w) || (w.length >= 5 && k.includes(w)));
    if (!inKey && !inTag && !inText) return undefined;
    score += (inKey ? 3 : 0) + (inTag ? 2 : 0) + (inText ? 1 : 0);
  }
  return score;
}

/** Keys close to an unknown one: edit distance on the id, or shared words. Best first. */
export function didYouMean(lookup: WordLookup | undefined, key: string, limit = 3): Commitment[] {
  if (!lookup) return [];
  const { corpusId = '', id } = splitCitationKey(key);
  const idWords = new Set(foldedWords(id));
  return lookup.entries
    .map(({ commitment: c, keyWords }) => {
      const d = distance(id, c.id, 6);
      const shared = keyWords.filter((w) => idWords.has(w)).length;
      // Shared words count when they are every word written (a key recalled short: "krijgsmacht" for
      // "krijgsmacht-122000-mensen", a reviewer) or at least half of each key's: one word in common
      // ("woningbouw-versnellen", "procedures-digitale-infrastructuur-versnellen") offered another promise (a staffer's trial).
      const alike = shared > 0 && (shared === idWords.size || shared * 2 >= Math.max(idWords.size, keyWords.length)) ? shared * 2 : 0;
      return { c, score: (d <= 3 ? 10 - d * 2 : 0) + alike + (c.corpusId === corpusId ? 1 : 0) };
    })
    .filter((s) => s.score >= 3)
    .sort((a, b) => b.score - a.score || a.c.key.localeCompare(b.c.key))
    .slice(0, limit)
    .map((s) => s.c);
}

/**
 * `didYouMean` once per key and corpus version (the engine's memo): the look-alikes compare the key with every
 * commitment's id, and a draft with hundreds of unknown keys took over half a second per keystroke.
 */
export function lookAlikes(engine: { memo<T>(key: string, compute: () => T): T; readonly lookup: WordLookup }, key: string): Commitment[] {
  return engine.memo(`didYouMean\u0000${key}`, () => didYouMean(engine.lookup, key));
}
