import path from 'node:path';
import { URI } from 'vscode-uri';
import {
  ConfigCascade,
  createDraftService,
  DEFAULT_ANSWER_TERM,
  DEFAULT_BUDGET,
  mergeConfigs,
  type AkkoordwijzerConfig,
  type ConfigReader,
  type DraftService,
  type Lexicon,
  type Logger,
  type ResolvedConfig,
  type Taal,
  type VagueTerm,
  type Workspace,
  type WordList,
} from '../core/service';
import type { CorpusStore } from './corpusStore';
import { loadCorpusSet, type CorpusFileProblems } from './load';
import { ruleDocHref } from './ruleDocs';

/*
 * The drafts of a workspace grouped by the configuration in force for them, the same way for the editor and the
 * command line: the cascade of `.akkoordwijzer.yaml` files (`ConfigCascade`), with the editor's settings of the
 * draft's workspace folder over it, and a corpus set per group. Drafts whose configuration comes out the same share
 * one draft service (one analysis cache), and groups that load the same corpus files share the loaded corpora, the
 * set and its search index (`CorpusStore` keeps them by file).
 */

/** One group of drafts: the configuration in force, where its corpora come from, and the service that checks them. */
export interface DraftScope {
  /** The files' cascade with the settings over it. */
  config: AkkoordwijzerConfig;
  /** The folder walked for `*.akkoord.yaml` (a path), if any. */
  corpusRoot: string | undefined;
  /** The configuration files in force, nearest first (URIs). */
  files: readonly string[];
  service: DraftService;
}

export interface DraftScopesOptions {
  workspace: Workspace;
  store: CorpusStore;
  read: ConfigReader;
  /**
   * The built-in data. `words` (the Dutch word list of the spelling rule) may come later through `setWords`: the
   * language server loads it after its first diagnostics.
   */
  builtin: { vagueTerms: VagueTerm[]; synonyms: Lexicon; words?: WordList };
  logger?: Logger;
  /** The editor's settings over the files of a workspace folder (undefined: none). */
  settings?: (workspaceFolder: string | undefined) => AkkoordwijzerConfig | undefined;
  /** The corpus folder when no workspace folder and no configuration file gives one (the CLI: its working directory). */
  fallbackRoot?: (documentUri: string) => string | undefined;
  /** The named corpus files that may be read (Restricted Mode keeps those outside the workspace out). */
  readable?: (files: readonly string[]) => string[];
  /** An editor's unsaved text of a corpus file. */
  openText?: (uri: string) => string | undefined;
  /** A language that wins over every configuration (the CLI's `--taal`). */
  taal?: Taal;
  /** Use this configuration for every draft instead of the cascade (the CLI's `--config FILE`). */
  fixed?: ResolvedConfig;
  /** The day of checking (`YYYY-MM-DD`); by default the clock's. */
  today?: () => string;
  /** False for a host that checks each text once (see `ServiceInit.keepPartReports`); on by default. */
  keepPartReports?: boolean;
}

/**
 * The folder whose `*.akkoord.yaml` files a draft's corpus set holds: its workspace folder; outside one, the folder of
 * the outermost configuration file above it (where the project starts); else the fallback.
 */
export function corpusRootOf(resolved: ResolvedConfig, fallback: string | undefined): string | undefined {
  if (resolved.workspaceFolder) return URI.parse(resolved.workspaceFolder).fsPath;
  const outermost = resolved.files.at(-1);
  return outermost ? path.dirname(URI.parse(outermost).fsPath) : fallback;
}

export class DraftScopes {
  readonly cascade: ConfigCascade;
  private readonly scopes = new Map<string, DraftScope>();
  /** The problems of each group's corpus files at its last load. */
  private readonly problemsOf = new WeakMap<DraftScope, CorpusFileProblems[]>();
  private words: WordList | undefined;

  constructor(private readonly options: DraftScopesOptions) {
    this.cascade = new ConfigCascade(options.workspace, options.read);
    this.words = options.builtin.words;
  }

  /** The group a document belongs to (made on first use). */
  scopeFor(documentUri: string): DraftScope {
    const o = this.options;
    const resolved = o.fixed ?? this.cascade.forDocument(documentUri);
    const settings = o.settings?.(resolved.workspaceFolder);
    const config = settings ? mergeConfigs(resolved.config, settings) : resolved.config;
    const corpusRoot = corpusRootOf(resolved, o.fallbackRoot?.(documentUri));
    const key = JSON.stringify([corpusRoot, config]);
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = { config, corpusRoot, files: resolved.files, service: this.createService(config) };
      this.scopes.set(key, scope);
      this.loadCorpora(scope);
    }
    return scope;
  }

  /** Every group made so far. */
  all(): DraftScope[] {
    return [...this.scopes.values()];
  }

  /** Keep only the groups of these documents (the others' drafts were closed, or their configuration changed). */
  keep(documentUris: readonly string[]): void {
    const used = new Set(documentUris.map((uri) => this.scopeFor(uri)));
    for (const [key, scope] of this.scopes) if (!used.has(scope)) this.scopes.delete(key);
  }

  /** The problems of every corpus file in use at the last load, each file once. */
  problems(): CorpusFileProblems[] {
    return unique(this.all().flatMap((s) => this.problemsOf.get(s) ?? []));
  }

  /** Whether a group checks with a rule that reads the Dutch word list (only then is the list worth reading). */
  wantWords(): boolean {
    return this.all().some((s) => s.service.wantsWords());
  }

  /** Give every group, and every group made from now on, the Dutch word list of the spelling rule. */
  setWords(words: WordList): void {
    this.words = words;
    for (const scope of this.scopes.values()) scope.service.configure({ words });
  }

  /** Forget the groups (the settings changed); the cascade keeps the files it read. */
  reset(): void {
    this.scopes.clear();
  }

  /**
   * Load every group's corpora again (a corpus file changed); a group whose files are unchanged keeps its set. The
   * problems of every file in use, each file once.
   */
  reloadCorpora(): CorpusFileProblems[] {
    return unique(this.all().flatMap((s) => this.loadCorpora(s)));
  }

  private loadCorpora(scope: DraftScope): CorpusFileProblems[] {
    const o = this.options;
    const { set, problems } = loadCorpusSet(o.store, { folders: scope.corpusRoot ? [scope.corpusRoot] : [], extraFiles: scope.config.corpora, ...(o.openText ? { openText: o.openText } : {}), ...(o.readable ? { readable: o.readable } : {}) });
    if (set !== scope.service.corpus) scope.service.configure({ corpus: set });
    this.problemsOf.set(scope, problems);
    return problems;
  }

  private createService(config: AkkoordwijzerConfig): DraftService {
    const { builtin, logger, taal, today, keepPartReports } = this.options;
    return createDraftService({
      vagueTerms: [...builtin.vagueTerms, ...config.extraTerms],
      synonyms: builtin.synonyms,
      ...(this.words ? { words: this.words } : {}),
      settings: { taal: taal ?? config.taal ?? 'nl', severities: config.regels, budget: { ...DEFAULT_BUDGET, ...config.budget }, answerTerm: { ...DEFAULT_ANSWER_TERM, ...config.answerTerm } },
      ...(today ? { today } : {}),
      ...(logger ? { logger } : {}),
      ...(keepPartReports === false ? { keepPartReports } : {}),
      // Rule links to the pages the package ships (offline), in the hover and the diagnostics.
      ruleDocHref,
    });
  }
}

function unique(problems: readonly CorpusFileProblems[]): CorpusFileProblems[] {
  return [...new Map(problems.map((p) => [p.uri, p])).values()];
}
