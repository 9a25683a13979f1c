import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { corporaText, documentStatusText } from '../../src/shared/documentStatusText';
import {
  DOCUMENT_STATUS_REQUEST,
  SET_KIND_REQUEST,
  type DocumentStatus,
  type DocumentStatusResult,
  type SetKindParams,
  type SetKindResult,
  type StatusParams,
} from '../../src/shared/protocol';
import { local, t } from './i18n';

/** Set while the workspace holds drafts or the user's corpora: the agreement view shows only then (package.json `when`). */
export const DRAFTS_CONTEXT_KEY = 'akkoordwijzer.conceptenOfCorpora';

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];
const CORPUS_FILES: vscode.DocumentSelector = [...MARKDOWN, { pattern: '**/*.akkoord.{yaml,yml}' }];

export interface LanguageStatus {
  /** The server's status: the corpora, problems in corpus files, whether the workspace has drafts. */
  update(status: StatusParams): void;
  /** Ask the server about the active document again, and render (after a state or language change). */
  render(): void;
  /** Show the agreement view from now on, whatever the workspace holds (the user asked for it). */
  showView(): Thenable<unknown>;
}

/**
 * Two language status items for Markdown (VS Code shows them in the `{}` entry of the status bar, and pinned when the
 * user pins them): what the current document counts as, why, and how to change it; and which corpora it is checked
 * against. The server's state (starting, failed, stopped) shows on the first one.
 */
export function createLanguageStatus(context: vscode.ExtensionContext, client: LanguageClient): LanguageStatus {
  const kindItem = vscode.languages.createLanguageStatusItem('akkoordwijzer.soort', MARKDOWN);
  const corporaItem = vscode.languages.createLanguageStatusItem('akkoordwijzer.corpora', CORPUS_FILES);
  kindItem.name = t('kindName');
  corporaItem.name = t('corporaName');
  let server: StatusParams | undefined;
  let doc: DocumentStatus | undefined;
  let asked = 0;
  let draftSeen = false;

  const showServerState = (): boolean => {
    const state = client.state;
    if (state === State.Running) return false;
    kindItem.busy = state === State.Starting;
    kindItem.severity = state === State.Starting ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Error;
    kindItem.text = state === State.Starting ? t('statusStarting') : client.state === State.Stopped ? t('statusStopped') : t('statusFailed');
    kindItem.detail = undefined;
    kindItem.command = { title: t('showLog'), command: 'akkoordwijzer.toonLog' };
    return true;
  };

  const paint = () => {
    kindItem.name = t('kindName');
    corporaItem.name = t('corporaName');
    if (showServerState()) return;
    kindItem.busy = false;
    kindItem.severity = vscode.LanguageStatusSeverity.Information;
    const text = doc && documentStatusText(doc);
    kindItem.text = text ? local(text.label) : 'Akkoordwijzer';
    kindItem.detail = text ? local(text.detail) : undefined;
    kindItem.command = { title: t('changeKind'), command: 'akkoordwijzer.kiesSoort' };
    const problems = server ? server.corpora.reduce((n, c) => n + c.errors, 0) + server.skippedFiles : 0;
    const ids = server?.corpora.filter((c) => c.loaded && c.id).map((c) => c.id!) ?? [];
    corporaItem.text = local(corporaText(doc ?? { corpora: ids, commitments: server?.commitments ?? 0 }));
    corporaItem.severity = problems > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    corporaItem.detail = problems > 0 ? t('corpusProblems') : t('corporaDetail');
    corporaItem.command = { title: t('showCommitments'), command: 'akkoordwijzer.toonToezeggingen' };
  };

  const setContext = () => vscode.commands.executeCommand('setContext', DRAFTS_CONTEXT_KEY, draftSeen || server?.draftsOrCorpora === true);

  const render = async () => {
    const editor = vscode.window.activeTextEditor;
    const mine = ++asked;
    if (client.state !== State.Running || !editor || editor.document.languageId !== 'markdown') {
      doc = undefined;
      return paint();
    }
    const answer = await client.sendRequest<DocumentStatusResult>(DOCUMENT_STATUS_REQUEST, { uri: editor.document.uri.toString() }).catch(() => null);
    if (mine !== asked) return;
    doc = answer ?? undefined;
    if (doc && doc.kind !== 'other' && !draftSeen) {
      draftSeen = true;
      void setContext();
    }
    paint();
  };

  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), 250);
  };
  paint();
  context.subscriptions.push(
    kindItem,
    corporaItem,
    client.onDidChangeState(() => void render()),
    vscode.window.onDidChangeActiveTextEditor(() => void render()),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && soon()),
    vscode.commands.registerCommand('akkoordwijzer.kiesSoort', () => chooseKind(client)),
    { dispose: () => clearTimeout(timer) },
  );
  return {
    update(status) {
      server = status;
      void setContext();
      void render();
    },
    render: () => void render(),
    showView() {
      draftSeen = true;
      return setContext();
    },
  };
}

/** "Akkoordwijzer: Kies het soort document": `soort:` in the front matter, written by the server's edit. */
async function chooseKind(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(t('kindNoEditor'));
    return;
  }
  const choices: (vscode.QuickPickItem & { soort: SetKindParams['kind'] })[] = [
    { label: t('kindMotie'), description: 'soort: motie', soort: 'motie' },
    { label: t('kindVragen'), description: 'soort: kamervragen', soort: 'kamervragen' },
    { label: t('kindOther'), description: 'soort: overig', soort: 'other' },
  ];
  const chosen = await vscode.window.showQuickPick(choices, { placeHolder: t('kindPlaceholder') });
  if (!chosen) return;
  const edit = await client.sendRequest<SetKindResult>(SET_KIND_REQUEST, { uri: editor.document.uri.toString(), kind: chosen.soort });
  if (!edit) return;
  const { start, end } = edit.range;
  await editor.edit((b) => b.replace(new vscode.Range(start.line, start.character, end.line, end.character), edit.newText));
}
