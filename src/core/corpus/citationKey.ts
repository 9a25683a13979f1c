import { SLUG_PATTERN } from './types';

/**
 * Citation keys `<corpus-id>:<commitment-id>` (`ca2026:nederlandse-digitale-dienst`): the one place their grammar is
 * written. The draft model, completion, the corpus loader, the rules and the editor grammar all read it from here.
 *
 * One grammar, read two ways:
 * - as a corpus defines a key: both parts slugs (`parseCitationKey`, and `CITATION_KEY_PATTERN` in `types.ts`);
 * - as a draft may write one after `@`: Pandoc's key syntax, wider on purpose, so a mistyped key or one of another
 *   bibliography (`@smith2020`) is still read as a key and can be judged instead of being ignored.
 */

/** The parts of a key as a draft writes it: regex sources without anchors or capture groups. */
export const DRAFT_KEY_PARTS = {
  /** The corpus id (or a whole key without `:`). */
  corpus: '[A-Za-z0-9_][A-Za-z0-9_-]*',
  /** The commitment id after the `:` (dots inside, not at the end: "p. 8." ends a sentence, not a key). */
  id: '[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]|[A-Za-z0-9_]',
} as const;

/** A key as a draft writes it after `@`: regex source without anchors or capture groups. */
export const DRAFT_KEY_PATTERN = `${DRAFT_KEY_PARTS.corpus}(?::(?:${DRAFT_KEY_PARTS.id}))?`;

/** One character that may stand in a key as a draft writes it (completion walks back over these to the `@`). */
export const DRAFT_KEY_CHAR = /[A-Za-z0-9_:.-]/;

const CORPUS_KEY = new RegExp(`^(${SLUG_PATTERN}):(${SLUG_PATTERN})$`);

/** The citation key of an entry: `${corpusId}:${id}`. */
export function keyOf(corpusId: string, id: string): string {
  return `${corpusId}:${id}`;
}

/** Split a corpus's citation key `<corpus>:<id>` (both slugs); undefined when it is not one. */
export function parseCitationKey(key: string): { corpusId: string; id: string } | undefined {
  const m = CORPUS_KEY.exec(key);
  return m ? { corpusId: m[1]!, id: m[2]! } : undefined;
}

/** Split a key as a draft writes it at its first `:`; a key without one has no corpus part. */
export function splitCitationKey(key: string): { corpusId?: string; id: string } {
  const colon = key.indexOf(':');
  return colon < 0 ? { id: key } : { corpusId: key.slice(0, colon), id: key.slice(colon + 1) };
}
