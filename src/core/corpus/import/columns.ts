/**
 * Reading order on a page. A two-column page has a gutter: a vertical strip near the middle that no text crosses
 * while long lines of prose stand on both sides of it. Such a page is read in bands: a line that spans the gutter
 * (a heading across both columns) closes a band, and within a band the left column comes before the right.
 */

import { lineOf, median } from './lines';
import type { Line, Segment } from './lines';

/** A line in reading order, with the column it stands in (its left and right edge). */
export interface PlacedLine extends Line {
  /** 0 for a single-column page or the left column, 1 for the right column; -1 for a line across the gutter. */
  column: number;
  colLeft: number;
  colRight: number;
}

/** Lines of prose on each side of the gutter needed to call a page two-column. */
const MIN_COLUMN_LINES = 4;
/** A segment this wide (share of the page width) counts as a line of prose. */
const PROSE_WIDTH = 0.25;

/**
 * The lines of one page in reading order. `single` gives the column edges of a single-column page (the document's
 * text margins). Lines are split at the gutter of a two-column page, so each placed line stays in one column.
 */
export function readingOrder(lines: readonly Line[], pageWidth: number, single: { left: number; right: number }): { lines: PlacedLine[]; twoColumn: boolean } {
  const gutter = findGutter(lines, pageWidth);
  if (gutter === undefined) return { lines: lines.map((l) => ({ ...l, column: 0, colLeft: single.left, colRight: single.right })), twoColumn: false };
  const parts = lines.flatMap((l) => splitAtGutter(l, gutter));
  const edges = [0, 1].map((c) => {
    const inCol = parts.filter((p) => p.column === c);
    return { left: Math.min(...inCol.map((p) => p.x0)), right: Math.max(...inCol.map((p) => p.x1)) };
  });
  const placed = parts.map((p) => (p.column === -1 ? { ...p, colLeft: single.left, colRight: single.right } : { ...p, colLeft: edges[p.column]!.left, colRight: edges[p.column]!.right }));
  return { lines: inBands(placed), twoColumn: true };
}

/** The x of the gutter, when the page has one. */
function findGutter(lines: readonly Line[], pageWidth: number): number | undefined {
  const segments = lines.flatMap((l) => l.segments);
  const prose = segments.filter((s) => s.x1 - s.x0 >= PROSE_WIDTH * pageWidth);
  if (prose.length < 2 * MIN_COLUMN_LINES) return undefined;
  let best: { x: number; crossing: number; run: number } | undefined;
  let runStart = 0;
  let previousCrossing = -1;
  for (let x = Math.round(0.3 * pageWidth); x <= 0.7 * pageWidth; x++) {
    const crossing = segments.filter((s) => s.x0 < x && s.x1 > x).length;
    if (crossing !== previousCrossing) runStart = x;
    previousCrossing = crossing;
    const run = x - runStart;
    if (!best || crossing < best.crossing || (crossing === best.crossing && run > best.run)) best = { x: runStart + run / 2, crossing, run };
  }
  if (!best || best.crossing > 0.1 * lines.length) return undefined;
  const x = best.x;
  const left = prose.filter((s) => s.x1 <= x).length;
  const right = prose.filter((s) => s.x0 >= x).length;
  return left >= MIN_COLUMN_LINES && right >= MIN_COLUMN_LINES ? x : undefined;
}

type Part = Line & { column: number };

function splitAtGutter(line: Line, gutter: number): Part[] {
  if (line.segments.some((s) => s.x0 < gutter && s.x1 > gutter)) return [{ ...line, column: -1 }];
  const sides: [Segment[], Segment[]] = [line.segments.filter((s) => s.x1 <= gutter), line.segments.filter((s) => s.x0 >= gutter)];
  return sides.flatMap((segments, column) => {
    if (segments.length === 0) return [];
    const marks = line.marks.filter((m) => (column === 0 ? m.x < gutter : m.x >= gutter));
    // Lines of the two columns that share a baseline were read as one; each half has its own style.
    return [{ ...line, ...lineOf(segments), y: median(segments.map((s) => s.y)), marks, column }];
  });
}

/** Bands between lines across the gutter; in each band the left column, then the right. */
function inBands(parts: PlacedLine[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  let band: PlacedLine[] = [];
  const flush = () => {
    out.push(...band.filter((p) => p.column === 0), ...band.filter((p) => p.column === 1));
    band = [];
  };
  for (const p of [...parts].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    if (p.column === -1) {
      flush();
      out.push(p);
    } else {
      band.push(p);
    }
  }
  flush();
  return out;
}
