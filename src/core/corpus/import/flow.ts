/**
 * The lines of a document in reading order, as a flow of entries: lines of text, list items and table rows, whole
 * headings (their lines merged), and the footnotes of each page. Headings that turn out to be the start of a bold
 * paragraph go back to being text.
 */

import { lineKind, SENTENCE_END, styleKey } from './classify';
import type { HeadingStyle, LineKind } from './classify';
import type { PlacedLine } from './columns';
import type { Footnote } from './footnotes';

export type FlowEntry =
  | { type: 'line'; line: PlacedLine; kind: Exclude<LineKind, 'heading'>; newRegion: boolean; page?: number }
  | { type: 'heading'; lines: PlacedLine[]; style: HeadingStyle; page?: number }
  | { type: 'footnotes'; notes: Footnote[]; page?: number };

/** One page as the flow reads it: its lines in reading order and its footnotes. */
export interface FlowPage {
  lines: PlacedLine[];
  footnotes: Footnote[];
  /** The printed page number. */
  page?: number;
}

/** A heading of more lines than this is a bold paragraph. */
const MAX_HEADING_LINES = 4;

/** The entries of the pages in order. Never throws. */
export function flowEntries(pages: readonly FlowPage[], bodySize: number): FlowEntry[] {
  const out: FlowEntry[] = [];
  let previous: { line: PlacedLine; kind: LineKind } | undefined;
  for (const p of pages) {
    p.lines.forEach((line, i) => {
      const region = i === 0 || p.lines[i - 1]!.column !== line.column;
      const kind = lineKind(line, previous, bodySize);
      const last = out[out.length - 1];
      if (kind === 'heading') addHeadingLine(out, line, p.page);
      else if (kind === 'text' && last?.type === 'heading' && continuesBold(last, line, region)) demote(out, line, p.page);
      else out.push({ type: 'line', line, kind, newRegion: region, page: p.page });
      previous = { line, kind };
    });
    if (p.footnotes.length) out.push({ type: 'footnotes', notes: p.footnotes, page: p.page });
  }
  return tableHeads(out.flatMap((e) => (e.type === 'heading' && e.lines.length > MAX_HEADING_LINES ? asText(e) : [e])), bodySize);
}

/** A line of one cell in small type right above a table row of the same type opens that table (a column head). */
function tableHeads(entries: FlowEntry[], bodySize: number): FlowEntry[] {
  for (let i = entries.length - 2; i >= 0; i--) {
    const e = entries[i]!;
    const next = entries[i + 1]!;
    if (e.type !== 'line' || e.kind !== 'text' || next.type !== 'line' || next.kind !== 'table') continue;
    const [a, b] = [e.line, next.line];
    if (a.size < 0.95 * bodySize && a.size === b.size && a.page === b.page && b.y > a.y && b.y - a.y <= 1.8 * a.size) entries[i] = { ...e, kind: 'table' };
  }
  return entries;
}

function styleOf(line: PlacedLine): HeadingStyle {
  return { size: line.size, bold: line.bold, italic: line.italic };
}

function addHeadingLine(out: FlowEntry[], line: PlacedLine, page: number | undefined): void {
  const last = out[out.length - 1];
  const style = styleOf(line);
  if (last?.type === 'heading' && styleKey(last.style) === styleKey(style)) {
    const prev = last.lines[last.lines.length - 1]!;
    if (prev.page === line.page && line.y > prev.y && line.y - prev.y <= 1.8 * line.size) {
      last.lines.push(line);
      return;
    }
  }
  out.push({ type: 'heading', lines: [line], style, page });
}

/** A text line right under a "heading" in the same style finishes a bold paragraph that merely began like one. */
function continuesBold(heading: Extract<FlowEntry, { type: 'heading' }>, line: PlacedLine, region: boolean): boolean {
  const prev = heading.lines[heading.lines.length - 1]!;
  return !region && styleKey(heading.style) === styleKey(styleOf(line)) && line.y - prev.y <= 1.8 * line.size && SENTENCE_END.test(line.text);
}

function demote(out: FlowEntry[], line: PlacedLine, page: number | undefined): void {
  const heading = out.pop() as Extract<FlowEntry, { type: 'heading' }>;
  out.push(...asText(heading), { type: 'line', line, kind: 'text', newRegion: false, page });
}

function asText(heading: Extract<FlowEntry, { type: 'heading' }>): FlowEntry[] {
  return heading.lines.map((line, i) => ({ type: 'line' as const, line, kind: 'text' as const, newRegion: i === 0, page: heading.page }));
}
