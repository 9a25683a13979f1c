import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createLanguageClient } from './languageClient';
import { createStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** Thin client: start the server, register commands and the status bar. It never analyses text itself. */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const output = vscode.window.createOutputChannel('Akkoordwijzer', { log: true });
  client = createLanguageClient(context, output);
  const c = client;
  registerCommands(context, () => c.restart());
  context.subscriptions.push(output, vscode.commands.registerCommand('akkoordwijzer.toonLog', () => output.show(true)));
  createStatusBar(context, c);
  await c.start();
  return { client: c };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
