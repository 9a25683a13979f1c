/**
 * What every document reader of the importer (PDF, DOCX, HTML, plain text) hands to the corpus pipeline: the
 * document as paragraphs in reading order, each with its headings, kind and printed page, plus what the reader
 * removed or rearranged, for the import report. Plain data; the PDF reader's input (positioned text) is here too.
 */

import type { Localized } from '../../types';
import type { SourceParagraph } from '../build/pipeline';

/** What a paragraph is: running text, one list item, a table row (searchable, never a commitment) or a footnote. */
export type ImportedKind = 'text' | 'bullet' | 'table' | 'footnote';

/**
 * One paragraph of an imported document. `text` is repaired (ligatures, odd spaces, words broken at a line end)
 * and whitespace-normalised; `table` (from `SourceParagraph`) is true exactly when `kind` is `'table'`.
 */
export interface ImportedParagraph extends SourceParagraph {
  /** The printed page number where the paragraph starts (undefined when the page has none). */
  page?: number;
  kind: ImportedKind;
  /** For a footnote: its mark as printed (`"1"`, `"*"`). */
  mark?: string;
}

/** A heading as the reader recognised it: 1 chapter, 2 section, 3 subsection (numbering stripped from `text`). */
export interface ImportedHeading {
  level: 1 | 2 | 3;
  text: string;
  page?: number;
}

/** An imported document: its paragraphs in reading order and what the report should say about the reading. */
export interface ImportedDocument {
  title?: string;
  paragraphs: ImportedParagraph[];
  /** The headings in order (also those with no paragraph under them), for passages and the report. */
  headings?: ImportedHeading[];
  /** PDF pages, and what was removed as running headers/footers/page numbers (for the import report). */
  pages?: number;
  removed: { headers: string[]; footers: string[]; pageNumbers: number };
  /** Things the report should say (a two-column page put in reading order, N tables kept as text, …). */
  notes: Localized[];
}

/** A font as the PDF names it; `bold`/`italic` from the font object (text content alone cannot tell). */
export interface PdfFont {
  name: string;
  bold: boolean;
  italic: boolean;
}

/**
 * One run of text placed on a page, in points with the origin at the top left of the page as shown (rotation and
 * crop box applied): `x` its left edge, `y` its baseline, `size` the font size it is drawn at.
 */
export interface PositionedItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: PdfFont;
}

/** One PDF page: its size in points and its horizontal text runs (rotated text is left out by the reader). */
export interface PositionedPage {
  width: number;
  height: number;
  items: PositionedItem[];
}
