import type { Span } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { analyseTexts, type AnalysedTexts } from './analysedTexts';
import { contentTokens, termWords, type Analysis, type Analyzer } from './analyzer';
import { buildPostings, createTermDictionary, type PostingsTable, type QueryTerm, type TermDictionary } from './postings';
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
  /** How many different words the matched spans are (a word written twice counts once: the different keys of `contentTokens`). */
  matchedWords: number;
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
  /** The postings (what a snapshot stores; `indexOverTable` reads them back). */
  readonly table: PostingsTable;
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

/** The corpora of the documents, and which one each document is in (for the preference boost). */
interface CorpusTable {
  corpusOf: Uint16Array;
  corpora: Map<string, number>;
}

function corpusTable(docs: readonly CommitmentDoc[]): CorpusTable {
  const corpusOf = new Uint16Array(docs.length);
  const corpora = new Map<string, number>();
  docs.forEach((doc, d) => {
    let ci = corpora.get(doc.corpusId);
    if (ci === undefined) corpora.set(doc.corpusId, (ci = corpora.size));
    corpusOf[d] = ci;
  });
  return { corpusOf, corpora };
}

/** Score multiplier per corpus: ×1.25 for the first preferred, decreasing linearly to ×1 after the last listed. */
function corpusBoosts(corpora: ReadonlyMap<string, number>, preference: readonly string[]): Float32Array {
  const boost = new Float32Array(corpora.size).fill(1);
  preference.forEach((c, i) => {
    const ci = corpora.get(c);
    if (ci !== undefined && boost[ci] === 1) boost[ci] = 1 + (0.25 * (preference.length - i)) / preference.length;
  });
  return boost;
}

/** The query's terms this table knows: best weight per term; a term's evidence group is the query token it starts at. */
function queryTermsOf(analysis: Analysis, dictionary: TermDictionary, table: PostingsTable): Map<string, QueryTerm> {
  const query = new Map<string, QueryTerm>();
  const wordOf = new Map<string, string>();
  const ids = dictionary.ids;
  const starts = table.starts;
  const tableTermIds = starts.length - 1;
  for (const t of analysis.terms) {
    const id = ids.get(t.term);
    // Known to the dictionary is not enough: a term of another index of the corpus version has no postings here.
    if (id === undefined || id >= tableTermIds || starts[id + 1] === starts[id]) continue;
    const known = query.get(t.term);
    if (!known) query.set(t.term, { id, weight: t.weight, group: t.token });
    else if (t.weight > known.weight) (known.weight = t.weight), (known.group = t.token);
    if (t.from !== undefined && !wordOf.has(t.term)) wordOf.set(t.term, t.from);
  }
  // A one-word concept knows the query term of its word.
  for (const [concept, word] of wordOf) {
    const from = query.get(word);
    if (from) query.get(concept)!.from = from;
  }
  return query;
}

/**
 * The terms of the query found in a document (in query order) and the spans of the content words they stand for
 * (`termWords`, `contentTokens`): a function word inside a matched phrase ("het" of "het Rijk") or the words between
 * a verb and its particle are not matched words.
 */
function matchesIn(
  doc: number,
  query: Map<string, QueryTerm>,
  analysis: Analysis,
  content: ReadonlyMap<number, string>,
  dictionary: TermDictionary,
  table: PostingsTable,
): { matchedTerms: string[]; matchedSpans: Span[]; matchedWords: number } {
  const matchedTerms: string[] = [];
  for (const t of query.values()) if (table.contains(t.id, doc)) matchedTerms.push(dictionary.nameOf(t.id));
  const matched = new Set(matchedTerms);
  const seen = new Set<number>();
  const words = new Set<string>();
  const matchedSpans: Span[] = [];
  for (const t of analysis.terms) {
    if (!matched.has(t.term)) continue;
    for (const k of termWords(t)) {
      const word = content.get(k);
      if (seen.has(k) || word === undefined) continue;
      seen.add(k);
      words.add(word);
      const token = analysis.tokens[k];
      if (token) matchedSpans.push({ start: token.start, end: token.end });
    }
  }
  matchedSpans.sort((a, b) => a.start - b.start);
  return { matchedTerms, matchedSpans, matchedWords: words.size };
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
  return indexOverTable(docs, table, texts.analyzer, dictionary);
}

/**
 * The index of `docs` over postings built already (by `createCommitmentIndex`, or read from a snapshot) with the
 * analyzer and dictionary they were built with. Never throws on any text.
 */
export function indexOverTable(docs: readonly CommitmentDoc[], table: PostingsTable, analyzer: Analyzer, dictionary: TermDictionary): CommitmentIndex {
  const searchAnalysis = createSearcher(docs, table, dictionary);
  const firstByKey = new Map<string, number>();
  docs.forEach((doc, d) => firstByKey.has(doc.key) || firstByKey.set(doc.key, d));
  return {
    size: docs.length,
    analyzer,
    table,
    search: (text, opts) => searchAnalysis(analyzer.analyzeTokens(tokenize(typeof text === 'string' ? text : '')), opts),
    searchTokens: (tokens, opts) => searchAnalysis(analyzer.analyzeTokens(tokens), opts),
    searchAnalysis,
    document: (key) => {
      const d = firstByKey.get(key);
      return d === undefined ? undefined : docs[d];
    },
    stats: () => ({
      documents: docs.length,
      terms: table.termCount,
      postings: table.postingDocs.length,
      postingBytes: table.postingDocs.byteLength + table.impacts.byteLength + table.starts.byteLength,
    }),
  };
}

/**
 * Ranking over one postings table, with scratch arrays reused across queries: scores, evidence, and a stamp per
 * document for "already counted for this query word". The loop over postings is the whole cost of a query; it
 * stays in this one closure over local arrays (split into a function of its own, V8 ran it a third slower).
 */
function createSearcher(docs: readonly CommitmentDoc[], table: PostingsTable, dictionary: TermDictionary): (analysis: Analysis, opts?: SearchOptions) => SearchHit[] {
  const n = docs.length;
  const { starts, postingDocs, impacts, common } = table;
  const { corpusOf, corpora } = corpusTable(docs);
  const scores = new Float32Array(n);
  const evidence = new Float32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  let stampBase = 0;

  return (analysis, opts = {}) => {
    const limit = Math.max(0, Math.floor(opts.limit ?? 10));
    if (n === 0 || limit === 0) return [];
    const query = queryTermsOf(analysis, dictionary, table);
    if (query.size === 0) return [];
    const terms = [...query.values()].sort((a, b) => a.group - b.group || b.weight - a.weight);
    const evidenceGroups = new Set<number>();
    for (const t of terms) if (!common[t.id]) evidenceGroups.add(t.group);
    const need = Math.min(opts.minMatchedTerms ?? 2, evidenceGroups.size);
    const minScore = opts.minScore ?? 0;
    const boost = corpusBoosts(corpora, opts.corpusPreference ?? []);
    if (stampBase > 2_000_000_000) stamp.fill(-1), (stampBase = 0);
    const groupStamp = new Map<number, number>();
    let touchedCount = 0;
    for (const t of terms) {
      let groupMark = groupStamp.get(t.group);
      if (groupMark === undefined) groupStamp.set(t.group, (groupMark = stampBase++));
      const evidenceWeight = common[t.id] ? 0 : 1;
      const end = starts[t.id + 1]!;
      for (let p = starts[t.id]!; p < end; p++) {
        const d = postingDocs[p]!;
        if (scores[d] === 0 && evidence[d] === 0) touched[touchedCount++] = d;
        // A one-word concept adds only what exceeds its word's own score in the document ("IT" as "it" and `=ict`
        // counted the same word twice), not what the other parts of a compound scored.
        const gain = t.weight * impacts[p]!;
        scores[d]! += t.from ? Math.max(0, gain - t.from.weight * table.impact(t.from.id, d)) : gain;
        if (evidenceWeight > 0 && stamp[d] !== groupMark) {
          stamp[d] = groupMark;
          evidence[d]! += evidenceWeight;
        }
      }
    }
    const topDocs: number[] = [];
    const topScores: number[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i]!;
      const enough = evidence[d]! >= need - 1e-6 && need > 0;
      const score = scores[d]! * boost[corpusOf[d]!]!;
      scores[d] = 0;
      evidence[d] = 0;
      if (!enough || score <= minScore) continue;
      if (topDocs.length === limit && score <= topScores[limit - 1]!) continue;
      let j = Math.min(topDocs.length, limit - 1);
      if (topDocs.length < limit) topDocs.push(d), topScores.push(score);
      // Insertion into the small sorted top list; ties keep document order.
      while (j > 0 && topScores[j - 1]! < score) {
        topDocs[j] = topDocs[j - 1]!;
        topScores[j] = topScores[j - 1]!;
        j--;
      }
      topDocs[j] = d;
      topScores[j] = score;
    }
    // The sentence's content words once per query, not once per hit (every keystroke ranks the edited sentences).
    if (topDocs.length === 0) return [];
    const content = contentTokens(analysis);
    return topDocs.map((d, i) => {
      const { matchedTerms, matchedSpans, matchedWords } = matchesIn(d, query, analysis, content, dictionary, table);
      return { key: docs[d]!.key, corpusId: docs[d]!.corpusId, score: topScores[i]!, matchedTerms, matchedSpans, matchedWords };
    });
  };
}
