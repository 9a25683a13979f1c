import type { LoadedCorpus } from './registry';
import type { Source } from './types';

/*
 * A loaded corpus file as plain JSON data: what `loadCorpus` made of its text (the corpus with every entry and its
 * position, the problems), so a start reads it back instead of parsing YAML. The URI is left out (a built-in corpus
 * is compiled on one machine and read on another) and put back on reading. Which text a stored value belongs to is
 * the host's key (the text's hash); the shape is checked here, so a damaged file is ignored, never an error.
 */

/** Raise when the loaded corpus model changes shape (a field added, renamed or computed differently). */
export const CORPUS_MODEL_FORMAT = 3;

/**
 * A loaded corpus without its URI, as stored. Each entry's `source` is a number into `sources`: the entries of a corpus
 * mostly share one (all 972 of the 2021 agreement's name the same dataset, 376 characters), and written out per entry
 * they were 290 KB of its 860 KB, read and parsed at every start.
 */
export interface StoredCorpus {
  format: number;
  /** As loaded, except that each entry's `source` holds its number in `sources` (typed as loaded, for brevity). */
  loaded: Omit<LoadedCorpus, 'uri'>;
  sources: Source[];
}

/** The data to store for a loaded corpus (its URI and the corpus's left out, each distinct source once). */
export function storedCorpus(loaded: LoadedCorpus): StoredCorpus {
  const { uri: _uri, ...rest } = loaded;
  const sources: Source[] = [];
  const numbers = new Map<string, number>();
  const numbered = <E extends { source: Source }>(e: E): E => {
    const key = JSON.stringify(e.source);
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = sources.push(e.source) - 1));
    return { ...e, source: n as unknown as Source };
  };
  const corpus = rest.corpus ? { ...rest.corpus, uri: '', commitments: rest.corpus.commitments.map(numbered), passages: rest.corpus.passages.map(numbered) } : undefined;
  return { format: CORPUS_MODEL_FORMAT, loaded: { ...rest, corpus }, sources };
}

/**
 * The loaded corpus back from stored data, at `uri`; undefined when the data is not a stored corpus of this format
 * (a cut-off or edited file, an older version), so the caller parses the text instead.
 */
export function restoreCorpus(value: unknown, uri: string, builtin: boolean): LoadedCorpus | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stored = value as Partial<StoredCorpus>;
  if (stored.format !== CORPUS_MODEL_FORMAT || typeof stored.loaded !== 'object' || stored.loaded === null) return undefined;
  const { sources } = stored;
  if (!Array.isArray(sources) || !sources.every((x) => typeof x === 'object' && x !== null)) return undefined;
  const { corpus, problems } = stored.loaded as Partial<LoadedCorpus>;
  if (!Array.isArray(problems) || !problems.every(isProblem)) return undefined;
  if (corpus !== undefined && !(isCorpusShape(corpus) && withSources(corpus, sources))) return undefined;
  return { uri, corpus: corpus ? { ...corpus, uri } : undefined, problems, builtin };
}

/** Put each entry's source back in place of its number (shared, as stored); false when a number points nowhere. */
function withSources(corpus: NonNullable<LoadedCorpus['corpus']>, sources: readonly Source[]): boolean {
  for (const e of [...corpus.commitments, ...corpus.passages]) {
    const n = e.source as unknown;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= sources.length) return false;
    e.source = sources[n]!;
  }
  return true;
}

function isProblem(p: unknown): boolean {
  if (typeof p !== 'object' || p === null) return false;
  const x = p as Record<string, unknown>;
  return typeof x['message'] === 'string' && typeof x['code'] === 'string' && typeof x['line'] === 'number' && typeof x['character'] === 'number';
}

/** The parts every reader of a corpus relies on: its id, and entries with a key, a text and a position. */
function isCorpusShape(c: unknown): c is NonNullable<LoadedCorpus['corpus']> {
  if (typeof c !== 'object' || c === null) return false;
  const x = c as Record<string, unknown>;
  if (typeof x['id'] !== 'string' || !Array.isArray(x['commitments']) || !Array.isArray(x['passages'])) return false;
  if (!Array.isArray(x['replaces']) || !Array.isArray(x['parties']) || typeof x['source'] !== 'object') return false;
  if (typeof x['renamed'] !== 'object' || x['renamed'] === null) return false;
  const entryOk = (e: unknown) => {
    if (typeof e !== 'object' || e === null) return false;
    const y = e as Record<string, unknown>;
    return typeof y['text'] === 'string' && typeof y['line'] === 'number' && typeof y['span'] === 'object' && y['span'] !== null;
  };
  const commitmentOk = (e: unknown) =>
    entryOk(e) && typeof (e as Record<string, unknown>)['key'] === 'string' && Array.isArray((e as Record<string, unknown>)['fragments']) && Array.isArray((e as Record<string, unknown>)['tags']);
  return x['commitments'].every(commitmentOk) && x['passages'].every(entryOk);
}
