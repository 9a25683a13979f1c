import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { problemToDiagnostic } from './convert';
import { createDraftService, type DraftService, type Logger } from './core/index';
import { loadBuiltinLexicon } from './data';
import { registerCodeActionSupport } from './features/codeActions';
import { registerDiagnosticsSupport, type DiagnosticsSupport } from './features/diagnostics';
import { registerHoverSupport } from './features/hover';
import { registerSymbolSupport } from './features/symbols';
import { mergeEditorSettings, readWorkspaceConfigs } from './settings';

export const SERVER_VERSION = '0.1.0';

/** Wire the draft service to an LSP connection. Each feature registers itself; handlers stay thin. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const logger: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  const builtin = loadBuiltinLexicon();
  const service: DraftService = createDraftService({ vagueTerms: builtin.terms, logger });
  const getService = () => service;

  let folders: string[] = [];
  let hasConfigurationCapability = false;
  let hasWatchedFiles = false;
  let initOptions: unknown;
  let diagnostics: DiagnosticsSupport | undefined;
  const publishedDataFiles = new Set<string>();

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    hasWatchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    initOptions = params.initializationOptions;
    folders = (params.workspaceFolders ?? []).map((f) => URI.parse(f.uri).fsPath);
    if (folders.length === 0 && params.rootUri) folders = [URI.parse(params.rootUri).fsPath];
    const pull = !!caps.textDocument?.diagnostic;
    diagnostics = registerDiagnosticsSupport(connection, documents, getService, pull);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: true,
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'akkoordwijzer', version: SERVER_VERSION },
    };
  });

  const reloadSettings = async () => {
    let editor: unknown = initOptions && typeof initOptions === 'object' ? (initOptions as Record<string, unknown>)['settings'] : undefined;
    if (hasConfigurationCapability) {
      try {
        editor = await connection.workspace.getConfiguration('akkoordwijzer');
      } catch (err) {
        logger.warn(`Instellingen niet opgehaald: ${String(err)}`);
      }
    }
    const ws = readWorkspaceConfigs(folders);
    const config = mergeEditorSettings(editor, ws.configs, folders, logger);
    service.configure({ settings: { taal: config.taal ?? 'nl', severities: config.regels }, vagueTerms: [...builtin.terms, ...config.extraTerms] });
    // Problems in config files show on those files, at their line and column.
    for (const uri of publishedDataFiles) if (!ws.problems.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    publishedDataFiles.clear();
    for (const [uri, problems] of ws.problems) {
      void connection.sendDiagnostics({ uri, diagnostics: problems.map(problemToDiagnostic) });
      publishedDataFiles.add(uri);
    }
    diagnostics?.refreshAll();
  };

  connection.onInitialized(async () => {
    if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'akkoordwijzer' });
    if (hasWatchedFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.akkoordwijzer.yaml' }, { globPattern: '**/*.akkoord.yaml' }],
      });
    }
    if (builtin.report.problems.length > 0) {
      void connection.sendDiagnostics({ uri: URI.file(builtin.report.file).toString(), diagnostics: builtin.report.problems.map(problemToDiagnostic) });
    }
    await reloadSettings();
    logger.info(`Akkoordwijzer ${SERVER_VERSION} gestart; ${service.lexicon.terms.length} vage begrippen geladen.`);
  });

  connection.onDidChangeConfiguration(() => void reloadSettings());
  connection.onDidChangeWatchedFiles(() => void reloadSettings());
  documents.onDidClose((e) => service.forget(e.document.uri));

  registerHoverSupport(connection, documents, getService);
  registerCodeActionSupport(connection, documents, getService);
  registerSymbolSupport(connection, documents, getService);

  documents.listen(connection);
  connection.listen();
}
