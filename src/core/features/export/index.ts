// Export of a draft in the Kamer's layout: the model, its plain-text and Markdown renderings and the report.
export { exportDraft, commitmentNote, namesAgreement } from './model';
export { renderExportMarkdown, renderExportReport, renderExportText } from './render';
export { EXPORT_FORMATS, type ExportBlock, type ExportDocument, type ExportFormat, type ExportIssue, type ExportNote, type ExportOptions, type ExportReport, type ExportResult, type ExportRole, type ExportRun, type VragenHeader } from './types';
