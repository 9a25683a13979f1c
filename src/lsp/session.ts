import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME, CORPUS_FILE_PATTERN, createDraftService, DEFAULT_BUDGET, emptyConfig, pick, problemMessage, type AkkoordwijzerConfig, type DataProblem, type DraftService, type Localized, type Logger } from '../core/service';
import { CorpusStore } from '../host/corpusStore';
import { ruleDocHref } from '../host/ruleDocs';
import { loadBuiltinData, loadCorpusSet, type CorpusFileProblems } from '../host/load';
import { cacheFolderIn, defaultCacheFolder } from '../host/snapshotCache';
import { folderUri, NodeWorkspace } from '../host/workspace';
import { STATUS_NOTIFICATION, type CorpusStatus, type StatusParams } from '../shared/protocol';
import { problemToDiagnostic } from './convert';
import { LOG } from './messages';
import { mergeEditorSettings, readWorkspaceConfigs } from './settings';

/** What the client said it can do, read once at `initialize`. */
export interface ClientAbilities {
  configuration: boolean;
  watchedFiles: boolean;
  workspaceFolders: boolean;
  pullDiagnostics: boolean;
}

export const isDataFile = (uri: string): boolean => CORPUS_FILE_PATTERN.test(uri) || uri.endsWith(`/${CONFIG_FILE_NAME}`);

/**
 * The server's state between requests: the workspace, the configuration in force, the corpora and the draft service
 * that checks with them. Loading happens here in named steps (settings, then corpora, then the status the client
 * shows); the LSP wiring in `server.ts` only calls them.
 */
export class ServerSession {
  readonly workspace: NodeWorkspace;
  private readonly builtin = loadBuiltinData();
  private readonly corpora = new CorpusStore();
  private readonly service: DraftService;
  private config: AkkoordwijzerConfig = emptyConfig();
  private configProblems = new Map<string, DataProblem[]>();
  /** Settings the client pushes (initializationOptions, didChangeConfiguration), for clients that cannot be asked. */
  private pushedSettings: unknown;
  private abilities: ClientAbilities = { configuration: false, watchedFiles: false, workspaceFolders: false, pullDiagnostics: false };
  /** Data files that have problems published, so a fixed file gets its problems cleared. */
  private readonly published = new Set<string>();
  private settingsRun = 0;
  /**
   * Whether the client trusts the workspace (VS Code's Restricted Mode says no). Untrusted, the server reads only
   * files inside the workspace folders: drafts and the data files in them, never a corpus a setting or a config file
   * names elsewhere. Clients that say nothing are trusted (they have no such mode).
   */
  private trusted = true;
  /** Re-check the open drafts (set by the diagnostics feature once it is registered). */
  refreshDrafts: () => void = () => undefined;

  constructor(
    private readonly connection: Connection,
    documents: TextDocuments<TextDocument>,
    private readonly logger: Logger,
  ) {
    this.workspace = new NodeWorkspace([], documents);
    this.service = createDraftService({ vagueTerms: this.builtin.vagueTerms, synonyms: this.builtin.synonyms, logger, ruleDocHref });
  }

  /**
   * The draft service for a document. Today every document of the workspace shares one configuration (the folder
   * roots' files merged with the editor's settings); the lookup by URI is where per-folder configurations plug in.
   */
  serviceFor(_uri?: string): DraftService {
    return this.service;
  }

  /** The language the server speaks (settings, else `.akkoordwijzer.yaml`, else Dutch). */
  get taal(): 'nl' | 'en' {
    return this.service.settings.taal;
  }

  get client(): ClientAbilities {
    return this.abilities;
  }

  /** Read the client's abilities, workspace folders and pushed settings from `initialize`. */
  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    this.abilities = {
      configuration: !!caps.workspace?.configuration,
      watchedFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      workspaceFolders: !!caps.workspace?.workspaceFolders,
      pullDiagnostics: !!caps.textDocument?.diagnostic,
    };
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    this.pushedSettings = init && typeof init === 'object' ? init['settings'] : undefined;
    this.trusted = init?.['trusted'] !== false;
    // Compiled user corpora are kept where the client says (VS Code: the extension's global storage), else where the CLI
    // keeps them; the same files then compile once for every folder and every window.
    const cacheFolder = init && typeof init === 'object' ? init['cacheFolder'] : undefined;
    this.corpora.useCacheFolder(typeof cacheFolder === 'string' && cacheFolder !== '' ? cacheFolderIn(cacheFolder) : defaultCacheFolder());
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    this.workspace.setFolders(folders.length === 0 && params.rootUri ? [params.rootUri] : folders);
  }

  /** Folders added to or removed from a multi-root workspace: each brings its own config file and corpora. */
  changeFolders(added: readonly string[], removed: readonly string[]): Promise<void> {
    const gone = new Set(removed.map(folderUri));
    this.workspace.setFolders([...this.workspace.folders.filter((f) => !gone.has(f)), ...added]);
    return this.reloadSettings();
  }

  /** Settings the client pushed with `didChangeConfiguration` (for clients that cannot answer `workspace/configuration`). */
  pushSettings(settings: unknown): Promise<void> {
    const pushed = (settings as Record<string, unknown> | undefined)?.['akkoordwijzer'];
    if (pushed !== undefined) this.pushedSettings = pushed;
    return this.reloadSettings();
  }

  /** Log problems in the data that ships with the server (a user cannot fix them, but a maintainer must see them). */
  logBuiltinProblems(): void {
    for (const p of [...this.builtin.problems.flatMap((r) => r.problems), ...this.corpora.tagProblems]) {
      this.log('error', LOG.builtinProblem(`${p.line + 1}:${p.character + 1}`, this.problemText(p)));
    }
  }

  logStarted(version: string): void {
    this.log('info', LOG.started(version, this.service.lexicon.terms.length, this.service.corpus.commitments.length));
  }

  /** Fetch the editor's settings, merge them over the workspace files, configure the service, then reload corpora. */
  async reloadSettings(): Promise<void> {
    const mine = ++this.settingsRun;
    const editor = await this.fetchEditorSettings();
    // A later reload started while this one waited for the client: let that one apply.
    if (mine !== this.settingsRun) return;
    const folders = this.workspace.folderPaths;
    const files = readWorkspaceConfigs(folders);
    this.config = mergeEditorSettings(editor, files.configs, folders, this.logger);
    this.configProblems = files.problems;
    this.service.configure({
      settings: { taal: this.config.taal ?? 'nl', severities: this.config.regels, budget: { ...DEFAULT_BUDGET, ...this.config.budget } },
      vagueTerms: [...this.builtin.vagueTerms, ...this.config.extraTerms],
    });
    this.reloadCorpora();
  }

  /** The user trusted the workspace: read what Restricted Mode left out. */
  grantTrust(): void {
    if (this.trusted) return;
    this.trusted = true;
    this.reloadCorpora();
  }

  /** The corpus files the configuration names that may be read: all of them, or in Restricted Mode those inside the workspace. */
  private readableCorpusFiles(): string[] {
    if (this.trusted) return this.config.corpora;
    // Real paths: a symbolic link inside the workspace that points out of it does not make a file inside.
    const real = (p: string) => {
      try {
        return realpathSync(p);
      } catch {
        return path.resolve(p);
      }
    };
    const folders = this.workspace.folderPaths.map(real);
    const inside = (file: string) => folders.some((f) => {
      const rel = path.relative(f, real(file));
      return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    });
    const [readable, outside] = [this.config.corpora.filter(inside), this.config.corpora.filter((f) => !inside(f))];
    for (const file of outside) this.log('warn', LOG.restrictedSkipped(file));
    return readable;
  }

  /** A corpus file was created or deleted: walk the folders again on the next reload. */
  forgetCorpusFiles(): void {
    this.corpora.forgetWorkspaceFiles();
  }

  /** Load the corpora (open buffers win over the disk), publish their problems, tell the client, re-check drafts. */
  reloadCorpora(): void {
    const { set, problems } = loadCorpusSet(this.corpora, {
      folders: this.workspace.folderPaths,
      extraFiles: this.readableCorpusFiles(),
      openText: (uri) => this.workspace.openText(uri),
    });
    // The same files with the same texts give the same set: no index rebuild, no re-check of every draft.
    if (set !== this.service.corpus) {
      this.service.configure({ corpus: set });
      // Build the search index now, not on the first keystroke after a corpus change.
      setImmediate(() => this.service.engine());
    }
    this.publishDataProblems(problems);
    this.sendStatus();
    this.refreshDrafts();
  }

  private async fetchEditorSettings(): Promise<unknown> {
    if (!this.abilities.configuration) return this.pushedSettings;
    try {
      return await this.connection.workspace.getConfiguration('akkoordwijzer');
    } catch (err) {
      this.log('warn', LOG.settingsNotFetched(String(err)));
      return this.pushedSettings;
    }
  }

  /** Problems of the user's data files (corpora, config files) as diagnostics; the built-in files' go to the log. */
  private publishDataProblems(corpusFiles: readonly CorpusFileProblems[]): void {
    const byUri = new Map(this.configProblems);
    for (const file of corpusFiles) {
      if (!file.builtin) byUri.set(file.uri, file.problems);
      else for (const p of file.problems) this.logger.error(`${file.path}:${p.line + 1}:${p.character + 1}: ${this.problemText(p)}`);
    }
    for (const uri of this.published) if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
    const taal = this.service.settings.taal;
    for (const [uri, problems] of byUri) {
      void this.connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => problemToDiagnostic(p, taal)) });
      this.published.add(uri);
    }
  }

  /** The status the client shows (corpora, counts, language), and one log line per corpus. */
  private sendStatus(): void {
    const set = this.service.corpus;
    const summary = set.summary();
    const status: StatusParams = {
      // The core's summary as it stands: the type check here keeps the protocol and the core in step.
      corpora: summary satisfies CorpusStatus[],
      commitments: set.commitments.length,
      skippedFiles: summary.filter((s) => s.id === undefined).length,
      taal: this.service.settings.taal,
    };
    for (const s of summary) {
      const name = `${URI.parse(s.uri).fsPath}${s.id ? ` (${s.id})` : ''}`;
      if (s.overriddenBy) this.log('info', LOG.corpusOverridden(name, URI.parse(s.overriddenBy).fsPath));
      else if (s.errors > 0 || s.id === undefined) this.log('warn', LOG.corpusWithErrors(name, s.commitments, s.errors, s.warnings));
      else this.log('info', LOG.corpusLoaded(name, s.commitments));
    }
    void this.connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  private problemText(p: DataProblem): string {
    return problemMessage(p, this.service.settings.taal);
  }

  private log(level: keyof Logger, message: Localized): void {
    this.logger[level](pick(message, this.service.settings.taal));
  }
}
