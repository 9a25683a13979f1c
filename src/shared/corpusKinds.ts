/**
 * What a corpus file's document is (its `kind:`): the schema, the importer's `--kind`, and the editor's import all take
 * their list from here.
 */
export const CORPUS_KINDS = ['coalitieakkoord', 'verkiezingsprogramma', 'toezeggingen', 'overig'] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];
