/**
 * From the blocks of a structured document (HTML, or Word converted to HTML) to an `ImportedDocument`: headings
 * h1–h6 give chapter, section and subsection, list items are bullets, table rows tables, footnotes are kept apart
 * with the headings of the place that refers to them. The host parses the markup into blocks; this part is pure.
 */

import { repairText } from '../build/repair';
import type { HeadingPath } from '../build/tags';
import { chapterName } from './textParagraphs';
import { nothingRemoved } from './documents';
import type { ImportedDocument, ImportedParagraph } from './types';

export type DocumentBlock =
  | { kind: 'heading'; level: number; text: string }
  /** `ref`: for a footnote, the index of the block that refers to it (it takes that block's headings). */
  | { kind: 'text' | 'bullet' | 'table' | 'footnote'; text: string; ref?: number; mark?: string };

/** The chapter of text before the first chapter heading. */
export const INTRODUCTION = 'Inleiding';

/** Heading levels in use: a top level used once, before any other heading, is the title; the next are chapters. */
function levelsOf(blocks: readonly DocumentBlock[]): { title?: number; ranks: Map<number, number> } {
  const headings = blocks.filter((b): b is DocumentBlock & { kind: 'heading' } => b.kind === 'heading');
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  const top = levels[0];
  const titleLevel = top !== undefined && levels.length > 1 && headings.filter((h) => h.level === top).length === 1 && headings[0]!.level === top ? top : undefined;
  const ranked = titleLevel === undefined ? levels : levels.slice(1);
  return { ...(titleLevel !== undefined ? { title: titleLevel } : {}), ranks: new Map(ranked.map((l, i) => [l, i])) };
}

/** The blocks of a document as paragraphs under their headings; `title` wins over a title heading. */
export function documentFromBlocks(blocks: readonly DocumentBlock[], options: { title?: string } = {}): ImportedDocument {
  const { title: titleLevel, ranks } = levelsOf(blocks);
  let title = options.title;
  let path: HeadingPath = { chapter: INTRODUCTION };
  const pathAt: HeadingPath[] = [];
  const paragraphs: ImportedParagraph[] = [];
  blocks.forEach((block, i) => {
    pathAt[i] = path;
    const text = repairText(block.text);
    if (!text) return;
    if (block.kind === 'heading') {
      if (block.level === titleLevel) title ??= text;
      const rank = ranks.get(block.level) ?? 0;
      if (rank === 0) path = { chapter: chapterName(text) };
      else if (rank === 1) path = { chapter: path.chapter, section: text };
      else path = { ...path, subsection: text };
      pathAt[i] = path;
      return;
    }
    const at = block.kind === 'footnote' && block.ref !== undefined ? (pathAt[block.ref] ?? path) : path;
    const p: ImportedParagraph = { text, ...at, kind: block.kind };
    if (block.kind === 'table') p.table = true;
    if (block.kind === 'footnote' && block.mark) p.mark = block.mark;
    paragraphs.push(p);
  });
  const doc: ImportedDocument = { paragraphs, removed: nothingRemoved(), notes: [] };
  if (title) doc.title = title;
  return doc;
}
