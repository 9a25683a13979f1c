// The language-server baseline: the least a server built on vscode-languageserver does before a user sees
// diagnostics — start, answer initialize, and publish (empty) diagnostics for a document when it is opened.
const { createConnection, ProposedFeatures, TextDocumentSyncKind } = require('vscode-languageserver/node');

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Full } }));
connection.onDidOpenTextDocument((params) => {
  void connection.sendDiagnostics({ uri: params.textDocument.uri, diagnostics: [] });
});
connection.listen();
