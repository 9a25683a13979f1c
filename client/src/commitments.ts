import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMITMENTS_REQUEST, SEARCH_REQUEST, type CommitmentItem, type CorpusStatus } from '../../src/shared/protocol';
import { corpusState, t } from './i18n';

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

type Node =
  | { kind: 'corpus'; corpusId: string; items: CommitmentItem[] }
  /** A chapter (its items grouped by section below it), a section, or a tag. */
  | { kind: 'group'; label: string; items: CommitmentItem[]; bySection: boolean }
  | { kind: 'item'; item: CommitmentItem };

/** Items by a key, the groups in the order their first item comes (the corpus's own order: its real chapters). */
function inOrder(items: readonly CommitmentItem[], keyOf: (c: CommitmentItem) => string): Map<string, CommitmentItem[]> {
  const groups = new Map<string, CommitmentItem[]>();
  for (const c of items) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  return groups;
}

/**
 * "Toon toezeggingen": by chapter, a tree per corpus (saying whether it is complete and whether it replaces the
 * built-in one) with its chapters and sections in the document's order; by tag, one group per tag. Each commitment
 * has an insert action.
 */
/** The command that opens a commitment where it stands in its corpus file; undefined when its file is not known. */
export function openInCorpus(c: CommitmentItem): vscode.Command | undefined {
  return c.uri ? { title: t('openInCorpus'), command: 'vscode.open', arguments: [vscode.Uri.parse(c.uri), { selection: new vscode.Range(c.line, 0, c.line, 0) }] } : undefined;
}

export class CommitmentTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private items: CommitmentItem[] = [];
  /** The corpora as the server's status last described them. */
  private corpora: readonly CorpusStatus[] = [];
  by: 'chapter' | 'tag' = 'chapter';

  constructor(private readonly client: LanguageClient) {}

  async refresh(): Promise<void> {
    this.items = await this.client.sendRequest<CommitmentItem[]>(COMMITMENTS_REQUEST);
    this.changed.fire();
  }

  /** The corpora of the server's latest status (what the corpus rows say about each). */
  setCorpora(corpora: readonly CorpusStatus[]): void {
    this.corpora = corpora;
  }

  toggle(): void {
    this.by = this.by === 'chapter' ? 'tag' : 'chapter';
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'corpus') return this.corpusItem(node);
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.items.length);
      item.contextValue = 'group';
      return item;
    }
    const c = node.item;
    const item = new vscode.TreeItem(c.short, vscode.TreeItemCollapsibleState.None);
    item.description = c.key;
    item.tooltip = new vscode.MarkdownString(`**${c.key}**\n\n> ${c.text}\n\n${[c.firmnessLabel, c.tagLabels.join(', ')].filter(Boolean).join(' · ')}`);
    item.contextValue = 'commitment';
    item.command = openInCorpus(c);
    return item;
  }

  /** A corpus row: its title, and in the description its count, whether it is whole and what it replaces. */
  private corpusItem(node: Extract<Node, { kind: 'corpus' }>): vscode.TreeItem {
    const first = node.items[0]!;
    const status = this.corpora.find((c) => c.loaded && c.id === node.corpusId);
    const item = new vscode.TreeItem(first.corpusTitle, vscode.TreeItemCollapsibleState.Expanded);
    const facts = [String(node.items.length), ...(status ? corpusState(status) : []), ...(first.replaced ? [t('corpusReplaced')] : [])];
    item.description = facts.join(' · ');
    item.tooltip = `${node.corpusId}: ${first.uri ? vscode.workspace.asRelativePath(vscode.Uri.parse(first.uri)) : ''}`;
    item.contextValue = 'corpus';
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (this.by === 'chapter') return [...inOrder(this.items, (c) => c.corpusId)].map(([corpusId, items]) => ({ kind: 'corpus', corpusId, items }));
      const byTag = new Map<string, CommitmentItem[]>();
      for (const c of this.items) for (const k of c.tagLabels.length ? c.tagLabels : ['—']) byTag.set(k, [...(byTag.get(k) ?? []), c]);
      return [...byTag].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([label, items]) => ({ kind: 'group', label, items, bySection: false }));
    }
    if (node.kind === 'corpus') return [...inOrder(node.items, (c) => c.chapter ?? t('noChapter'))].map(([label, items]) => ({ kind: 'group', label, items, bySection: true }));
    if (node.kind !== 'group') return [];
    if (!node.bySection) return node.items.map((item) => ({ kind: 'item', item }));
    // Within a chapter: commitments outside any section where they stand, each section as a group where it begins.
    const out: Node[] = [];
    const sections = inOrder(node.items, (c) => c.section ?? '');
    for (const c of node.items) {
      if (c.section === undefined) out.push({ kind: 'item', item: c });
      else if (sections.get(c.section)![0] === c) out.push({ kind: 'group', label: c.section, items: sections.get(c.section)!, bySection: false });
    }
    return out;
  }
}
