import type { Connection, InitializeResult, ServerCapabilities } from 'vscode-languageserver';
import { CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocumentSyncKind, TextDocuments } from './protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, CORPUS_FILE_PATTERN, pick, type Logger } from '../core/service';
import { registerAnswerTermSupport } from './handlers/answerTerm';
import { registerCitationSupport } from './handlers/citations';
import { registerCodeActionSupport } from './handlers/codeActions';
import { registerCompareSupport } from './handlers/compare';
import { registerDiagnosticsSupport } from './handlers/diagnostics';
import { registerDocumentStatusSupport } from './handlers/documentStatus';
import { registerExportSupport } from './handlers/export';
import { registerHoverSupport } from './handlers/hover';
import { registerImportSupport } from './handlers/import';
import { registerKamerToezeggingenSupport } from './handlers/kamerToezeggingen';
import { registerDocumentLinkSupport } from './handlers/links';
import { registerSymbolSupport } from './handlers/symbols';
import { FIX_ALL_KIND, SHOW_RULE_DOC_COMMAND, TRUST_NOTIFICATION } from '../shared/protocol';
import { isDataFile, ServerSession } from './session';
import { LOG } from './messages';

const SERVER_VERSION = __VERSION__;

/** The files whose change reloads data: the config file and corpora. */
const DATA_FILE_WATCHERS = [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.akkoord.yaml' }, { globPattern: '**/*.akkoord.yml' }];

/**
 * Wire the draft service to an LSP connection: the session holds the state and loads the data, each feature
 * registers its handlers, and this function only connects the lifecycle events to them.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const session = new ServerSession(connection, documents, connectionLogger(connection));
  const serviceFor = (uri?: string) => session.serviceFor(uri);
  // `akkoordwijzer.enable: false` hides a folder's documents from every feature: no findings, completions or actions.
  const enabled = enabledOnly(documents, (uri) => session.enabledFor(uri));
  // Nothing is reported before settings and corpora are loaded (see the diagnostics feature).
  let markLoaded: () => void = () => undefined;
  const gate = { ready: false, loaded: new Promise<void>((resolve) => (markLoaded = resolve)) };

  connection.onInitialize((params): InitializeResult => {
    session.initialize(params);
    // Once per draft while the server runs: a long draft is analysed in steps on every keystroke.
    const saidInSteps = new Set<string>();
    const inSteps = (uri: string, chars: number) => {
      if (saidInSteps.has(uri)) return;
      saidInSteps.add(uri);
      connection.console.log(pick(LOG.analysisInSteps(uri, chars), session.taal));
    };
    const diagnostics = registerDiagnosticsSupport(connection, enabled, serviceFor, session.client.pullDiagnostics, (uri) => !isDataFile(uri), gate, inSteps, () => session.diagnosticsAnswered());
    session.refreshDrafts = (only) => diagnostics.refreshAll(only);
    return { capabilities: capabilities(session.client.pullDiagnostics), serverInfo: { name: 'akkoordwijzer', version: SERVER_VERSION } };
  });

  connection.onInitialized(async () => {
    registerForChanges(connection, session);
    session.logBuiltinProblems();
    try {
      await session.reloadSettings();
    } finally {
      gate.ready = true;
      markLoaded();
      // Whatever opened before the data was loaded is checked now (refreshAll publishes or asks the client to pull).
      session.refreshDrafts();
    }
    session.logStarted(SERVER_VERSION);
  });

  connection.onDidChangeConfiguration((params) => void session.pushSettings(params.settings));
  connection.onNotification(TRUST_NOTIFICATION, () => session.grantTrust());
  connection.onDidChangeWatchedFiles((e) => {
    const isConfig = (uri: string) => uri.endsWith(`/${CONFIG_FILE_NAME}`);
    const corpora = e.changes.filter((c) => !isConfig(c.uri));
    if (corpora.some((c) => c.type !== FileChangeType.Changed)) session.forgetCorpusFiles();
    session.dataFilesChanged(e.changes.map((c) => c.uri).filter(isConfig), corpora.length > 0);
  });
  watchOpenCorpora(documents, session);

  registerHoverSupport(connection, enabled, serviceFor);
  registerCodeActionSupport(connection, enabled, serviceFor);
  registerSymbolSupport(connection, enabled, serviceFor);
  registerDocumentLinkSupport(connection, enabled, serviceFor);
  registerAnswerTermSupport(connection, enabled, serviceFor);
  registerCompareSupport(connection, serviceFor);
  registerCitationSupport(connection, enabled, serviceFor, () => session.workspace, () => session.draftsOrCorpora(), () => session.client.insertReplace);
  registerDocumentStatusSupport(connection, enabled, serviceFor);
  registerExportSupport(connection, enabled, serviceFor, () => session.taal);
  const reloadCorpora = () => {
    session.forgetCorpusFiles();
    session.reloadCorpora();
  };
  registerImportSupport(connection, () => session.taal, reloadCorpora);
  registerKamerToezeggingenSupport(connection, () => session.taal, reloadCorpora);

  documents.listen(connection);
  connection.listen();
}

/** The open documents as the features see them: those `enabled` says are switched off are not there. */
function enabledOnly(documents: TextDocuments<TextDocument>, enabled: (uri: string) => boolean): TextDocuments<TextDocument> {
  return new Proxy(documents, {
    get(target, prop) {
      if (prop === 'get') return (uri: string) => (enabled(uri) ? target.get(uri) : undefined);
      if (prop === 'all') return () => target.all().filter((d) => enabled(d.uri));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function connectionLogger(connection: Connection): Logger {
  return {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
}

function capabilities(pullDiagnostics: boolean): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    executeCommandProvider: { commands: [SHOW_RULE_DOC_COMMAND] },
    documentSymbolProvider: true,
    documentLinkProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    completionProvider: { triggerCharacters: ['@', ':'], resolveProvider: true },
    definitionProvider: true,
    referencesProvider: true,
    workspaceSymbolProvider: true,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
  };
}

/** Ask the client for what changes the data: workspace folders, settings, data files on disk. */
function registerForChanges(connection: Connection, session: ServerSession): void {
  if (session.client.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => void session.changeFolders(e.added.map((f) => f.uri), e.removed.map((f) => f.uri)));
  }
  if (session.client.configuration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'akkoordwijzer' });
  if (session.client.watchedFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: DATA_FILE_WATCHERS });
}

/** A corpus file open in the editor is checked as the user types (debounced: corpora are larger than drafts). */
function watchOpenCorpora(documents: TextDocuments<TextDocument>, session: ServerSession): void {
  let timer: NodeJS.Timeout | undefined;
  const edited = (uri: string) => {
    if (!CORPUS_FILE_PATTERN.test(uri)) return;
    clearTimeout(timer);
    timer = setTimeout(() => session.reloadCorpora(), 150);
  };
  documents.onDidChangeContent((e) => {
    session.forgetDrafts();
    edited(e.document.uri);
  });
  documents.onDidClose((e) => {
    session.forgetDrafts();
    session.serviceFor(e.document.uri).forget(e.document.uri);
    edited(e.document.uri);
  });
}
