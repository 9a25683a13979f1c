import { existsSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { ConfigCascade, isWithin, type DataProblem, type DraftService, type ResolvedConfig, type Taal } from '../core/service';
import { CorpusStore } from '../host/corpusStore';
import { loadBuiltinData, loadConfigFile, readConfigText } from '../host/load';
import { DraftScopes } from '../host/scopes';
import { shippedWordList, shippedWordListFile } from '../host/import/words';
import { NodeWorkspace } from '../host/workspace';
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
  /** `--config FILE`: the one configuration of every draft, instead of the cascade. */
  fixed: ResolvedConfig | undefined;
  /** The problems of `--config FILE`, shown as typed. */
  fixedProblems: { shown: string; problems: DataProblem[] } | undefined;
  /** `--taal`, else the working directory's configuration's `taal:`, else Dutch: the language of the CLI's own messages. */
  taal: Taal;
  /** `--taal` only: it wins over every configuration file. */
  forcedTaal: Taal | undefined;
  failed: boolean;
}

/** A (notional) draft in the working directory: what the cascade gives it is the run's own configuration. */
const draftInCwd = (ctx: CliContext): string => URI.file(path.join(ctx.cwd, 'concept.md')).toString();

/** `--config FILE`, else the cascade of `.akkoordwijzer.yaml` above each draft (the editor's rule); `--taal` wins over `taal:`. */
export function loadRunConfig(ctx: CliContext, options: { config?: string; taal?: Taal }): RunConfig {
  const base = { fixed: undefined, fixedProblems: undefined, forcedTaal: options.taal };
  if (options.config === undefined) {
    const own = new ConfigCascade(NodeWorkspace.ofPaths([]), readConfigText).forDocument(draftInCwd(ctx));
    return { ...base, taal: options.taal ?? own.config.taal ?? 'nl', failed: false };
  }
  const file = ctx.resolve(options.config);
  if (!existsSync(file)) {
    const taal = options.taal ?? 'nl';
    ctx.say(PROBLEM.configNotFound(options.config), taal);
    return { ...base, taal, failed: true };
  }
  const { config, problems } = loadConfigFile(file);
  const uri = URI.file(file).toString();
  const fixed: ResolvedConfig = { workspaceFolder: undefined, files: [uri], config, key: uri };
  return { ...base, fixed, fixedProblems: { shown: options.config, problems }, taal: options.taal ?? config.taal ?? 'nl', failed: false };
}

/** The drafts' services, by the configuration and corpora in force for each. */
export interface RunScopes {
  serviceFor(file: string): DraftService;
  failed: boolean;
}

/**
 * The configuration and corpora of each of `files` (absolute paths), found by the editor's rule: the cascade of
 * configuration files above the draft, the built-in corpora, the `*.akkoord.yaml` of its project (the folder of the
 * outermost configuration file; without one, the working directory for a draft below it), the configurations'
 * `corpora:` and `--corpus`. Every configuration and corpus problem is printed once; an error in a configuration
 * file or in a corpus that was asked for (configuration, `--corpus`) fails the run, one merely found in a folder is
 * reported and skipped.
 */
export function loadRunScopes(ctx: CliContext, run: RunConfig, extra: readonly string[], files: readonly string[]): RunScopes {
  let failed = run.failed;
  const extraFiles: string[] = [];
  for (const p of extra) {
    if (existsSync(ctx.resolve(p))) extraFiles.push(ctx.resolve(p));
    else {
      ctx.say(PROBLEM.corpusNotFound(p), run.taal);
      failed = true;
    }
  }
  const builtin = builtinData();
  const scopes = new DraftScopes({
    workspace: NodeWorkspace.ofPaths([]),
    store: corpusStore(),
    read: readConfigText,
    builtin,
    readable: (named) => [...named, ...extraFiles],
    fallbackRoot: (uri) => (isWithin(URI.file(ctx.cwd).toString(), uri) ? ctx.cwd : undefined),
    ...(run.forcedTaal ? { taal: run.forcedTaal } : {}),
    ...(run.fixed ? { fixed: run.fixed } : {}),
    // Each file is checked once (with `--fix`: each round's fixed text, then the result as version 2 of the file): no
    // part reports kept for a next keystroke.
    keepPartReports: false,
  });
  const serviceFor = (file: string) => scopes.scopeFor(URI.file(file).toString()).service;
  for (const file of files) serviceFor(file);
  // The spelling rule's word list (about 20 ms), only when a group has the rule on.
  if (scopes.wantWords()) {
    const words = shippedWordList();
    if (words.size === 0) ctx.say(PROBLEM.noWordList(shippedWordListFile()), run.taal);
    scopes.setWords(words);
  }
  const configProblems = run.fixedProblems ? [run.fixedProblems] : scopes.cascade.layersInUse().map((l) => ({ shown: URI.parse(l.uri).fsPath, problems: l.problems }));
  for (const { shown, problems } of configProblems) {
    for (const p of problems) ctx.err(problemLine(shown, p, run.taal));
    if (problems.some((p) => p.severity === 'error')) failed = true;
  }
  const explicit = new Set(scopes.all().flatMap((s) => [...s.config.corpora, ...extraFiles]).map((p) => URI.file(path.resolve(p)).toString()));
  for (const file of scopes.problems()) {
    const shown = path.relative(ctx.cwd, file.path) || file.path;
    for (const p of file.problems) {
      ctx.err(problemLine(shown, p, run.taal));
      if (p.severity === 'error' && explicit.has(file.uri)) failed = true;
    }
  }
  return { serviceFor, failed };
}
