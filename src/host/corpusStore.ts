import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { CORPUS_FILE_PATTERN, createCorpusSet, loadAgreementList, loadCorpus, loadTagList, restoreCorpus, storedCorpus, type AgreementDef, type CorpusSet, type DataProblem, type LoadedCorpus, type TagDef } from '../core/service';
import { packageRoot } from './data';
import { findFiles, readText } from './files';
import { bundledSnapshotFolder, corpusFileName, isLoadResult, SnapshotFolders } from './snapshotCache';

/** The built-in tag list and corpora (`corpus/` in the package). */
function builtinCorpusFiles(root = packageRoot()): string[] {
  const dir = path.join(root, 'corpus');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => CORPUS_FILE_PATTERN.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

function loadBuiltinTags(root: string, compiled: SnapshotFolders): { tags: TagDef[]; problems: DataProblem[]; file: string } {
  const file = path.join(root, 'corpus', 'tags.yaml');
  const read = readText(file);
  if (read.problem) return { tags: [], problems: [read.problem], file };
  const text = read.text;
  const isTag = (t: Record<string, unknown>) => typeof t['id'] === 'string' && typeof t['nl'] === 'string' && typeof t['line'] === 'number';
  return { ...compiled.compiled('tags', text, () => loadTagList(text, file), (v) => isLoadResult(v, 'tags', isTag)), file };
}

/** The built-in agreement calendar (`corpus/agreements.yaml`): which agreement governed when. */
function loadBuiltinCalendar(root: string, compiled: SnapshotFolders): { agreements: AgreementDef[]; problems: DataProblem[] } {
  const read = readText(path.join(root, 'corpus', 'agreements.yaml'));
  if (read.problem) return { agreements: [], problems: [read.problem] };
  const text = read.text;
  const isAgreement = (a: Record<string, unknown>) => typeof a['id'] === 'string';
  return compiled.compiled('agreements', text, () => loadAgreementList(text), (v) => isLoadResult(v, 'agreements', isAgreement));
}

/** Find `*.akkoord.yaml` files in a workspace folder (bounded depth; skips node_modules, .git, build output). */
function findWorkspaceCorpora(folder: string, maxDepth = 6): string[] {
  return findFiles(folder, (name) => CORPUS_FILE_PATTERN.test(name), maxDepth);
}

/** Where compiled corpora are found and kept (see `snapshotCache.ts`). */
export interface CorpusStoreOptions {
  /** The snapshot of the built-in corpora; by default the one beside the running bundle, `false` for none. */
  snapshot?: string | false;
  /** A folder to keep compiled corpora and indexes in between runs; none by default. */
  cache?: string;
}

/**
 * Loads corpora and keeps them: each file is parsed once per text, so a change to one file re-reads only that file
 * and rebuilds the (cheap) set. Open editor buffers win over the disk, so problems show while the user types.
 * A text compiled before (the built-in snapshot, the cache) is read back instead of parsed, and so is the analysed
 * index of a set of files seen before.
 */
export class CorpusStore {
  private readonly cache = new Map<string, { text: string; loaded: LoadedCorpus }>();
  private tags: TagDef[] = [];
  private readonly calendar: AgreementDef[];
  /** Problems in the built-in tag list and agreement calendar. */
  readonly tagProblems: DataProblem[] = [];

  private readonly compiled: SnapshotFolders;

  constructor(
    private readonly root = packageRoot(),
    options: CorpusStoreOptions = {},
  ) {
    const snapshot = options.snapshot === false ? undefined : (options.snapshot ?? bundledSnapshotFolder());
    this.compiled = new SnapshotFolders(snapshot ? [snapshot] : [], options.cache);
    const t = loadBuiltinTags(root, this.compiled);
    this.tags = t.tags;
    this.tagProblems.push(...t.problems);
    const c = loadBuiltinCalendar(root, this.compiled);
    this.calendar = c.agreements;
    this.tagProblems.push(...c.problems);
  }

  /** Keep compiled corpora in `folder` from now on (the server learns it at `initialize`). */
  useCacheFolder(folder: string | undefined): void {
    this.compiled.useWritable(folder);
  }

  /** Write what waits to be cached now (before a process exits, or a build step ends). */
  flushCache(): void {
    this.compiled.flush();
  }

  knownTags(): string[] {
    return this.tags.map((t) => t.id);
  }

  /** Load (or reuse) one file. `text` is the editor's buffer when the file is open. */
  load(file: string, builtin: boolean, text?: string): LoadedCorpus {
    const uri = URI.file(file).toString();
    const read = text !== undefined ? { text } : readText(file);
    if (read.problem) {
      this.cache.delete(uri);
      return { uri, corpus: undefined, problems: [read.problem], builtin };
    }
    const content = read.text;
    const hit = this.cache.get(uri);
    if (hit && hit.text === content && hit.loaded.builtin === builtin) return hit.loaded;
    const loaded = this.compile(content, uri, builtin);
    this.cache.set(uri, { text: content, loaded });
    return loaded;
  }

  /** A corpus text read back from the snapshot or the cache, else parsed (and cached for the next run). */
  private compile(content: string, uri: string, builtin: boolean): LoadedCorpus {
    const knownTags = this.knownTags();
    const name = corpusFileName(content, knownTags);
    const stored = restoreCorpus(this.compiled.read(name), uri, builtin);
    if (stored) return stored;
    const { corpus, problems } = loadCorpus(content, uri, { knownTags });
    const loaded = { uri, corpus, problems, builtin };
    this.compiled.write(name, storedCorpus(loaded));
    return loaded;
  }

  private readonly walked = new Map<string, string[]>();
  /** The last set built from each list of files (by their URIs): folders that load the same files share one set. */
  private readonly sets = new Map<string, { files: LoadedCorpus[]; set: CorpusSet }>();

  /** Forget which corpus files the workspace folders hold (call when files are created or deleted). */
  forgetWorkspaceFiles(): void {
    this.walked.clear();
  }

  /**
   * Build the set from the built-in corpora, the workspace files and the configured extra paths. When every file is
   * the same loaded value as last time these files were asked for, that set is returned (to every folder that asks),
   * so nothing downstream (the search index, the drafts' findings) is rebuilt for a reload that changed nothing.
   * `readable` leaves out the files that may not be read (Restricted Mode: those outside the workspace), walked or named.
   */
  build(options: { folders: string[]; extraFiles: string[]; openText: (uri: string) => string | undefined; readable?: (files: readonly string[]) => string[] }): CorpusSet {
    const files: LoadedCorpus[] = [];
    const seen = new Set<string>();
    const take = (file: string, builtin: boolean) => {
      const abs = path.resolve(file);
      if (seen.has(abs)) return;
      seen.add(abs);
      files.push(this.load(abs, builtin, options.openText(URI.file(abs).toString())));
    };
    for (const f of builtinCorpusFiles(this.root)) take(f, true);
    // The files the user named (settings, `corpora:`, `--corpus`) before those found in the folders: of two files with
    // one corpus id the first is kept, and a copy in a subfolder (`oud/`, a backup) took the named file's place.
    for (const f of options.readable ? options.readable(options.extraFiles) : options.extraFiles) take(f, false);
    for (const folder of options.folders) {
      let found = this.walked.get(folder);
      if (!found) this.walked.set(folder, (found = findWorkspaceCorpora(folder)));
      // Restricted Mode (`readable`): a symbolic link inside the folder may lead the walk out of the workspace.
      for (const f of options.readable ? options.readable(found) : found) take(f, false);
    }
    const key = files.map((f) => f.uri).join('\n');
    const last = this.sets.get(key);
    if (last && last.files.every((f, i) => f === files[i])) return last.set;
    const set = createCorpusSet(files, this.tags, this.calendar, { indexStore: this.compiled.indexStore() });
    this.sets.set(key, { files, set });
    return set;
  }
}
