import * as vscode from 'vscode';
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

export function registerCommands(context: vscode.ExtensionContext, restart: () => Promise<void>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('akkoordwijzer.nieuweMotie', () => newDraft(context, 'Motie')),
    vscode.commands.registerCommand('akkoordwijzer.nieuweKamervragen', () => newDraft(context, 'Kamervragen')),
    vscode.commands.registerCommand('akkoordwijzer.herstart', async () => {
      await restart();
      void vscode.window.showInformationMessage(t('restarted'));
    }),
  );
}
