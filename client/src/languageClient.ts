import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { t } from './i18n';

/** Crashes within this window count together; more than MAX_RESTARTS of them and the server stays down. */
const CRASH_WINDOW_MS = 3 * 60_000;
const MAX_RESTARTS = 4;

/**
 * What happens when the server process dies: it is restarted, and the user sees one notice for the session (not one
 * per crash); when it keeps dying (more than MAX_RESTARTS times in three minutes) it stays down and one error says so,
 * with the log and a restart at hand. Connection errors are tolerated three times in a row, as the default handler does.
 */
function crashHandler(output: vscode.LogOutputChannel): ErrorHandler & { running(): void } {
  const crashes: number[] = [];
  let noticeShown = false;
  let connectionLostShown = false;
  const offer = async (message: Thenable<string | undefined>) => {
    const choice = await message;
    if (choice === t('showLog')) output.show(true);
    if (choice === t('restart')) await vscode.commands.executeCommand('akkoordwijzer.herstart');
  };
  return {
    // A write to a server that just died (EPIPE, a closed IPC channel) is part of the crash the close handler reports:
    // logged, not shown, and never a reason to stop (vscode-jsonrpc counts each failed IPC write twice, so a few
    // notifications sent to a killed server would otherwise look like a connection that keeps failing).
    error: (error, _message, count) => {
      output.error(`${t('connectionError')}: ${error.message}`);
      if (isWriteToDeadServer(error)) return { action: ErrorAction.Continue, handled: true };
      if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
      if (!connectionLostShown) {
        connectionLostShown = true;
        void offer(vscode.window.showErrorMessage(t('connectionLost'), t('showLog'), t('restart')));
      }
      return { action: ErrorAction.Shutdown, handled: true };
    },
    // After a Shutdown the client never reports `closed`; a restart ("Herstart de server") starts a new episode.
    running: () => {
      connectionLostShown = false;
    },
    closed: () => {
      connectionLostShown = false;
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0]! > CRASH_WINDOW_MS) crashes.shift();
      output.error(`${t('serverEnded')}: ${crashes.length}`);
      if (crashes.length > MAX_RESTARTS) {
        crashes.length = 0;
        void offer(vscode.window.showErrorMessage(t('serverGaveUp'), t('showLog'), t('restart')));
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (!noticeShown) {
        noticeShown = true;
        void offer(vscode.window.showWarningMessage(t('serverRestarted'), t('showLog')));
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

/** Error codes Node gives a write to a child process (or socket) whose other end has gone. */
const DEAD_PEER_CODES = new Set(['EPIPE', 'ECONNRESET', 'ERR_IPC_CHANNEL_CLOSED', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** Whether a connection error is a write to a server process that has just died (its close event follows). */
export function isWriteToDeadServer(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return (code !== undefined && DEAD_PEER_CODES.has(code)) || /\bEPIPE\b|channel closed/i.test(error.message);
}

/** Start the language server (dist/server.js) over Node IPC for Markdown files, saved or untitled. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  // The server's compiled code is kept in the extension's storage (src/host/bundleLoader.cjs), so a start after the
  // first does not compile it again. Program code only: nothing of a draft.
  const env = { AKKOORDWIJZER_CODE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const handler = crashHandler(output);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'markdown', scheme: 'vscode-remote' },
      // Corpus files are checked as they are edited (problems at their line and column).
      { language: 'yaml', pattern: '**/*.akkoord.{yaml,yml}' },
    ],
    outputChannel: output,
    errorHandler: handler,
    // Settings: the server asks for them (workspace/configuration) and registers for their changes itself.
    // Restricted Mode: the server then reads no corpus file outside the workspace (see TRUST_NOTIFICATION). The cache
    // folder keeps the user's corpora compiled between sessions (the server falls back to its own without one).
    // A function, read at every (re)start: after a crash or "Herstart de server" the server learns the trust of now.
    initializationOptions: () => ({
      settings: vscode.workspace.getConfiguration('akkoordwijzer'),
      trusted: vscode.workspace.isTrusted,
      cacheFolder: vscode.Uri.joinPath(context.globalStorageUri, 'corpora').fsPath,
    }),
  };
  const client = new LanguageClient('akkoordwijzer', 'Akkoordwijzer', serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    if (e.newState === State.Running) handler.running();
  });
  return client;
}
