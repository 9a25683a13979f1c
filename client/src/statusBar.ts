import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol';
import { t } from './i18n';

/** One status bar item: whether the server runs, which corpora are loaded and how many commitments they hold. */
export function createStatusBar(context: vscode.ExtensionContext, client: LanguageClient): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('akkoordwijzer.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Akkoordwijzer';
  item.command = 'akkoordwijzer.toonLog';
  let status: StatusParams | undefined;
  const render = () => {
    const state = client.state;
    if (state === State.Starting) {
      item.text = `$(sync~spin) ${t('statusStarting')}`;
      item.tooltip = t('statusTooltip');
      return;
    }
    if (state === State.Stopped) {
      item.text = '$(error) Akkoordwijzer';
      item.tooltip = t('statusFailed');
      return;
    }
    const ids = status?.corpora.filter((c) => c.id).map((c) => c.id) ?? [];
    const problems = status ? status.corpora.reduce((n, c) => n + c.errors, 0) + status.skippedFiles : 0;
    const count = status?.commitments ?? 0;
    item.text = `$(law) Akkoordwijzer${ids.length ? `: ${ids.join(', ')} (${count})` : ''}${problems > 0 ? ' $(warning)' : ''}`;
    const md = new vscode.MarkdownString(`**Akkoordwijzer** — ${t('statusTooltip')}\n\n`);
    for (const c of status?.corpora ?? []) {
      md.appendMarkdown(`- \`${c.id ?? '?'}\` ${c.title ?? ''}: ${c.commitments} ${t('commitments')}${c.errors ? `, ${c.errors} ✗` : ''}${c.warnings ? `, ${c.warnings} ⚠` : ''}${c.builtin ? '' : ` (${vscode.workspace.asRelativePath(vscode.Uri.parse(c.uri))})`}\n`);
    }
    if (problems > 0) md.appendMarkdown(`\n${t('corpusProblems')}`);
    item.tooltip = md;
  };
  render();
  context.subscriptions.push(
    item,
    client.onDidChangeState(render),
    client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      status = p;
      render();
    }),
  );
  item.show();
  return item;
}
