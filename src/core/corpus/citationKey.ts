import { SLUG_PATTERN } from './types';

/**
 * Citation keys `<corpus-id>:<commitment-id>` (`ca2026:nederlandse-digitale-dienst`). The draft model, completion,
 * the corpus loader, the rules and the editor grammar all read them from here.
 *
 * One grammar, read two ways:
 * - as a corpus defines a key: both parts slugs (`parseCitationKey`, and `CITATION_KEY_PATTERN` in `types.ts`);
 * - as a draft may write one after `@`: written in `shared/citationKey.ts` (re-exported here), because the client's
 *   Markdown preview reads the same keys and the client may not import the core.
 */

export { CITATION_GROUP_PATTERN, DRAFT_KEY_CHAR, DRAFT_KEY_PARTS, DRAFT_KEY_PATTERN, KEY_IN_GROUP_PATTERN } from '../../shared/citationKey';

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
