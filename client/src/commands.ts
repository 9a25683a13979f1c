import * as vscode from 'vscode';
import { FIX_ALL_KIND } from '../../src/shared/protocol';
import { t } from './i18n';

interface SnippetFile {
  [name: string]: { body: string[] };
}

/** A new untitled Markdown draft from the shipped snippet: ready to type during a debate. */
async function newDraft(context: vscode.ExtensionContext, snippet: 'Motie' | 'Kamervragen'): Promise<void> {
  let body: string[];
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'snippets', 'markdown.json'));
    const file = JSON.parse(new TextDecoder().decode(bytes)) as SnippetFile;
    body = file[snippet]!.body;
  } catch {
    void vscode.window.showErrorMessage(t('snippetMissing'));
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(body.join('\n')));
}

/**
 * "Herstel alles": the server's fix-all action (`source.fixAll.akkoordwijzer`) for the active Markdown editor,
 * applied: what `editor.codeActionsOnSave` does on save, and `check --fix` in a terminal.
 */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(t('fixAllNoDraft'));
    return;
  }
  const doc = editor.document;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND);
  const action = actions?.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage(t('fixAllNothing'));
    return;
  }
  await vscode.workspace.applyEdit(action.edit);
}

export function registerCommands(context: vscode.ExtensionContext, restart: () => Promise<void>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('akkoordwijzer.nieuweMotie', () => newDraft(context, 'Motie')),
    vscode.commands.registerCommand('akkoordwijzer.nieuweKamervragen', () => newDraft(context, 'Kamervragen')),
    vscode.commands.registerCommand('akkoordwijzer.herstelAlles', fixAll),
    vscode.commands.registerCommand('akkoordwijzer.herstart', async () => {
      await restart();
      void vscode.window.showInformationMessage(t('restarted'));
    }),
  );
}
