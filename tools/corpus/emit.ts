/**
 * Deterministic YAML output of a corpus: fixed key order (as built), prose in double quotes, short lists in flow
 * style, no line folding. Which keys hold prose and which hold short lists follows from the corpus schema.
 */

import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Scalar } from 'yaml';
import { CORPUS_FILE } from '../../src/core/corpus/schema';
import type { Descriptor, Fields } from '../../src/core/data/schema';

/** Keys whose value is prose (`text` fields: double-quoted) and keys of lists of words (ids, tags: one line). */
function keyStyles(root: Descriptor): { prose: Set<string>; flow: Set<string> } {
  const prose = new Set<string>();
  const flow = new Set<string>();
  const walk = (shape: Descriptor, seen: Set<Descriptor>): void => {
    if (seen.has(shape)) return;
    seen.add(shape);
    if (shape.kind === 'list') walk(shape.item, seen);
    if (shape.kind !== 'object') return;
    for (const [key, field] of Object.entries(shape.fields as Fields)) {
      const s = field.shape;
      if (s.kind === 'text' || (s.kind === 'list' && s.item.kind === 'text')) prose.add(key);
      else if (s.kind === 'list' && s.item.kind !== 'object') flow.add(key);
      walk(s, seen);
    }
  };
  walk(root, new Set());
  return { prose, flow };
}

const { prose: PROSE_KEYS, flow: FLOW_KEYS } = keyStyles(CORPUS_FILE);

/** `value` must be plain data (objects, arrays, strings, numbers, booleans) with keys in output order. */
export function emitYaml(value: unknown, headerLines: readonly string[]): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String((pair.key as Scalar).value);
      const v = pair.value;
      if (PROSE_KEYS.has(key) && isScalar(v) && typeof v.value === 'string') v.type = 'QUOTE_DOUBLE';
      if (PROSE_KEYS.has(key) && isSeq(v)) for (const it of v.items) if (isScalar(it)) it.type = 'QUOTE_DOUBLE';
      if (FLOW_KEYS.has(key) && isSeq(v)) v.flow = true;
      if (key === 'source' && isMap(v) && v.items.length <= 1) v.flow = false;
    },
  });
  doc.commentBefore = headerLines.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false, doubleQuotedMinMultiLineLength: 1_000_000 });
}
