import type { Agreement } from './agreement';

/**
 * What a reader of a text by ranges needs of it: a `string` is one, and so is a `BlankedText`. The rules read the
 * member's own words this way, always near the part they check.
 */
export interface TextReader {
  readonly length: number;
  slice(start?: number, end?: number): string;
  charCodeAt(index: number): number;
  charAt(index: number): string;
  /** The first place of `search` at or after `from`; -1 when there is none. */
  indexOf(search: string, from?: number): number;
}

interface Span {
  start: number;
  end: number;
}

const SPACE = 32;
const LF = 10;
const CR = 13;
const BREAKS = /[\r\n]/;
const NOT_A_BREAK = /[^\r\n]/g;

/**
 * A text with stretches blanked (every character but a line break a space, the offsets kept), read by ranges without
 * ever building the blanked whole: the member's own words are the masked text with the quotations and blockquote lines
 * blanked, and a draft-long string of them on every keystroke cost a 500 kB draft more than a millisecond (its copy,
 * and the collection of it). Only the stretches a reader asks for are made. The masked text itself (`buildLines`) is
 * made whole at once, every rule reading it as a string: it takes the same blanking and merged stretches from here.
 */
export class BlankedText implements TextReader {
  /** The blanked stretches, in order, neither overlapping nor touching. */
  readonly spans: readonly Span[];
  private whole: string | undefined;

  constructor(
    /** The text before blanking. */
    readonly base: string,
    spans: readonly Span[],
  ) {
    this.spans = merged(spans, base.length);
    if (this.spans.length === 0) this.whole = base;
  }

  get length(): number {
    return this.base.length;
  }

  /** As `String.prototype.slice`. */
  slice(start = 0, end = this.base.length): string {
    const n = this.base.length;
    const a = integer(start);
    const b = integer(end);
    let from = a < 0 ? Math.max(n + a, 0) : Math.min(a, n);
    const to = b < 0 ? Math.max(n + b, 0) : Math.min(b, n);
    if (this.whole !== undefined || from >= to) return (this.whole ?? this.base).slice(from, to);
    const { spans, base } = this;
    let i = this.firstEndingAfter(from);
    if (i >= spans.length || spans[i]!.start >= to) return base.slice(from, to);
    const pieces: string[] = [];
    for (; i < spans.length && spans[i]!.start < to; i++) {
      const s = Math.max(spans[i]!.start, from);
      const e = Math.min(spans[i]!.end, to);
      pieces.push(base.slice(from, s), blank(base.slice(s, e)));
      from = e;
    }
    pieces.push(base.slice(from, to));
    return pieces.join('');
  }

  /** As `String.prototype.charCodeAt`. */
  charCodeAt(index: number): number {
    const i = integer(index);
    // The whole, once made (or nothing blanked), is the answer; it may be the blanked one.
    if (this.whole !== undefined) return this.whole.charCodeAt(i);
    const c = this.base.charCodeAt(i);
    if (c === LF || c === CR || Number.isNaN(c)) return c;
    return this.blanks(i) ? SPACE : c;
  }

  /** As `String.prototype.charAt`. */
  charAt(index: number): string {
    const i = integer(index);
    const c = this.charCodeAt(i);
    return Number.isNaN(c) ? '' : c === this.base.charCodeAt(i) ? this.base.charAt(i) : ' ';
  }

  /** As `String.prototype.indexOf`. */
  indexOf(search: string, from = 0): number {
    // White space may be found in a blanked stretch: only the whole text can tell (no rule searches for it).
    if (this.whole !== undefined || search === '' || /\s/.test(search)) return this.toString().indexOf(search, from);
    let at = Math.max(0, integer(from));
    for (;;) {
      const hit = this.base.indexOf(search, at);
      if (hit < 0) return -1;
      const i = this.firstEndingAfter(hit);
      const span = this.spans[i];
      // A hit that a blanked stretch overlaps is white space here: search on after the stretch.
      if (!span || span.start >= hit + search.length) return hit;
      at = span.end;
    }
  }

  /** The whole text, blanked (made once, on first use: only for a reader that needs all of it). */
  toString(): string {
    if (this.whole === undefined) {
      const pieces: string[] = [];
      let at = 0;
      for (const s of this.spans) {
        pieces.push(this.base.slice(at, s.start), blank(this.base.slice(s.start, s.end)));
        at = s.end;
      }
      pieces.push(this.base.slice(at));
      this.whole = pieces.join('');
    }
    return this.whole;
  }

  /** Whether a blanked stretch holds a character of `start`–`end` (of `start` alone when `end` is left out). */
  blanks(start: number, end = start + 1): boolean {
    if (end <= start) return false;
    const span = this.spans[this.firstEndingAfter(start)];
    return !!span && span.start < end;
  }

  /** The first stretch that ends after `at` (its index; the count when none does). */
  private firstEndingAfter(at: number): number {
    const { spans } = this;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** An index as `String`'s methods read it: whole, not a number counts as 0, infinities kept. */
function integer(x: number): number {
  return Math.trunc(x) || 0;
}

/** A stretch blanked: its line breaks kept, every other character a space. */
function blank(s: string): string {
  return BREAKS.test(s) ? s.replace(NOT_A_BREAK, ' ') : ' '.repeat(s.length);
}

/** The stretches within the text, sorted, overlapping and touching ones joined, empty ones left out. */
function merged(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/** A blanked text as `blankedAgreement` reads it: its length and its blanked stretches (merged, in order). */
export interface Blanked {
  readonly length: number;
  readonly spans: readonly Span[];
}

/**
 * Where two versions of a blanked text agree, given where their texts before blanking agree (`base`): no further than
 * the first place where one version blanks and the other does not. A bound, exact but for white space blanked in one
 * version only (the same character either way), which only ever makes it smaller.
 */
export function blankedAgreement(before: Blanked, after: Blanked, base: Agreement): Agreement {
  const a = before.spans;
  const b = after.spans;
  let prefix = base.prefix;
  for (let i = 0; ; i++) {
    const x = a[i];
    const y = b[i];
    const first = Math.min(x?.start ?? Infinity, y?.start ?? Infinity);
    if (first >= prefix) break;
    if (!x || !y || x.start !== y.start) {
      prefix = first;
      break;
    }
    if (x.end !== y.end) {
      prefix = Math.min(prefix, x.end, y.end);
      break;
    }
  }
  // The same from the end: a stretch measured by how far its end and start lie from the text's end.
  let suffix = base.suffix;
  const n = before.length;
  const m = after.length;
  for (let i = 1; ; i++) {
    const x = a[a.length - i];
    const y = b[b.length - i];
    const first = Math.min(x ? n - x.end : Infinity, y ? m - y.end : Infinity);
    if (first >= suffix) break;
    if (!x || !y || n - x.end !== m - y.end) {
      suffix = first;
      break;
    }
    if (n - x.start !== m - y.start) {
      suffix = Math.min(suffix, n - x.start, m - y.start);
      break;
    }
  }
  return { prefix, suffix };
}
