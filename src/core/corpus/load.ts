/**
 * Loads one `*.akkoord.yaml` corpus file from its text. Pure: no file system; never throws.
 *
 * Every problem carries the exact position of the offending node: the key for unknown fields, the value for wrong
 * types, the `id` value for duplicates, the list item for a missing `text`. An entry with an error is skipped (and
 * reported); the rest of the file still loads. Without a usable corpus `id` the result has no corpus.
 */

import type { DataProblem } from '../types';
import { CITATION_KEY_PATTERN, CORPUS_FORMAT, SLUG_PATTERN } from './types';
import type { Commitment, Corpus, Passage, Source } from './types';
import { isSlug } from './types';
import { readData } from '../data/reader';
import type { RangeIssues } from '../data/reader';
import type { Located } from '../data/schema';
import { suggest } from '../data/yamlNodes';
import { CORPUS_FILE } from './schema';
import type { CommitmentInFile, PassageInFile, SourceInFile } from './schema';
import { keyOf, parseCitationKey } from './citationKey';

export { CITATION_KEY_PATTERN, SLUG_PATTERN };

export interface LoadOptions {
  /** Known tag ids (from `corpus/tags.yaml`). When given, a tag outside this list is a warning. */
  knownTags?: Iterable<string>;
}

export interface LoadResult {
  corpus: Corpus | undefined;
  problems: DataProblem[];
}

export { isSlug, keyOf, parseCitationKey };

/** Entry-level fields override the corpus-level ones. */
function resolveSource(corpus: SourceInFile | undefined, entry: SourceInFile | undefined): Source {
  const s: Source = {
    verified: entry?.verified ?? corpus?.verified ?? 'unknown',
    quotedIn: entry?.quotedIn ?? corpus?.quotedIn ?? [],
  };
  const document = entry?.document ?? corpus?.document;
  if (document !== undefined) s.document = document;
  return s;
}

/** Where an entry stands in the file, for the editor to jump to. */
function placeOf(entry: Located<unknown>) {
  return { span: { start: entry.range[0], end: entry.range[1] }, line: entry.line, character: entry.character };
}

function toCommitment(entry: Located<CommitmentInFile>, corpusId: string, corpusSource: SourceInFile | undefined): Commitment {
  const { seeAlso: _refs, source, ...fields } = entry.value;
  return { key: keyOf(corpusId, fields.id), corpusId, ...fields, source: resolveSource(corpusSource, source), ...placeOf(entry) };
}

function toPassage(entry: Located<PassageInFile>, corpusId: string, corpusSource: SourceInFile | undefined): Passage {
  const { source, ...fields } = entry.value;
  return { corpusId, ...fields, source: resolveSource(corpusSource, source), ...placeOf(entry) };
}

/**
 * `seeAlso` names other commitments of this file: the commitment itself and ids that are not in the file are
 * dropped with a warning (the reader already dropped bad ids and repeats).
 */
function resolveSeeAlso(entries: readonly Located<CommitmentInFile>[], commitments: readonly Commitment[], issues: RangeIssues): void {
  const ids = commitments.map((c) => c.id);
  const known = new Set(ids);
  entries.forEach((entry, i) => {
    const kept: string[] = [];
    for (const ref of entry.value.seeAlso ?? []) {
      if (ref.value === entry.value.id) {
        issues.warning(ref.range, 'see-also-self', { nl: `"seeAlso" verwijst naar de toezegging zelf ("${ref.value}").`, en: `"seeAlso" refers to the commitment itself ("${ref.value}").` });
      } else if (!known.has(ref.value)) {
        const sug = suggest(ref.value, ids);
        issues.warning(ref.range, 'unknown-see-also', {
          nl: `"seeAlso" noemt "${ref.value}", maar die toezegging staat niet in dit bestand${sug ? `: bedoelde u "${sug}"?` : '.'}`,
          en: `"seeAlso" names "${ref.value}", but that commitment is not in this file${sug ? `: did you mean "${sug}"?` : '.'}`,
        });
      } else {
        kept.push(ref.value);
      }
    }
    if (kept.length) commitments[i]!.seeAlso = kept;
  });
}

function load(text: string, uri: string, options: LoadOptions): LoadResult {
  const read = readData(text, CORPUS_FILE, { known: { tags: options.knownTags } });
  const header = read.value;
  const done = (corpus: Corpus | undefined): LoadResult => ({ corpus, problems: read.problems() });
  if (header?.id === undefined) return done(undefined);
  const source = header.source;
  const entries = header.commitments ?? [];
  const commitments = entries.map((e) => toCommitment(e, header.id!, source));
  resolveSeeAlso(entries, commitments, read.issues);
  const corpus: Corpus = {
    uri,
    format: CORPUS_FORMAT,
    id: header.id,
    // A header with errors still loads its entries: what is broken falls back to a harmless value.
    title: header.title ?? header.id,
    kind: header.kind ?? 'overig',
    parties: header.parties ?? [],
    complete: header.complete ?? false,
    replaces: header.replaces ?? [],
    language: header.language ?? 'nl',
    source: resolveSource(source, undefined),
    commitments,
    passages: (header.passages ?? []).map((e) => toPassage(e, header.id!, source)),
    renamed: header.renamed ?? {},
  };
  for (const k of ['shortTitle', 'date', 'published', 'url', 'replacedBy', 'period'] as const) {
    if (header[k] !== undefined) (corpus as unknown as Record<string, unknown>)[k] = header[k];
  }
  return done(corpus);
}

/**
 * Load a corpus file. `uri` is only recorded on the result (for related-information links).
 * Never throws: on any input it returns a (possibly undefined) corpus and the problems found.
 */
export function loadCorpus(text: string, uri: string, options: LoadOptions = {}): LoadResult {
  try {
    return load(typeof text === 'string' ? text : '', uri, options);
  } catch (e) {
    return {
      corpus: undefined,
      problems: [
        {
          line: 0,
          character: 0,
          endLine: 0,
          endCharacter: 0,
          severity: 'error',
          message: `Interne fout bij het lezen van het corpus: ${String(e)}`,
          messageEn: `Internal error while reading the corpus: ${String(e)}`,
          code: 'internal-error',
        },
      ],
    };
  }
}
