import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMITMENTS_REQUEST, type CommitmentItem } from '../../src/shared/protocol';
import { openInCorpus } from './commitments';
import { t } from './i18n';

type RegisterNode = { kind: 'ministry'; label: string; items: CommitmentItem[] } | { kind: 'status'; label: string; items: CommitmentItem[] } | { kind: 'promise'; item: CommitmentItem };

/** The statuses that come first under a ministry: what is still to be done. */
const OPEN_FIRST = ['Openstaand'];

function groupBy(items: readonly CommitmentItem[], keyOf: (c: CommitmentItem) => string): [string, CommitmentItem[]][] {
  const groups = new Map<string, CommitmentItem[]>();
  for (const c of items) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  return [...groups];
}

/**
 * "Toezeggingen aan de Kamer": the loaded registers of toezeggingen (corpora of kind `toezeggingen`), grouped by
 * ministry and then by status, open ones first; an overdue promise says so. The server sends every commitment; only
 * those with `register` are shown.
 */
export class RegisterTree implements vscode.TreeDataProvider<RegisterNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private items: CommitmentItem[] = [];

  constructor(private readonly client: LanguageClient) {}

  async refresh(): Promise<void> {
    const all = await this.client.sendRequest<CommitmentItem[]>(COMMITMENTS_REQUEST);
    this.items = all.filter((c) => c.register !== undefined);
    this.changed.fire();
  }

  getTreeItem(node: RegisterNode): vscode.TreeItem {
    if (node.kind !== 'promise') {
      const overdue = node.items.filter((c) => c.register?.overdue).length;
      const item = new vscode.TreeItem(node.label, node.kind === 'ministry' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.description = overdue > 0 ? `${node.items.length} · ${overdue} ${t('registerOverdue')}` : String(node.items.length);
      item.contextValue = node.kind;
      return item;
    }
    const c = node.item;
    const item = new vscode.TreeItem(c.short, vscode.TreeItemCollapsibleState.None);
    item.description = [c.key, c.status].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(`**${c.key}**\n\n> ${c.text}\n\n${c.status ?? ''}`);
    item.iconPath = new vscode.ThemeIcon(c.register?.overdue ? 'warning' : c.register?.status === 'Openstaand' ? 'circle-large-outline' : 'pass');
    item.command = openInCorpus(c);
    item.contextValue = 'commitment';
    return item;
  }

  getChildren(node?: RegisterNode): RegisterNode[] {
    if (!node) {
      const ministry = (c: CommitmentItem) => c.ministry[0] ?? c.register?.ministryName ?? t('registerNoMinistry');
      return groupBy(this.items, ministry)
        .sort(([a], [b]) => a.localeCompare(b, 'nl'))
        .map(([label, items]) => ({ kind: 'ministry', label: ministryLabel(label, items), items }));
    }
    if (node.kind === 'ministry') {
      const rank = (s: string) => (OPEN_FIRST.includes(s) ? 0 : 1);
      return groupBy(node.items, (c) => c.register?.status ?? t('registerNoStatus'))
        .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'nl'))
        .map(([label, items]) => ({ kind: 'status', label, items }));
    }
    if (node.kind === 'status') return node.items.map((item) => ({ kind: 'promise', item }));
    return [];
  }
}

/** "BZK — Binnenlandse Zaken en Koninkrijksrelaties": the code and the register's own name for it. */
function ministryLabel(code: string, items: readonly CommitmentItem[]): string {
  const name = items.find((c) => c.register?.ministryName)?.register?.ministryName;
  return name && name !== code ? `${code} — ${name}` : code;
}
