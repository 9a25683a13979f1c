import { alignQuote, type QuoteAlignment, type QuoteOptions, type QuotePassage } from './alignment';
import { analyseTexts } from './analysedTexts';
import { createTermDictionary } from './postings';
import { createCommitmentIndex, type CommitmentDoc, type CommitmentIndex } from './search';
import type { Lexicon } from './synonyms';

export interface QuoteMatcher {
  /** The passages worth aligning with, best first (an index lookup; cheap). */
  candidates(quote: string, limit?: number): QuotePassage[];
  /**
   * Prefilter, then align with the candidates and their group neighbours. `where` limits the passages considered
   * (e.g. to one agreement), so a quotation is judged against the document it is attributed to first.
   */
  check(quote: string, options?: QuoteOptions, where?: (p: QuotePassage) => boolean): QuoteAlignment;
}

/** How many passages the prefilter hands to the word-by-word alignment. */
export const CANDIDATE_LIMIT = 6;

/** The passages as documents of an index: a passage's key is its position, so a hit leads straight back to it. */
export function passageDocuments(passages: readonly QuotePassage[]): CommitmentDoc[] {
  return passages.map((p, i) => ({ key: String(i), corpusId: 'passages', text: p.text }));
}

/**
 * A matcher over passages with an analyzer and index of their own (tests, benchmarks). A corpus version builds its
 * matcher with `quoteMatcherOver` on the passage index made by the same analyzer as its commitment index.
 */
export function createQuoteMatcher(passages: readonly QuotePassage[], lexicon?: Lexicon, candidateLimit = CANDIDATE_LIMIT): QuoteMatcher {
  const documents = passageDocuments(passages);
  const texts = analyseTexts(documents.map((d) => d.text), lexicon);
  const index = createCommitmentIndex(documents, texts, createTermDictionary());
  texts.release();
  return quoteMatcherOver(passages, index, candidateLimit);
}

/**
 * A matcher over a fixed set of passages (all commitment texts and fragments of a corpus version) and their index
 * (built from `passageDocuments(passages)`). The prefilter is the BM25 index with the analyzer of retrieval, so a
 * misquote with a changed inflection or synonym still finds its passage; only the top candidates are aligned word by
 * word.
 */
export function quoteMatcherOver(passages: readonly QuotePassage[], index: CommitmentIndex, candidateLimit = CANDIDATE_LIMIT): QuoteMatcher {
  const candidates = (quote: string, limit = candidateLimit) =>
    index.search(quote, { limit, minMatchedTerms: 1 }).map((h) => passages[Number(h.key)]!);
  return {
    candidates,
    check(quote, options, where) {
      const found = index.search(quote, { limit: where ? candidateLimit * 8 : candidateLimit, minMatchedTerms: 1 });
      const hits = (where ? found.filter((h) => where(passages[Number(h.key)]!)) : found).slice(0, candidateLimit);
      const chosen = new Set<number>();
      for (const h of hits) {
        const i = Number(h.key);
        chosen.add(i);
        const group = passages[i]!.group;
        if (group === undefined) continue;
        if (i > 0 && passages[i - 1]!.group === group) chosen.add(i - 1);
        if (i + 1 < passages.length && passages[i + 1]!.group === group) chosen.add(i + 1);
      }
      const order = [...chosen].sort((a, b) => a - b);
      return alignQuote(quote, order.map((i) => passages[i]!), options);
    },
  };
}
