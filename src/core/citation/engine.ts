import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import type { QuotePassage } from '../retrieval/alignment';
import { analyseTexts } from '../retrieval/analysedTexts';
import { ANALYZER_VERSION, contentTokens, createAnalyzer } from '../retrieval/analyzer';
import { createTermDictionary, type TermDictionary } from '../retrieval/postings';
import { passageDocuments, quoteMatcherOver, type QuoteMatcher } from '../retrieval/quoteMatcher';
import { createCommitmentIndex, documentTexts, indexOverTable, type CommitmentDoc, type CommitmentIndex, type SearchHit } from '../retrieval/search';
import { decodeTable, encodeTable, indexFingerprint, INDEX_STATE_FORMAT, isIndexState, type IndexCodec, type IndexState, type IndexStore } from '../retrieval/snapshot';
import { tokenize } from '../text/tokenize';
import { emptyLexicon, type Lexicon } from '../retrieval/synonyms';
import { createWordLookup, type WordLookup } from './lookup';

/** What a quote-matcher passage id stands for. */
export interface PassageOrigin {
  corpusId: string;
  /** The commitment it belongs to (absent for context sentences, titles and bare fragments). */
  key?: string;
  text: string;
}

/**
 * The corpus made searchable: one retrieval stack per corpus version and lexicon. One analyzer and one term
 * dictionary; over the texts it analysed once, a BM25F index of the commitments (suggestions) and an index of every
 * known wording (commitment texts, their fragments, context passages) that quotations are checked against; and the
 * lookup of typed words, from the same tokens. Built once per corpus version, never per keystroke. Ranking results
 * per sentence text are memoised, so an edit re-scores only the sentences it changed.
 */
export interface CitationEngine {
  readonly corpus: CorpusSet;
  /** Where the analysed index came from: read back from the set's `indexStore`, or analysed now. */
  readonly source: 'stored' | 'analysed';
  readonly index: CommitmentIndex;
  readonly quotes: QuoteMatcher;
  /** Commitments by typed words (completion, the search quick pick). */
  readonly lookup: WordLookup;
  origin(passageId: string): PassageOrigin | undefined;
  /** Ranked commitments for a sentence (memoised per text and preference). */
  rank(text: string, preference: readonly string[]): SearchHit[];
  /** Memoise a computation per corpus version (quote checks: the same quotation is re-checked on every keystroke). */
  memo<T>(key: string, compute: () => T): T;
  /** Ranked commitments plus how many distinct content words the sentence has (for coverage). */
  /** `contentWords`: the sentence's content tokens; `distinctWords`: its different words (a word written twice once). */
  rankWithCoverage(text: string, preference: readonly string[]): { hits: SearchHit[]; contentWords: number; distinctWords: number };
}

const engines = new WeakMap<CorpusSet, WeakMap<Lexicon, CitationEngine>>();
const MEMO_LIMIT = 5000;

/** The engine of a corpus version and lexicon, built on first use and kept while both live. */
export function citationEngine(corpus: CorpusSet, lexicon: Lexicon = emptyLexicon): CitationEngine {
  let byLexicon = engines.get(corpus);
  if (!byLexicon) engines.set(corpus, (byLexicon = new WeakMap()));
  const hit = byLexicon.get(lexicon);
  if (hit) return hit;
  const engine = buildEngine(corpus, lexicon);
  byLexicon.set(lexicon, engine);
  return engine;
}

/**
 * Passage ids, the one place they are made: a commitment's text has its key, its n-th fragment `key#n` (from 1), a
 * context passage of the corpus set (a sentence around the commitments, a title) `corpus~i` by its position.
 */
export const passageId = {
  commitment: (key: string): string => key,
  fragment: (key: string, index: number): string => `${key}#${index + 1}`,
  context: (corpusId: string, index: number): string => `${corpusId}~${index}`,
};

/** The known wordings of one commitment as quote passages, in document order, grouped so a quote may span them. */
export function commitmentPassages(c: Commitment): QuotePassage[] {
  const group = c.key;
  return [{ id: passageId.commitment(c.key), text: c.text, group }, ...c.fragments.map((text, i) => ({ id: passageId.fragment(c.key, i), text, group }))];
}

function commitmentDocument(c: Commitment): CommitmentDoc {
  return {
    key: c.key,
    corpusId: c.corpusId,
    text: c.text,
    fragments: c.fragments,
    tags: c.tags,
    // The heading a reader sees above the promise ("Gezondheid · Preventie, sport en bewegen") says what it is about;
    // the subsection too, not only the chapter, which is too broad to tell commitments apart.
    ...(c.chapter ? { chapter: [c.chapter, c.subsection].filter(Boolean).join('. ') } : c.theme ? { chapter: c.theme } : {}),
  };
}

/** Every passage quotations are checked against, and what each id stands for. */
function quotePassages(corpus: CorpusSet): { passages: QuotePassage[]; origins: Map<string, PassageOrigin> } {
  const passages: QuotePassage[] = [];
  const origins = new Map<string, PassageOrigin>();
  for (const c of corpus.commitments) {
    for (const p of commitmentPassages(c)) {
      passages.push(p);
      origins.set(p.id, { corpusId: c.corpusId, key: c.key, text: p.text });
    }
  }
  corpus.passages.forEach((p, i) => {
    const id = passageId.context(p.corpusId, i);
    passages.push({ id, text: p.text });
    origins.set(id, { corpusId: p.corpusId, text: p.text });
  });
  return { passages, origins };
}

/** The analysed parts of an engine: the indexes over one analyzer and dictionary. */
interface AnalysedStack {
  index: CommitmentIndex;
  passageIndex: CommitmentIndex;
  dictionary: TermDictionary;
}

/** Analyse every text and build both indexes (the costly way, for a corpus version no store holds). */
function analyseStack(docs: readonly CommitmentDoc[], passageDocs: readonly CommitmentDoc[], lexicon: Lexicon): AnalysedStack {
  // The vocabulary is the commitments' own words (text, fragments, tags, chapter); the context passages are analysed
  // with it but add no words. With theirs, compounds would split differently for suggestions ("aardgas" into
  // aard + gas) and the suggestions measured on real documents would move.
  const texts = analyseTexts(docs.flatMap(documentTexts), lexicon, { outsideVocabulary: passageDocs.map((d) => d.text) });
  const dictionary = createTermDictionary();
  const index = createCommitmentIndex(docs, texts, dictionary);
  const passageIndex = createCommitmentIndex(passageDocs, texts, dictionary);
  texts.release();
  return { index, passageIndex, dictionary };
}

/** Both indexes read back from a stored state; undefined when it does not fit these documents. */
function restoreStack(state: IndexState, docs: readonly CommitmentDoc[], passageDocs: readonly CommitmentDoc[], lexicon: Lexicon, codec?: IndexCodec): AnalysedStack | undefined {
  const table = decodeTable(state.commitments, state.terms.length, codec);
  const passageTable = decodeTable(state.passages, state.terms.length, codec);
  if (!table || !passageTable || table.documents !== docs.length || passageTable.documents !== passageDocs.length) return undefined;
  const analyzer = createAnalyzer({ lexicon, prepared: state.analyzer });
  const dictionary = createTermDictionary(state.terms);
  return { index: indexOverTable(docs, table, analyzer, dictionary), passageIndex: indexOverTable(passageDocs, passageTable, analyzer, dictionary), dictionary };
}

/** An engine's analysed index as data, for an `IndexStore` (and the snapshot built with the package). */
export function exportIndexState(engine: CitationEngine): IndexState {
  const stack = stacks.get(engine);
  if (!stack) throw new Error('exportIndexState: not an engine of citationEngine()');
  return {
    format: INDEX_STATE_FORMAT,
    analyzerVersion: ANALYZER_VERSION,
    fingerprint: stack.fingerprint,
    analyzer: stack.index.analyzer.state(),
    terms: [...stack.dictionary.terms()],
    commitments: encodeTable(stack.index.table),
    passages: encodeTable(stack.passageIndex.table),
  };
}

type StackWithOrigin = AnalysedStack & { fingerprint: string; restored: boolean };

const stacks = new WeakMap<CitationEngine, StackWithOrigin>();

/**
 * The stack from the corpus set's store when it holds this fingerprint, else analysed (and offered to the store).
 * A store that throws or holds garbage costs nothing but the analysis.
 */
function stackFor(corpus: CorpusSet, docs: readonly CommitmentDoc[], passageDocs: readonly CommitmentDoc[], lexicon: Lexicon): StackWithOrigin {
  const store = corpus.indexStore;
  const fingerprint = indexFingerprint(docs, passageDocs, lexicon, store?.codec);
  if (store) {
    let stored: unknown;
    try {
      stored = store.load(fingerprint);
    } catch {
      stored = undefined;
    }
    const restored = isIndexState(stored, fingerprint) ? restoreStack(stored, docs, passageDocs, lexicon, store?.codec) : undefined;
    if (restored) return { ...restored, fingerprint, restored: true };
  }
  return { ...analyseStack(docs, passageDocs, lexicon), fingerprint, restored: false };
}

function buildEngine(corpus: CorpusSet, lexicon: Lexicon): CitationEngine {
  const docs = corpus.commitments.map(commitmentDocument);
  const { passages, origins } = quotePassages(corpus);
  const passageDocs = passageDocuments(passages);
  const stack = stackFor(corpus, docs, passageDocs, lexicon);
  const { index } = stack;
  const quotes = quoteMatcherOver(passages, stack.passageIndex);
  // Only completion and the search quick pick read the lookup: made on first use, not before the first diagnostics.
  let lookup: WordLookup | undefined;

  const ranked = new Map<string, { hits: SearchHit[]; contentWords: number; distinctWords: number }>();
  const rankWithCoverage = (text: string, preference: readonly string[]) => {
    const key = `${preference.join(',')}\u0000${text}`;
    const cached = ranked.get(key);
    if (cached) return cached;
    const analysis = index.analyzer.analyze(text);
    const hits = index.searchAnalysis(analysis, { limit: 8, corpusPreference: preference });
    const content = contentTokens(analysis);
    const contentWords = content.size;
    const distinctWords = new Set(content.values()).size;
    if (ranked.size >= MEMO_LIMIT) ranked.clear();
    const result = { hits, contentWords, distinctWords };
    ranked.set(key, result);
    return result;
  };
  const general = new Map<string, unknown>();
  const engine: CitationEngine = {
    memo<T>(key: string, compute: () => T): T {
      if (general.has(key)) return general.get(key) as T;
      const value = compute();
      if (general.size >= MEMO_LIMIT) general.clear();
      general.set(key, value);
      return value;
    },
    corpus,
    source: stack.restored ? 'stored' : 'analysed',
    index,
    quotes,
    get lookup() {
      return (lookup ??= createWordLookup(corpus, tokenize));
    },
    origin: (id) => origins.get(id),
    rank: (text, preference) => rankWithCoverage(text, preference).hits,
    rankWithCoverage,
  };
  stacks.set(engine, stack);
  if (corpus.indexStore && !stack.restored) saveQuietly(corpus.indexStore, engine);
  return engine;
}

function saveQuietly(store: IndexStore, engine: CitationEngine): void {
  try {
    store.save(stacks.get(engine)!.fingerprint, exportIndexState(engine));
  } catch {
    // A store that cannot keep the index only costs the next start the analysis.
  }
}
