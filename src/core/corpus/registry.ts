import type { IndexStore } from '../retrieval/snapshot';
import type { DataProblem } from '../types';
import { buildTimeline, type AgreementDef, type AgreementTimeline } from './agreements';
import type { Commitment, Corpus, Passage, TagDef } from './types';
import type { CorpusFileSummary } from '../../shared/summaries';

export type { CorpusFileSummary };

/** A corpus as loaded from one file, with the problems found in it. */
export interface LoadedCorpus {
  uri: string;
  corpus: Corpus | undefined;
  problems: DataProblem[];
  /** Built-in corpora ship with the extension and are read-only. */
  builtin: boolean;
}

/**
 * Every loaded corpus, indexed once per corpus version: lookup by key, the agreements in force, cross-file problems
 * (the same corpus id in two files, built-in keys a user's replacement lacks, a `replaces` that names no loaded
 * corpus). Immutable: a change builds a new set.
 */
export interface CorpusSet {
  readonly version: number;
  readonly corpora: readonly Corpus[];
  readonly files: readonly LoadedCorpus[];
  readonly commitments: readonly Commitment[];
  readonly passages: readonly Passage[];
  readonly tags: ReadonlyMap<string, TagDef>;
  get(key: string): Commitment | undefined;
  corpus(id: string): Corpus | undefined;
  /** The file a corpus came from. */
  fileOf(corpusId: string): LoadedCorpus | undefined;
  /** Whether another corpus replaces this one: a later agreement of the calendar, or a loaded corpus that says so. */
  isReplaced(corpusId: string): boolean;
  /** The agreements by period (the calendar and the loaded agreements): which one was in force on a date. */
  readonly timeline: AgreementTimeline;
  /** Problems per file URI, including cross-file ones. */
  problemsByUri(): Map<string, DataProblem[]>;
  /** Human summary per file: what loaded and what was skipped. */
  summary(): CorpusFileSummary[];
  /** Where the analysed index of this set may be kept and found again (a snapshot, a cache); none by default. */
  readonly indexStore?: IndexStore;
}

export interface CorpusSetOptions {
  /** Where the citation engine looks for the analysed index before analysing, and offers the one it built. */
  indexStore?: IndexStore;
}


let versions = 0;

/** How many keys the warning about a replacement's missing keys names; the rest it counts. */
const MISSING_KEYS_NAMED = 10;

function problemAt(code: string, nl: string, en: string, severity: DataProblem['severity']): DataProblem {
  // Cross-file problems point at the top of the file (the header), where `id`/`replaces` live.
  return { line: 0, character: 0, endLine: 0, endCharacter: 0, severity, code, message: nl, messageEn: en };
}

/** A second file with a corpus id already loaded is skipped; for a built-in id, say how it could take over instead. */
function duplicateProblem(id: string, other: LoadedCorpus): DataProblem {
  const hint = other.builtin
    ? {
        nl: ' Kies een eigen id, of zet `complete: true` als dit bestand het hele document bevat: dan vervangt het het ingebouwde corpus.',
        en: ' Choose another id, or set `complete: true` if this file holds the whole document: then it replaces the built-in corpus.',
      }
    : { nl: ' Kies een eigen id.', en: ' Choose another id.' };
  return problemAt(
    'duplicate-corpus',
    `Corpus-id "${id}" wordt al gebruikt door ${other.uri}; dit bestand wordt overgeslagen.${hint.nl}`,
    `Corpus id "${id}" is already used by ${other.uri}; this file is skipped.${hint.en}`,
    'error',
  );
}

/**
 * The keys of a built-in corpus that a complete user corpus taking it over no longer resolves, as one warning on the
 * user file: one place to act on (add the passage under its old id, or change the drafts that cite it), where one
 * problem per key would bury the file's own problems. Drafts citing them get `onbekende-toezegging` each.
 */
function missingKeysProblem(builtin: Corpus, replacement: Corpus): DataProblem | undefined {
  const kept = new Set(replacement.commitments.map((c) => c.id));
  const missing = builtin.commitments.filter((c) => !kept.has(c.id)).map((c) => c.key);
  if (missing.length === 0) return undefined;
  const named = missing.slice(0, MISSING_KEYS_NAMED).join(', ');
  const rest = missing.length - MISSING_KEYS_NAMED;
  const one = missing.length === 1;
  return problemAt(
    'missing-builtin-keys',
    `Dit bestand vervangt het ingebouwde corpus "${builtin.id}", maar ${missing.length} ${one ? 'sleutel' : 'sleutels'} daarvan ${one ? 'staat' : 'staan'} er niet in: ${named}${rest > 0 ? ` en nog ${rest}` : ''}. Citaten ervan in concepten worden ‘onbekende-toezegging’: neem de passage op onder dezelfde id, of pas de citaten aan.`,
    `This file replaces the built-in corpus "${builtin.id}", but ${missing.length} of its ${one ? 'keys is' : 'keys are'} not in it: ${named}${rest > 0 ? ` and ${rest} more` : ''}. Drafts citing ${one ? 'it' : 'them'} get ‘onbekende-toezegging’: add the passage under the same id, or change the citations.`,
    'warning',
  );
}

/**
 * Which file holds each corpus id. Built-in corpora come first, so a user file cannot shadow "ca2026" by accident;
 * only a user file that says it holds the whole document (`complete: true`) takes a built-in id over. Any other
 * second claim is a duplicate and skipped.
 */
function claimCorpusIds(files: readonly LoadedCorpus[], add: (uri: string, p: DataProblem) => void): { fileById: Map<string, LoadedCorpus>; overridden: Map<string, LoadedCorpus> } {
  const fileById = new Map<string, LoadedCorpus>();
  const overridden = new Map<string, LoadedCorpus>();
  const ordered = [...files].sort((a, b) => Number(b.builtin) - Number(a.builtin));
  for (const f of ordered) {
    const c = f.corpus;
    if (!c) continue;
    const other = fileById.get(c.id);
    if (other?.builtin && !f.builtin && c.complete) {
      overridden.set(c.id, other);
      const missing = missingKeysProblem(other.corpus!, c);
      if (missing) add(f.uri, missing);
    } else if (other) {
      add(f.uri, duplicateProblem(c.id, other));
      continue;
    }
    // A Map keeps the first insertion's place: a replacement stands where the built-in corpus stood.
    fileById.set(c.id, f);
  }
  return { fileById, overridden };
}

/**
 * The corpus set of these files: one corpus per id (a user's complete corpus takes over a built-in one with its id;
 * other second claims are skipped), the problems across files, and the agreements in force by the calendar.
 */
export function createCorpusSet(files: readonly LoadedCorpus[], tags: readonly TagDef[] = [], calendar: readonly AgreementDef[] = [], options: CorpusSetOptions = {}): CorpusSet {
  const version = ++versions;
  const extra = new Map<string, DataProblem[]>();
  const add = (uri: string, p: DataProblem) => {
    const list = extra.get(uri) ?? [];
    list.push(p);
    extra.set(uri, list);
  };
  const { fileById, overridden } = claimCorpusIds(files, add);
  const corpora = [...fileById.values()].map((f) => f.corpus!);
  const ids = new Set(corpora.map((c) => c.id));
  const timeline = buildTimeline(calendar, corpora);
  // An agreement the calendar knows is a valid reference even when its text is not loaded ("replacedBy: hla2024").
  const known = (id: string) => ids.has(id) || calendar.some((d) => d.id === id);
  const replaced = new Set<string>(corpora.filter((c) => timeline.isSucceeded(c.id)).map((c) => c.id));
  for (const c of corpora) {
    for (const r of c.replaces) {
      if (ids.has(r)) replaced.add(r);
      else if (!known(r)) add(fileById.get(c.id)!.uri, problemAt('unknown-reference', `"replaces" noemt "${r}", maar dat corpus is niet geladen.`, `"replaces" names "${r}", but no such corpus is loaded.`, 'warning'));
    }
    if (c.replacedBy) {
      if (known(c.replacedBy)) replaced.add(c.id);
      else add(fileById.get(c.id)!.uri, problemAt('unknown-reference', `"replacedBy" noemt "${c.replacedBy}", maar dat corpus is niet geladen.`, `"replacedBy" names "${c.replacedBy}", but no such corpus is loaded.`, 'warning'));
    }
  }
  const commitments = corpora.flatMap((c) => c.commitments);
  const passages = corpora.flatMap((c) => c.passages);
  const byKey = new Map(commitments.map((x) => [x.key, x] as const));
  const byId = new Map(corpora.map((c) => [c.id, c] as const));
  const tagMap = new Map(tags.map((t) => [t.id, t] as const));
  return {
    version,
    corpora,
    files,
    commitments,
    passages,
    tags: tagMap,
    get: (key) => byKey.get(key),
    corpus: (id) => byId.get(id),
    fileOf: (id) => fileById.get(id),
    isReplaced: (id) => replaced.has(id),
    timeline,
    ...(options.indexStore ? { indexStore: options.indexStore } : {}),
    problemsByUri() {
      const out = new Map<string, DataProblem[]>();
      for (const f of files) out.set(f.uri, [...f.problems, ...(extra.get(f.uri) ?? [])]);
      return out;
    },
    summary() {
      const takenOver = new Map([...overridden].map(([id, builtin]) => [builtin.uri, fileById.get(id)!.uri] as const));
      return files.map((f): CorpusFileSummary => {
        const problems = [...f.problems, ...(extra.get(f.uri) ?? [])];
        const loaded = !!f.corpus && fileById.get(f.corpus.id) === f;
        const overrides = loaded && f.corpus ? overridden.get(f.corpus.id)?.uri : undefined;
        const overriddenBy = takenOver.get(f.uri);
        return {
          uri: f.uri,
          ...(f.corpus ? { id: f.corpus.id, title: f.corpus.shortTitle ?? f.corpus.title, complete: f.corpus.complete } : {}),
          commitments: f.corpus && loaded ? f.corpus.commitments.length : 0,
          errors: problems.filter((p) => p.severity === 'error').length,
          warnings: problems.filter((p) => p.severity === 'warning').length,
          builtin: f.builtin,
          loaded,
          ...(overrides ? { overrides } : {}),
          ...(overriddenBy ? { overriddenBy } : {}),
        };
      });
    },
  };
}

export const emptyCorpusSet: CorpusSet = createCorpusSet([]);
