/**
 * The TypeScript types of the data files are written by hand (their JSDoc is what an editor shows), and checked here
 * against the schemas the reader reads along: a field added to one and not the other fails the type check
 * (`tsc --noEmit`, part of `npm test`), and the runtime checks below fail on a field the loader invents.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGREEMENT, type AgreementDef } from '../../../src/core/corpus/agreements';
import { loadCorpus } from '../../../src/core/corpus/load';
import { COMMITMENT, CORPUS_FILE, PASSAGE, QUOTATION, SOURCE } from '../../../src/core/corpus/schema';
import type { CommitmentInFile, CorpusInFile, PassageInFile, SourceInFile } from '../../../src/core/corpus/schema';
import { TAG } from '../../../src/core/corpus/tags';
import type { Commitment, Corpus, Passage, Quotation, Source, TagDef } from '../../../src/core/corpus/types';
import type { Infer } from '../../../src/core/data/schema';
import { SYNONYM_GROUP, type SynonymGroup } from '../../../src/core/retrieval/synonyms';

/**
 * The same fields, each assignable both ways (so also the same optionality: an optional field does not fit a required
 * one). Mutual assignability, because the schema's types are intersections that an identity check tells apart.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false) : false) : false;
const same = <T extends true>(): T | undefined => undefined;

/** What the loader adds to an entry: its key and corpus, and where it stands. */
type Placed = 'key' | 'corpusId' | 'span' | 'line' | 'character';

// Fields the loader resolves (a source merged with the header's, seeAlso checked against the file) are compared apart.
same<Same<Omit<Commitment, Placed | 'source' | 'seeAlso'>, Omit<CommitmentInFile, 'source' | 'seeAlso'>>>();
same<Same<NonNullable<Commitment['seeAlso']>, NonNullable<CommitmentInFile['seeAlso']>[number]['value'][]>>();
same<Same<Omit<Passage, Placed | 'source'>, Omit<PassageInFile, 'source'>>>();
same<Same<Omit<Corpus, 'uri' | 'source' | 'commitments' | 'passages'>, Omit<CorpusInFile, 'source' | 'commitments' | 'passages'>>>();
same<Same<Quotation, Infer<typeof QUOTATION>>>();
same<Same<Omit<Source, 'verified'>, Required<Omit<SourceInFile, 'verified' | 'document'>> & Pick<SourceInFile, 'document'>>>();
same<Same<Exclude<Source['verified'], 'unknown'>, NonNullable<SourceInFile['verified']>>>();
same<Same<Omit<TagDef, 'line'>, Infer<typeof TAG>>>();
same<Same<AgreementDef, Infer<typeof AGREEMENT>>>();
same<Same<Omit<SynonymGroup, 'line'>, Infer<typeof SYNONYM_GROUP>>>();

const ROOT = path.resolve(__dirname, '../../..');

describe('the corpus types and the corpus schema', () => {
  const keys = (shape: { fields: object }) => Object.keys(shape.fields);

  it('a loaded corpus has only fields of the schema and what the loader adds', () => {
    for (const file of ['corpus/ca2026.akkoord.yaml', 'corpus/ca2021.akkoord.yaml', 'test/fixtures/corpus/valid.akkoord.yaml']) {
      const { corpus } = loadCorpus(readFileSync(path.join(ROOT, file), 'utf8'), file);
      const allowed = (shape: { fields: object }, added: string[]) => new Set([...keys(shape), ...added]);
      for (const k of Object.keys(corpus!)) expect(allowed(CORPUS_FILE, ['uri']), `${file}: ${k}`).toContain(k);
      const placed = ['key', 'corpusId', 'span', 'line', 'character'];
      for (const c of corpus!.commitments) for (const k of Object.keys(c)) expect(allowed(COMMITMENT, placed), `${c.key}: ${k}`).toContain(k);
      for (const p of corpus!.passages) for (const k of Object.keys(p)) expect(allowed(PASSAGE, placed), `${p.text}: ${k}`).toContain(k);
      for (const k of Object.keys(corpus!.source)) expect(keys(SOURCE), k).toContain(k);
    }
  });

  it('commitments and passages share their location fields', () => {
    const location = ['chapter', 'section', 'subsection', 'paragraph', 'page', 'theme'];
    expect(keys(COMMITMENT)).toEqual(expect.arrayContaining(location));
    expect(keys(PASSAGE)).toEqual(expect.arrayContaining(location));
  });
});
