import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { renderExportMarkdown, renderExportText, type DraftInput, type DraftService, type ExportDocument, type ExportFormat, type ExportReport } from '../../core/service';
import { exportBesideName } from '../../shared/protocol';
import { loadDocxWriter } from '../bundles';
import { failureReason, Unwritable, writeWhole } from '../files';

export interface ExportWritten {
  report: ExportReport;
  /** The file written; absent when the export stopped. */
  written?: string;
}

/**
 * Export a draft and write it to `out` in `format` (the one step the CLI and the language server share): the
 * service's export, its rendering (`.docx` through the bundle loaded on first use), the file. Nothing is written while
 * errors remain and `toch` is not given; the report says why. A file that cannot be written throws (`Unwritable`, or
 * the folder's error).
 */
export async function writeExport(service: DraftService, doc: DraftInput, format: ExportFormat, out: string, options: { toch?: boolean } = {}): Promise<ExportWritten> {
  if (isDraftItself(doc.uri, out)) throw new ExportOverDraft(out);
  const { report, document } = service.exportDraft(doc, options);
  if (!document) return { report };
  const content = format === 'docx' ? await loadDocxWriter().renderDocx(document) : textExport(document, format);
  mkdirSync(path.dirname(out), { recursive: true });
  // Whole or not at all: an export open in Word while it is written again is never left half.
  const failed = writeWhole({ file: out, data: content });
  if (failed) throw new Unwritable(failed.file, failureReason(failed));
  return { report, written: out };
}

/** An export as text: the submission form's plain text, or Markdown. */
export function textExport(document: ExportDocument, format: Exclude<ExportFormat, 'docx'>): string {
  return format === 'md' ? renderExportMarkdown(document) : renderExportText(document);
}

/**
 * Where an export goes by default: beside the draft, with the format's extension (`exportBesideName`: "motie.md" →
 * "motie.docx", "x.vragen.md" → "x.vragen.txt"; a Markdown export "motie.export.md"; never the draft itself:
 * "motie.txt" exported as text is "motie.export.txt").
 */
export function defaultExportPath(draftFile: string, format: ExportFormat): string {
  const base = draftFile.replace(/\.(?:md|markdown|txt)$/i, '');
  const beside = exportBesideName(draftFile, format);
  // Compared without case: on a disk that ignores it, "motie.TXT" is "motie.txt" (the session's reviewer).
  return path.resolve(beside).toLowerCase() === path.resolve(draftFile).toLowerCase() ? `${base}.export.${format}` : beside;
}

/** An export asked to go over the draft it is made from: refused, the draft would be lost (`writeExport`). */
export class ExportOverDraft extends Error {
  constructor(readonly out: string) {
    super(`the export would overwrite the draft itself: ${out}`);
  }
}

/**
 * Whether `out` is the file of the draft `uri`: the same path, or the same file on disk (device and inode), which a
 * link, a hard link or another case on a disk that ignores case all are.
 */
function isDraftItself(uri: string, out: string): boolean {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return false;
  const draft = path.resolve(parsed.fsPath);
  const target = path.resolve(out);
  if (draft === target) return true;
  try {
    // As big integers: on NTFS a file's id may not fit a number, and two files would look the same.
    const [a, b] = [statSync(draft, { bigint: true }), statSync(target, { bigint: true })];
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    // Either does not exist (the export's file not yet): it cannot be the draft.
    return false;
  }
}
