import { compoundHead, compoundParts, splitCompound } from '../text/compounds';
import { createVocabulary, dutchKey, lemmaOf, SEPARABLE_PARTICLES, type Vocabulary } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import { emptyLexicon, type Lexicon } from './synonyms';
import { BOILERPLATE, FUNCTION_WORDS } from './stopwords';

/**
 * Token → index terms. One analyzer belongs to one corpus version: it is created from the corpus vocabulary and the
 * synonym lexicon, and the index and every query go through the same instance, so both sides get the same keys.
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
}

export interface AnalyzerOptions {
  /** Folded words of the corpus (or a prepared vocabulary). */
  vocabulary?: Iterable<string> | Vocabulary;
  lexicon?: Lexicon;
  /** Weight of a first-level compound part; deeper parts get 60 % of it. */
  partWeight?: number;
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

function isVocabulary(v: unknown): v is Vocabulary {
  return typeof v === 'object' && v !== null && 'words' in v && 'keys' in v;
}

/** Folded words of a text, hyphenated words also as their parts: the vocabulary an index is built from. */
export function vocabularyWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') continue;
    const w = t.norm.replace(/^-|-$/g, '');
    out.push(w);
    if (w.includes('-')) for (const p of w.split('-')) if (p) out.push(p);
  }
  return out;
}

/** Weight of a word inside a matched multi-word name (see above). */
const NAME_PART_WEIGHT = 0.3;

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const lexicon = options.lexicon ?? emptyLexicon;
  const partWeight = options.partWeight ?? 0.5;
  const lexiconWords = lexicon.groups.flatMap((g) => g.terms.flatMap(vocabularyWords));
  const vocab: Vocabulary = isVocabulary(options.vocabulary)
    ? options.vocabulary
    : createVocabulary([...(options.vocabulary ?? []), ...lexiconWords]);

  const cache = new Map<string, WordInfo>();
  const boilerplate = new Set<string>();
  for (const w of BOILERPLATE) boilerplate.add(dutchKey(w, vocab));
  boilerplate.add(dutchKey('overgaan', vocab));

  const simple = (w: string, caps: boolean): WordInfo => {
    if (FUNCTION_WORDS.has(w) || w.length < 2) {
      // OM (Openbaar Ministerie) is no "om": an acronym in capitals keeps its own term.
      if (caps && w.length >= 2) {
        const up = w.toUpperCase();
        return { key: up, stop: false, terms: [{ term: up, weight: 1 }] };
      }
      return { key: w, stop: true, terms: [] };
    }
    // Nothing Dutch is this long: a pasted URL, hash or run of characters is one opaque term.
    if (w.length > MAX_WORD) return { key: w, stop: false, terms: [{ term: w, weight: 1 }] };
    const key = dutchKey(w, vocab);
    if (boilerplate.has(key)) return { key, stop: true, terms: [] };
    const terms = [{ term: key, weight: 1 }];
    const seen = new Set([key]);
    // Split the dictionary form, so a verb form is not split at its participle prefix (uitgetrokken).
    const parts = compoundParts(lemmaOf(w.replace(/'/g, ''), vocab), vocab);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (FUNCTION_WORDS.has(p)) continue;
      const pk = dutchKey(p, vocab);
      if (seen.has(pk) || boilerplate.has(pk)) continue;
      seen.add(pk);
      terms.push({ term: pk, weight: i < 2 ? partWeight : partWeight * 0.6 });
    }
    return { key, stop: false, terms };
  };

  const word = (norm: string, caps: boolean): WordInfo => {
    const ck = caps ? norm + '\u0001' : norm;
    const hit = cache.get(ck);
    if (hit) return hit;
    let info: WordInfo;
    const bare = norm.replace(/^-+|-+$/g, '');
    if (bare.includes('-')) {
      const parts = bare.split('-').filter(Boolean);
      const keys: string[] = [];
      const terms: WordInfo['terms'] = [];
      const seen = new Set<string>();
      for (const p of parts) {
        const pi = simple(p, caps);
        keys.push(pi.key);
        for (const t of pi.terms) {
          if (seen.has(t.term)) continue;
          seen.add(t.term);
          terms.push(t);
        }
      }
      info = { key: keys.join('-'), stop: terms.length === 0, terms };
    } else if (/^\d/.test(bare)) {
      info = { key: bare, stop: false, terms: [{ term: bare, weight: 1 }] };
    } else {
      info = simple(bare, caps);
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(ck, info);
    return info;
  };

  const infoOf = (t: Token): WordInfo => word(t.norm, t.caps);

  // Known keys of the corpus: a separable particle is only joined to a verb when the joined verb exists there.
  const knownKeys = new Set<string>();
  for (const w of vocab.words) for (const t of word(w, false).terms) knownKeys.add(t.term);

  // Lexicon phrases, analysed like any text: first key → phrases starting with it.
  const phrases = new Map<string, { keys: string[]; concept: string }[]>();
  const single = new Map<string, string[]>();
  for (const g of lexicon.groups) {
    const concept = '=' + g.id;
    for (const term of g.terms) {
      const toks = tokenize(term);
      if (toks.length === 0) continue;
      const keys = toks.map((t) => infoOf(t).key);
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

  const analyzeTokens = (tokens: readonly Token[]): Analysis => {
    const terms: AnalyzedTerm[] = [];
    const keys: string[] = new Array(tokens.length);
    let clauseStart = 0;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.breakBefore) clauseStart = i;
      const info = infoOf(tok);
      keys[i] = info.key;
      for (const t of info.terms) terms.push({ term: t.term, weight: t.weight, token: i, tokenEnd: i });
      if (tok.ellipsis === 'right') expandRight(tokens, i, terms);
      else if (tok.ellipsis === 'left') expandLeft(tokens, i, terms);
      else if (tok.kind === 'word' && PARTICLES.has(tok.norm) && i > clauseStart) joinParticle(tokens, i, clauseStart, terms);
    }
    // Synonym concepts: single words (also as compound parts) and phrases over the keys.
    const n = terms.length;
    for (let k = 0; k < n; k++) {
      const t = terms[k]!;
      const concepts = single.get(t.term);
      if (concepts) for (const c of concepts) terms.push({ term: c, weight: t.weight, token: t.token, tokenEnd: t.tokenEnd });
    }
    if (phrases.size > 0) {
      for (let i = 0; i < tokens.length; i++) {
        const cands = phrases.get(keys[i]!);
        if (!cands) continue;
        for (const p of cands) {
          if (i + p.keys.length > tokens.length) continue;
          let ok = true;
          for (let j = 1; j < p.keys.length && ok; j++) ok = keys[i + j] === p.keys[j];
          if (ok) terms.push({ term: p.concept, weight: 1, token: i, tokenEnd: i + p.keys.length - 1 });
        }
      }
      // The words of a multi-word name (Nederlandse Digitale Dienst, Autoriteit Consument en Markt) say little on
      // their own: "digitale" matches every digital tag, "dienst" matches "in dienst van". The name's concept carries
      // the evidence; its words count for little.
      const named = new Set<number>();
      for (const t of terms) if (t.term.startsWith('=') && t.tokenEnd > t.token) for (let k = t.token; k <= t.tokenEnd; k++) named.add(k);
      if (named.size > 0) for (const t of terms) if (!t.term.startsWith('=') && named.has(t.token)) t.weight = Math.min(t.weight, NAME_PART_WEIGHT);
    }
    return { tokens, terms };
  };

  /** "cyber- en zedenrechercheurs": the modifier borrows the head of the first complete word after it. */
  const expandRight = (tokens: readonly Token[], i: number, terms: AnalyzedTerm[]) => {
    const base = tokens[i]!.norm.replace(/-+$/, '');
    for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
      const t = tokens[j]!;
      if (COORDINATORS.has(t.norm) || t.ellipsis === 'right') continue;
      if (t.kind !== 'word') return;
      const w = t.norm.replace(/^-+/, '');
      let head: string | undefined;
      if (w.includes('-')) head = w.slice(w.lastIndexOf('-') + 1);
      else head = compoundHead(w, vocab);
      if (!head) return;
      const joined = base.includes('-') || /\d/.test(base) || tokens[i]!.caps ? `${base}-${head}` : base + head;
      for (const x of word(joined, false).terms) terms.push({ term: x.term, weight: x.weight, token: i, tokenEnd: j });
      return;
    }
  };

  /** "AI-adoptie en -geletterdheid": the head borrows the modifier of the complete word before it. */
  const expandLeft = (tokens: readonly Token[], i: number, terms: AnalyzedTerm[]) => {
    const base = tokens[i]!.norm.replace(/^-+/, '');
    for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
      const t = tokens[j]!;
      if (COORDINATORS.has(t.norm) || t.ellipsis) continue;
      if (t.kind !== 'word') return;
      const w = t.norm;
      let joined: string | undefined;
      if (w.includes('-')) joined = `${w.slice(0, w.indexOf('-'))}-${base}`;
      else {
        const split = splitCompound(w, vocab);
        if (split) joined = w.slice(0, w.length - split.head.length) + base;
      }
      if (!joined) return;
      for (const x of word(joined, false).terms) terms.push({ term: x.term, weight: x.weight, token: j, tokenEnd: i });
      return;
    }
  };

  /** "We zetten in op …", "We richten een dienst op.": join the particle to a verb of its clause. */
  const joinParticle = (tokens: readonly Token[], i: number, clauseStart: number, terms: AnalyzedTerm[]) => {
    const p = tokens[i]!.norm;
    const atClauseEnd = i === tokens.length - 1 || tokens[i + 1]!.breakBefore;
    const from = atClauseEnd ? Math.max(clauseStart, i - 12) : i - 1;
    for (let j = i - 1; j >= from; j--) {
      const v = tokens[j]!;
      if (v.kind !== 'word' || v.norm.includes('-') || FUNCTION_WORDS.has(v.norm)) continue;
      const joined = p + lemmaOf(v.norm, vocab);
      const info = word(joined, false);
      if (info.stop || !knownKeys.has(info.key)) continue;
      terms.push({ term: info.key, weight: 1, token: j, tokenEnd: i });
      return;
    }
  };

  return {
    vocabulary: vocab,
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
  };
}
