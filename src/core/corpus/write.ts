/**
 * Writing a corpus file (`*.akkoord.yaml`): the output model (what a file may say, from the corpus schema the loader
 * reads along) and deterministic YAML: fixed key order (the schema's field order), prose in double quotes, short
 * lists in flow style, no line folding. The build tool writes the built-in corpora with it and the importer a user's
 * agreement, so both look alike and load alike.
 */

import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Scalar } from 'yaml';
import type { Descriptor, Fields, Written } from '../data/schema';
import { COMMITMENT, CORPUS_FILE, PASSAGE, SOURCE } from './schema';
import type { CorpusKind, Firmness, PassageKind } from './types';

export type SourceOut = Written<typeof SOURCE>;
/** A commitment as a generator writes it: every generated commitment has tags and a firmness. */
export type CommitmentOut = Written<typeof COMMITMENT> & { tags: string[]; firmness: Firmness };
export type PassageOut = Written<typeof PASSAGE> & { kind: PassageKind };
export type CorpusOut = Omit<Written<typeof CORPUS_FILE>, 'commitments' | 'passages'> & {
  kind: CorpusKind;
  parties: string[];
  date?: string;
  complete: boolean;
  language: string;
  commitments: CommitmentOut[];
  passages: PassageOut[];
};

/**
 * A value as plain data in the schema's field order, without absent fields and without empty lists (the loader reads
 * a missing list as empty), except a required one: `commitments: []` stays (a fetch that found no toezeggingen wrote a
 * file without it, which its own loader refused).
 */
function inSchemaOrder(value: unknown, shape: Descriptor): unknown {
  if (Array.isArray(value)) return shape.kind === 'list' ? value.map((x) => inSchemaOrder(x, shape.item)) : value;
  if (shape.kind !== 'object' || value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape.fields as Fields)) {
    const v = record[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0 && field.presence !== 'required')) continue;
    out[key] = inSchemaOrder(v, field.shape);
  }
  return out;
}

/** The corpus as a plain object in file order. */
export function toPlain(c: CorpusOut): Record<string, unknown> {
  return inSchemaOrder(c, CORPUS_FILE) as Record<string, unknown>;
}

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

/** A corpus as the text of its file, with comment lines at the head. */
export function emitCorpus(c: CorpusOut, headerLines: readonly string[]): string {
  return emitYaml(toPlain(c), headerLines);
}
