/**
 * The generator's output model: what a corpus file may say (`Written`, from the corpus schema the loader reads along),
 * with what the generator always gives on top (every built-in commitment has tags and a firmness). The key order of
 * the YAML file is the order of the schema's fields.
 */

import { COMMITMENT, CORPUS_FILE, PASSAGE, SOURCE } from '../../src/core/corpus/schema';
import type { CorpusKind, Firmness, PassageKind } from '../../src/core/corpus/types';
import type { Descriptor, Fields, Written } from '../../src/core/data/schema';

export type SourceOut = Written<typeof SOURCE>;
export type CommitmentOut = Written<typeof COMMITMENT> & { tags: string[]; firmness: Firmness };
export type PassageOut = Written<typeof PASSAGE> & { kind: PassageKind };
export type CorpusOut = Omit<Written<typeof CORPUS_FILE>, 'commitments' | 'passages'> & {
  kind: CorpusKind;
  parties: string[];
  date: string;
  complete: boolean;
  language: string;
  commitments: CommitmentOut[];
  passages: PassageOut[];
};

/**
 * A value as plain data in the schema's field order, without absent fields and without empty lists (the loader reads
 * a missing list as empty).
 */
function inSchemaOrder(value: unknown, shape: Descriptor): unknown {
  if (Array.isArray(value)) return shape.kind === 'list' ? value.map((x) => inSchemaOrder(x, shape.item)) : value;
  if (shape.kind !== 'object' || value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape.fields as Fields)) {
    const v = record[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = inSchemaOrder(v, field.shape);
  }
  return out;
}

/** The corpus as a plain object in file order. */
export function toPlain(c: CorpusOut): Record<string, unknown> {
  return inSchemaOrder(c, CORPUS_FILE) as Record<string, unknown>;
}
