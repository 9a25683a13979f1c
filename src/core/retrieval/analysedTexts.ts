import { tokenize, type Token } from '../text/tokenize';
import { createAnalyzer, tokenVocabulary, type Analysis, type Analyzer } from './analyzer';
import type { Lexicon } from './synonyms';

/**
 * The texts of one corpus version, tokenised once and analysed once by the one analyzer of that version. The
 * vocabulary of the analyzer is made of exactly these texts (plus the lexicon's words), so every index built from
 * them — the commitments for suggestions, the passages for quote checks — splits a compound the same way, and a
 * text that is both a commitment and a passage is analysed once.
 *
 * Kept only while the indexes are built: `release` drops the tokens and analyses (the indexes keep postings, not
 * texts), and afterwards `analysis` and `tokens` still answer by computing afresh.
 */
export interface AnalysedTexts {
  readonly analyzer: Analyzer;
  /** The analysis of a text (kept for the texts given at creation until `release`). */
  analysis(text: string): Analysis;
  /** The tokens of a text (kept for the texts given at creation until `release`). */
  tokens(text: string): readonly Token[];
  release(): void;
}

/** What the analyzer's vocabulary is made of, beyond the texts themselves. */
export interface AnalysedTextsOptions {
  /** Folded words added to the vocabulary. */
  extraVocabulary?: Iterable<string>;
  /** Texts kept tokenised and analysed like the others whose words do not enter the vocabulary. */
  outsideVocabulary?: Iterable<unknown>;
}

/**
 * Tokenise `texts`, make the analyzer from their words (plus the options' and the lexicon's), and analyse each
 * distinct text on first use. Never throws; a value that is not a string counts as an empty text.
 */
export function analyseTexts(texts: Iterable<unknown>, lexicon: Lexicon | undefined, options: AnalysedTextsOptions = {}): AnalysedTexts {
  let tokensByText = new Map<string, Token[]>();
  for (const value of texts) {
    const text = asText(value);
    if (!tokensByText.has(text)) tokensByText.set(text, tokenize(text));
  }
  const vocabulary = [...(options.extraVocabulary ?? [])];
  for (const tokens of tokensByText.values()) for (const w of tokenVocabulary(tokens)) vocabulary.push(w);
  for (const value of options.outsideVocabulary ?? []) {
    const text = asText(value);
    if (!tokensByText.has(text)) tokensByText.set(text, tokenize(text));
  }
  const analyzer = createAnalyzer({ vocabulary, ...(lexicon ? { lexicon } : {}) });
  let analyses = new Map<string, Analysis>();
  const tokensOf = (value: unknown): readonly Token[] => {
    const text = asText(value);
    return tokensByText.get(text) ?? tokenize(text);
  };
  return {
    analyzer,
    tokens: tokensOf,
    analysis(value) {
      const text = asText(value);
      const known = analyses.get(text);
      if (known) return known;
      const analysis = analyzer.analyzeTokens(tokensOf(text));
      if (tokensByText.has(text)) analyses.set(text, analysis);
      return analysis;
    },
    release() {
      tokensByText = new Map();
      analyses = new Map();
    },
  };
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
