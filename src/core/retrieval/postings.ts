import type { Analysis } from './analyzer';

/**
 * The BM25F postings of a set of analysed documents (ranked by `search.ts`). Everything that does not depend on the
 * query is computed at build time: each posting stores its final impact (idf × saturated, length-normalised,
 * field-weighted term frequency), so scoring a query is a sum over the postings of its terms and nothing else.
 *
 * Why BM25F and not plain BM25 over concatenated text: a commitment's tags and chapter are short and say what it is
 * about; mixing them into the text would let the long text's length normalisation drown them, and weighting a field
 * by repeating it distorts the saturation. BM25F normalises each field by its own average length and then saturates
 * the weighted sum once (Robertson & Zaragoza 2009, "The Probabilistic Relevance Framework").
 *
 * One corpus version has several tables (its commitments, the passages quotations are checked against) over one
 * term dictionary, filled by one analyzer: a term has the same id, and a text the same terms, in all of them.
 */

/** Index terms and their ids, shared by every postings table of one corpus version. */
export interface TermDictionary {
  /** Term → id (read-only; a query looks its terms up here). */
  readonly ids: ReadonlyMap<string, number>;
  idOf(term: string): number | undefined;
  nameOf(id: number): string;
  /** The id of a term, given a new one when it is not known yet. */
  intern(term: string): number;
  readonly size: number;
  /** Every term, by id (what a snapshot stores to rebuild the dictionary). */
  terms(): readonly string[];
}

/** A dictionary, seeded with `terms` (by id, as `terms()` gave them) when it is rebuilt from a snapshot. */
export function createTermDictionary(terms: readonly string[] = []): TermDictionary {
  const ids = new Map<string, number>();
  const names: string[] = [...terms];
  names.forEach((term, id) => ids.set(term, id));
  return {
    ids,
    terms: () => names,
    idOf: (term) => ids.get(term),
    nameOf: (id) => names[id]!,
    intern(term) {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = names.length)), names.push(term);
      return id;
    },
    get size() {
      return names.length;
    },
  };
}

/** How one field of a document counts: its weight and how much its length normalises (BM25's b). */
export interface FieldSpec {
  weight: number;
  b: number;
}

/** A document as the postings see it: per field (in the order of the field specs), the analyses of its texts. */
export type AnalysedDocument = readonly (readonly Analysis[])[];

export interface PostingsOptions {
  /** BM25 saturation. */
  k1: number;
  /** A term in more than this share of the documents scores but is no evidence (from 20 documents on). */
  commonDocRatio: number;
}

/** Postings in CSR form: the postings of term id `t` are `[starts[t], starts[t + 1])`, documents ascending. */
export interface PostingsTable {
  readonly documents: number;
  /** Terms that occur in at least one document of this table. */
  readonly termCount: number;
  readonly starts: Int32Array;
  readonly postingDocs: Int32Array;
  readonly impacts: Float32Array;
  /** 1 for a term too common to count as evidence. */
  readonly common: Uint8Array;
  /** Whether a term occurs in this table (a dictionary shared with other tables knows more terms). */
  has(termId: number): boolean;
  /** Whether document `doc` holds term `termId` (binary search in its postings). */
  contains(termId: number, doc: number): boolean;
  /** The impact of term `termId` in document `doc`; 0 when it does not hold it. */
  impact(termId: number, doc: number): number;
}

/** Weighted term frequencies per document and field, and each field's length in content tokens. */
interface FieldFrequencies {
  perDocument: Map<number, Float64Array>[];
  lengths: Float64Array[];
}

function fieldFrequencies(docs: readonly AnalysedDocument[], fieldCount: number, dictionary: TermDictionary): FieldFrequencies {
  const n = docs.length;
  const perDocument: Map<number, Float64Array>[] = new Array(n);
  const lengths = Array.from({ length: fieldCount }, () => new Float64Array(n));
  for (let d = 0; d < n; d++) {
    const frequencies = new Map<number, Float64Array>();
    docs[d]!.forEach((analyses, field) => {
      for (const analysis of analyses) {
        const contentTokens = new Set<number>();
        for (const t of analysis.terms) {
          const id = dictionary.intern(t.term);
          let perField = frequencies.get(id);
          if (!perField) frequencies.set(id, (perField = new Float64Array(fieldCount)));
          perField[field]! += t.weight;
          if (t.weight >= 1) contentTokens.add(t.token);
        }
        lengths[field]![d]! += contentTokens.size;
      }
    });
    perDocument[d] = frequencies;
  }
  return { perDocument, lengths };
}

function averageLengths(lengths: readonly Float64Array[], n: number): number[] {
  return lengths.map((perDoc) => {
    let sum = 0;
    for (const x of perDoc) sum += x;
    return n > 0 ? Math.max(1, sum / n) : 1;
  });
}

/** Build the postings of `docs`, interning their terms in `dictionary`. */
export function buildPostings(docs: readonly AnalysedDocument[], fields: readonly FieldSpec[], dictionary: TermDictionary, options: PostingsOptions): PostingsTable {
  const n = docs.length;
  const { perDocument, lengths } = fieldFrequencies(docs, fields.length, dictionary);
  const averages = averageLengths(lengths, n);
  const termCount = dictionary.size;
  const df = new Int32Array(termCount);
  for (const frequencies of perDocument) for (const id of frequencies.keys()) df[id]!++;
  const starts = new Int32Array(termCount + 1);
  for (let i = 0; i < termCount; i++) starts[i + 1] = starts[i]! + df[i]!;
  const postingDocs = new Int32Array(starts[termCount]!);
  const impacts = new Float32Array(starts[termCount]!);
  const next = starts.slice(0, termCount);
  const idf = new Float32Array(termCount);
  const common = new Uint8Array(termCount);
  for (let i = 0; i < termCount; i++) {
    idf[i] = Math.log(1 + (n - df[i]! + 0.5) / (df[i]! + 0.5));
    common[i] = n >= 20 && df[i]! / n > options.commonDocRatio ? 1 : 0;
  }
  const k1 = options.k1;
  for (let d = 0; d < n; d++) {
    for (const [id, perField] of perDocument[d]!) {
      let weightedFrequency = 0;
      for (let f = 0; f < fields.length; f++) {
        const x = perField[f]!;
        if (x === 0) continue;
        const { weight, b } = fields[f]!;
        weightedFrequency += (weight * x) / (1 - b + (b * lengths[f]![d]!) / averages[f]!);
      }
      const p = next[id]!++;
      postingDocs[p] = d;
      impacts[p] = (idf[id]! * weightedFrequency * (k1 + 1)) / (k1 + weightedFrequency);
    }
  }
  return postingsTable({ documents: n, starts, postingDocs, impacts, common });
}

/** The arrays of a postings table: all it is made of (what a snapshot stores). */
export interface PostingsArrays {
  documents: number;
  starts: Int32Array;
  postingDocs: Int32Array;
  impacts: Float32Array;
  common: Uint8Array;
}

/** A postings table over its arrays (built by `buildPostings`, or read back from a snapshot). */
export function postingsTable(arrays: PostingsArrays): PostingsTable {
  const { documents, starts, postingDocs, impacts, common } = arrays;
  const termCount = starts.length - 1;
  let present = 0;
  for (let i = 0; i < termCount; i++) if (starts[i + 1]! > starts[i]!) present++;
  const has = (id: number) => id < termCount && starts[id + 1]! > starts[id]!;
  const impact = (id: number, doc: number): number => {
    if (id >= termCount) return 0;
    let lo = starts[id]!;
    let hi = starts[id + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = postingDocs[mid]!;
      if (x === doc) return impacts[mid]!;
      if (x < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
  const contains = (id: number, doc: number): boolean => impact(id, doc) > 0;
  return { documents, termCount: present, starts, postingDocs, impacts, common, has, contains, impact };
}

/** A query term: its id, its weight in the query, and the query token it starts at (its evidence group). */
export interface QueryTerm {
  id: number;
  weight: number;
  group: number;
  /**
   * For a concept of one word ("IT" → `=ict`): the query term of that word. The concept adds to a commitment only what
   * exceeds that word's own score there: the same word scored twice.
   */
  from?: QueryTerm;
}
