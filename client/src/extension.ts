import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, TRUST_NOTIFICATION, type StatusParams } from '../../src/shared/protocol';
import { registerCommands } from './commands';
import { CommitmentTree, insertCitation, searchCommitments, trackDrafts } from './commitments';
import { registerCompare } from './compare';
import { exportDraft, type ExportArgs } from './exportDraft';
import { setServerTaal } from './i18n';
import { fetchAgreement, importDocument, type FetchArgs, type ImportArgs } from './importCorpus';
import { fetchToezeggingen, type FetchToezeggingenArgs } from './kamerToezeggingen';
import { createLanguageClient } from './languageClient';
import { createLanguageStatus } from './languageStatus';
import { createPreviewCache, previewPlugin, redrawPreviews } from './preview';
import { RegisterTree } from './registerTree';

let client: LanguageClient | undefined;

/**
 * Thin client: start the server, register commands, the tree view, the language status and the preview's notes. It
 * never analyses text. VS Code's Markdown extension activates this extension itself for `markdown.markdownItPlugins`
 * and takes `extendMarkdownIt` from what this returns.
 */
export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; extendMarkdownIt: ReturnType<typeof previewPlugin> }> {
  const output = vscode.window.createOutputChannel('Akkoordwijzer', { log: true });
  client = createLanguageClient(context, output);
  const c = client;
  const tree = new CommitmentTree(c);
  const view = vscode.window.createTreeView('akkoordwijzer.coalitieakkoord', { treeDataProvider: tree, showCollapseAll: true });
  const register = new RegisterTree(c);
  const registerView = vscode.window.createTreeView('akkoordwijzer.kamertoezeggingen', { treeDataProvider: register, showCollapseAll: true });
  registerCommands(context, () => c.restart());
  registerCompare(context, c);
  context.subscriptions.push(
    output,
    view,
    registerView,
    registerView.onDidChangeVisibility((e) => e.visible && void register.refresh()),
    vscode.commands.registerCommand('akkoordwijzer.toonLog', () => output.show(true)),
    vscode.commands.registerCommand('akkoordwijzer.zoek', () => searchCommitments(c)),
    vscode.commands.registerCommand('akkoordwijzer.toonToezeggingen', async () => {
      // Asked for by name: the view shows even in a workspace without drafts or corpora.
      await status.showView();
      await tree.refresh();
      await vscode.commands.executeCommand('akkoordwijzer.coalitieakkoord.focus');
    }),
    vscode.commands.registerCommand('akkoordwijzer.importeer', (args?: ImportArgs) => importDocument(c, args, context.extensionUri)),
    vscode.commands.registerCommand('akkoordwijzer.exporteer', (args?: ExportArgs) => exportDraft(c, output, args)),
    vscode.commands.registerCommand('akkoordwijzer.haalAkkoordOp', (args?: FetchArgs) => fetchAgreement(c, context, args)),
    vscode.commands.registerCommand('akkoordwijzer.haalToezeggingenOp', (args?: FetchToezeggingenArgs) => fetchToezeggingen(c, args)),
    vscode.commands.registerCommand('akkoordwijzer.wisselGroepering', () => tree.toggle()),
    vscode.commands.registerCommand('akkoordwijzer.voegCitaatIn', (node?: { kind: string; item?: { key: string } } | string) => {
      const key = typeof node === 'string' ? node : node?.item?.key;
      if (key) return insertCitation(key);
      return undefined;
    }),
    // The tree asks for every commitment: only while it is visible.
    view.onDidChangeVisibility((e) => e.visible && void tree.refresh()),
    // The built-in corpora are data of the extension: open them read-only, so "go to definition" cannot change them.
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const builtin = `${vscode.Uri.joinPath(context.extensionUri, 'corpus').toString()}/`;
      if (editor && editor.document.uri.toString().startsWith(builtin)) {
        void vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
      }
    }),
  );
  trackDrafts(context);
  const status = createLanguageStatus(context, c);
  const preview = createPreviewCache(c);
  // One handler for the server's status (the client keeps one handler per notification): the language the server
  // speaks, the language status items, the tree when it is shown, and the commitment texts of the preview's notes.
  context.subscriptions.push(
    c.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      setServerTaal(p.taal);
      status.update(p);
      tree.setCorpora(p.corpora);
      if (view.visible) void tree.refresh();
      if (registerView.visible) void register.refresh();
      preview.invalidate();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('akkoordwijzer.taal')) return;
      status.render();
      redrawPreviews(preview);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void c.sendNotification(TRUST_NOTIFICATION).catch(() => undefined)),
  );
  await c.start();
  return { client: c, extendMarkdownIt: previewPlugin(preview) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
