import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { emptyConfig, type AkkoordwijzerConfig, type CorpusSet, type Taal } from '../core/service';
import { CorpusStore } from '../host/corpusStore';
import { discoverConfig, loadBuiltinData, loadConfigFile, loadCorpusSet, type ConfigLookup } from '../host/load';
import { defaultCacheFolder } from '../host/snapshotCache';
import type { CliContext } from './io';
import { PROBLEM } from './messages';
import { problemLine } from './report/text';

/*
 * The configuration and corpora of one run, with every problem printed as `file:line:col: severity message` on
 * standard error. Loading goes on past problems (the defaults and every valid corpus keep working); `failed` says
 * whether the run must end with exit code 2.
 */

/*
 * Kept for the process: a CLI process runs once, but repeated in-process runs (the tests, a tool embedding `run`)
 * reuse the built-in data, the parsed corpora and so the search index while the files are unchanged.
 */
let builtin: ReturnType<typeof loadBuiltinData> | undefined;
let store: CorpusStore | undefined;

/** The built-in vague terms and synonyms, read once per process (they ship with the package and do not change). */
export function builtinData(): ReturnType<typeof loadBuiltinData> {
  return (builtin ??= loadBuiltinData());
}

/**
 * The corpus store; each file is still read every run, and the folders are walked anew, so edits are seen. A user's
 * corpora are compiled once into the cache folder (`defaultCacheFolder`: `$AKKOORDWIJZER_CACHE`, else
 * `$XDG_CACHE_HOME/akkoordwijzer` or `~/.cache/akkoordwijzer`) and read back while their text is unchanged.
 */
export function corpusStore(): CorpusStore {
  store ??= new CorpusStore(undefined, { cache: defaultCacheFolder() });
  store.forgetWorkspaceFiles();
  return store;
}

export interface RunConfig {
  config: AkkoordwijzerConfig;
  /** The configuration file read (absolute), if any: its folder is the "workspace" for corpus discovery. */
  file: string | undefined;
  taal: Taal;
  failed: boolean;
}

/**
 * `--config FILE`, else `.akkoordwijzer.yaml` in `start` (default: the working directory) or above; `--taal` wins over
 * its `taal:`.
 */
export function loadRunConfig(ctx: CliContext, options: { config?: string; taal?: Taal; start?: string }): RunConfig {
  if (options.config !== undefined && !existsSync(ctx.resolve(options.config))) {
    const taal = options.taal ?? 'nl';
    ctx.say(PROBLEM.configNotFound(options.config), taal);
    return { config: emptyConfig(), file: undefined, taal, failed: true };
  }
  const found: ConfigLookup =
    options.config !== undefined ? { file: ctx.resolve(options.config), ...loadConfigFile(ctx.resolve(options.config)) } : discoverConfig(options.start ?? ctx.cwd);
  const taal = options.taal ?? found.config.taal ?? 'nl';
  // A file named on the command line is shown as typed; a discovered one by its full path.
  const shown = options.config ?? found.file ?? '';
  for (const p of found.problems) ctx.err(problemLine(shown, p, taal));
  return { config: found.config, file: found.file, taal, failed: found.problems.some((p) => p.severity === 'error') };
}

/**
 * The built-in corpora, the workspace's `*.akkoord.yaml` (found from the config file's folder, or else from the
 * checked folders, as the editor does for its workspace), the config file's `corpora:` and `--corpus`. An error in a
 * corpus that was asked for (config, `--corpus`) fails the run; one merely found in a folder is reported and skipped.
 */
export function loadRunCorpora(ctx: CliContext, run: RunConfig, extra: readonly string[], paths: readonly string[] = []): { set: CorpusSet; failed: boolean } {
  let failed = false;
  const extraFiles: string[] = [];
  for (const p of extra) {
    if (existsSync(ctx.resolve(p))) extraFiles.push(ctx.resolve(p));
    else {
      ctx.say(PROBLEM.corpusNotFound(p), run.taal);
      failed = true;
    }
  }
  const configured = run.config.corpora;
  const explicit = new Set([...configured, ...extra.map((p) => ctx.resolve(p))].map((p) => URI.file(path.resolve(p)).toString()));
  const { set, problems } = loadCorpusSet(corpusStore(), { folders: workspaceFolders(ctx, run, paths), extraFiles: [...configured, ...extraFiles] });
  for (const file of problems) {
    const shown = path.relative(ctx.cwd, file.path) || file.path;
    for (const p of file.problems) {
      ctx.err(problemLine(shown, p, run.taal));
      if (p.severity === 'error' && explicit.has(file.uri)) failed = true;
    }
  }
  return { set, failed };
}

/** The config file's folder, else the folders asked to be checked (a file's own folder; `-` is the working directory). */
function workspaceFolders(ctx: CliContext, run: RunConfig, paths: readonly string[]): string[] {
  if (run.file) return [path.dirname(run.file)];
  if (paths.length === 0) return [ctx.cwd];
  const folders = paths.flatMap((p) => {
    if (p === '-') return [ctx.cwd];
    const abs = ctx.resolve(p);
    if (!existsSync(abs)) return [];
    return [statSync(abs).isDirectory() ? abs : path.dirname(abs)];
  });
  return [...new Set(folders)];
}
