/**
 * What a line in reading order is: running text, a list item, a table row, or (part of) a heading. Headings are
 * told by their style (larger than the body text, or bold at body size, short, without final punctuation); their
 * level follows from how prominent the style is among all heading styles of the document.
 */

import type { PlacedLine } from './columns';

export type LineKind = 'text' | 'bullet' | 'table' | 'heading';

/** Bullets that always open a list item; dashes only where a sentence cannot go on. */
const BULLET = /^[•●▪■◦○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc➢►✓]\s*/u;
const DASH = /^[-–—]\s+(?=\S)/u;
const HEADING_SIZE = 1.15;
const MAX_HEADING_CHARS = 160;
export const SENTENCE_END = /[.!?:]["'”’)\]]*$/u;

/** The style of a heading: lines of one style at one level. */
export interface HeadingStyle {
  size: number;
  bold: boolean;
  italic: boolean;
}

export function styleKey(s: HeadingStyle): string {
  return `${s.size}|${s.bold ? 'b' : ''}${s.italic ? 'i' : ''}`;
}

/** The kind of `line`, given the line before it in reading order (and its kind). */
export function lineKind(line: PlacedLine, previous: { line: PlacedLine; kind: LineKind } | undefined, bodySize: number): LineKind {
  if (line.segments.length >= 2 && !isBulletOnly(line)) return 'table';
  if (previous?.kind === 'table' && continuesTable(line, previous.line, bodySize)) return 'table';
  if (BULLET.test(line.text)) return 'bullet';
  if (DASH.test(line.text) && (!previous || previous.kind === 'bullet' || previous.kind === 'heading' || SENTENCE_END.test(previous.line.text) || /;$/.test(previous.line.text))) return 'bullet';
  if (looksLikeHeading(line, bodySize)) return 'heading';
  return 'text';
}

/**
 * A line of one cell in a table's small type goes on with the table right above it, or at the top of the next
 * page or column when the table ended the one before.
 */
function continuesTable(line: PlacedLine, previous: PlacedLine, bodySize: number): boolean {
  if (line.size !== previous.size || line.size >= 0.95 * bodySize) return false;
  if (line.page !== previous.page || line.column !== previous.column) return true;
  return line.y > previous.y && line.y - previous.y <= 1.8 * line.size;
}

/** A bullet glyph set apart from its text by a tab: one list item, not two table cells. */
function isBulletOnly(line: PlacedLine): boolean {
  return line.segments.length === 2 && /^[•●▪■◦○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc➢►✓\-–—]$/u.test(line.segments[0]!.text);
}

function looksLikeHeading(line: PlacedLine, bodySize: number): boolean {
  if (line.text.length > MAX_HEADING_CHARS || /[.;,:]$/.test(line.text) || !/\p{L}/u.test(line.text)) return false;
  return line.size >= HEADING_SIZE * bodySize || (line.bold && line.size >= 0.95 * bodySize);
}

/** The text of a list item without its bullet. */
export function bulletText(text: string): string {
  return text.replace(BULLET, '').replace(DASH, '');
}

/**
 * Levels for the heading styles in use: the most prominent (largest, then bold, then upright) is 1 (chapter),
 * the next 2 (section), every other 3 (subsection).
 */
export function headingLevels(styles: readonly HeadingStyle[]): Map<string, 1 | 2 | 3> {
  const unique = new Map(styles.map((s) => [styleKey(s), s]));
  const ranked = [...unique.values()].sort((a, b) => b.size - a.size || Number(b.bold) - Number(a.bold) || Number(a.italic) - Number(b.italic));
  return new Map(ranked.map((s, i) => [styleKey(s), Math.min(3, i + 1) as 1 | 2 | 3]));
}

/** A heading's name without its numbering: "1. Democratische rechtsorde" → "Democratische rechtsorde". */
export function headingName(text: string): string {
  const stripped = text.replace(/^(?:hoofdstuk|chapter)\s+/iu, '').replace(/^(?:\d+(?:\.\d+)*|[IVXLC]+)[.):]?\s+(?=\S)/u, '');
  return (stripped.replace(/^[:.\-–]\s*/u, '') || text).trim();
}
