/**
 * The layout of a PDF, read into paragraphs: positioned text runs in, an `ImportedDocument` out. Pure; the PDF
 * reader of the host (`src/host/import/pdf.ts`) extracts the runs with pdf.js and hands them over.
 *
 * Steps, in order: lines per page (`lines.ts`); running headers, footers and printed page numbers (`running.ts`);
 * an unnumbered cover page; footnotes at the foot of each page (`footnotes.ts`); reading order, two-column pages
 * included (`columns.ts`); line kinds and whole headings (`classify.ts`, `flow.ts`); paragraphs with words broken
 * at line ends rejoined where the document or the word list shows the word (`hyphens.ts`, `paragraphs.ts`).
 */

import { readingOrder } from './columns';
import type { PlacedLine } from './columns';
import { flowEntries } from './flow';
import type { FlowPage } from './flow';
import { splitFootnotes } from './footnotes';
import { collectEvidence } from './hyphens';
import { lineOf, pageLines, weightedMode } from './lines';
import type { Line } from './lines';
import { importNotes } from './notes';
import { buildParagraphs, flush } from './paragraphs';
import type { Spacing } from './paragraphs';
import { findFurniture } from './running';
import type { ImportedDocument, ImportedParagraph, PositionedPage } from './types';
import { emptyWordList } from '../../text/words';
import type { WordList } from '../../text/words';

export interface LayoutOptions {
  /** The Dutch word list for rejoining words broken at a line end (without it only the document's own words count). */
  words?: WordList;
  /** The chapter of the text before the first chapter heading. */
  preambleChapter?: string;
}

/** Read the pages of a PDF into paragraphs. Never throws; an empty document gives no paragraphs. */
export function layoutDocument(pages: readonly PositionedPage[], options: LayoutOptions = {}): ImportedDocument {
  const raw = pages.map((p, i) => pageLines(p, i));
  const furniture = findFurniture(raw, pages.map((p) => p.height));
  const body = raw.map((lines, i) => dropSegments(lines, furniture.drop[i]!));
  const all = body.flat();
  const bodySize = weightedMode(all.map((l) => [l.size, l.text.length]));
  const cover = isCover(body, furniture.printed, bodySize);
  const margins = textMargins(all, bodySize);
  const twoColumn: number[] = [];
  const flowPages: FlowPage[] = body.map((lines, i) => {
    if (i === 0 && cover) return { lines: [], footnotes: [] };
    const { footnotes, rest } = splitFootnotes(lines, bodySize, pages[i]!.height);
    const order = readingOrder(rest, pages[i]!.width, margins);
    if (order.twoColumn) twoColumn.push(furniture.printed[i] ?? i + 1);
    return { lines: order.lines, footnotes, page: furniture.printed[i] };
  });
  const spacing = spacingOf(flowPages, bodySize);
  const evidence = collectEvidence(flowPages.flatMap((p) => [...p.lines.map((l) => l.text), ...p.footnotes.flatMap((n) => n.lines.map((l) => l.text))]));
  const words = options.words ?? emptyWordList;
  const built = buildParagraphs(flowEntries(flowPages, bodySize), { spacing, evidence, words, preambleChapter: options.preambleChapter ?? 'Inleiding' });
  const coverPart = cover ? coverParagraphs(body[0]!, options.preambleChapter ?? 'Inleiding') : { paragraphs: [] };
  const paragraphs = [...coverPart.paragraphs, ...built.paragraphs];
  const doc: ImportedDocument = {
    paragraphs,
    headings: built.headings,
    pages: pages.length,
    removed: { headers: furniture.headers, footers: furniture.footers, pageNumbers: furniture.pageNumbers },
    notes: importNotes({ paragraphs, twoColumn, joins: built.joins, cover, printed: furniture.printed, words: words.size > 0 }),
  };
  if (coverPart.title) doc.title = coverPart.title;
  return doc;
}

function dropSegments(lines: readonly Line[], drop: ReadonlySet<object>): Line[] {
  return lines.flatMap((l) => {
    const segments = l.segments.filter((s) => !drop.has(s));
    if (segments.length === l.segments.length) return [l];
    if (segments.length === 0) return [];
    return [{ ...l, ...lineOf(segments) }];
  });
}

/**
 * The first page is a cover: unnumbered while later pages are numbered, or (in a document without page numbers) a
 * page of a few lines in large type. Its lines are the title and a few facts, not the start of the text.
 */
function isCover(pages: readonly Line[][], printed: readonly (number | undefined)[], bodySize: number): boolean {
  const first = pages[0] ?? [];
  if (pages.length < 3 || first.length === 0 || first.length > 15) return false;
  if (printed[0] === undefined && printed.slice(1).some((n) => n !== undefined)) return true;
  return printed.every((n) => n === undefined) && first.length <= 10 && Math.max(...first.map((l) => l.size)) >= 1.5 * bodySize;
}

/** The cover's lines: the largest text is the title; every other group of lines is a paragraph of the preamble. */
function coverParagraphs(lines: readonly Line[], chapter: string): { title?: string; paragraphs: ImportedParagraph[] } {
  const groups: Line[][] = [];
  for (const l of lines) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && prev.size === l.size && prev.bold === l.bold && l.y - prev.y <= 1.6 * l.size) last!.push(l);
    else groups.push([l]);
  }
  const text = (g: Line[]) => g.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();
  const largest = Math.max(...lines.map((l) => l.size));
  const titleGroup = groups.find((g) => g[0]!.size === largest);
  const paragraphs = groups.filter((g) => g !== titleGroup).map((g): ImportedParagraph => ({ text: text(g), kind: 'text', chapter }));
  return titleGroup ? { title: text(titleGroup), paragraphs } : { paragraphs };
}

/** The left and right edge of the body text of single-column pages: where most body lines start, and end at most. */
function textMargins(lines: readonly Line[], bodySize: number): { left: number; right: number } {
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  if (body.length === 0) return { left: 0, right: 0 };
  const left = weightedMode(body.map((l) => [Math.round(l.x0), 1]));
  const ends = body.map((l) => l.x1).sort((a, b) => a - b);
  return { left, right: ends[Math.floor(0.95 * (ends.length - 1))]! };
}

/**
 * The body text's line pitch (the most common baseline distance between consecutive body lines of one column),
 * and whether paragraphs are set apart by extra space (a clear second distance, at least 1.3 times the pitch).
 */
function spacingOf(pages: readonly FlowPage[], bodySize: number): Spacing {
  const gaps: number[] = [];
  for (const p of pages) {
    p.lines.forEach((l: PlacedLine, i) => {
      const prev = p.lines[i - 1];
      if (prev && prev.column === l.column && Math.abs(l.size - bodySize) < 0.5 && Math.abs(prev.size - bodySize) < 0.5 && l.y > prev.y) gaps.push(Math.round((l.y - prev.y) * 2) / 2);
    });
  }
  const pitch = weightedMode(gaps.map((g) => [g, 1])) || 1.2 * bodySize;
  const wide = gaps.filter((g) => g >= 1.3 * pitch && g <= 3 * pitch).length;
  const normal = gaps.filter((g) => Math.abs(g - pitch) < 0.1 * pitch).length;
  const body = pages.flatMap((p) => p.lines.filter((l) => Math.abs(l.size - bodySize) < 0.5 && l.segments.length === 1));
  const justified = body.length >= 10 && body.filter(flush).length >= 0.5 * body.length;
  return { bodySize, pitch, spaced: wide >= 3 && wide >= 0.08 * normal, justified, ragged: body.length >= 10 && !justified };
}
