import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderExportMarkdown, renderExportText, type DraftInput, type DraftService, type ExportFormat, type ExportReport } from '../../core/service';
import { loadDocxWriter } from '../bundles';

export interface ExportWritten {
  report: ExportReport;
  /** The file written; absent when the export stopped. */
  written?: string;
}

/**
 * Export a draft and write it to `out` in `format` (the one step the CLI and the language server share): the
 * service's export, its rendering (`.docx` through the bundle loaded on first use), the file. Nothing is written while
 * errors remain and `toch` is not given; the report says why. A file that cannot be written throws.
 */
export async function writeExport(service: DraftService, doc: DraftInput, format: ExportFormat, out: string, options: { toch?: boolean } = {}): Promise<ExportWritten> {
  const { report, document } = service.exportDraft(doc, options);
  if (!document) return { report };
  const content = format === 'docx' ? await loadDocxWriter().renderDocx(document) : format === 'md' ? renderExportMarkdown(document) : renderExportText(document);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, content);
  return { report, written: out };
}

/** Where an export goes by default: beside the draft, with the format's extension ("motie.md" → "motie.docx"; a Markdown export "motie.export.md"). */
export function defaultExportPath(draftFile: string, format: ExportFormat): string {
  const base = draftFile.replace(/\.(?:motie|vragen)?\.?(?:md|markdown|txt)$/i, '');
  return `${base}${format === 'md' ? '.export' : ''}.${format}`;
}
