import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Start the language server (dist/server.js) over Node IPC for Markdown files, saved or untitled. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'markdown', scheme: 'vscode-remote' },
      // Corpus files are checked as they are edited (problems at their line and column).
      { language: 'yaml', pattern: '**/*.akkoord.{yaml,yml}' },
    ],
    outputChannel: output,
    // Settings: the server asks for them (workspace/configuration) and registers for their changes itself. The cache
    // folder keeps the user's corpora compiled between sessions (the server falls back to its own without one).
    initializationOptions: { settings: vscode.workspace.getConfiguration('akkoordwijzer'), cacheFolder: vscode.Uri.joinPath(context.globalStorageUri, 'corpora').fsPath },
  };
  return new LanguageClient('akkoordwijzer', 'Akkoordwijzer', serverOptions, clientOptions);
}
