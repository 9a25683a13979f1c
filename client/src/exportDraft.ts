import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_FORMAT_NAMES, EXPORT_REQUEST, exportBesideName, type ExportFormatName, type ExportParams, type ExportResponse } from '../../src/shared/protocol';
import { t } from './i18n';

/**
 * What "Exporteer voor indiening" accepts as arguments, as VS Code commands do: tests and other extensions skip the
 * pickers with them. `toch` given (true or false) also skips the modal: the caller has decided.
 */
export interface ExportArgs {
  /** The draft; the active editor's by default. */
  uri?: vscode.Uri | string;
  format?: ExportFormatName;
  out?: vscode.Uri | string;
  toch?: boolean;
}

const asUri = (value: vscode.Uri | string): vscode.Uri => (typeof value === 'string' ? (/^[a-z][\w+.-]+:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value)) : value);

/** Beside the draft, with the format's extension ("motie.md" → "motie.docx", "x.motie.md" → "x.motie.txt"). */
function besideDraft(draft: vscode.Uri, format: ExportFormatName): vscode.Uri {
  return draft.with({ path: exportBesideName(draft.path, format) });
}

async function pickFormat(): Promise<ExportFormatName | undefined> {
  const items = EXPORT_FORMAT_NAMES.map((format) => ({ label: t(`exportFormat_${format}`), description: `.${format}`, format }));
  return (await vscode.window.showQuickPick(items, { title: t('exportTitle'), placeHolder: t('exportFormatPrompt') }))?.format;
}

/**
 * "Akkoordwijzer: Exporteer voor indiening": the format (quick pick), where to (save dialog, beside the draft), and the
 * server's export. While errors remain a modal lists them with "Toch exporteren"; the report goes to the log, and the
 * written file can be opened. Returns the server's answer (undefined when the user cancelled).
 */
export async function exportDraft(client: LanguageClient, log: vscode.OutputChannel, args: ExportArgs = {}): Promise<ExportResponse | undefined> {
  const draft = args.uri ? asUri(args.uri) : vscode.window.activeTextEditor?.document.uri;
  if (!draft || draft.scheme !== 'file') {
    void vscode.window.showInformationMessage(t('exportNoDraft'));
    return undefined;
  }
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  const out = args.out ? asUri(args.out) : await vscode.window.showSaveDialog({ title: t('exportTitle'), defaultUri: besideDraft(draft, format), filters: { [format.toUpperCase()]: [format] } });
  if (!out) return undefined;
  const params: ExportParams = { uri: draft.toString(), format, out: out.toString(), toch: args.toch === true };
  let result = await send(client, params);
  if (result?.blocked && result.final) {
    // Not a draft, or read only in part: "Toch exporteren" would only stop again (a reviewer).
    void vscode.window.showWarningMessage(result.errors.map((e) => e.message).join(' '));
  } else if (result?.blocked && args.toch === undefined) {
    const detail = result.errors.map((e) => `${t('exportLine')} ${e.line + 1}: ${e.message}`).join('\n');
    const choice = await vscode.window.showWarningMessage(t('exportStopped'), { modal: true, detail }, t('exportAnyway'));
    if (choice !== t('exportAnyway')) return result;
    result = await send(client, { ...params, toch: true });
  }
  if (result?.report) log.appendLine(result.report.trimEnd());
  if (result?.written) void announce(vscode.Uri.parse(result.written), format, result.warnings.length);
  return result;
}

async function send(client: LanguageClient, params: ExportParams): Promise<ExportResponse | undefined> {
  try {
    return await client.sendRequest<ExportResponse>(EXPORT_REQUEST, params);
  } catch (e) {
    void vscode.window.showErrorMessage(`${t('exportFailed')}: ${(e as Error).message}`);
    return undefined;
  }
}

/** "Written to …", with the number of warnings (listed in the log), and a button that opens the file. */
async function announce(written: vscode.Uri, format: ExportFormatName, warnings: number): Promise<void> {
  const name = vscode.workspace.asRelativePath(written);
  const message = warnings > 0 ? `${t('exportWritten')} ${name} (${warnings} ${t('exportWarnings')})` : `${t('exportWritten')} ${name}`;
  const choice = await vscode.window.showInformationMessage(message, t('exportOpen'));
  if (choice !== t('exportOpen')) return;
  // Word opens a .docx; text and Markdown open in the editor.
  if (format === 'docx') await vscode.env.openExternal(written);
  else await vscode.window.showTextDocument(written);
}
