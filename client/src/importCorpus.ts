import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fetchKamerDocument, OpenDataError, type FetchLike, type KamerDocument } from '../../src/shared/opendata';
import { describeDocument, formatBytes } from '../../src/shared/opendataText';
import { IMPORT_EDITED, IMPORT_PROGRESS, IMPORT_REQUEST, type ImportParams, type ImportProgressParams, type ImportResult } from '../../src/shared/protocol';
import { t, taal } from './i18n';
import { earlierImportKind, IMPORT_MARKER, isCorpusKind, type CorpusKind } from '../../src/shared/corpusKinds';
import { kindChoices } from './importKind';
import { openDataUrl } from './openData';

/** The Tweede Kamer's document number of "Aan de slag", the 2026 coalition agreement (Kamerstuk 2026D04554). */
export const CA2026_NUMMER = '2026D04554';
/** The built-in corpus the fetched agreement takes over (its file says `complete: true`). */
const CA2026_ID = 'ca2026';

/** What the import command accepts as arguments (tests and other extensions skip the pickers with them). */
export interface ImportArgs {
  source?: vscode.Uri;
  id?: string;
  out?: vscode.Uri;
  /** Overwrite an existing corpus file without asking, also one edited by hand since its import (its lock file keeps the keys either way). */
  overwrite?: boolean;
  /** What the document is (`kind:`); without it the command asks, unless the id is a built-in corpus's (whose kind holds). */
  kind?: CorpusKind;
}

/** What the fetch command accepts as arguments. */
export interface FetchArgs {
  nummer?: string;
  id?: string;
  out?: vscode.Uri;
  overwrite?: boolean;
}

const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'html', 'htm', 'txt'];

/** The workspace folder a new corpus file goes into: the active file's, else the first. */
function targetFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri;
}

/** A corpus id from a file name: `Coalitieakkoord 2026.pdf` → `coalitieakkoord-2026`. */
function idFromName(name: string): string {
  const base = name.replace(/\.[^.]+$/, '').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'akkoord';
}

/** The head of the file at `out`, where a corpus file says what wrote it and what it is; undefined when there is none. */
async function headOf(out: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode((await vscode.workspace.fs.readFile(out)).subarray(0, 4000));
  } catch {
    return undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Ask for what the arguments do not give: the id and where the corpus file goes. Undefined when the user cancels. */
async function askTarget(args: { id?: string; out?: vscode.Uri; overwrite?: boolean }, defaultId: string): Promise<{ id: string; out: vscode.Uri; earlier?: CorpusKind } | undefined> {
  const id = args.id ?? (await vscode.window.showInputBox({ title: t('importTitle'), prompt: t('importIdPrompt'), value: defaultId, ignoreFocusOut: true }));
  if (!id) return undefined;
  const folder = targetFolder();
  let out = args.out ?? (folder ? vscode.Uri.joinPath(folder, `${id}.akkoord.yaml`) : undefined);
  out ??= await vscode.window.showSaveDialog({ title: t('importTitle'), filters: { [t('corpusFiles')]: ['akkoord.yaml'] }, defaultUri: vscode.Uri.file(`${id}.akkoord.yaml`) });
  if (!out) return undefined;
  // An earlier import keeps its keys and offers its kind again; a file of one's own is replaced (and says so first).
  const head = await headOf(out);
  const earlier = head === undefined ? undefined : earlierImportKind(head);
  if (!args.overwrite && head !== undefined) {
    const warning = head.includes(IMPORT_MARKER) ? t('importExists') : t('importReplaces');
    const answer = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(out)}: ${warning}`, { modal: true }, t('importOverwrite'));
    if (answer !== t('importOverwrite')) return undefined;
  }
  return { id, out, ...(earlier ? { earlier } : {}) };
}

/** Whether `id` is a built-in corpus's: the extension ships it as `corpus/<id>.akkoord.yaml` (known before the server's first status). */
function isBuiltinId(extensionUri: vscode.Uri | undefined, id: string): Promise<boolean> {
  return extensionUri && /^[a-z0-9-]+$/.test(id) ? exists(vscode.Uri.joinPath(extensionUri, 'corpus', `${id}.akkoord.yaml`)) : Promise.resolve(false);
}

/**
 * What the document is, asked when the arguments do not say, also over an existing file (a kind chosen wrongly before
 * is put right by importing again); not under a built-in corpus's id, whose kind the import takes. Undefined: the
 * server decides; null: the user cancelled.
 */
async function askKind(args: { kind?: CorpusKind }, target: { id: string; earlier?: CorpusKind }, fileName: string, extensionUri: vscode.Uri | undefined): Promise<CorpusKind | undefined | null> {
  if (args.kind) return args.kind;
  if (await isBuiltinId(extensionUri, target.id)) return undefined;
  const items = kindChoices(fileName, taal(), target.earlier);
  const picked = await vscode.window.showQuickPick(items, { title: t('importTitle'), placeHolder: t('importKindPrompt'), ignoreFocusOut: true });
  return picked ? picked.corpusKind : null;
}

/**
 * Let the server import `source` into `out` with a progress notification; show the result with buttons to open the
 * corpus file and the report. Returns the result, or undefined when it failed (the message says why).
 */
async function runImport(client: LanguageClient, params: ImportParams): Promise<ImportResult | undefined> {
  const result = await importWithProgress(client, params);
  if (result === EDITED) {
    // The file was edited by hand since its import: said so, and overwritten only when the user says so again.
    const answer = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(vscode.Uri.parse(params.out))}: ${t('importEdited')}`, { modal: true }, t('importOverwrite'));
    return answer === t('importOverwrite') ? runImport(client, { ...params, replaceEdited: true }) : undefined;
  }
  if (result) void showImported(result);
  return result;
}

/** The server refused to overwrite a file edited by hand since its import. */
const EDITED = Symbol('edited');

/** The import request under a cancellable progress notification; a failure is shown, a refusal over an edited file returned. */
async function importWithProgress(client: LanguageClient, params: ImportParams): Promise<ImportResult | typeof EDITED | undefined> {
  const progressToken = `import-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('importProgress'), cancellable: true },
    async (progress, cancel) => {
      let percent = 0;
      const sub = client.onNotification(IMPORT_PROGRESS, (p: ImportProgressParams) => {
        if (p.token !== progressToken) return;
        const increment = p.percent === undefined ? undefined : Math.max(0, p.percent - percent);
        if (p.percent !== undefined) percent = p.percent;
        progress.report({ message: p.message, increment });
      });
      try {
        return await client.sendRequest<ImportResult>(IMPORT_REQUEST, { ...params, progressToken }, cancel);
      } catch (e) {
        if ((e as { code?: unknown }).code === IMPORT_EDITED) return EDITED;
        if (!cancel.isCancellationRequested) void vscode.window.showErrorMessage(`${t('importFailed')}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      } finally {
        sub.dispose();
      }
    },
  );
}

async function showImported(result: ImportResult): Promise<void> {
  const out = vscode.Uri.parse(result.out);
  const summary = `${vscode.workspace.asRelativePath(out)}: ${result.commitments} ${t('commitments')}, ${result.units} ${t('passages')}.`;
  const choice = await vscode.window.showInformationMessage(summary, t('openCorpusFile'), t('showReport'));
  if (choice === t('openCorpusFile')) await vscode.window.showTextDocument(out);
  if (choice === t('showReport')) {
    const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.report });
    await vscode.window.showTextDocument(report);
  }
}

/** "Akkoordwijzer: Importeer een akkoord of programma": a file picker, the corpus id, progress, a report. */
export async function importDocument(client: LanguageClient, args: ImportArgs = {}, extensionUri?: vscode.Uri): Promise<ImportResult | undefined> {
  if (args.kind !== undefined && !isCorpusKind(args.kind)) throw new Error(`akkoordwijzer.importeer: unknown kind ${String(args.kind)}`);
  const source =
    args.source ??
    (await vscode.window.showOpenDialog({ title: t('importTitle'), openLabel: t('importOpenLabel'), canSelectMany: false, filters: { [t('documents')]: DOCUMENT_EXTENSIONS } }))?.[0];
  if (!source) return undefined;
  const fileName = source.path.split('/').pop() ?? '';
  const target = await askTarget(args, idFromName(fileName));
  if (!target) return undefined;
  const kind = await askKind(args, target, fileName, extensionUri);
  if (kind === null) return undefined;
  // "Without asking" covers a file edited by hand since its import too (the caller chose; a reviewer).
  return runImport(client, { source: source.toString(), out: target.out.toString(), id: target.id, ...(kind ? { kind } : {}), ...(args.overwrite ? { replaceEdited: true } : {}) });
}

/** Download document `nummer` with VS Code's own fetch (the user's proxy and certificates), with progress. */
async function download(nummer: string): Promise<KamerDocument | undefined> {
  const outcome = await fetchWithProgress(nummer);
  if (!(outcome instanceof Error)) return outcome;
  // Shown after the progress notification has closed: it does not spin on while the user reads the error.
  if (outcome instanceof OpenDataError && outcome.kind === 'cancelled') return undefined;
  const message = outcome instanceof OpenDataError ? outcome.text[taal()] : outcome.message;
  const choice = await vscode.window.showErrorMessage(message, t('importFileInstead'));
  if (choice === t('importFileInstead')) await vscode.commands.executeCommand('akkoordwijzer.importeer');
  return undefined;
}

/** The download itself, under a cancellable progress notification; a failure is returned, not shown. */
function fetchWithProgress(nummer: string): Thenable<KamerDocument | Error> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `${t('fetchProgress')} ${nummer}`, cancellable: true }, async (progress, cancel) => {
    const controller = new AbortController();
    cancel.onCancellationRequested(() => controller.abort());
    let shown = 0;
    try {
      return await fetchKamerDocument(nummer, {
        fetch: globalThis.fetch as unknown as FetchLike,
        baseUrl: openDataUrl(),
        signal: controller.signal,
        // VS Code's fetch goes through the proxy the user set (if any): a failed connection is then the proxy's.
        proxyFor: () => vscode.workspace.getConfiguration('http').get<string>('proxy') || undefined,
        onMetadata: (m) => progress.report({ message: describeDocument(m)[taal()] }),
        onProgress: (received, total) => {
          const percent = total ? Math.floor((received / total) * 100) : undefined;
          progress.report({ message: formatBytes(received)[taal()], increment: percent === undefined ? undefined : percent - shown });
          if (percent !== undefined) shown = percent;
        },
      });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}

/**
 * "Akkoordwijzer: Haal het coalitieakkoord op": the explicit online step. Asks first (nothing goes online without
 * it), fetches the document from the Tweede Kamer's open data, keeps the file in the extension's storage and imports
 * it into the workspace; the 2026 agreement becomes `ca2026.akkoord.yaml`, which takes over the built-in passages.
 */
export async function fetchAgreement(client: LanguageClient, context: vscode.ExtensionContext, args: FetchArgs = {}): Promise<ImportResult | undefined> {
  const nummer =
    args.nummer ??
    (await vscode.window.showInputBox({ title: t('fetchTitle'), prompt: t('fetchPrompt'), value: CA2026_NUMMER, ignoreFocusOut: true }));
  if (!nummer) return undefined;
  const document = await download(nummer.trim());
  if (!document) return undefined;
  const folder = vscode.Uri.joinPath(context.globalStorageUri, 'documenten');
  await vscode.workspace.fs.createDirectory(folder);
  const saved = vscode.Uri.joinPath(folder, document.metadata.fileName);
  await vscode.workspace.fs.writeFile(saved, document.bytes);
  const { metadata } = document;
  // The coalition agreement becomes ca2026 without asking (it takes over the built-in passages); another document's
  // id is asked, with one made from its title.
  const known = metadata.documentNummer === CA2026_NUMMER ? CA2026_ID : undefined;
  const target = await askTarget({ ...args, id: args.id ?? known }, idFromName(metadata.titel));
  if (!target) return undefined;
  // Another document than the agreement: what it is, as the import asks (guessed from its title).
  const kind = await askKind({}, target, metadata.titel, context.extensionUri);
  if (kind === null) return undefined;
  // The file is named after its number (2026D04554.pdf): the importer records that number as the corpus's source.
  return runImport(client, { source: saved.toString(), out: target.out.toString(), id: target.id, ...(kind ? { kind } : {}), ...(args.overwrite ? { replaceEdited: true } : {}) });
}
