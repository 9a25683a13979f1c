import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMITMENTS_REQUEST, SEARCH_REQUEST, type CommitmentItem } from '../../src/shared/protocol';
import { t } from './i18n';

/**
 * Where a citation goes: the Markdown draft the user last worked in. Opening a commitment from the tree makes its
 * corpus file the active editor; a citation must never be written into that file.
 */
let lastDraft: vscode.TextEditor | undefined;

export function trackDrafts(context: vscode.ExtensionContext): void {
  const note = (e: vscode.TextEditor | undefined) => {
    if (e && e.document.languageId === 'markdown') lastDraft = e;
  };
  note(vscode.window.activeTextEditor);
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(note));
}

/** Insert `[@key]` at the cursor of the last Markdown draft; without one, put it on the clipboard. */
export async function insertCitation(key: string): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e === lastDraft) ?? (vscode.window.activeTextEditor?.document.languageId === 'markdown' ? vscode.window.activeTextEditor : undefined);
  if (!editor || editor.document.isClosed) {
    await vscode.env.clipboard.writeText(`[@${key}]`);
    void vscode.window.showInformationMessage(t('citationCopied'));
    return;
  }
  await editor.edit((b) => b.replace(editor.selection, `[@${key}]`));
}

/** "Akkoordwijzer: Zoek in het coalitieakkoord": live search by words; choosing inserts the citation. */
export async function searchCommitments(client: LanguageClient): Promise<void> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { key: string }>();
  pick.placeholder = t('searchPlaceholder');
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  let request = 0;
  const run = async (query: string) => {
    const mine = ++request;
    pick.busy = true;
    try {
      const items = await client.sendRequest<CommitmentItem[]>(SEARCH_REQUEST, { query, limit: 100 });
      if (mine !== request) return;
      pick.items = items.map((i) => ({
        key: i.key,
        label: i.key,
        description: [i.corpusTitle, i.firmnessLabel, i.replaced ? t('replaced') : undefined].filter(Boolean).join(' · '),
        // The quick pick cuts a long detail at the window's width itself.
        detail: i.text,
        alwaysShow: true,
      }));
    } finally {
      if (mine === request) pick.busy = false;
    }
  };
  pick.onDidChangeValue((v) => void run(v));
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) await insertCitation(chosen.key);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  await run('');
}

type Node = { kind: 'group'; label: string; children: CommitmentItem[] } | { kind: 'item'; item: CommitmentItem };

/** "Toon toezeggingen": a tree by chapter and by tag, with an insert action on each commitment. */
export class CommitmentTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private items: CommitmentItem[] = [];
  by: 'chapter' | 'tag' = 'chapter';

  constructor(private readonly client: LanguageClient) {}

  async refresh(): Promise<void> {
    this.items = await this.client.sendRequest<CommitmentItem[]>(COMMITMENTS_REQUEST);
    this.changed.fire();
  }

  toggle(): void {
    this.by = this.by === 'chapter' ? 'tag' : 'chapter';
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.children.length);
      item.contextValue = 'group';
      return item;
    }
    const c = node.item;
    const item = new vscode.TreeItem(c.short, vscode.TreeItemCollapsibleState.None);
    item.description = c.key;
    item.tooltip = new vscode.MarkdownString(`**${c.key}**\n\n> ${c.text}\n\n${[c.firmnessLabel, c.tagLabels.join(', ')].filter(Boolean).join(' · ')}`);
    item.contextValue = 'commitment';
    item.command = c.uri ? { title: t('openInCorpus'), command: 'vscode.open', arguments: [vscode.Uri.parse(c.uri), { selection: new vscode.Range(c.line, 0, c.line, 0) }] } : undefined;
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'group') return node.children.map((item) => ({ kind: 'item', item }));
    if (node) return [];
    const groups = new Map<string, CommitmentItem[]>();
    for (const c of this.items) {
      const keys = this.by === 'chapter' ? [`${c.corpusTitle} › ${c.chapter ?? t('noChapter')}`] : c.tagLabels.length ? c.tagLabels : ['—'];
      for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([label, children]) => ({ kind: 'group', label, children }));
  }
}
