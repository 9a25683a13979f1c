import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import { emptyLexicon, type Lexicon } from '../retrieval/synonyms';
import { createQuoteMatcher, type QuoteMatcher, type QuotePassage } from '../retrieval/alignment';
import { buildIndex, type CommitmentIndex, type SearchHit } from '../retrieval/search';

/** What a quote-matcher passage id stands for. */
export interface PassageOrigin {
  corpusId: string;
  /** The commitment it belongs to (absent for context sentences, titles and bare fragments). */
  key?: string;
  text: string;
}

/**
 * The corpus made searchable: a BM25F index of the commitments and a quote matcher over every known wording
 * (commitment texts, their fragments, passages). Built once per corpus version and lexicon, never per keystroke.
 * Ranking results per sentence text are memoised, so an edit re-scores only the sentences it changed.
 */
export interface CitationEngine {
  readonly corpus: CorpusSet;
  readonly index: CommitmentIndex;
  readonly quotes: QuoteMatcher;
  origin(passageId: string): PassageOrigin | undefined;
  /** Ranked commitments for a sentence (memoised per text and preference). */
  rank(text: string, preference: readonly string[]): SearchHit[];
  /** Memoise a computation per corpus version (quote checks: the same quotation is re-checked on every keystroke). */
  memo<T>(key: string, compute: () => T): T;
  /** Ranked commitments plus how many distinct content words the sentence has (for coverage). */
  rankWithCoverage(text: string, preference: readonly string[]): { hits: SearchHit[]; contentWords: number };
}

const engines = new WeakMap<CorpusSet, WeakMap<Lexicon, CitationEngine>>();
const MEMO_LIMIT = 5000;

export function citationEngine(corpus: CorpusSet, lexicon: Lexicon = emptyLexicon): CitationEngine {
  let byLexicon = engines.get(corpus);
  if (!byLexicon) engines.set(corpus, (byLexicon = new WeakMap()));
  const hit = byLexicon.get(lexicon);
  if (hit) return hit;
  const engine = buildEngine(corpus, lexicon);
  byLexicon.set(lexicon, engine);
  return engine;
}

function buildEngine(corpus: CorpusSet, lexicon: Lexicon): CitationEngine {
  const docs = corpus.commitments.map((c: Commitment) => ({
    key: c.key,
    corpusId: c.corpusId,
    text: c.text,
    fragments: c.fragments,
    tags: c.tags,
    ...(c.chapter ? { chapter: c.chapter } : c.theme ? { chapter: c.theme } : {}),
  }));
  const index = buildIndex(docs, lexicon);
  const origins = new Map<string, PassageOrigin>();
  const passages: QuotePassage[] = [];
  for (const c of corpus.commitments) {
    const group = c.key;
    passages.push({ id: c.key, text: c.text, group });
    origins.set(c.key, { corpusId: c.corpusId, key: c.key, text: c.text });
    c.fragments.forEach((f, i) => {
      const id = `${c.key}#${i + 1}`;
      passages.push({ id, text: f, group });
      origins.set(id, { corpusId: c.corpusId, key: c.key, text: f });
    });
  }
  corpus.passages.forEach((p, i) => {
    const id = `${p.corpusId}~${i}`;
    passages.push({ id, text: p.text });
    origins.set(id, { corpusId: p.corpusId, text: p.text });
  });
  const quotes = createQuoteMatcher(passages, lexicon);
  const memo = new Map<string, { hits: SearchHit[]; contentWords: number }>();
  const rankWithCoverage = (text: string, preference: readonly string[]) => {
    const key = `${preference.join(',')}\u0000${text}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const analysis = index.analyzer.analyze(text);
    const hits = index.searchAnalysis(analysis, { limit: 8, corpusPreference: preference });
    const contentWords = new Set(analysis.terms.map((t) => t.token)).size;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const result = { hits, contentWords };
    memo.set(key, result);
    return result;
  };
  const general = new Map<string, unknown>();
  return {
    memo<T>(key: string, compute: () => T): T {
      if (general.has(key)) return general.get(key) as T;
      const value = compute();
      if (general.size >= MEMO_LIMIT) general.clear();
      general.set(key, value);
      return value;
    },
    corpus,
    index,
    quotes,
    origin: (id) => origins.get(id),
    rank: (text, preference) => rankWithCoverage(text, preference).hits,
    rankWithCoverage,
  };
}
