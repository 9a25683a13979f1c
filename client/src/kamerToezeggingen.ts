import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fetchKamerToezeggingen, givenFilters, type KamerToezeggingenAnswer } from '../../src/shared/kamerToezeggingen';
import { OpenDataError, type FetchLike } from '../../src/shared/opendata';
import {
  REGISTER_STATE_REQUEST,
  REGISTER_WRITE_REQUEST,
  type RegisterStateResult,
  type RegisterWriteParams,
  type RegisterWriteResult,
} from '../../src/shared/protocol';
import { t, taal } from './i18n';
import { openDataUrl } from './openData';

/** What "Haal toezeggingen op" accepts as arguments (tests and other extensions skip the questions with them). */
export interface FetchToezeggingenArgs {
  ministerie?: string;
  commissie?: string;
  /** `YYYY-MM-DD`: made on or after. */
  sinds?: string;
  out?: vscode.Uri;
  /** Another service root than the Tweede Kamer's (a mirror; the tests' stand-in on the loopback interface). */
  baseUrl?: string;
  /** Skip the question whether to go online: the caller asked already. */
  confirmed?: boolean;
}

function serviceRoot(args: FetchToezeggingenArgs): string {
  return openDataUrl(args.baseUrl);
}

/** Opt-in: nothing goes online before the user says so, and the question says what is sent. */
async function askFilters(args: FetchToezeggingenArgs): Promise<FetchToezeggingenArgs | undefined> {
  if (args.confirmed) return args;
  const ministerie = await vscode.window.showInputBox({ title: t('toezeggingenTitle'), prompt: t('toezeggingenMinisterie'), ignoreFocusOut: true, value: args.ministerie ?? '' });
  if (ministerie === undefined) return undefined;
  const go = await vscode.window.showInformationMessage(t('toezeggingenConfirm'), { modal: true }, t('toezeggingenGo'));
  return go === t('toezeggingenGo') ? { ...args, ...(ministerie.trim() ? { ministerie: ministerie.trim() } : {}) } : undefined;
}

/**
 * "Akkoordwijzer: Haal toezeggingen op": the Kamer's register of toezeggingen, fetched with VS Code's own fetch (the
 * user's proxy and certificates) under a cancellable progress notification, written by the server as
 * `toezeggingen.akkoord.yaml` in the workspace (refreshed when it is there already).
 */
export async function fetchToezeggingen(client: LanguageClient, input: FetchToezeggingenArgs = {}): Promise<RegisterWriteResult | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  let out = input.out ?? (folder ? vscode.Uri.joinPath(folder, 'toezeggingen.akkoord.yaml') : undefined);
  if (!out) {
    void vscode.window.showErrorMessage(t('toezeggingenNoFolder'));
    return undefined;
  }
  // Before the filters are asked: a file that is no register (a list of one's own) is never refreshed; another file is chosen.
  let state = await client.sendRequest<RegisterStateResult>(REGISTER_STATE_REQUEST, { out: out.toString() });
  while (state.problem) {
    const choice = await vscode.window.showErrorMessage(state.problem, t('toezeggingenOtherFile'));
    if (choice !== t('toezeggingenOtherFile')) return undefined;
    const picked = await vscode.window.showSaveDialog({ title: t('toezeggingenTitle'), filters: { [t('corpusFiles')]: ['akkoord.yaml'] }, defaultUri: out });
    if (!picked) return undefined;
    out = picked;
    state = await client.sendRequest<RegisterStateResult>(REGISTER_STATE_REQUEST, { out: out.toString() });
  }
  const args = await askFilters(input);
  if (!args) return undefined;
  const baseUrl = serviceRoot(args);
  const answer = await download(baseUrl, args, state.changedSince);
  if (answer instanceof Error) {
    // Shown after the progress notification has closed; a cancel the user asked for needs no message.
    if (!(answer instanceof OpenDataError && answer.kind === 'cancelled')) void vscode.window.showErrorMessage(answer instanceof OpenDataError ? answer.text[taal()] : answer.message);
    return undefined;
  }
  const params: RegisterWriteParams = {
    out: out.toString(),
    records: answer.records,
    deleted: answer.deleted,
    url: baseUrl,
    ...givenFilters(args),
  };
  try {
    const result = await client.sendRequest<RegisterWriteResult>(REGISTER_WRITE_REQUEST, params);
    void showWritten(result);
    return result;
  } catch (e) {
    void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
    return undefined;
  }
}

async function showWritten(result: RegisterWriteResult): Promise<void> {
  const file = vscode.Uri.parse(result.out);
  const summary = `${vscode.workspace.asRelativePath(file)}: ${result.count} ${t('toezeggingenCount')} (+${result.added}, ~${result.changed}, −${result.removed}).`;
  if ((await vscode.window.showInformationMessage(summary, t('openCorpusFile'))) === t('openCorpusFile')) await vscode.window.showTextDocument(file);
}

/** The fetch under a cancellable progress notification; a failure is returned, not shown. */
function download(baseUrl: string, args: FetchToezeggingenArgs, changedSince: string | undefined): Thenable<KamerToezeggingenAnswer | Error> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('toezeggingenProgress'), cancellable: true }, async (progress, cancel) => {
    const controller = new AbortController();
    cancel.onCancellationRequested(() => controller.abort());
    try {
      return await fetchKamerToezeggingen(
        { ...(args.sinds ? { sinds: args.sinds } : {}), ...(changedSince ? { gewijzigdSinds: changedSince } : {}) },
        {
          fetch: globalThis.fetch as unknown as FetchLike,
          baseUrl,
          signal: controller.signal,
          proxyFor: () => vscode.workspace.getConfiguration('http').get<string>('proxy') || undefined,
          onPage: (records) => progress.report({ message: `${records} ${t('toezeggingenCount')}` }),
        },
      );
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}
