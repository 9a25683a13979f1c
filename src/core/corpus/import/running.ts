/**
 * Running headers, footers and page numbers: text repeated at the same height near the top or bottom of many
 * pages, and the page number printed there. The printed number is read where it is printed, so a unit gets the
 * page a reader sees (an unnumbered cover makes it differ from the PDF page).
 */

import type { Line, Segment } from './lines';

/** What the page furniture of a document is: segments to drop, per page, and each page's printed number. */
export interface Furniture {
  /** Per PDF page, the segments that are headers, footers or page numbers. */
  drop: Set<Segment>[];
  /** Per PDF page, the printed page number (undefined when the page shows none). */
  printed: (number | undefined)[];
  headers: string[];
  footers: string[];
  pageNumbers: number;
}

/** Only the outer lines of a page can be furniture: this many from the top and from the bottom, */
const OUTER_LINES = 2;
/** and within this share of the page height from its edge. */
const OUTER_BAND = 0.16;
/** Repeated at the same height (points) on at least this many pages (or on every page of a short document). */
const SAME_HEIGHT = 4;
const MIN_PAGES = 3;
const PAGE_NUMBER = /^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–(]?\s*(\d{1,4})\s*[-–)]?(?:\s*(?:\/|van|of)\s*\d{1,4})?$/iu;

/**
 * A page number line ("12", "- 12 -", "pagina 3 van 40"), its number in group 1. Runs of spaces are read as one (the
 * pattern needs none anywhere): split between its optional parts in every way, 2,000 tabs took 8 s.
 */
export function pageNumber(text: string): RegExpExecArray | null {
  return PAGE_NUMBER.exec(text.replace(/\s+/g, ' '));
}

interface Candidate {
  page: number;
  band: 'top' | 'bottom';
  segment: Segment;
  y: number;
  key: string;
}

/** The furniture of a document whose pages have the given lines and heights. Never throws. */
export function findFurniture(pages: readonly Line[][], heights: readonly number[]): Furniture {
  const candidates = pages.flatMap((lines, page) => outerSegments(lines, page, heights[page] ?? 0));
  const textPages = pages.filter((l) => l.length > 0).length;
  const running = repeated(candidates, textPages);
  const numbers = printedNumbers(candidates, pages.length, running);
  const drop = pages.map(() => new Set<Segment>());
  const headers = new Set<string>();
  const footers = new Set<string>();
  for (const c of running) {
    drop[c.page]!.add(c.segment);
    if (pageNumber(c.segment.text)) continue;
    (c.band === 'top' ? headers : footers).add(displayText(c, numbers.printed[c.page]));
  }
  for (const c of numbers.segments) drop[c.page]!.add(c.segment);
  const numbered = new Set(numbers.segments.map((c) => c.page)).size;
  return { drop, printed: numbers.printed, headers: [...headers], footers: [...footers], pageNumbers: numbered };
}

function outerSegments(lines: readonly Line[], page: number, height: number): Candidate[] {
  const out: Candidate[] = [];
  const add = (line: Line, band: 'top' | 'bottom') => {
    const inBand = band === 'top' ? line.y <= OUTER_BAND * height : line.y >= (1 - OUTER_BAND) * height;
    if (!inBand) return;
    for (const segment of line.segments) out.push({ page, band, segment, y: line.y, key: keyOf(segment.text) });
  };
  lines.slice(0, OUTER_LINES).forEach((l) => add(l, 'top'));
  lines.slice(Math.max(OUTER_LINES, lines.length - OUTER_LINES)).forEach((l) => add(l, 'bottom'));
  return out;
}

/** Digits do not count (a header with the page number or the year in it is still the same header). */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Candidates whose text recurs at the same height on enough pages. */
function repeated(candidates: readonly Candidate[], textPages: number): Candidate[] {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = `${c.band}|${c.key}`;
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const needed = textPages <= MIN_PAGES ? Math.max(2, textPages) : MIN_PAGES;
  const out: Candidate[] = [];
  for (const group of byKey.values()) {
    for (const c of group) {
      const pages = new Set(group.filter((o) => Math.abs(o.y - c.y) <= SAME_HEIGHT).map((o) => o.page));
      if (pages.size >= needed) out.push(c);
    }
  }
  return out;
}

/**
 * The printed page numbers: numbers in the outer lines that run in step with the PDF pages (the most common
 * difference between the two). A bare number anywhere in the outer lines counts, a number inside a running
 * header or footer too.
 */
function printedNumbers(candidates: readonly Candidate[], pageCount: number, running: readonly Candidate[]): { printed: (number | undefined)[]; segments: Candidate[] } {
  const runningSet = new Set(running);
  const numbered = candidates.flatMap((c) => {
    const bare = pageNumber(c.segment.text);
    if (bare) return [{ c, n: Number(bare[1]), bare: true }];
    if (!runningSet.has(c)) return [];
    return [...c.segment.text.matchAll(/\d{1,4}/g)].map((m) => ({ c, n: Number(m[0]), bare: false }));
  });
  const offsets = new Map<number, Set<number>>();
  for (const { c, n } of numbered) offsets.set(n - c.page, (offsets.get(n - c.page) ?? new Set()).add(c.page));
  let best: number | undefined;
  for (const [offset, pages] of offsets) if (pages.size >= 2 && (best === undefined || pages.size > offsets.get(best)!.size)) best = offset;
  const printed: (number | undefined)[] = Array.from({ length: pageCount }, () => undefined);
  const segments: Candidate[] = [];
  if (best === undefined) return { printed, segments };
  for (const { c, n, bare } of numbered) {
    if (n - c.page !== best) continue;
    printed[c.page] = n;
    if (bare) segments.push(c);
  }
  return { printed, segments };
}

/** A running header as the report shows it: its text, the page number in it replaced by "#". */
function displayText(c: Candidate, printed: number | undefined): string {
  return printed === undefined ? c.segment.text : c.segment.text.replace(new RegExp(`(?<!\\d)${printed}(?!\\d)`), '#');
}
