/**
 * The rule tables that drive the pipeline, compiled. The table format is the one of
 * `corpus/sources/ca2021/rules.yaml` (documented there): one table per source document, so an imported agreement
 * brings its own table or starts from a generic one. Every module of the pipeline takes only the part it reads.
 */

import type { Firmness } from '../types';
import type { Matcher } from './match';

/** Headings the text extraction glued to the start of a paragraph, per chapter. */
export interface GluedHeading {
  chapter: string;
  title: string;
}

/** A full stop the extraction lost: the sentence is split between `after` and `at`. */
export interface MissingStop {
  after: string;
  at: string;
}

/** When a sentence cannot stand alone and continues the unit before it. */
export interface UnitRules {
  missingStops: MissingStop[];
  /** Continuation words a sentence starts with ("Daarom", "In totaal"), compiled: see `starterPattern`. */
  attachStarters: RegExp[];
  /** Starters that attach only a sentence that promises nothing by itself. */
  attachWeakStarters: RegExp[];
  /** Patterns that make a sentence refer back (hier-/daar-words, "dit", "dit doel"), searched in its first clause. */
  attachAnaphora: Matcher[];
  /** hier- and daar-words: they refer back only among the first `earlyWithin` words of the first clause. */
  attachEarlyAnaphora: Matcher[];
  earlyWithin: number;
  /** Back references anywhere in the sentence ("… ondersteunt dit.", "om dat te doen"). */
  attachAnaphoraAnywhere: Matcher[];
  /** Where a sentence's first clause ends (punctuation, subordinating conjunctions). */
  clauseEnd: RegExp;
  /** Words that do not count as the sentence's own subject matter (adverbs, adjectives) for the zero-content rule. */
  notContent: RegExp[];
  /** Starts of sentences that always continue the unit before them (exceptions, each with a reason). */
  attachSentences: string[];
  maxSentences: number;
}

export interface FirmnessRule {
  firmness: Firmness;
  /** Rank: lower wins among specific rules. */
  rank: number;
  /** A specific rule (onderzoek, wetgeving, financiering, doel) wins over the generic ones wherever it matches. */
  specific: boolean;
  regexes: Matcher[];
}

export interface FirmnessRules {
  firmness: FirmnessRule[];
}

/** Tags and ministry of a heading, used when no keyword matched. */
export interface HeadingDefaults {
  tags: string[];
  ministry?: string;
}

export interface TagRules {
  tags: { tag: string; regexes: Matcher[] }[];
  maxTags: number;
  chapterDefaults: Map<string, HeadingDefaults>;
  headingDefaults: Map<string, HeadingDefaults>;
  tagMinistry: Map<string, string>;
  maxMinistries: number;
}

/** Which words may make an id, and which ids were withdrawn. */
export interface IdRules {
  idStopwords: Set<string>;
  idVerbs: { slug: string; regex: RegExp }[];
  /** Short lower-case words allowed in ids (mkb, ggz, ov …). */
  idShortWords: Set<string>;
  /** Every verb form named in the firmness rules (never used as an id noun). */
  verbForms: Set<string>;
  /** Fixed terms that stay one word in an id ("eigen risico" → "eigen-risico"). */
  idPhrases: { words: string; re: RegExp }[];
  /** Words that only point elsewhere ("hier", "boven"): an id with one says nothing. */
  idPointers: Set<string>;
  /** The verb slugs of idVerbs ("verlagen"): not content words of an id. */
  idVerbNames: Set<string>;
  /** Ids given once and withdrawn (they said nothing or something wrong): never taken from the lock or given again. */
  retiredIds: Map<string, string>;
}

/** When two commitments repeat the same promise (seeAlso); see repeats.ts. */
export interface RepeatRules {
  stopwords: Set<string>;
  aliases: Map<string, string[]>;
  rareAt: number;
  minShared: number;
  strong: { similarity: number; rare: number };
  weak: { similarity: number; rare: number };
}

/** The whole compiled table. */
export interface Rules extends UnitRules, FirmnessRules, TagRules, IdRules {
  gluedHeadings: GluedHeading[];
  duplicates: RepeatRules;
}
