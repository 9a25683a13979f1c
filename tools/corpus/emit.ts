/**
 * Deterministic YAML output of a corpus: fixed key order (as built), prose in double quotes, short lists in flow
 * style, no line folding.
 */

import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Scalar } from 'yaml';

const PROSE_KEYS = new Set(['title', 'shortTitle', 'published', 'document', 'text', 'chapter', 'section', 'subsection', 'theme', 'note', 'publication', 'excerpt', 'amount', 'deadline', 'url']);
const FLOW_KEYS = new Set(['parties', 'replaces', 'tags', 'ministry', 'seeAlso']);

/** `value` must be plain data (objects, arrays, strings, numbers, booleans) with keys in output order. */
export function emitYaml(value: unknown, headerLines: readonly string[]): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String((pair.key as Scalar).value);
      const v = pair.value;
      if (PROSE_KEYS.has(key) && isScalar(v) && typeof v.value === 'string') v.type = 'QUOTE_DOUBLE';
      if (key === 'fragments' && isSeq(v)) for (const it of v.items) if (isScalar(it)) it.type = 'QUOTE_DOUBLE';
      if (FLOW_KEYS.has(key) && isSeq(v)) v.flow = true;
      if (key === 'source' && isMap(v) && v.items.length <= 1) v.flow = false;
    },
  });
  doc.commentBefore = headerLines.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false, doubleQuotedMinMultiLineLength: 1_000_000 });
}
