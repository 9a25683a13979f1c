/**
 * Footnotes: a run of lines in a smaller font at the foot of a page (above the footer), starting with a mark. They
 * are taken out of the page before its paragraphs are read, so a paragraph that goes on over the page break is not
 * interrupted by them.
 */

import type { Line } from './lines';

/** One footnote: its mark and its lines as printed. */
export interface Footnote {
  mark: string;
  lines: Line[];
}

/** Footnote text is at most this size relative to the body text, */
const SMALLER = 0.92;
/** and stands in the lower part of the page (share of the page height from the top). */
const LOWER_PART = 0.55;
const LEADING_MARK = /^(\d{1,3}|[*†‡§])\s+(?=\S)/u;

/** The footnotes at the foot of one page (lines top to bottom) and the remaining lines. Never throws. */
export function splitFootnotes(lines: readonly Line[], bodySize: number, pageHeight: number): { footnotes: Footnote[]; rest: Line[] } {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.size > SMALLER * bodySize || l.y < LOWER_PART * pageHeight || l.segments.length > 2) break;
    if (markOf(l)) start = i;
  }
  if (start === lines.length) return { footnotes: [], rest: [...lines] };
  const footnotes: Footnote[] = [];
  for (const line of lines.slice(start)) {
    const mark = markOf(line);
    if (mark) footnotes.push({ mark: mark.mark, lines: [{ ...line, text: mark.text, marks: [] }] });
    else footnotes[footnotes.length - 1]!.lines.push(line);
  }
  return { footnotes, rest: lines.slice(0, start) };
}

/** The mark a footnote line starts with (a raised digit before its text, or a number and a space) and the text after it. */
function markOf(line: Line): { mark: string; text: string } | undefined {
  const raised = line.marks.find((m) => m.x <= line.x0 + 1);
  if (raised) return { mark: raised.text, text: line.text };
  const m = LEADING_MARK.exec(line.text);
  return m ? { mark: m[1]!, text: line.text.slice(m[0].length) } : undefined;
}
