import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { problemToDiagnostic } from './convert';
import { CORPUS_FILE, CorpusStore } from '../host/corpusStore';
import type { AkkoordwijzerConfig } from '../core/config';
import { createDraftService, type DataProblem, type Logger, type Taal } from '../core/service';
import { loadBuiltinData, loadCorpusSet } from '../host/load';
import { NodeWorkspace } from '../host/workspace';
import { registerCitationSupport } from './handlers/citations';
import { registerCodeActionSupport } from './handlers/codeActions';
import { registerDiagnosticsSupport, type DiagnosticsSupport } from './handlers/diagnostics';
import { registerHoverSupport } from './handlers/hover';
import { registerSymbolSupport } from './handlers/symbols';
import { STATUS_NOTIFICATION, type StatusParams } from '../shared/protocol';
import { mergeEditorSettings, readWorkspaceConfigs } from './settings';

const SERVER_VERSION = __VERSION__;

const isDataFile = (uri: string) => CORPUS_FILE.test(uri) || uri.endsWith('/.akkoordwijzer.yaml');

/** Wire the draft service to an LSP connection. Each feature registers itself; handlers stay thin. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const logger: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  const builtin = loadBuiltinData();
  const corpora = new CorpusStore();
  const service = createDraftService({ vagueTerms: builtin.vagueTerms, synonyms: builtin.synonyms, logger });
  const getService = () => service;
  const workspace = new NodeWorkspace([], documents);

  let folders: string[] = [];
  let hasConfigurationCapability = false;
  let hasWatchedFiles = false;
  let hasWorkspaceFolders = false;
  // Settings the client pushes (initializationOptions, didChangeConfiguration), for clients that cannot answer
  // workspace/configuration.
  let pushedSettings: unknown;
  let diagnostics: DiagnosticsSupport | undefined;
  let config: AkkoordwijzerConfig = { regels: {}, extraTerms: [], corpora: [] };
  let configProblems = new Map<string, DataProblem[]>();
  const published = new Set<string>();
  let markLoaded: () => void = () => undefined;
  const gate = { ready: false, loaded: new Promise<void>((resolve) => (markLoaded = resolve)) };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    hasWatchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    hasWorkspaceFolders = !!caps.workspace?.workspaceFolders;
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    pushedSettings = init && typeof init === 'object' ? init['settings'] : undefined;
    folders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
    if (folders.length === 0 && params.rootUri) folders = [URI.parse(params.rootUri).fsPath];
    workspace.setFolders(folders.map((f) => URI.file(f).toString()));
    const pull = !!caps.textDocument?.diagnostic;
    diagnostics = registerDiagnosticsSupport(connection, documents, getService, pull, (uri) => !isDataFile(uri), gate);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: ['@', ':'], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'akkoordwijzer', version: SERVER_VERSION },
    };
  });

  const taal = (): Taal => service.settings.taal;
  const messageOf = (p: DataProblem) => (taal() === 'en' && p.messageEn ? { ...p, message: p.messageEn } : p);

  /** Push problems of data files (corpora, config files); clear files that no longer have any. */
  const publishDataProblems = (byUri: Map<string, DataProblem[]>) => {
    for (const uri of published) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    published.clear();
    for (const [uri, problems] of byUri) {
      void connection.sendDiagnostics({ uri, diagnostics: problems.map((p) => problemToDiagnostic(messageOf(p))) });
      published.add(uri);
    }
  };

  const reloadCorpora = () => {
    const { set, problems } = loadCorpusSet(corpora, { folders, extraFiles: config.corpora, openText: (uri) => documents.get(uri)?.getText() });
    // The same files with the same texts give the same set: no index rebuild, no re-check of every draft.
    if (set !== service.corpus) {
      service.configure({ corpus: set });
      // Build the search index now, not on the first keystroke after a corpus change.
      setImmediate(() => service.engine());
    }
    const byUri = new Map(configProblems);
    for (const file of problems) {
      if (file.builtin) {
        for (const p of file.problems) logger.error(`${file.path}:${p.line + 1}:${p.character + 1}: ${p.message}`);
        continue;
      }
      byUri.set(file.uri, file.problems);
    }
    publishDataProblems(byUri);
    const summary = set.summary();
    const status: StatusParams = {
      corpora: summary,
      commitments: set.commitments.length,
      skippedFiles: summary.filter((s) => s.id === undefined).length,
      taal: taal(),
    };
    for (const s of summary) {
      const name = `${URI.parse(s.uri).fsPath}${s.id ? ` (${s.id})` : ''}`;
      if (s.errors > 0 || s.id === undefined) logger.warn(`Corpus ${name}: ${s.commitments} toezeggingen geladen, ${s.errors} fout(en), ${s.warnings} waarschuwing(en); wat fout is, is overgeslagen.`);
      else logger.info(`Corpus ${name}: ${s.commitments} toezeggingen geladen.`);
    }
    void connection.sendNotification(STATUS_NOTIFICATION, status);
    diagnostics?.refreshAll();
  };

  let settingsRun = 0;
  const reloadSettings = async () => {
    const mine = ++settingsRun;
    let editor: unknown = pushedSettings;
    if (hasConfigurationCapability) {
      try {
        editor = await connection.workspace.getConfiguration('akkoordwijzer');
      } catch (err) {
        logger.warn(`Instellingen niet opgehaald: ${String(err)}`);
      }
    }
    // A later reload started while this one waited for the client: let that one apply.
    if (mine !== settingsRun) return;
    const ws = readWorkspaceConfigs(folders);
    config = mergeEditorSettings(editor, ws.configs, folders, logger);
    configProblems = ws.problems;
    service.configure({ settings: { taal: config.taal ?? 'nl', severities: config.regels }, vagueTerms: [...builtin.vagueTerms, ...config.extraTerms] });
    reloadCorpora();
  };

  connection.onInitialized(async () => {
    if (hasWorkspaceFolders) {
      // A folder added to (or removed from) a multi-root workspace brings its own config file and corpora.
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => URI.parse(f.uri).fsPath));
        folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => URI.parse(f.uri).fsPath)];
        workspace.setFolders(folders.map((f) => URI.file(f).toString()));
        void reloadSettings();
      });
    }
    if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'akkoordwijzer' });
    if (hasWatchedFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.akkoordwijzer.yaml' }, { globPattern: '**/*.akkoord.yaml' }, { globPattern: '**/*.akkoord.yml' }],
      });
    }
    for (const p of [...builtin.problems.flatMap((r) => r.problems), ...corpora.tagProblems]) logger.error(`Ingebouwde gegevens: ${p.line + 1}:${p.character + 1}: ${p.message}`);
    try {
      await reloadSettings();
    } finally {
      gate.ready = true;
      markLoaded();
      // Whatever opened before the data was loaded is checked now (refreshAll publishes or asks the client to pull).
      diagnostics?.refreshAll();
    }
    logger.info(`Akkoordwijzer ${SERVER_VERSION} gestart; ${service.lexicon.terms.length} vage begrippen, ${service.corpus.commitments.length} toezeggingen.`);
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as Record<string, unknown> | undefined)?.['akkoordwijzer'];
    if (pushed !== undefined) pushedSettings = pushed;
    void reloadSettings();
  });

  connection.onDidChangeWatchedFiles((e) => {
    if (e.changes.some((c) => c.type !== FileChangeType.Changed)) corpora.forgetWorkspaceFiles();
    if (e.changes.some((c) => c.uri.endsWith('.akkoordwijzer.yaml'))) void reloadSettings();
    else reloadCorpora();
  });

  // A corpus file open in the editor is checked as the user types (debounced: corpora are larger than drafts).
  let corpusTimer: NodeJS.Timeout | undefined;
  const corpusEdited = (uri: string) => {
    if (!CORPUS_FILE.test(uri)) return;
    clearTimeout(corpusTimer);
    corpusTimer = setTimeout(reloadCorpora, 150);
  };
  documents.onDidChangeContent((e) => corpusEdited(e.document.uri));
  documents.onDidClose((e) => {
    service.forget(e.document.uri);
    corpusEdited(e.document.uri);
  });

  registerHoverSupport(connection, documents, getService);
  registerCodeActionSupport(connection, documents, getService);
  registerSymbolSupport(connection, documents, getService);
  registerCitationSupport(connection, documents, getService, () => workspace);

  documents.listen(connection);
  connection.listen();
}
