import type { DataProblem } from '../types';
import { buildTimeline, type AgreementDef, type AgreementTimeline } from './agreements';
import type { Commitment, Corpus, Passage, TagDef } from './types';

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
 * (the same corpus id in two files, a `replaces` that names no loaded corpus). Immutable: a change builds a new set.
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
  summary(): { uri: string; id?: string; title?: string; commitments: number; errors: number; warnings: number; builtin: boolean }[];
}

let versions = 0;

function problemAt(code: string, nl: string, en: string, severity: DataProblem['severity']): DataProblem {
  // Cross-file problems point at the top of the file (the header), where `id`/`replaces` live.
  return { line: 0, character: 0, endLine: 0, endCharacter: 0, severity, code, message: nl, messageEn: en };
}

export function createCorpusSet(files: readonly LoadedCorpus[], tags: readonly TagDef[] = [], calendar: readonly AgreementDef[] = []): CorpusSet {
  const version = ++versions;
  const corpora: Corpus[] = [];
  const extra = new Map<string, DataProblem[]>();
  const fileById = new Map<string, LoadedCorpus>();
  const add = (uri: string, p: DataProblem) => {
    const list = extra.get(uri) ?? [];
    list.push(p);
    extra.set(uri, list);
  };
  // Built-in corpora first, so a user file cannot shadow "ca2026" by accident.
  const ordered = [...files].sort((a, b) => Number(b.builtin) - Number(a.builtin));
  for (const f of ordered) {
    const c = f.corpus;
    if (!c) continue;
    const other = fileById.get(c.id);
    if (other) {
      add(
        f.uri,
        problemAt(
          'duplicate-corpus',
          `Corpus-id "${c.id}" wordt al gebruikt door ${other.uri}; dit bestand wordt overgeslagen. Kies een eigen id.`,
          `Corpus id "${c.id}" is already used by ${other.uri}; this file is skipped. Choose another id.`,
          'error',
        ),
      );
      continue;
    }
    fileById.set(c.id, f);
    corpora.push(c);
  }
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
    problemsByUri() {
      const out = new Map<string, DataProblem[]>();
      for (const f of files) out.set(f.uri, [...f.problems, ...(extra.get(f.uri) ?? [])]);
      return out;
    },
    summary() {
      return files.map((f) => {
        const problems = [...f.problems, ...(extra.get(f.uri) ?? [])];
        const shadowed = f.corpus ? fileById.get(f.corpus.id) !== f : true;
        return {
          uri: f.uri,
          ...(f.corpus ? { id: f.corpus.id, title: f.corpus.shortTitle ?? f.corpus.title } : {}),
          commitments: f.corpus && !shadowed ? f.corpus.commitments.length : 0,
          errors: problems.filter((p) => p.severity === 'error').length,
          warnings: problems.filter((p) => p.severity === 'warning').length,
          builtin: f.builtin,
        };
      });
    },
  };
}

export const emptyCorpusSet: CorpusSet = createCorpusSet([]);
