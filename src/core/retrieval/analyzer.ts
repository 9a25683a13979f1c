import { compoundHead, compoundParts, splitCompound } from '../text/compounds';
import { createVocabulary, dutchKey, lemmaOf, SEPARABLE_PARTICLES, type Vocabulary } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import { emptyLexicon, type Lexicon } from './synonyms';
import { BOILERPLATE, FUNCTION_WORDS } from './stopwords';

/**
 * Token → index terms. One analyzer belongs to one corpus version: it is created from the corpus vocabulary and the
 * synonym lexicon, and the commitment index, the passages quotations are checked against and every query go through
 * the same instance (see `analysedTexts.ts`), so all sides get the same keys and split a compound the same way.
 *
 * Per word (cached): function words and genre boilerplate give no term; a content word gives its Dutch key (see
 * `dutchKey`) with weight 1 and the keys of its compound parts with a lower weight (cloudbeleid → cloudbeleid, cloud,
 * beleid); a hyphenated word gives each part (IT-specialisten → it, specialist). Per text: elliptic hyphens are
 * expanded (cyber- en zedenrechercheurs → cyber, cyberrechercheur), a separable particle is joined to its verb
 * when the corpus knows the joined verb (we zetten in op … → inzet; we richten een dienst op → opricht), and
 * lexicon phrases add a concept term `=<group id>` (AI and kunstmatige intelligentie both add `=ai`).
 */

export interface AnalyzedTerm {
  term: string;
  /** 1 for the word itself, a phrase concept or a joined verb; lower for compound parts. */
  weight: number;
  /** Index of the first and last token (inclusive) the term comes from. */
  token: number;
  tokenEnd: number;
  /** For a concept a single word adds ("IT" → `=ict`): the term of that word. */
  from?: string;
}

/**
 * The words a term stands for, as a sentence's coverage counts them: a word's own terms that word; a phrase concept
 * the words of the phrase (`het Rijk` → `=rijksoverheid`); a verb joined to its particle ("richten … op") and a
 * modifier that borrows a head ("cyber- en zedenrechercheurs") only the two words joined, not those between them.
 */
export function termWords(t: AnalyzedTerm): readonly number[] {
  if (t.tokenEnd === t.token) return [t.token];
  if (!t.term.startsWith('=')) return [t.token, t.tokenEnd];
  const out: number[] = [];
  for (let k = t.token; k <= t.tokenEnd; k++) out.push(k);
  return out;
}

/**
 * The content words of an analysis: each token with a term of its own (not function words, not the words between a
 * join), with the word it is (its first own term, its key).
 */
export function contentTokens(analysis: Analysis): Map<number, string> {
  const out = new Map<number, string>();
  for (const t of analysis.terms) if (t.tokenEnd === t.token && !out.has(t.token)) out.set(t.token, t.term);
  return out;
}

export interface Analysis {
  tokens: readonly Token[];
  terms: AnalyzedTerm[];
}

export interface Analyzer {
  readonly vocabulary: Vocabulary;
  /** Terms of a text tokenised by `tokenize`. */
  analyzeTokens(tokens: readonly Token[]): Analysis;
  /** Tokenise and analyse. */
  analyze(text: string): Analysis;
  /** The index terms of one word, as the analyzer sees it in isolation (tests, debugging). */
  wordTerms(word: string): { term: string; weight: number }[];
  /** The matching key of one word (function words: the folded word itself). */
  key(word: string): string;
  /** What the analyzer was made of, for a snapshot (`AnalyzerOptions.prepared` makes the same analyzer again). */
  state(): AnalyzerState;
}

/**
 * The version of the analysis: raise it whenever a text would give other terms (stemming, compounds, stop words,
 * lexicon handling), so a cached index made by older code is never read back.
 */
export const ANALYZER_VERSION = 3;

/** An analyzer's vocabulary and the keys it knows, as plain data (the costly part of making one). */
export interface AnalyzerState {
  words: string[];
  keys: string[];
  knownKeys: string[];
  /** The lexicon as the analyzer compiled it (its words' keys depend on the vocabulary, and cost as much to make). */
  concepts: { single: [string, string[]][]; phrases: [string, { keys: string[]; concept: string }[]][] };
}

export interface AnalyzerOptions {
  /** Folded words of the corpus (or a prepared vocabulary). */
  vocabulary?: Iterable<string> | Vocabulary;
  lexicon?: Lexicon;
  /** Weight of a first-level compound part; deeper parts get 60 % of it. */
  partWeight?: number;
  /** The state of an analyzer made before with the same lexicon (from a snapshot): `vocabulary` is then ignored. */
  prepared?: AnalyzerState;
}

interface WordInfo {
  /** Key used for phrase matching; also for function words. */
  key: string;
  stop: boolean;
  terms: { term: string; weight: number }[];
}

const COORDINATORS = new Set(['en', 'of', 'tot', 'noch', 'en/of']);
const PARTICLES = new Set(SEPARABLE_PARTICLES);
const CACHE_LIMIT = 200_000;
const MAX_WORD = 60;
/*
 * Patterns compiled once: one written in a function is a new object each time it runs, and these run for every word
 * analysed (and `keyOf` for every word a separable particle is tried with).
 */
const EDGE_HYPHEN = /^-|-$/g;
const EDGE_HYPHENS = /^-+|-+$/g;
const LEADING_HYPHENS = /^-+/;
const TRAILING_HYPHENS = /-+$/;
const STARTS_WITH_DIGIT = /^\d/;
const DIGIT = /\d/;
const APOSTROPHES = /'/g;

function isVocabulary(v: unknown): v is Vocabulary {
  return typeof v === 'object' && v !== null && 'words' in v && 'keys' in v;
}

/** Folded words of a text, hyphenated words also as their parts: the vocabulary an index is built from. */
export function vocabularyWords(text: string): string[] {
  return tokenVocabulary(tokenize(text));
}

/** `vocabularyWords` of a text tokenised already (the index tokenises each corpus text once). */
export function tokenVocabulary(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = t.norm.replace(EDGE_HYPHEN, '');
    out.push(w);
    if (w.includes('-')) for (const p of w.split('-')) if (p) out.push(p);
  }
  return out;
}

/** Weight of a word inside a matched multi-word name (see above). */
const NAME_PART_WEIGHT = 0.3;

/**
 * Create the analyzer of one corpus version: its vocabulary (the corpus words plus the lexicon's) decides compound
 * splits and verb forms, its lexicon the concept terms. Words are analysed once and cached.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const lexicon = options.lexicon ?? emptyLexicon;
  const prepared = options.prepared;
  const vocabulary: Vocabulary = prepared
    ? { words: new Set(prepared.words), keys: new Set(prepared.keys) }
    : isVocabulary(options.vocabulary)
      ? options.vocabulary
      : createVocabulary([...(options.vocabulary ?? []), ...lexicon.groups.flatMap((g) => g.terms.flatMap(vocabularyWords))]);
  const words = createWordTable(vocabulary, options.partWeight ?? 0.5);
  const knownKeys = prepared ? new Set(prepared.knownKeys) : knownKeysOf(vocabulary, words);
  const context: TextContext = { vocabulary, words, knownKeys };
  const concepts: CompiledLexicon = prepared
    ? { single: new Map(prepared.concepts.single), phrases: new Map(prepared.concepts.phrases) }
    : compileLexicon(lexicon, words);
  const analyzeTokens = (tokens: readonly Token[]): Analysis => analyseTokens(tokens, context, concepts);
  const infoOf = (t: Token): WordInfo => words.info(t.norm, t.caps);

  return {
    vocabulary,
    analyzeTokens,
    analyze: (text) => analyzeTokens(tokenize(text)),
    wordTerms: (w) => {
      const toks = tokenize(w);
      return toks.length === 1 ? [...infoOf(toks[0]!).terms] : analyzeTokens(toks).terms.map(({ term, weight }) => ({ term, weight }));
    },
    key: (w) => {
      const toks = tokenize(w);
      return toks.length === 0 ? '' : infoOf(toks[0]!).key;
    },
    state: () => ({
      words: [...vocabulary.words],
      keys: [...vocabulary.keys],
      knownKeys: [...knownKeys],
      concepts: { single: [...concepts.single], phrases: [...concepts.phrases] },
    }),
  };
}

/** The analysis of single words, cached: the bulk of the work, and the same words come back in every sentence. */
interface WordTable {
  info(norm: string, caps: boolean): WordInfo;
  /**
   * A lower-case word's key and whether it is a stop word, as `info` gives them, without the compound parts `info`
   * also finds: all that joining a separable particle asks of the verbs it tries ("op" + every word before it in the
   * clause), most of which are no words, and splitting those into parts cost a cold check a twentieth of its time.
   */
  keyOf(norm: string): { key: string; stop: boolean };
}

function createWordTable(vocabulary: Vocabulary, partWeight: number): WordTable {
  const cache = new Map<string, WordInfo>();
  const boilerplateKeys = new Set<string>();
  for (const w of BOILERPLATE) boilerplateKeys.add(dutchKey(w, vocabulary));

  /** A plain word's key and whether it is a stop word: decided before its compound parts, and all `keyOf` asks. */
  const plainKey = (w: string): { key: string; stop: boolean } => {
    if (FUNCTION_WORDS.has(w) || w.length < 2) return { key: w, stop: true };
    // Nothing Dutch is this long: a pasted URL, hash or run of characters is one opaque term.
    if (w.length > MAX_WORD) return { key: w, stop: false };
    const key = dutchKey(w, vocabulary);
    return { key, stop: boilerplateKeys.has(key) };
  };

  const plainWordInfo = (w: string, caps: boolean): WordInfo => {
    // OM (Openbaar Ministerie) is no "om": an acronym in capitals keeps its own term.
    if (caps && w.length >= 2 && FUNCTION_WORDS.has(w)) {
      const acronym = w.toUpperCase();
      return { key: acronym, stop: false, terms: [{ term: acronym, weight: 1 }] };
    }
    const { key, stop } = plainKey(w);
    if (stop) return { key, stop, terms: [] };
    if (w.length > MAX_WORD) return { key, stop, terms: [{ term: key, weight: 1 }] };
    return { key, stop, terms: [{ term: key, weight: 1 }, ...compoundPartTerms(w, key, vocabulary, partWeight, boilerplateKeys)] };
  };

  const hyphenatedInfo = (parts: readonly string[], caps: boolean): WordInfo => {
    const keys: string[] = [];
    const terms: WordInfo['terms'] = [];
    const seen = new Set<string>();
    for (const part of parts) {
      const partInfo = plainWordInfo(part, caps);
      keys.push(partInfo.key);
      for (const t of partInfo.terms) {
        if (seen.has(t.term)) continue;
        seen.add(t.term);
        terms.push(t);
      }
    }
    return { key: keys.join('-'), stop: terms.length === 0, terms };
  };

  const info = (norm: string, caps: boolean): WordInfo => {
    const cacheKey = caps ? norm + '\u0001' : norm;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const bare = norm.replace(EDGE_HYPHENS, '');
    let made: WordInfo;
    if (bare.includes('-')) made = hyphenatedInfo(bare.split('-').filter(Boolean), caps);
    else if (STARTS_WITH_DIGIT.test(bare)) made = { key: bare, stop: false, terms: [{ term: bare, weight: 1 }] };
    else made = plainWordInfo(bare, caps);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cacheKey, made);
    return made;
  };

  const keys = new Map<string, { key: string; stop: boolean }>();

  return {
    info,
    keyOf(norm) {
      const cached = cache.get(norm) ?? keys.get(norm);
      if (cached) return cached;
      const bare = norm.replace(EDGE_HYPHENS, '');
      if (bare.includes('-') || STARTS_WITH_DIGIT.test(bare)) return info(norm, false);
      const made = plainKey(bare);
      if (keys.size >= CACHE_LIMIT) keys.clear();
      keys.set(norm, made);
      return made;
    },
  };
}

/** The keys of a content word's compound parts, weighted below the word itself (cloudbeleid → cloud, beleid). */
function compoundPartTerms(w: string, key: string, vocabulary: Vocabulary, partWeight: number, boilerplateKeys: ReadonlySet<string>): WordInfo['terms'] {
  const terms: WordInfo['terms'] = [];
  const seen = new Set([key]);
  // Split the dictionary form, so a verb form is not split at its participle prefix (uitgetrokken).
  const parts = compoundParts(lemmaOf(w.replace(APOSTROPHES, ''), vocabulary), vocabulary);
  for (let depth = 0; depth < parts.length; depth++) {
    const part = parts[depth]!;
    if (FUNCTION_WORDS.has(part)) continue;
    // A modifier in its plural stem (kinder·armoede, volker·recht) is the word of that plural (kinderen → kind).
    const partKey = dutchKey(!vocabulary.words.has(part) && vocabulary.words.has(part + 'en') ? part + 'en' : part, vocabulary);
    if (seen.has(partKey) || boilerplateKeys.has(partKey)) continue;
    seen.add(partKey);
    terms.push({ term: partKey, weight: depth < 2 ? partWeight : partWeight * 0.6 });
  }
  return terms;
}

/** Known keys of the corpus: a separable particle is only joined to a verb when the joined verb exists there. */
function knownKeysOf(vocabulary: Vocabulary, words: WordTable): Set<string> {
  const known = new Set<string>();
  for (const w of vocabulary.words) for (const t of words.info(w, false).terms) known.add(t.term);
  return known;
}

/** The lexicon's terms as the analyzer sees them: single words by key, phrases by the key of their first word. */
interface CompiledLexicon {
  /** Key → concept terms (`=<group id>`) of the groups listing that word. */
  single: Map<string, string[]>;
  /** First key → the phrases starting with it. */
  phrases: Map<string, { keys: string[]; concept: string }[]>;
}

function compileLexicon(lexicon: Lexicon, words: WordTable): CompiledLexicon {
  const phrases: CompiledLexicon['phrases'] = new Map();
  const single: CompiledLexicon['single'] = new Map();
  for (const group of lexicon.groups) {
    const concept = '=' + group.id;
    for (const term of group.terms) {
      const tokens = tokenize(term);
      if (tokens.length === 0) continue;
      const keys = tokens.map((t) => words.info(t.norm, t.caps).key);
      // A single word is looked up among the terms (so also as a compound part: gegevensdeling → =data); a
      // hyphenated word's key is not a term (its parts are), so it is matched like a phrase, on token keys.
      if (keys.length === 1 && !keys[0]!.includes('-')) {
        const list = single.get(keys[0]!) ?? [];
        if (!list.includes(concept)) list.push(concept);
        single.set(keys[0]!, list);
      } else {
        const list = phrases.get(keys[0]!) ?? [];
        list.push({ keys, concept });
        phrases.set(keys[0]!, list);
      }
    }
  }
  return { single, phrases };
}

/** What the text-level steps need: the corpus vocabulary, the word table and the corpus's known keys. */
interface TextContext {
  vocabulary: Vocabulary;
  words: WordTable;
  knownKeys: ReadonlySet<string>;
}

function analyseTokens(tokens: readonly Token[], context: TextContext, concepts: CompiledLexicon): Analysis {
  const terms: AnalyzedTerm[] = [];
  const keys = addWordTerms(tokens, context, terms);
  addSingleWordConcepts(terms, concepts.single);
  if (concepts.phrases.size > 0) {
    addPhraseConcepts(tokens, keys, concepts.phrases, terms);
    weakenNameWords(terms);
  }
  return { tokens, terms };
}

/** Each token's own terms, the words an elliptic hyphen or a separable particle makes; returns each token's key. */
function addWordTerms(tokens: readonly Token[], context: TextContext, terms: AnalyzedTerm[]): string[] {
  const keys: string[] = new Array(tokens.length);
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.breakBefore) clauseStart = i;
    const info = context.words.info(token.norm, token.caps);
    keys[i] = info.key;
    for (const t of info.terms) terms.push({ term: t.term, weight: t.weight, token: i, tokenEnd: i });
    if (token.ellipsis === 'right') expandRight(tokens, i, context, terms);
    else if (token.ellipsis === 'left') expandLeft(tokens, i, context, terms);
    else if (token.kind === 'word' && PARTICLES.has(token.norm) && i > clauseStart) joinParticle(tokens, i, clauseStart, context, terms);
  }
  return keys;
}

/** A single-word synonym adds its concept wherever its key is a term (also as a compound part). */
function addSingleWordConcepts(terms: AnalyzedTerm[], single: CompiledLexicon['single']): void {
  const wordTermCount = terms.length;
  for (let k = 0; k < wordTermCount; k++) {
    const t = terms[k]!;
    const found = single.get(t.term);
    if (found) for (const concept of found) terms.push({ term: concept, weight: t.weight, token: t.token, tokenEnd: t.tokenEnd, from: t.term });
  }
}

/** A synonym phrase adds its concept where the token keys spell it out. */
function addPhraseConcepts(tokens: readonly Token[], keys: readonly string[], phrases: CompiledLexicon['phrases'], terms: AnalyzedTerm[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = phrases.get(keys[i]!);
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (i + phrase.keys.length > tokens.length) continue;
      let matches = true;
      for (let j = 1; j < phrase.keys.length && matches; j++) matches = keys[i + j] === phrase.keys[j];
      if (matches) terms.push({ term: phrase.concept, weight: 1, token: i, tokenEnd: i + phrase.keys.length - 1 });
    }
  }
}

/**
 * The words of a multi-word name (Nederlandse Digitale Dienst, Autoriteit Consument en Markt) say little on their
 * own: "digitale" matches every digital tag, "dienst" matches "in dienst van". The name's concept carries the
 * evidence; its words count for little.
 */
function weakenNameWords(terms: AnalyzedTerm[]): void {
  const named = new Set<number>();
  for (const t of terms) if (t.term.startsWith('=') && t.tokenEnd > t.token) for (let k = t.token; k <= t.tokenEnd; k++) named.add(k);
  if (named.size === 0) return;
  for (const t of terms) if (!t.term.startsWith('=') && named.has(t.token)) t.weight = Math.min(t.weight, NAME_PART_WEIGHT);
}

/** "cyber- en zedenrechercheurs": the modifier borrows the head of the first complete word after it. */
function expandRight(tokens: readonly Token[], i: number, context: TextContext, terms: AnalyzedTerm[]): void {
  const modifier = tokens[i]!.norm.replace(TRAILING_HYPHENS, '');
  for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
    const t = tokens[j]!;
    if (COORDINATORS.has(t.norm) || t.ellipsis === 'right') continue;
    if (t.kind !== 'word') return;
    const w = t.norm.replace(LEADING_HYPHENS, '');
    const head = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : compoundHead(w, context.vocabulary);
    if (!head) return;
    const joined = modifier.includes('-') || DIGIT.test(modifier) || tokens[i]!.caps ? `${modifier}-${head}` : modifier + head;
    for (const x of context.words.info(joined, false).terms) terms.push({ term: x.term, weight: x.weight, token: i, tokenEnd: j });
    return;
  }
}

/** "AI-adoptie en -geletterdheid": the head borrows the modifier of the complete word before it. */
function expandLeft(tokens: readonly Token[], i: number, context: TextContext, terms: AnalyzedTerm[]): void {
  const head = tokens[i]!.norm.replace(LEADING_HYPHENS, '');
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const t = tokens[j]!;
    if (COORDINATORS.has(t.norm) || t.ellipsis) continue;
    if (t.kind !== 'word') return;
    const w = t.norm;
    let joined: string | undefined;
    if (w.includes('-')) joined = `${w.slice(0, w.indexOf('-'))}-${head}`;
    else {
      const split = splitCompound(w, context.vocabulary);
      if (split) joined = w.slice(0, w.length - split.head.length) + head;
    }
    if (!joined) return;
    for (const x of context.words.info(joined, false).terms) terms.push({ term: x.term, weight: x.weight, token: j, tokenEnd: i });
    return;
  }
}

/** "We zetten in op …", "We richten een dienst op.": join the particle to a verb of its clause. */
function joinParticle(tokens: readonly Token[], i: number, clauseStart: number, context: TextContext, terms: AnalyzedTerm[]): void {
  const particle = tokens[i]!.norm;
  const atClauseEnd = i === tokens.length - 1 || tokens[i + 1]!.breakBefore;
  const from = atClauseEnd ? Math.max(clauseStart, i - 12) : i - 1;
  for (let j = i - 1; j >= from; j--) {
    const verb = tokens[j]!;
    if (verb.kind !== 'word' || verb.norm.includes('-') || FUNCTION_WORDS.has(verb.norm)) continue;
    const joined = context.words.keyOf(particle + lemmaOf(verb.norm, context.vocabulary));
    if (joined.stop || !context.knownKeys.has(joined.key)) continue;
    terms.push({ term: joined.key, weight: 1, token: j, tokenEnd: i });
    return;
  }
}
