import { CITATION_GROUP_PATTERN, KEY_IN_GROUP_PATTERN } from '../corpus/citationKey';
import type { CitationRef } from './types';

const GROUP = new RegExp(CITATION_GROUP_PATTERN, 'g');
/** A key inside a group (`<corpus>:<id>`; a plain `@key` without a corpus is also read), after a separator. */
const KEY_IN_GROUP = new RegExp(KEY_IN_GROUP_PATTERN, 'g');

/**
 * Pandoc-style citations in bracket groups: `[@ca2026:nederlandse-digitale-dienst]`, `[@a; @b]`,
 * `[zie @ca2021:algoritmeregister, p. 8]`. Keys inside footnote definitions are read the same way.
 */
export function findCitations(masked: string): CitationRef[] {
  const refs: CitationRef[] = [];
  for (const g of masked.matchAll(GROUP)) {
    const groupStart = g.index;
    const inner = g[1]!;
    for (const k of inner.matchAll(KEY_IN_GROUP)) {
      const at = groupStart + 1 + k.index + k[1]!.length; // at the '@'
      refs.push({ start: at, end: at + 1 + k[2]!.length, key: k[2]!, group: { start: groupStart, end: groupStart + g[0].length } });
    }
  }
  return refs;
}
