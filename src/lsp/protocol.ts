/**
 * The values the server takes from `vscode-languageserver`, in one place (types are imported from the package
 * directly: they leave no code). The package is CommonJS, and the bundle gives every module that imports values from
 * it a copy of its hundreds of exports (esbuild's `__toESM`): ten copies cost the first start ~6 ms, through this
 * module there is one.
 */
export {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
