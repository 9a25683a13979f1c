/**
 * What a corpus file's document is (its `kind:`): the schema, the importer's `--kind`, and the editor's import all take
 * their list from here.
 */
export const CORPUS_KINDS = ['coalitieakkoord', 'verkiezingsprogramma', 'toezeggingen', 'overig'] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];

/** Whether `kind` (from a command line, a request or a file) is one of the kinds. */
export function isCorpusKind(kind: unknown): kind is CorpusKind {
  return typeof kind === 'string' && (CORPUS_KINDS as readonly string[]).includes(kind);
}

/** What the head of a corpus file written by the importer says first: an earlier import, which importing again replaces. */
export const IMPORT_MARKER = 'GEÏMPORTEERD door "akkoordwijzer corpus import"';

/** The kind an earlier import wrote into the head of its corpus file; undefined for a file that is no earlier import. */
export function earlierImportKind(head: string): CorpusKind | undefined {
  return head.includes(IMPORT_MARKER) ? kindInHead(head) : undefined;
}

/** The `kind:` in the head of a corpus file, if it is one of the kinds. */
export function kindInHead(head: string | undefined): CorpusKind | undefined {
  const kind = head && /^kind:\s*["']?([a-z]+)["']?\s*$/m.exec(head)?.[1];
  return isCorpusKind(kind) ? kind : undefined;
}
