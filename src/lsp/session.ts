import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME, CORPUS_FILE_PATTERN, folderOf, pick, problemMessage, type DataProblem, type DraftService, type Localized, type Logger } from '../core/service';
import { CorpusStore } from '../host/corpusStore';
import { loadBuiltinData, readConfigText, type CorpusFileProblems } from '../host/load';
import { DraftScopes, type DraftScope } from '../host/scopes';
import { shippedWordList, shippedWordListFile } from '../host/import/words';
import { cacheFolderIn, defaultCacheFolder } from '../host/snapshotCache';
import { folderUri, NodeWorkspace } from '../host/workspace';
import { STATUS_NOTIFICATION, type CorpusStatus, type StatusParams } from '../shared/protocol';
import { problemToDiagnostic } from './convert';
import { LOG } from './messages';
import { readEditorSettings, type EditorSettings } from './settings';

/** What the client said it can do, read once at `initialize`. */
export interface ClientAbilities {
  configuration: boolean;
  watchedFiles: boolean;
  workspaceFolders: boolean;
  pullDiagnostics: boolean;
  /** A completion may carry both an insert and a replace range (VS Code: the `editor.suggest.insertMode` setting). */
  insertReplace: boolean;
}

/** How long the status at a start waits for the first diagnostics at most (`reloadCorpora`). */
const STATUS_WAIT_MS = 1000;

export const isDataFile = (uri: string): boolean => CORPUS_FILE_PATTERN.test(uri) || uri.endsWith(`/${CONFIG_FILE_NAME}`);

/**
 * `AKKOORDWIJZER_VANDAAG=YYYY-MM-DD` fixes the server's "today" (the answer term, the agreement in force): used only by
 * the tests, which need a day that does not move. Anything else leaves the clock's day.
 */
function fixedToday(env: NodeJS.ProcessEnv): { today?: () => string } {
  const day = env['AKKOORDWIJZER_VANDAAG'];
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { today: () => day } : {};
}

/** The settings key of documents outside every workspace folder. */
const NO_FOLDER = '';

/**
 * The server's state between requests: the workspace, the editor's settings per workspace folder, and the drafts
 * grouped by the configuration in force for them (`DraftScopes`: the cascade of `.akkoordwijzer.yaml` files with the
 * folder's settings over it, each group with its corpora and its draft service). Loading happens here in named steps
 * (settings, then corpora, then the status the client shows); the LSP wiring in `server.ts` only calls them.
 */
export class ServerSession {
  readonly workspace: NodeWorkspace;
  private readonly builtin = loadBuiltinData();
  private readonly corpora = new CorpusStore();
  private readonly scopes: DraftScopes;
  /** The editor's settings by workspace folder (`NO_FOLDER` for documents outside them), fetched at every reload. */
  private settings = new Map<string, EditorSettings>();
  /** Settings the client pushes (initializationOptions, didChangeConfiguration), for clients that cannot be asked. */
  private pushedSettings: unknown;
  private abilities: ClientAbilities = { configuration: false, watchedFiles: false, workspaceFolders: false, pullDiagnostics: false, insertReplace: false };
  /** Data files that have problems published, so a fixed file gets its problems cleared. */
  private readonly published = new Set<string>();
  private settingsRun = 0;
  /**
   * Whether the client trusts the workspace (VS Code's Restricted Mode says no). Untrusted, the server reads only
   * files inside the workspace folders: drafts and the data files in them, never a corpus a setting or a config file
   * names elsewhere. Clients that say nothing are trusted (they have no such mode).
   */
  private trusted = true;
  /** Files Restricted Mode left out that the log has named. */
  private readonly warnedOutside = new Set<string>();
  /** The workspace folders' real paths, for the folders they were worked out for. */
  private realFolders: { key: string; paths: string[] } | undefined;
  /** Re-check the open drafts, all or those `only` names (set by the diagnostics feature once it is registered). */
  refreshDrafts: (only?: (uri: string) => boolean) => void = () => undefined;
  /** Whether the corpora were loaded once (the start's load builds no index ahead of a draft that needs it). */
  private corporaLoaded = false;
  /** Whether the spelling rule's word list was loaded (see `loadWords`). */
  private wordsLoaded = false;
  /** Whether the workspace holds a draft, once looked up; forgotten when documents or folders change. */
  private draftsFound: boolean | undefined;
  /** Whether diagnostics went out once (see `diagnosticsAnswered`). */
  private answered = false;
  /** Whether a status waits for the first diagnostics (see `reloadCorpora`). */
  private statusWaits = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly logger: Logger,
  ) {
    this.workspace = new NodeWorkspace([], documents);
    this.scopes = new DraftScopes({
      workspace: this.workspace,
      store: this.corpora,
      read: readConfigText,
      builtin: this.builtin,
      logger,
      settings: (folder) => this.settings.get(folder ?? NO_FOLDER)?.config,
      readable: (files) => this.readableCorpusFiles(files),
      openText: (uri) => this.workspace.openText(uri),
      ...fixedToday(process.env),
    });
  }

  /** The draft service for a document: the one of its configuration (cascade and folder settings); without one, the first folder's. */
  serviceFor(uri?: string): DraftService {
    return this.scopeFor(uri).service;
  }

  /** Whether `akkoordwijzer.enable` leaves the document's folder on. */
  enabledFor(uri: string): boolean {
    return this.settingsOf(uri)?.enabled !== false;
  }

  /** The language the server speaks (settings, else `.akkoordwijzer.yaml`, else Dutch). */
  get taal(): 'nl' | 'en' {
    return this.serviceFor().settings.taal;
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
      insertReplace: !!caps.textDocument?.completion?.completionItem?.insertReplaceSupport,
    };
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    this.pushedSettings = init && typeof init === 'object' ? init['settings'] : undefined;
    this.trusted = init?.['trusted'] !== false;
    // Untrusted, nothing on disk outside the workspace is read: not a configuration file above a draft elsewhere, not
    // a draft or corpus a symbolic link in the workspace leads to (find references, the search for drafts).
    if (!this.trusted) this.workspace.restrict((file) => this.insideWorkspace(file));
    // Compiled user corpora are kept where the client says (VS Code: the extension's global storage), else where the CLI
    // keeps them; the same files then compile once for every folder and every window.
    const cacheFolder = init && typeof init === 'object' ? init['cacheFolder'] : undefined;
    this.corpora.useCacheFolder(typeof cacheFolder === 'string' && cacheFolder !== '' ? cacheFolderIn(cacheFolder) : defaultCacheFolder());
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    this.workspace.setFolders(folders.length === 0 && params.rootUri ? [params.rootUri] : folders);
  }

  /** Folders added to or removed from a multi-root workspace: each brings its own config files, settings and corpora. */
  changeFolders(added: readonly string[], removed: readonly string[]): Promise<void> {
    this.forgetDrafts();
    const gone = new Set(removed.map(folderUri));
    this.workspace.setFolders([...this.workspace.folders.filter((f) => !gone.has(f)), ...added]);
    this.scopes.cascade.clear();
    return this.reloadSettings();
  }

  /** Settings the client pushed with `didChangeConfiguration` (for clients that cannot answer `workspace/configuration`). */
  pushSettings(settings: unknown): Promise<void> {
    const pushed = (settings as Record<string, unknown> | undefined)?.['akkoordwijzer'];
    if (pushed !== undefined) this.pushedSettings = pushed;
    return this.reloadSettings();
  }

  /**
   * Load the spelling rule's Dutch word list (about 20 ms) once a group has the rule on, after diagnostics went out
   * (the list never delays the first findings after a start), and check the open drafts again with it.
   */
  private loadWords(): void {
    if (this.wordsLoaded || !this.scopes.wantWords()) return;
    this.wordsLoaded = true;
    const words = shippedWordList();
    if (words.size === 0) return this.log('warn', LOG.noWordList(shippedWordListFile()));
    this.scopes.setWords(words);
    this.refreshDrafts();
  }

  /** Log problems in the data that ships with the server (a user cannot fix them, but a maintainer must see them). */
  logBuiltinProblems(): void {
    for (const p of [...this.builtin.problems.flatMap((r) => r.problems), ...this.corpora.tagProblems]) {
      this.log('error', LOG.builtinProblem(`${p.line + 1}:${p.character + 1}`, this.problemText(p)));
    }
  }

  logStarted(version: string): void {
    const service = this.serviceFor();
    this.log('info', LOG.started(version, service.lexicon.terms.length, service.corpus.commitments.length));
  }

  /** Fetch the editor's settings of every folder, regroup the drafts by them, then reload corpora. */
  async reloadSettings(): Promise<void> {
    const mine = ++this.settingsRun;
    const fetched = await this.fetchEditorSettings();
    // A later reload started while this one waited for the client: let that one apply.
    if (mine !== this.settingsRun) return;
    this.settings = new Map([...fetched].map(([folder, raw]) => [folder, readEditorSettings(raw, folder === NO_FOLDER ? process.cwd() : URI.parse(folder).fsPath, this.logger)]));
    for (const [folder, s] of this.settings) if (!s.enabled) this.log('info', LOG.disabled(folder === NO_FOLDER ? '—' : URI.parse(folder).fsPath));
    this.scopes.reset();
    this.clearDisabled();
    this.reloadCorpora();
  }

  /**
   * Configuration files were edited, created or deleted (and `corpora` says whether corpus files were too): the
   * drafts below each file get their configuration again and are re-checked; the others keep theirs.
   */
  dataFilesChanged(configFiles: readonly string[], corpora: boolean): void {
    const touched = configFiles.map((uri) => this.scopes.cascade.changed(uri));
    this.reloadCorpora(corpora ? undefined : (uri) => touched.some((below) => below(uri)));
  }

  /** The user trusted the workspace: read what Restricted Mode left out. */
  grantTrust(): void {
    if (this.trusted) return;
    this.trusted = true;
    this.workspace.restrict(undefined);
    this.warnedOutside.clear();
    // The configuration files Restricted Mode left out are read now.
    this.scopes.cascade.clear();
    this.scopes.reset();
    this.reloadCorpora();
  }

  /**
   * The corpus files a configuration names, or a walk finds, that may be read: all of them, or in Restricted Mode those
   * inside the workspace. Each file left out is said once (until the workspace is trusted), not on every reload.
   */
  private readableCorpusFiles(files: readonly string[]): string[] {
    if (this.trusted) return [...files];
    return files.filter((file) => {
      if (this.insideWorkspace(file)) return true;
      if (!this.warnedOutside.has(file)) {
        this.warnedOutside.add(file);
        this.log('warn', LOG.restrictedSkipped(file));
      }
      return false;
    });
  }

  /** Whether a file lies inside a workspace folder, by real paths: a symbolic link inside that points out is outside. */
  private insideWorkspace(file: string): boolean {
    const key = this.workspace.folderPaths.join('\n');
    if (this.realFolders?.key !== key) this.realFolders = { key, paths: this.workspace.folderPaths.map(realPath) };
    const target = realPath(file);
    return this.realFolders.paths.some((f) => {
      const rel = path.relative(f, target);
      return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    });
  }

  /** A corpus file was created or deleted: walk the folders again on the next reload. */
  forgetCorpusFiles(): void {
    this.corpora.forgetWorkspaceFiles();
    this.forgetDrafts();
  }

  /** A document was opened, edited or closed, or files changed: look for drafts again when next asked. */
  forgetDrafts(): void {
    if (this.draftsFound === false) this.draftsFound = undefined;
  }

  /**
   * Whether the workspace holds a motie or Kamervragen or a corpus file of the user's: the agreement view and the
   * commitments in workspace symbols are for such workspaces only. A found draft is remembered for the session.
   */
  draftsOrCorpora(): boolean {
    const services = this.scopes.all().map((s) => s.service);
    if (services.some((service) => service.corpus.summary().some((c) => !c.builtin && c.loaded))) return true;
    this.draftsFound ??= this.serviceFor().findDraft(this.workspace) !== undefined;
    return this.draftsFound;
  }

  /**
   * Load every group's corpora (open buffers win over the disk), publish the data files' problems, tell the client,
   * re-check the drafts (those `only` names, else all).
   */
  reloadCorpora(only?: (uri: string) => boolean): void {
    this.scopes.keep([this.defaultDocument(), ...this.documents.all().map((d) => d.uri)]);
    this.publishDataProblems(this.scopes.reloadCorpora());
    // After a corpus change, build the search indexes now, not on the first keystroke (a set already indexed costs
    // nothing). Not at start: the first draft that needs one builds it, and a first document that is no draft does not
    // wait for it.
    if (this.corporaLoaded) setImmediate(() => this.scopes.all().forEach((s) => s.service.engine()));
    this.corporaLoaded = true;
    // Whether the workspace holds a draft is part of the status. At a start the draft the user opened (its didOpen
    // comes with or right after the corpora's load) would be read here only to tell its kind, then again by its
    // analysis: a cold parse before the first findings. Until diagnostics went out once, the status waits for them and
    // then finds the kind in the analysis's cache (of the first folder's service: a draft elsewhere is read again, but
    // after its findings); a second at most (no draft open, a client that never pulls), and after that never again.
    if (!this.answered) {
      if (!this.statusWaits) {
        setTimeout(() => {
          this.answered = true;
          this.sendWaitingStatus();
        }, STATUS_WAIT_MS).unref();
      }
      this.statusWaits = true;
    } else this.sendStatus();
    this.refreshDrafts(only);
  }

  /** Diagnostics went out (a pull answered, a push published): the status that waited for them, then the word list. */
  diagnosticsAnswered(): void {
    this.answered = true;
    this.sendWaitingStatus();
    this.loadWords();
  }

  private sendWaitingStatus(): void {
    if (!this.statusWaits) return;
    this.statusWaits = false;
    this.sendStatus();
  }

  private scopeFor(uri: string | undefined): DraftScope {
    const count = this.scopes.all().length;
    const scope = this.scopes.scopeFor(uri ?? this.defaultDocument());
    // A draft in a folder with a configuration of its own: show that file's problems and its corpora's.
    if (this.scopes.all().length !== count) setImmediate(() => this.publishDataProblems(this.scopes.problems()));
    return scope;
  }

  /** Where a request without a document (search, the commitments view, workspace symbols) stands: the first folder. */
  private defaultDocument(): string {
    return `${this.workspace.folders[0] ?? 'file://'}/concept.md`;
  }

  private settingsOf(uri: string): EditorSettings | undefined {
    return this.settings.get(folderOf(this.workspace, uri) ?? NO_FOLDER) ?? this.settings.get(NO_FOLDER);
  }

  /** A client that is pushed diagnostics keeps the last ones until told: clear them where the checks were switched off. */
  private clearDisabled(): void {
    if (this.abilities.pullDiagnostics) return;
    for (const doc of this.documents.all()) {
      if (!this.enabledFor(doc.uri) && !isDataFile(doc.uri)) void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    }
  }

  /** The settings of every workspace folder (`scopeUri`: the folder's own, as resource-scoped settings are) and of none. */
  private async fetchEditorSettings(): Promise<Map<string, unknown>> {
    const keys = [NO_FOLDER, ...this.workspace.folders];
    const pushed = () => new Map(keys.map((k) => [k, this.pushedSettings]));
    if (!this.abilities.configuration) return pushed();
    try {
      const items = keys.map((k) => (k === NO_FOLDER ? { section: 'akkoordwijzer' } : { scopeUri: k, section: 'akkoordwijzer' }));
      const values: unknown[] = await this.connection.workspace.getConfiguration(items);
      return new Map(keys.map((k, i) => [k, values[i]]));
    } catch (err) {
      this.log('warn', LOG.settingsNotFetched(String(err)));
      return pushed();
    }
  }

  /** Problems of the user's data files (corpora, config files) as diagnostics; the built-in files' go to the log. */
  private publishDataProblems(corpusFiles: readonly CorpusFileProblems[]): void {
    const byUri = new Map<string, DataProblem[]>(this.scopes.cascade.layersInUse().map((l) => [l.uri, l.problems]));
    for (const file of corpusFiles) {
      if (!file.builtin) byUri.set(file.uri, file.problems);
      else for (const p of file.problems) this.logger.error(`${file.path}:${p.line + 1}:${p.character + 1}: ${this.problemText(p)}`);
    }
    for (const uri of this.published) if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
    const taal = this.taal;
    for (const [uri, problems] of byUri) {
      void this.connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => problemToDiagnostic(p, taal)) });
      this.published.add(uri);
    }
  }

  /** The status the client shows (corpora, counts, language), and one log line per corpus. */
  private sendStatus(): void {
    const set = this.serviceFor().corpus;
    const summary = set.summary();
    const status: StatusParams = {
      // The core's summary as it stands: the type check here keeps the protocol and the core in step.
      corpora: summary satisfies CorpusStatus[],
      commitments: set.commitments.length,
      skippedFiles: summary.filter((s) => s.id === undefined).length,
      taal: this.taal,
      draftsOrCorpora: this.draftsOrCorpora(),
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
    return problemMessage(p, this.taal);
  }

  private log(level: keyof Logger, message: Localized): void {
    this.logger[level](pick(message, this.taal));
  }
}

/** A path with its symbolic links resolved; as given (absolute) when it does not exist. */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
