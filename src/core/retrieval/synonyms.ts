import { constant, list, object, optional, recommendedOr, required, slug, text } from '../data/schema';
import { readData } from '../data/reader';
import type { DataProblem } from '../types';

/**
 * The domain synonym and abbreviation lexicon (`lexicon/synonyms.yaml`) as data. Each group lists words and phrases
 * that mean the same thing for matching (AI ↔ kunstmatige intelligentie, NIS2 ↔ Cyberbeveiligingswet); a match on
 * any of them adds the group's concept term, in both directions. The loader takes the YAML text and returns the
 * value plus problems with positions; it never throws.
 */

export interface SynonymGroup {
  /** Kebab-case id; the concept term is `=<id>`. */
  id: string;
  /** Words and phrases as written (case matters only for acronyms that are also function words: OM ≠ om). */
  terms: string[];
  /** Why these belong together (shown to maintainers; required so every group is argued). */
  note: string;
  /** 0-based line of the group in the file. */
  line: number;
}

export interface Lexicon {
  groups: SynonymGroup[];
}

export const emptyLexicon: Lexicon = { groups: [] };

export interface LexiconResult {
  value: Lexicon;
  problems: DataProblem[];
}

/** Terms are compared as the matcher sees them: case and spacing do not make a different term. */
const termKey = (term: string): string => term.toLowerCase().replace(/\s+/g, ' ');
const INVALID_TERMS = { 'wrong-type': 'invalid-terms', 'missing-field': 'invalid-terms', 'too-few': 'invalid-terms' } as const;

/** One group of `synonyms.yaml`: its codes are the ones this file always reported. */
export const SYNONYM_GROUP = object(
  { one: { nl: 'een synoniemgroep', en: 'a synonym group' }, many: { nl: 'synoniemgroepen', en: 'synonym groups' } },
  {
    id: required(slug({ codes: { 'invalid-slug': 'invalid-id', 'missing-field': 'invalid-id' } }), 'kebab-case id; het begrip heet `=<id>`'),
    note: recommendedOr(text({ trim: true, codes: { 'missing-field': 'missing-note' } }), '', 'waarom deze termen bij elkaar horen'),
    terms: required(
      list(text({ trim: true, nonEmpty: true, codes: { 'wrong-type': 'invalid-term', 'missing-field': 'invalid-term' } }), {
        min: 2,
        unique: [
          { code: 'duplicate-term', key: termKey },
          // The same term in two groups adds both concepts: allowed, but worth a look.
          { code: 'duplicate-term', key: termKey, scope: 'file', keep: true },
        ],
        codes: INVALID_TERMS,
      }),
      'woorden en woordgroepen die voor hetzelfde staan (minstens twee)',
    ),
  },
  { codes: { 'wrong-type': 'invalid-group' } },
);

export const SYNONYM_FILE = object(
  { one: { nl: 'de synoniemenlijst', en: 'the synonym lexicon' }, many: { nl: 'synoniemenlijsten', en: 'synonym lexicons' } },
  {
    format: optional(constant(1, 'unsupported-format')),
    groups: required(list(SYNONYM_GROUP, { entries: true, key: 'id', located: true, codes: { 'wrong-type': 'missing-groups', 'missing-field': 'missing-groups' } })),
  },
  { codes: { 'wrong-type': 'invalid-root' }, emptyOk: true },
);

/** Parse `synonyms.yaml`. Invalid groups are skipped and reported; the rest is returned. */
export function parseLexicon(text: string): LexiconResult {
  const read = readData(text, SYNONYM_FILE);
  const groups = (read.value?.groups ?? []).map(({ value, line }): SynonymGroup => ({ id: value.id, terms: value.terms, note: value.note, line }));
  return { value: { groups }, problems: read.problems() };
}
