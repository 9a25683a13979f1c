import type { Span } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { createAnalyzer, vocabularyWords, type Analysis, type Analyzer } from './analyzer';
import { emptyLexicon, type Lexicon } from './synonyms';

/**
 * BM25F over commitments, built once per corpus version. Everything that does not depend on the query is
 * precomputed at build time: each posting stores its final impact (idf × saturated, length-normalised, field-weighted
 * term frequency), so scoring a sentence is a sum over the postings of its terms and nothing else.
 *
 * Why BM25F and not plain BM25 over concatenated text: a commitment's tags and chapter are short and say what it is
 * about; mixing them into the text would let the long text's length normalisation drown them, and weighting a
 * field by repeating it distorts the saturation. BM25F normalises each field by its own average length and then
 * saturates the weighted sum once (Robertson & Zaragoza 2009, "The Probabilistic Relevance Framework").
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

/** Build the index for one corpus version. Never throws on any text. */
export function buildIndex(docs: readonly CommitmentDoc[], lexicon: Lexicon = emptyLexicon, options: IndexOptions = {}): CommitmentIndex {
  const k1 = options.k1 ?? 1.2;
  const weights = { ...DEFAULT_WEIGHTS, ...options.fieldWeights };
  const bs = { ...DEFAULT_B, ...options.b };
  const commonRatio = options.commonDocRatio ?? 0.25;

  const words: string[] = [...(options.vocabulary ?? [])];
  for (const d of docs) for (const f of FIELDS) for (const t of fieldTexts(d, f)) words.push(...vocabularyWords(t));
  const analyzer = createAnalyzer({ vocabulary: words, lexicon });

  // Pass 1: per document and field, the weighted term frequencies and the field length (content tokens).
  const n = docs.length;
  const perDoc: Map<string, Float64Array>[] = new Array(n);
  const lengths = FIELDS.map(() => new Float64Array(n));
  for (let d = 0; d < n; d++) {
    const tf = new Map<string, Float64Array>();
    const doc = docs[d]!;
    FIELDS.forEach((f, fi) => {
      for (const text of fieldTexts(doc, f)) {
        const a = analyzer.analyze(typeof text === 'string' ? text : '');
        const contentTokens = new Set<number>();
        for (const t of a.terms) {
          let v = tf.get(t.term);
          if (!v) tf.set(t.term, (v = new Float64Array(FIELDS.length)));
          v[fi]! += t.weight;
          if (t.weight >= 1) contentTokens.add(t.token);
        }
        lengths[fi]![d]! += contentTokens.size;
      }
    });
    perDoc[d] = tf;
  }
  const avg = lengths.map((l) => {
    let s = 0;
    for (const x of l) s += x;
    return n > 0 ? Math.max(1, s / n) : 1;
  });

  // Pass 2: postings in CSR form (term → [start, end) into docs/impacts), docs ascending within a term.
  const termIds = new Map<string, number>();
  const df: number[] = [];
  for (const tf of perDoc) {
    for (const term of tf.keys()) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = df.length)), df.push(0);
      df[id]!++;
    }
  }
  const termCount = df.length;
  const starts = new Int32Array(termCount + 1);
  for (let i = 0; i < termCount; i++) starts[i + 1] = starts[i]! + df[i]!;
  const postingDocs = new Int32Array(starts[termCount]!);
  const impacts = new Float32Array(starts[termCount]!);
  const fill = starts.slice(0, termCount);
  const idf = new Float32Array(termCount);
  const common = new Uint8Array(termCount);
  for (let i = 0; i < termCount; i++) {
    idf[i] = Math.log(1 + (n - df[i]! + 0.5) / (df[i]! + 0.5));
    common[i] = n >= 20 && df[i]! / n > commonRatio ? 1 : 0;
  }
  for (let d = 0; d < n; d++) {
    for (const [term, v] of perDoc[d]!) {
      const id = termIds.get(term)!;
      let tfw = 0;
      for (let fi = 0; fi < FIELDS.length; fi++) {
        const x = v[fi]!;
        if (x === 0) continue;
        const f = FIELDS[fi]!;
        const b = bs[f];
        tfw += (weights[f] * x) / (1 - b + (b * lengths[fi]![d]!) / avg[fi]!);
      }
      const p = fill[id]!++;
      postingDocs[p] = d;
      impacts[p] = (idf[id]! * tfw * (k1 + 1)) / (k1 + tfw);
    }
  }
  perDoc.length = 0;

  const corpusIds: string[] = [];
  const corpusOf = new Uint16Array(n);
  const corpusIndex = new Map<string, number>();
  const firstByKey = new Map<string, number>();
  for (let d = 0; d < n; d++) {
    const c = docs[d]!.corpusId;
    let ci = corpusIndex.get(c);
    if (ci === undefined) corpusIndex.set(c, (ci = corpusIds.length)), corpusIds.push(c);
    corpusOf[d] = ci;
    if (!firstByKey.has(docs[d]!.key)) firstByKey.set(docs[d]!.key, d);
  }

  // Per-query scratch, reused: scores, evidence, and a stamp per document for "already counted for this query word".
  const acc = new Float32Array(n);
  const evidence = new Float32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  let stampBase = 0;

  const contains = (id: number, d: number): boolean => {
    let lo = starts[id]!;
    let hi = starts[id + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = postingDocs[mid]!;
      if (x === d) return true;
      if (x < d) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };

  const searchAnalysis = (analysis: Analysis, opts: SearchOptions = {}): SearchHit[] => {
    const limit = Math.max(0, Math.floor(opts.limit ?? 10));
    if (n === 0 || limit === 0) return [];
    // Query terms: best weight per term; evidence groups are the query tokens a term starts at.
    const q = new Map<string, { id: number; weight: number; group: number }>();
    for (const t of analysis.terms) {
      const id = termIds.get(t.term);
      if (id === undefined) continue;
      const prev = q.get(t.term);
      if (!prev) q.set(t.term, { id, weight: t.weight, group: t.token });
      else if (t.weight > prev.weight) (prev.weight = t.weight), (prev.group = t.token);
    }
    if (q.size === 0) return [];
    const terms = [...q.values()].sort((a, b) => a.group - b.group || b.weight - a.weight);
    if (stampBase > 2_000_000_000) stamp.fill(-1), (stampBase = 0);
    const groupStamp = new Map<number, number>();
    const evidenceGroups = new Set<number>();
    for (const t of terms) if (!common[t.id]) evidenceGroups.add(t.group);
    const queryEvidence = evidenceGroups.size;
    let nTouched = 0;
    for (const t of terms) {
      let s = groupStamp.get(t.group);
      if (s === undefined) groupStamp.set(t.group, (s = stampBase++));
      const ev = common[t.id] ? 0 : 1;
      const end = starts[t.id + 1]!;
      for (let p = starts[t.id]!; p < end; p++) {
        const d = postingDocs[p]!;
        if (acc[d] === 0 && evidence[d] === 0) touched[nTouched++] = d;
        acc[d]! += t.weight * impacts[p]!;
        if (ev > 0 && stamp[d] !== s) {
          stamp[d] = s;
          evidence[d]! += ev;
        }
      }
    }
    const need = Math.min(opts.minMatchedTerms ?? 2, queryEvidence);
    const minScore = opts.minScore ?? 0;
    const pref = opts.corpusPreference ?? [];
    const boost = new Float32Array(corpusIds.length).fill(1);
    pref.forEach((c, i) => {
      const ci = corpusIndex.get(c);
      if (ci !== undefined && boost[ci] === 1) boost[ci] = 1 + (0.25 * (pref.length - i)) / pref.length;
    });
    const topDocs: number[] = [];
    const topScores: number[] = [];
    for (let i = 0; i < nTouched; i++) {
      const d = touched[i]!;
      const ok = evidence[d]! >= need - 1e-6 && need > 0;
      const score = acc[d]! * boost[corpusOf[d]!]!;
      acc[d] = 0;
      evidence[d] = 0;
      if (!ok || score <= minScore) continue;
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
    return topDocs.map((d, i) => {
      const matchedTerms: string[] = [];
      const spans: Span[] = [];
      for (const t of q.values()) if (contains(t.id, d)) matchedTerms.push(nameOf(t.id));
      const matched = new Set(matchedTerms);
      const seen = new Set<number>();
      for (const t of analysis.terms) {
        if (!matched.has(t.term)) continue;
        for (let k = t.token; k <= t.tokenEnd; k++) {
          if (seen.has(k)) continue;
          seen.add(k);
          const tok = analysis.tokens[k];
          if (tok) spans.push({ start: tok.start, end: tok.end });
        }
      }
      spans.sort((a, b) => a.start - b.start);
      return { key: docs[d]!.key, corpusId: docs[d]!.corpusId, score: topScores[i]!, matchedTerms, matchedSpans: spans };
    });
  };

  const names: string[] = new Array(termCount);
  for (const [term, id] of termIds) names[id] = term;
  const nameOf = (id: number) => names[id]!;

  return {
    size: n,
    analyzer,
    search: (text, opts) => searchAnalysis(analyzer.analyzeTokens(tokenize(typeof text === 'string' ? text : '')), opts),
    searchTokens: (tokens, opts) => searchAnalysis(analyzer.analyzeTokens(tokens), opts),
    searchAnalysis,
    document: (key) => {
      const d = firstByKey.get(key);
      return d === undefined ? undefined : docs[d];
    },
    stats: () => ({
      documents: n,
      terms: termCount,
      postings: postingDocs.length,
      postingBytes: postingDocs.byteLength + impacts.byteLength + starts.byteLength,
    }),
  };
}
