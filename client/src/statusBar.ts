import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { CorpusStatus, StatusParams } from '../../src/shared/protocol';
import { corpusState, t } from './i18n';

export interface StatusBar {
  /** Show what the server reported: the corpora and their commitments, and problems in corpus files. */
  update(status: StatusParams): void;
  /** Render again (after a state or language change). */
  render(): void;
}

const relative = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri));

/** One corpus file in the tooltip: its commitments, how whole it is, what it replaces or lost to, its problems. */
function corpusLine(c: CorpusStatus): string {
  if (c.overriddenBy) return `${t('overriddenBy')} ${relative(c.overriddenBy)}`;
  const facts = [`${c.commitments} ${t('commitments')}`, ...(c.loaded ? corpusState(c) : [])];
  if (c.errors) facts.push(`${c.errors} ✗`);
  if (c.warnings) facts.push(`${c.warnings} ⚠`);
  return `${facts.join(', ')}${c.builtin ? '' : ` (${relative(c.uri)})`}`;
}

/** One status bar item: whether the server runs, which corpora are loaded and how many commitments they hold. */
export function createStatusBar(context: vscode.ExtensionContext, client: LanguageClient): StatusBar {
  const item = vscode.window.createStatusBarItem('akkoordwijzer.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Akkoordwijzer';
  item.command = 'akkoordwijzer.toonLog';
  let status: StatusParams | undefined;
  const render = () => {
    const state = client.state;
    if (state === State.StartFailed) {
      item.text = '$(error) Akkoordwijzer';
      item.tooltip = t('statusFailed');
      return;
    }
    if (state !== State.Running) {
      item.text = state === State.Starting ? `$(sync~spin) ${t('statusStarting')}` : '$(circle-slash) Akkoordwijzer';
      item.tooltip = state === State.Starting ? t('statusTooltip') : t('statusStopped');
      return;
    }
    const ids = status?.corpora.filter((c) => c.loaded).map((c) => c.id) ?? [];
    const problems = status ? status.corpora.reduce((n, c) => n + c.errors, 0) + status.skippedFiles : 0;
    item.text = `$(law) Akkoordwijzer${ids.length ? `: ${ids.join(', ')} (${status?.commitments ?? 0})` : ''}${problems > 0 ? ' $(warning)' : ''}`;
    const md = new vscode.MarkdownString(`**Akkoordwijzer** — ${t('statusTooltip')}\n\n`);
    for (const c of status?.corpora ?? []) md.appendMarkdown(`- \`${c.id ?? '?'}\` ${c.title ?? ''}: ${corpusLine(c)}\n`);
    if (problems > 0) md.appendMarkdown(`\n${t('corpusProblems')}`);
    item.tooltip = md;
  };
  render();
  context.subscriptions.push(
    item,
    client.onDidChangeState(render),
  );
  item.show();
  return {
    update(p) {
      status = p;
      render();
    },
    render,
  };
}
