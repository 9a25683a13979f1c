import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMPARE_REQUEST, type CompareParams, type CompareResult, type CompareVersion } from '../../src/shared/protocol';
import { t } from './i18n';

/*
 * "Akkoordwijzer: Vergelijk met …": the open motie or Kamervragen against another file or a git revision of itself,
 * compared by the server part by part. The result is a read-only Markdown document shown as a preview: a staffer
 * reads "overweging 2 gewijzigd" with the changed words marked, which a line diff (vscode.diff) cannot say — one
 * changed word reflows a whole paragraph into a changed line.
 */

/** What this command uses of VS Code's built-in git extension (`vscode.git`, API version 1). */
interface GitCommit {
  hash: string;
  message: string;
  authorDate?: Date;
}
interface GitRepository {
  log(options: { path?: string; maxEntries?: number }): Promise<GitCommit[]>;
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

export const COMPARISON_SCHEME = 'akkoordwijzer-vergelijking';

/** The comparisons shown, by URI: a content provider's documents are read-only. */
class Comparisons implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private count = 0;
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
  add(name: string, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: COMPARISON_SCHEME, path: `/${++this.count}/${name}.md` });
    this.texts.set(uri.toString(), markdown);
    return uri;
  }
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

async function otherFile(): Promise<CompareVersion | undefined> {
  const [picked] = (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: t('compareOpenLabel'), filters: { Markdown: ['md', 'markdown'] } })) ?? [];
  if (!picked) return undefined;
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(picked));
  return { uri: picked.toString(), text, name: baseName(picked) };
}

async function gitRevision(doc: vscode.TextDocument): Promise<CompareVersion | undefined> {
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  const api = extension ? (extension.isActive ? extension.exports : await extension.activate()).getAPI(1) : undefined;
  const repository = doc.uri.scheme === 'file' ? api?.getRepository(doc.uri) : undefined;
  if (!repository) {
    void vscode.window.showWarningMessage(t('compareNoRepository'));
    return undefined;
  }
  const commits = await repository.log({ path: doc.uri.fsPath, maxEntries: 50 });
  if (commits.length === 0) {
    void vscode.window.showWarningMessage(t('compareNoCommits'));
    return undefined;
  }
  const items = commits.map((c) => ({ label: c.hash.slice(0, 7), description: c.message.split('\n')[0], detail: c.authorDate?.toLocaleString(), commit: c }));
  const chosen = await vscode.window.showQuickPick(items, { placeHolder: t('comparePickRevision'), matchOnDescription: true });
  if (!chosen) return undefined;
  const text = await repository.show(chosen.commit.hash, doc.uri.fsPath);
  return { uri: doc.uri.toString(), text, name: `${chosen.label}:${baseName(doc.uri)}` };
}

/** The command: pick what to compare with, ask the server, show the result beside the draft. */
async function compareWith(client: LanguageClient, comparisons: Comparisons): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(t('kindNoEditor'));
    return;
  }
  const source = await vscode.window.showQuickPick(
    [
      { label: `$(file) ${t('compareWithFile')}`, from: 'file' as const },
      { label: `$(git-commit) ${t('compareWithRevision')}`, from: 'git' as const },
    ],
    { placeHolder: t('comparePlaceholder') },
  );
  if (!source) return;
  const before = source.from === 'file' ? await otherFile() : await gitRevision(doc);
  if (!before) return;
  const params: CompareParams = { before, after: { uri: doc.uri.toString(), text: doc.getText(), name: baseName(doc.uri) } };
  const result = await client.sendRequest<CompareResult | null>(COMPARE_REQUEST, params);
  if (!result) return;
  const uri = comparisons.add(`${before.name.replace(/[:/]/g, '-')}-${baseName(doc.uri)}`, result.markdown);
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, () => vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside }));
  void vscode.window.setStatusBarMessage(result.summary, 10_000);
}

/** Register "Vergelijk met …" and the read-only documents that hold its results. */
export function registerCompare(context: vscode.ExtensionContext, client: LanguageClient): void {
  const comparisons = new Comparisons();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(COMPARISON_SCHEME, comparisons),
    vscode.commands.registerCommand('akkoordwijzer.vergelijk', () => compareWith(client, comparisons)),
  );
}
