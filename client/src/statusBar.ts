import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { t } from './i18n';

/** One status bar item: whether the server runs (later: which corpora are loaded). */
export function createStatusBar(context: vscode.ExtensionContext, client: LanguageClient): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('akkoordwijzer.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Akkoordwijzer';
  item.command = 'akkoordwijzer.toonLog';
  const update = (state: State) => {
    item.text = state === State.Running ? `$(law) ${t('statusReady')}` : state === State.Starting ? `$(sync~spin) ${t('statusStarting')}` : `$(error) Akkoordwijzer`;
    item.tooltip = state === State.Stopped ? t('statusFailed') : t('statusTooltip');
  };
  update(client.state);
  context.subscriptions.push(item, client.onDidChangeState((e) => update(e.newState)));
  item.show();
  return item;
}
