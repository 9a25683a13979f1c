import { pick, type Taal } from '../../types';
import { EXPORT_TEXT } from './messages';
import type { ExportBlock, ExportDocument, ExportIssue, ExportReport, ExportRun } from './types';

interface Style {
  note(n: number): string;
  /** A line break inside a paragraph, before an item of a list in it (a sub-question), indented by `indent`. */
  lineBreak(indent: string): string;
  /** A paragraph of its own that belongs to the one before (a question's explanation), indented under it. */
  paragraphBreak(indent: string): string;
  block(block: ExportBlock, text: string): string;
  noteLine(n: number, text: string): string;
}

const PLAIN: Style = {
  note: (n) => `[${n}]`,
  // An item on a line of its own, indented: "1. de planning;" under question 2 read as question 1 (a staffer's trial).
  lineBreak: (indent) => `\n${indent}`,
  paragraphBreak: (indent) => `\n\n${indent}`,
  block: (b, text) => (b.role === 'vraag' && b.number !== undefined ? `${b.number}. ${text}` : text),
  noteLine: (n, text) => `[${n}] ${text}`,
};

/** Characters that would start Markdown syntax at the start of a paragraph or inside it. */
const escapeMarkdown = (text: string) =>
  text
    .replace(/([\\`*_[\]<>])/g, '\\$1')
    .replace(/^(#{1,6}\s|[-+]\s)/, '\\$1')
    // A digit is no escapable character: the list's mark is ("1\) de marine"; "\1)" was printed as written).
    .replace(/^(\d+)([.)]\s)/, '$1\\$2');

const MARKDOWN: Style = {
  note: (n) => `[^${n}]`,
  // A hard break, the next line indented into the question's list item.
  lineBreak: (indent) => `\\\n${indent}`,
  // A paragraph of the question's list item, indented as its words are: by the width of "10. " from question 10 on
  // (by three spaces it fell out of the list, and the list started again at 11; a reviewer).
  paragraphBreak: (indent) => `\n\n${indent}`,
  block: (b, text) => {
    if (b.role === 'titel') return `# ${text}`;
    if (b.role === 'vraag' && b.number !== undefined) return `${b.number}. ${text}`;
    return text;
  },
  noteLine: (n, text) => `[^${n}]: ${escapeMarkdown(text)}`,
};

function render(doc: ExportDocument, style: Style, escape: (text: string) => string): string {
  const line = (runs: readonly ExportRun[], indent: string) =>
    runs.map((r) => ('text' in r ? escape(r.text) : 'note' in r ? style.note(r.note) : r.paragraph ? style.paragraphBreak(indent) : style.lineBreak(indent))).join('');
  // Under a numbered question as far as its words start ("1. ", "10. "); three spaces elsewhere.
  const indent = (b: ExportBlock) => ' '.repeat(b.role === 'vraag' && b.number !== undefined ? `${b.number}. `.length : 3);
  // One paragraph per block, a blank line between: the layout of the published text and of Markdown alike.
  const paragraphs = doc.blocks.map((b) => style.block(b, line(b.runs, indent(b))));
  const notes = doc.notes.map((n) => style.noteLine(n.number, n.text));
  return `${[...paragraphs, ...(notes.length > 0 ? [notes.join('\n')] : [])].join('\n\n')}\n`;
}

/** Plain text for the submission form: paragraphs separated by a blank line, notes as "[1] …" at the end. */
export function renderExportText(doc: ExportDocument): string {
  return render(doc, PLAIN, (t) => t);
}

/** Markdown: the title as a heading, questions as a numbered list, notes as footnotes; the words escaped. */
export function renderExportMarkdown(doc: ExportDocument): string {
  return render(doc, MARKDOWN, (t) => escapeMarkdown(t));
}

/**
 * The export's report as lines for a person: stopped or overridden (and with how many errors), then the errors and
 * the remaining warnings with their 1-based lines. Empty when nothing is to be said.
 */
export function renderExportReport(report: ExportReport, taal: Taal, file = ''): string {
  const out: string[] = [];
  // Not a draft, or read only in part: "Toch exporteren" cannot help, and was perhaps given already (a staffer's trial).
  if (report.blocked) out.push(report.final ? pick(EXPORT_TEXT.cannotExport, taal) : pick(EXPORT_TEXT.stopped(report.errors.length), taal));
  else if (report.overridden) out.push(pick(EXPORT_TEXT.overridden(report.errors.length), taal));
  const list = (heading: string, issues: readonly ExportIssue[]) => {
    if (issues.length === 0) return;
    out.push(heading, ...issues.map((i) => `  ${file}${file ? ':' : ''}${i.line + 1}: ${i.code}: ${i.message}`));
  };
  list(pick(EXPORT_TEXT.errorsHeading, taal), report.errors);
  list(pick(EXPORT_TEXT.warningsHeading, taal), report.warnings);
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
