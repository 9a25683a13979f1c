import { citationEngine } from '../citation/engine';
import { rankForQuery, type RankedCommitment } from '../citation/lookup';
import type { CorpusSet } from '../corpus/registry';
import { emptyLexicon, type Lexicon } from '../retrieval/synonyms';

/**
 * Commitments of a corpus set matching typed words, best first: words as typed first (every word a prefix of the key,
 * tags or text), then what the Dutch-aware index finds for other inflections, compounds and synonyms
 * ("afhankelijkheden afbouwen" → "bouwen … af"). Needs no draft service, so a search of the corpus alone (the CLI's
 * `corpus search`) builds only the index (once per corpus version).
 */
export function searchCorpus(corpus: CorpusSet, query: string, options: { synonyms?: Lexicon; limit?: number } = {}): RankedCommitment[] {
  const limit = options.limit ?? 50;
  if (corpus.commitments.length === 0) return [];
  const engine = citationEngine(corpus, options.synonyms ?? emptyLexicon);
  const typed = rankForQuery(engine.lookup, query, limit);
  if (typed.length >= limit || query.trim() === '') return typed;
  const seen = new Set(typed.map((r) => r.commitment.key));
  const more = engine.index
    .search(query, { limit, minMatchedTerms: 1 })
    .filter((h) => !seen.has(h.key))
    .flatMap((h) => {
      const c = corpus.get(h.key);
      return c ? [{ commitment: c, score: 0 }] : [];
    });
  return [...typed, ...more].slice(0, limit);
}
