import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import { splitCitationKey } from '../corpus/citationKey';
import { distance } from '../text/distance';
import { foldWord } from '../text/normalize';

export interface RankedCommitment {
  commitment: Commitment;
  score: number;
}

/** Folded words (lower case, no diacritics, ĳ → ij) of a text, for prefix lookup. */
function words(s: string): string[] {
  return foldWord(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

interface Entry {
  commitment: Commitment;
  keyWords: string[];
  tagWords: string[];
  textWords: string[];
}

/** The words of every commitment, folded once per corpus version (not per typed character). */
const entriesOf = (() => {
  const memo = new WeakMap<CorpusSet, Entry[]>();
  return (set: CorpusSet): Entry[] => {
    let entries = memo.get(set);
    if (!entries) {
      entries = set.commitments.map((c) => ({
        commitment: c,
        keyWords: words(c.key),
        tagWords: c.tags.flatMap(words),
        textWords: words(`${c.text} ${c.fragments.join(' ')} ${c.chapter ?? ''} ${c.theme ?? ''}`),
      }));
      memo.set(set, entries);
    }
    return entries;
  };
})();

const STOP = new Set(['de', 'het', 'een', 'en', 'van', 'in', 'op', 'we', 'wij', 'te', 'voor', 'met', 'dat', 'die', 'om', 'aan', 'door', 'is', 'zijn', 'ook']);

/**
 * Rank commitments for what a user types while picking one (completion after `[@`, the search quick pick): each
 * typed word must prefix-match a word of the key, the tags, the chapter or the text; key and tag hits weigh most.
 * A key typed from its start ranks first; commitments of the preferred (or in-force) agreement win ties.
 */
export function rankForQuery(set: CorpusSet, query: string, limit = 50, preferCorpus?: string): RankedCommitment[] {
  const all = words(query);
  const q = all.filter((w) => !STOP.has(w) || all.length === 1);
  const typedKey = query.trim().toLowerCase();
  const out: RankedCommitment[] = [];
  for (const e of entriesOf(set)) {
    let score = 0;
    let every = true;
    for (const w of q) {
      const inKey = e.keyWords.some((k) => k.startsWith(w));
      const inTag = e.tagWords.some((k) => k.startsWith(w));
      const inText = e.textWords.some((k) => k.startsWith(w) || (w.length >= 5 && k.includes(w)));
      if (!inKey && !inTag && !inText) {
        every = false;
        break;
      }
      score += (inKey ? 3 : 0) + (inTag ? 2 : 0) + (inText ? 1 : 0);
    }
    if (!every) continue;
    const c = e.commitment;
    if (typedKey !== '' && c.key.startsWith(typedKey)) score += 5;
    if (preferCorpus ? c.corpusId === preferCorpus : !set.isReplaced(c.corpusId)) score += 0.5;
    out.push({ commitment: c, score });
  }
  out.sort((a, b) => b.score - a.score || a.commitment.key.localeCompare(b.commitment.key));
  return out.slice(0, limit);
}

/** Keys close to an unknown one: edit distance on the id, or shared words. Best first. */
export function didYouMean(set: CorpusSet, key: string, limit = 3): Commitment[] {
  const { corpusId: corpusPart = '', id: idPart } = splitCitationKey(key);
  const keyWords = new Set(words(idPart));
  return entriesOf(set)
    .map(({ commitment: c, keyWords: kw }) => {
      const d = distance(idPart, c.id, 6);
      const shared = kw.filter((w) => keyWords.has(w)).length;
      return { c, score: (d <= 3 ? 10 - d * 2 : 0) + shared * 2 + (c.corpusId === corpusPart ? 1 : 0) };
    })
    .filter((s) => s.score >= 3)
    .sort((a, b) => b.score - a.score || a.c.key.localeCompare(b.c.key))
    .slice(0, limit)
    .map((s) => s.c);
}
