/**
 * The commitment corpus as values: one `Corpus` per `*.akkoord.yaml` file (see docs/corpus-format.md).
 * Pure data; produced by `loadCorpus` (load.ts) from the file text, along the file format in schema.ts (the two are
 * checked against each other by test/unit/data/schemaTypes.test.ts).
 */

import type { Span } from '../types';
import { MINISTRY_TABLE } from './ministries';
import type { CorpusKind } from '../../shared/corpusKinds';

/** Version of the file format this code reads (`format: 1`). */
export const CORPUS_FORMAT = 1;

/** A corpus id or entry id: a kebab-case slug. Regex source (no anchors, no flags). */
export const SLUG_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';

const SLUG_RE = new RegExp(`^${SLUG_PATTERN}$`);

/** Lower-case words joined by single hyphens: what a corpus id and a commitment id look like. */
export function isSlug(s: string): boolean {
  return SLUG_RE.test(s);
}

/**
 * A citation key `<corpus>:<id>`, e.g. `ca2026:nederlandse-digitale-dienst`. Regex source (no anchors, no flags),
 * so callers can embed it: `new RegExp(`\\[\\^(${CITATION_KEY_PATTERN})\\]`, 'g')`.
 */
export const CITATION_KEY_PATTERN = `${SLUG_PATTERN}:${SLUG_PATTERN}`;

export { CORPUS_KINDS, isCorpusKind, kindInHead, type CorpusKind } from '../../shared/corpusKinds';

/**
 * How firm a commitment is, told from its wording.
 * - besluit: a decision ("we richten … op", "we voeren … in", "er komt …").
 * - wetgeving: a law is made or changed.
 * - financiering: money is made available or cut.
 * - inzet: effort without a guaranteed result ("we zetten in op", "we streven naar", "we stimuleren", "we werken aan").
 * - onderzoek: "we onderzoeken", "we verkennen", "we bezien", "we overwegen".
 * - doel: a target or goal, with or without a number ("Nederland wordt koploper …").
 * - standpunt: a stated view without an action.
 */
export const FIRMNESS_VALUES = ['besluit', 'wetgeving', 'financiering', 'inzet', 'onderzoek', 'doel', 'standpunt'] as const;
export type Firmness = (typeof FIRMNESS_VALUES)[number];

export const PASSAGE_KINDS = ['fragment', 'context', 'title'] as const;
/** fragment: a bare piece of wording; context: a full sentence that promises nothing; title: a (chapter) title. */
export type PassageKind = (typeof PASSAGE_KINDS)[number];

export const VERIFIED_VALUES = ['original', 'quoted'] as const;
/**
 * original: taken from the document itself; quoted: only seen quoted in publications.
 * `unknown` only appears in loaded values, when neither the corpus nor the entry names a source (the loader
 * reports that as an error).
 */
export type Verified = (typeof VERIFIED_VALUES)[number] | 'unknown';

/** Ministry abbreviations the loader knows (others are a warning, not an error): the codes of `MINISTRY_TABLE`. */
export const MINISTRIES: Readonly<Record<string, { nl: string; en: string; historical?: boolean }>> = Object.fromEntries(
  MINISTRY_TABLE.map((m) => [m.code, { ...m.label, ...(m.historical ? { historical: true } : {}) }]),
);

/** One publication that quoted (part of) the passage. Never its prose: name, address and date only. */
export interface Quotation {
  /** The publication's name, e.g. `berthub.eu`. */
  publication: string;
  url?: string;
  /** ISO date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known). */
  date?: string;
  /** The wording this publication quoted, when it is not the whole `text` (a part, or another cut). */
  excerpt?: string;
  /** E.g. "parafrase met citaat" — how this publication supports the wording. */
  note?: string;
}

/** Provenance, resolved: entry-level fields override the corpus-level ones. */
export interface Source {
  verified: Verified;
  /** What the text was taken from (e.g. a dataset and commit). */
  document?: string;
  quotedIn: Quotation[];
}

export interface Commitment {
  /** Citation key `${corpusId}:${id}`. */
  key: string;
  corpusId: string;
  id: string;
  /** Verbatim wording. Quoters' shortening marks (`(…)`, `[…]`) and insertions (`[door]`) stay visible. */
  text: string;
  /** Other verbatim wordings of parts of the same passage. */
  fragments: string[];
  chapter?: string;
  section?: string;
  subsection?: string;
  /** Number of the paragraph within its chapter (1 = the first paragraph after the chapter title). */
  paragraph?: number;
  page?: number;
  /** The quoter's topic label, when the chapter is not known. */
  theme?: string;
  tags: string[];
  ministry: string[];
  /** Undefined only in user corpora that leave it out (a warning). */
  firmness?: Firmness;
  deadline?: string;
  amount?: string;
  /**
   * Ids of other commitments in the same file that state the same promise (the document repeats it). Only ids that
   * exist in the file; undefined when there are none.
   */
  seeAlso?: string[];
  source: Source;
  note?: string;
  /** A promise from the Kamer's register of toezeggingen (a corpus of kind `toezeggingen` fetched from the open data). */
  register?: KamerToezeggingInfo;
  /** Offsets of the list item in the corpus file. */
  span: Span;
  /** 0-based line and character of the list item (the `id` key after `- `). */
  line: number;
  character: number;
}

/**
 * What the Kamer's register says about one toezegging (a promise a minister made to the Kamer), beyond its text,
 * deadline and ministry code, which the commitment holds like any other.
 */
export interface KamerToezeggingInfo {
  /** The register's number, e.g. `TZ202603-130`. */
  number: string;
  /** The open data's GUID: what a refresh matches on. */
  guid?: string;
  /** As the register says it: Openstaand, Voldaan, Afgedaan, … */
  status?: string;
  /** The minister's or state secretary's name as the register writes it. */
  minister?: string;
  /** Their function: "Minister van Financiën". */
  role?: string;
  /** The ministry's name as the register gives it (the commitment's `ministry` holds its code). */
  ministryName?: string;
  /** The day it was promised (`YYYY-MM-DD`). */
  made?: string;
  /** When the register last changed it (ISO 8601, as the open data gives it). */
  changed?: string;
  /** The letter that kept the promise, when the register names one. */
  fulfilledBy?: string;
  /** The debate or meeting it was promised in. */
  debate?: KamerDebate;
}

/** The activity a toezegging was made in. */
export interface KamerDebate {
  number?: string;
  /** The kind of activity: `Commissiedebat`, `Plenair debat`, … */
  type?: string;
  title?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  /** The committee in the lead, as the open data names it. */
  committee?: string;
  /** Its abbreviation (`BiZa`). */
  committeeCode?: string;
  /** Its page on tweedekamer.nl. */
  url?: string;
}

/** Verbatim wording from the document that is not a commitment: used for quote verification only. */
export interface Passage {
  corpusId: string;
  text: string;
  kind: PassageKind;
  chapter?: string;
  section?: string;
  subsection?: string;
  paragraph?: number;
  page?: number;
  theme?: string;
  source: Source;
  note?: string;
  span: Span;
  line: number;
  character: number;
}

export interface Corpus {
  /** The URI the text was loaded from (as given to `loadCorpus`). */
  uri: string;
  format: number;
  id: string;
  title: string;
  shortTitle?: string;
  kind: CorpusKind;
  parties: string[];
  /** ISO date (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY`). */
  date?: string;
  published?: string;
  url?: string;
  /** Whether the file holds the whole document (quote verification reasons about absence only then). */
  complete: boolean;
  replaces: string[];
  replacedBy?: string;
  /** The days an agreement governs (ISO dates, both inclusive); otherwise the agreement calendar decides. */
  period?: { from?: string; until?: string };
  language: string;
  /** Corpus-level provenance (the default of every entry). */
  source: Source;
  commitments: Commitment[];
  passages: Passage[];
  /** Ids renamed by the corpus's build, old id → new id (without the corpus prefix). */
  renamed: Record<string, string>;
}

/** One entry of `corpus/tags.yaml`. */
export interface TagDef {
  id: string;
  nl: string;
  en: string;
  description: string;
  /** Default ministry (current abbreviations), when one exists. */
  ministry?: string;
  line: number;
}
