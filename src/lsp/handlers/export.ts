import { readFileSync } from 'node:fs';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { ResponseError } from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { pick, renderExportReport, type DraftService, type ExportIssue, type Localized } from '../../core/service';
import { ExportOverDraft, writeExport } from '../../host/export/write';
import { fileErrorReason } from '../../host/files';
import { EXPORT_FORMAT_NAMES, EXPORT_REQUEST, type ExportIssueItem, type ExportParams, type ExportResponse } from '../../shared/protocol';

/** The request failed for a reason the user can act on (the message says which); distinct from a server fault. */
const EXPORT_FAILED = -32_002;
const CANNOT: { read: (reason: Localized) => Localized; write: (reason: Localized) => Localized; overDraft: Localized; format: Localized } = {
  read: (reason) => ({ nl: `kan het concept niet lezen (${reason.nl})`, en: `cannot read the draft (${reason.en})` }),
  write: (reason) => ({ nl: `kan de export niet schrijven (${reason.nl})`, en: `cannot write the export (${reason.en})` }),
  overDraft: { nl: 'de export zou het concept zelf overschrijven: kies een ander bestand', en: 'the export would overwrite the draft itself: choose another file' },
  format: { nl: 'onbekend exportformaat (docx, txt of md)', en: 'unknown export format (docx, txt or md)' },
};

const item = (i: ExportIssue): ExportIssueItem => ({ line: i.line, code: i.code, message: i.message });

/**
 * "Exporteer voor indiening": the draft as the editor holds it (else as on disk), checked with its own configuration,
 * exported with the writer the CLI uses (`export`), the report in the server's language.
 */
export function registerExportSupport(connection: Connection, documents: TextDocuments<TextDocument>, serviceFor: (uri?: string) => DraftService, taal: () => 'nl' | 'en'): void {
  connection.onRequest(EXPORT_REQUEST, async (params: ExportParams): Promise<ExportResponse> => {
    const fail = (text: Localized): never => {
      throw new ResponseError(EXPORT_FAILED, pick(text, taal()));
    };
    if (!EXPORT_FORMAT_NAMES.includes(params.format)) fail(CANNOT.format);
    const open = documents.get(params.uri);
    let doc = open && { uri: open.uri, version: open.version, text: open.getText() };
    try {
      doc ??= { uri: params.uri, version: 0, text: readFileSync(URI.parse(params.uri).fsPath, 'utf8') };
    } catch (e) {
      fail(CANNOT.read(fileErrorReason(e)));
    }
    const service = serviceFor(params.uri);
    try {
      const { report, written } = await writeExport(service, doc!, params.format, URI.parse(params.out).fsPath, { toch: params.toch === true });
      return {
        ...(written ? { written: URI.file(written).toString() } : {}),
        blocked: report.blocked,
        ...(report.final ? { final: true } : {}),
        overridden: report.overridden,
        errors: report.errors.map(item),
        warnings: report.warnings.map(item),
        // In the draft's own language (its folder's settings), as its findings are.
        report: renderExportReport(report, service.settings.taal),
      };
    } catch (e) {
      return fail(e instanceof ExportOverDraft ? CANNOT.overDraft : CANNOT.write(fileErrorReason(e, true)));
    }
  });
}
