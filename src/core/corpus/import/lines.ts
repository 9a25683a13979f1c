/**
 * From positioned text runs to printed lines: runs on one baseline form a line, a wide gap splits it into
 * segments (table cells, the two halves of a two-column page), and small raised digits beside a line are footnote
 * marks, kept apart from its text.
 */

import type { PositionedItem, PositionedPage } from './types';

/** Part of a line between wide gaps: one table cell, one column's share of a line, or the whole line. */
export interface Segment {
  /** Baseline, from the top of the page (the two columns of a page may not share one exactly). */
  y: number;
  x0: number;
  x1: number;
  text: string;
  size: number;
  /** Every character bold / italic. */
  bold: boolean;
  italic: boolean;
}

/** A printed line: its segments left to right, and the footnote marks set beside it (raised small digits). */
export interface Line {
  /** The PDF page (0-based). */
  page: number;
  /** Baseline, from the top of the page. */
  y: number;
  x0: number;
  x1: number;
  size: number;
  bold: boolean;
  italic: boolean;
  segments: Segment[];
  marks: { text: string; x: number }[];
  text: string;
}

/** Runs on baselines closer than this (times the font size) are one line. */
const BASELINE_TOLERANCE = 0.3;
/** A gap wider than this (times the font size) splits a line into segments. */
const SEGMENT_GAP = 1.25;
/** A gap wider than this (times the font size) between runs is a space. */
const SPACE_GAP = 0.15;
/** A run at most this size (relative to the line beside it) and raised or lowered is a superscript or subscript. */
const SMALL = 0.82;
const MARK = /^(?:\d{1,3}|[*†‡§])$/u;

/** The lines of one page, top to bottom (left to right for lines on one baseline). Never throws. */
export function pageLines(page: PositionedPage, pageIndex: number): Line[] {
  const items = dedupe(page.items.filter((i) => i.text.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y) && i.size > 0));
  const groups = baselineGroups(items);
  const attached = attachSmallGroups(groups);
  return attached.map((g) => makeLine(g.items, g.small, pageIndex)).sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

/** Text drawn twice on the same spot (a common way to fake bold) counts once. */
function dedupe(items: PositionedItem[]): PositionedItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.text}|${Math.round(i.x)}|${Math.round(i.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Group {
  y: number;
  size: number;
  items: PositionedItem[];
  /** Small runs attached from a raised or lowered group beside this one. */
  small: PositionedItem[];
}

function baselineGroups(items: PositionedItem[]): Group[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Group[] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(item.y - last.y) <= BASELINE_TOLERANCE * Math.max(item.size, last.size)) {
      last.items.push(item);
      last.size = Math.max(last.size, item.size);
    } else {
      groups.push({ y: item.y, size: item.size, items: [item], small: [] });
    }
  }
  return groups;
}

/**
 * A group of small runs only, raised or lowered against a line of larger text right beside it (horizontally within
 * or touching it), belongs to that line: footnote marks, "CO₂", "1e".
 */
function attachSmallGroups(groups: Group[]): Group[] {
  const out: Group[] = [];
  const absorbed = new Set<Group>();
  groups.forEach((g, i) => {
    const host = [groups[i + 1], groups[i - 1]].find((h) => h && !absorbed.has(h) && isSmallBeside(g, h));
    if (host) {
      host.small.push(...g.items);
      absorbed.add(g);
    }
  });
  for (const g of groups) if (!absorbed.has(g)) out.push(g);
  return out;
}

function isSmallBeside(g: Group, host: Group): boolean {
  if (g.size > SMALL * host.size || host.items.every((i) => i.size <= SMALL * host.size)) return false;
  if (Math.abs(g.y - host.y) > 0.7 * host.size) return false;
  const left = Math.min(...host.items.map((i) => i.x)) - host.size;
  const right = Math.max(...host.items.map((i) => i.x + i.width)) + host.size;
  return g.items.every((i) => i.x >= left && i.x <= right);
}

function makeLine(items: PositionedItem[], small: PositionedItem[], page: number): Line {
  const hostSize = Math.max(...items.map((i) => i.size));
  const main = items.filter((i) => i.size > SMALL * hostSize);
  const baseline = median((main.length ? main : items).map((i) => i.y));
  const marks: { text: string; x: number }[] = [];
  const runs: PositionedItem[] = [];
  for (const item of [...items, ...small]) {
    const shifted = item.size <= SMALL * hostSize && Math.abs(item.y - baseline) > 0.12 * hostSize;
    if (shifted && MARK.test(item.text.trim())) marks.push({ text: item.text.trim(), x: item.x });
    // A raised or lowered run that is no mark ("CO₂", "1e") is part of the word; it does not make the line small.
    else runs.push(shifted ? { ...item, size: hostSize } : item);
  }
  runs.sort((a, b) => a.x - b.x);
  const segments = splitSegments(runs.length ? runs : items);
  return { page, y: baseline, ...lineOf(segments), marks };
}

/**
 * The extent, style and text of a line made of `segments` (not empty): its size is the one most of its characters
 * have, bold or italic when nearly all of them are.
 */
export function lineOf(segments: Segment[]): Pick<Line, 'x0' | 'x1' | 'size' | 'bold' | 'italic' | 'segments' | 'text'> {
  const chars = (s: Segment) => s.text.length;
  const total = segments.reduce((n, s) => n + chars(s), 0) || 1;
  return {
    x0: segments[0]!.x0,
    x1: segments[segments.length - 1]!.x1,
    size: weightedMode(segments.map((s) => [s.size, s.text.length])),
    bold: segments.reduce((n, s) => n + (s.bold ? chars(s) : 0), 0) / total >= 0.9,
    italic: segments.reduce((n, s) => n + (s.italic ? chars(s) : 0), 0) / total >= 0.9,
    segments,
    text: segments.map((s) => s.text).join(' '),
  };
}

function splitSegments(runs: PositionedItem[]): Segment[] {
  const segments: Segment[] = [];
  let current: PositionedItem[] = [];
  const flush = () => {
    if (current.length) segments.push(segmentOf(current));
    current = [];
  };
  for (const run of runs) {
    const prev = current[current.length - 1];
    if (prev && run.x - (prev.x + prev.width) > SEGMENT_GAP * Math.max(prev.size, run.size)) flush();
    current.push(run);
  }
  flush();
  return segments;
}

function segmentOf(runs: PositionedItem[]): Segment {
  let text = '';
  let end = -Infinity;
  for (const r of runs) {
    const gap = r.x - end;
    const space = text !== '' && !/\s$/.test(text) && !/^\s/.test(r.text) && gap > SPACE_GAP * r.size;
    text += (space ? ' ' : '') + r.text;
    end = Math.max(end, r.x + r.width);
  }
  const weight = (pick: (r: PositionedItem) => boolean) => runs.filter(pick).reduce((n, r) => n + r.text.length, 0);
  const total = weight(() => true) || 1;
  return {
    y: median(runs.map((r) => r.y)),
    x0: runs[0]!.x,
    x1: end,
    text: text.replace(/\s+/g, ' ').trim(),
    size: weightedMode(runs.map((r) => [round(r.size), r.text.length])),
    bold: weight((r) => r.font.bold) / total >= 0.9,
    italic: weight((r) => r.font.italic) / total >= 0.9,
  };
}

/** Sizes to half a point: enough to tell heading styles apart, not the rounding noise of a PDF producer. */
export function round(size: number): number {
  return Math.round(size * 2) / 2;
}

/** The value with the largest total weight (the first such when tied). */
export function weightedMode(pairs: readonly (readonly [number, number])[]): number {
  const totals = new Map<number, number>();
  for (const [v, w] of pairs) totals.set(v, (totals.get(v) ?? 0) + w);
  let best = pairs[0]?.[0] ?? 0;
  for (const [v, w] of totals) if (w > (totals.get(best) ?? 0)) best = v;
  return best;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
