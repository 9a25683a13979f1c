import type { Span } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { analyseTexts, type AnalysedTexts } from './analysedTexts';
import type { Analysis, Analyzer } from './analyzer';
import { buildPostings, createRanker, createTermDictionary, type PostingsTable, type QueryTerm, type TermDictionary } from './postings';
import { emptyLexicon, type Lexicon } from './synonyms';

/**
 * BM25F over commitments (see `postings.ts`), built once per corpus version from the texts its analyzer analysed.
 *
 * What keeps boilerplate and common words from driving a match: stop words never become terms (see the analyzer);
 * BM25's idf is low for frequent terms; a term in more than `commonDocRatio` of the commitments still scores but does
 * not count as evidence; and a hit needs `minMatchedTerms` distinct query words (or lexicon phrases) found in it.
 * A query word counts once however many of its terms match (cyberbeveiligingswet: the word, its parts, a synonym).
 */

export interface CommitmentDoc {
  /** Citation key `<corpus-id>:<commitment-id>`. */
  key: string;
  corpusId: string;
  text: string;
  /** Known wording of the commitment beyond `text` (quoted parts of one sentence, other passages). */
  fragments?: readonly string[];
  tags?: readonly string[];
  chapter?: string;
}

export type Field = 'text' | 'fragments' | 'tags' | 'chapter';
const FIELDS: readonly Field[] = ['text', 'fragments', 'tags', 'chapter'];

export interface IndexOptions {
  /** BM25 saturation (default 1.2). */
  k1?: number;
  /** Field weights (default text 1, fragments 1, tags 1.5, chapter 0.4). */
  fieldWeights?: Partial<Record<Field, number>>;
  /** Length normalisation per field (default text 0.75, fragments 0.75, tags 0.3, chapter 0.3). */
  b?: Partial<Record<Field, number>>;
  /** A term in more than this share of the documents scores but is no evidence (default 0.25; from 20 documents). */
  commonDocRatio?: number;
  /** Extra vocabulary for compound splitting (folded words), on top of the documents' own words. */
  vocabulary?: Iterable<string>;
}

export interface SearchOptions {
  /** Maximum number of hits (default 10). */
  limit?: number;
  /**
   * Corpus ids in order of preference: a hit from the first gets ×1.25, decreasing linearly to ×1 after the last
   * listed; unlisted corpora ×1. Use it to prefer the current agreement over an older one without hiding the older.
   */
  corpusPreference?: readonly string[];
  /**
   * Distinct query words (or lexicon phrases) a hit must contain (default 2). A word counts when any of its terms
   * matches (itself, a compound part, a synonym concept), except terms common to many documents. When the query
   * has fewer such words, all of them are required instead.
   */
  minMatchedTerms?: number;
  /** Drop hits below this score (default 0). */
  minScore?: number;
}

export interface SearchHit {
  key: string;
  corpusId: string;
  score: number;
  /** Index terms of the query found in the commitment, in query order. */
  matchedTerms: string[];
  /** Spans of the query tokens whose terms matched (offsets into the text given to `search`/the tokens' source). */
  matchedSpans: Span[];
}

export interface IndexStats {
  documents: number;
  terms: number;
  postings: number;
  /** Bytes held by the typed arrays of the postings (the bulk of the index). */
  postingBytes: number;
}

export interface CommitmentIndex {
  readonly size: number;
  readonly analyzer: Analyzer;
  /** Tokenise, analyse and rank. */
  search(text: string, options?: SearchOptions): SearchHit[];
  /** Rank a sentence the caller has tokenised already (offsets of `matchedSpans` are those of the tokens). */
  searchTokens(tokens: readonly Token[], options?: SearchOptions): SearchHit[];
  /** Rank an analysis made with `index.analyzer` (to score one analysis several times). */
  searchAnalysis(analysis: Analysis, options?: SearchOptions): SearchHit[];
  /** The document with this key (first one if keys repeat). */
  document(key: string): CommitmentDoc | undefined;
  stats(): IndexStats;
}

const DEFAULT_WEIGHTS: Record<Field, number> = { text: 1, fragments: 1, tags: 1.5, chapter: 0.4 };
const DEFAULT_B: Record<Field, number> = { text: 0.75, fragments: 0.75, tags: 0.3, chapter: 0.3 };

function fieldTexts(doc: CommitmentDoc, f: Field): readonly string[] {
  switch (f) {
    case 'text':
      return [doc.text ?? ''];
    case 'fragments':
      return doc.fragments ?? [];
    case 'tags':
      return doc.tags ?? [];
    case 'chapter':
      return doc.chapter ? [doc.chapter] : [];
  }
}

/** The texts of a document's fields, in `FIELDS` order (what the analyzer's vocabulary is made of). */
export function documentTexts(doc: CommitmentDoc): string[] {
  return FIELDS.flatMap((f) => fieldTexts(doc, f));
}

/**
 * Build the index of `docs` alone, with an analyzer of its own over their words (tests, benchmarks, one-off
 * searches). A corpus version builds its indexes with `createCommitmentIndex` over one `AnalysedTexts`.
 * Never throws on any text.
 */
export function buildIndex(docs: readonly CommitmentDoc[], lexicon: Lexicon = emptyLexicon, options: IndexOptions = {}): CommitmentIndex {
  const texts = analyseTexts(docs.flatMap(documentTexts), lexicon, { extraVocabulary: options.vocabulary ?? [] });
  const index = createCommitmentIndex(docs, texts, createTermDictionary(), options);
  texts.release();
  return index;
}

/** Where each document's corpus stands in the preference list, and the first document of each key. */
interface DocumentTable {
  corpusIds: string[];
  corpusOf: Uint16Array;
  corpusIndex: Map<string, number>;
  firstByKey: Map<string, number>;
}

function documentTable(docs: readonly CommitmentDoc[]): DocumentTable {
  const corpusIds: string[] = [];
  const corpusOf = new Uint16Array(docs.length);
  const corpusIndex = new Map<string, number>();
  const firstByKey = new Map<string, number>();
  docs.forEach((doc, d) => {
    let ci = corpusIndex.get(doc.corpusId);
    if (ci === undefined) corpusIndex.set(doc.corpusId, (ci = corpusIds.length)), corpusIds.push(doc.corpusId);
    corpusOf[d] = ci;
    if (!firstByKey.has(doc.key)) firstByKey.set(doc.key, d);
  });
  return { corpusIds, corpusOf, corpusIndex, firstByKey };
}

/** Score multiplier per corpus: ×1.25 for the first preferred, decreasing linearly to ×1 after the last listed. */
function corpusBoosts(table: DocumentTable, preference: readonly string[]): Float32Array {
  const boost = new Float32Array(table.corpusIds.length).fill(1);
  preference.forEach((c, i) => {
    const ci = table.corpusIndex.get(c);
    if (ci !== undefined && boost[ci] === 1) boost[ci] = 1 + (0.25 * (preference.length - i)) / preference.length;
  });
  return boost;
}

/** The query's terms this table knows: best weight per term; a term's evidence group is the query token it starts at. */
function queryTermsOf(analysis: Analysis, dictionary: TermDictionary, table: PostingsTable): Map<string, QueryTerm> {
  const query = new Map<string, QueryTerm>();
  for (const t of analysis.terms) {
    const id = dictionary.idOf(t.term);
    if (id === undefined || !table.has(id)) continue;
    const known = query.get(t.term);
    if (!known) query.set(t.term, { id, weight: t.weight, group: t.token });
    else if (t.weight > known.weight) (known.weight = t.weight), (known.group = t.token);
  }
  return query;
}

/** The terms of the query found in a document (in query order) and the spans of the query tokens they come from. */
function matchesIn(doc: number, query: Map<string, QueryTerm>, analysis: Analysis, dictionary: TermDictionary, table: PostingsTable): { matchedTerms: string[]; matchedSpans: Span[] } {
  const matchedTerms: string[] = [];
  for (const t of query.values()) if (table.contains(t.id, doc)) matchedTerms.push(dictionary.nameOf(t.id));
  const matched = new Set(matchedTerms);
  const seen = new Set<number>();
  const matchedSpans: Span[] = [];
  for (const t of analysis.terms) {
    if (!matched.has(t.term)) continue;
    for (let k = t.token; k <= t.tokenEnd; k++) {
      if (seen.has(k)) continue;
      seen.add(k);
      const token = analysis.tokens[k];
      if (token) matchedSpans.push({ start: token.start, end: token.end });
    }
  }
  matchedSpans.sort((a, b) => a.start - b.start);
  return { matchedTerms, matchedSpans };
}

/**
 * The index of `docs` over texts analysed by the corpus version's analyzer, its terms interned in the version's
 * dictionary (shared with its other indexes). Never throws on any text.
 */
export function createCommitmentIndex(docs: readonly CommitmentDoc[], texts: AnalysedTexts, dictionary: TermDictionary, options: IndexOptions = {}): CommitmentIndex {
  const weights = { ...DEFAULT_WEIGHTS, ...options.fieldWeights };
  const bs = { ...DEFAULT_B, ...options.b };
  const analysed = docs.map((doc) => FIELDS.map((f) => fieldTexts(doc, f).map((text) => texts.analysis(text))));
  const table = buildPostings(analysed, FIELDS.map((f) => ({ weight: weights[f], b: bs[f] })), dictionary, {
    k1: options.k1 ?? 1.2,
    commonDocRatio: options.commonDocRatio ?? 0.25,
  });
  const analyzer = texts.analyzer;
  const documents = documentTable(docs);
  const rank = createRanker(table);
  const n = docs.length;

  const searchAnalysis = (analysis: Analysis, opts: SearchOptions = {}): SearchHit[] => {
    const limit = Math.max(0, Math.floor(opts.limit ?? 10));
    if (n === 0 || limit === 0) return [];
    const query = queryTermsOf(analysis, dictionary, table);
    if (query.size === 0) return [];
    const terms = [...query.values()].sort((a, b) => a.group - b.group || b.weight - a.weight);
    const evidenceGroups = new Set<number>();
    for (const t of terms) if (!table.common[t.id]) evidenceGroups.add(t.group);
    const boost = corpusBoosts(documents, opts.corpusPreference ?? []);
    const top = rank({
      terms,
      need: Math.min(opts.minMatchedTerms ?? 2, evidenceGroups.size),
      limit,
      minScore: opts.minScore ?? 0,
      boost,
      classOf: documents.corpusOf,
    });
    return top.docs.map((d, i) => ({
      key: docs[d]!.key,
      corpusId: docs[d]!.corpusId,
      score: top.scores[i]!,
      ...matchesIn(d, query, analysis, dictionary, table),
    }));
  };

  return {
    size: n,
    analyzer,
    search: (text, opts) => searchAnalysis(analyzer.analyzeTokens(tokenize(typeof text === 'string' ? text : '')), opts),
    searchTokens: (tokens, opts) => searchAnalysis(analyzer.analyzeTokens(tokens), opts),
    searchAnalysis,
    document: (key) => {
      const d = documents.firstByKey.get(key);
      return d === undefined ? undefined : docs[d];
    },
    stats: () => ({
      documents: n,
      terms: table.termCount,
      postings: table.postingDocs.length,
      postingBytes: table.postingDocs.byteLength + table.impacts.byteLength + table.starts.byteLength,
    }),
  };
}
