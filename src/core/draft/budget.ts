import { BlankedText } from '../text/blanked';
import { computeLineStarts, type LineModel } from '../markdown/lines';
import type { DraftInput } from './model';
import type { Draft } from './types';
import type { Span } from '../types';
import { isHighSurrogate, lineEndOf } from '../text/positions';

/**
 * How much work one document may cost, in units that do not depend on the machine: characters, the nesting of
 * containers (blockquotes, lists) and the footnote definitions, which the Markdown parser handles in more than linear
 * time (3,000 nested list items do not finish in a minute; 2,000 footnote definitions take seconds, 20,000 minutes).
 * Above the budget only the part within it is parsed (`withinBudget`) and only the cheap checks run on it; one info
 * says why. 0 means no limit.
 */
export interface WorkBudget {
  /** Characters (UTF-16 code units) of the whole document. */
  maxChars: number;
  /** Containers nested in one another (`>` markers and list levels on one line). */
  maxNesting: number;
  /** Footnote definitions: everything written like one (`[^label]:`), counted without parsing. */
  maxFootnotes: number;
}

/**
 * The defaults: a motie is a few kilobytes and a long set of Kamervragen 50 kB with a few dozen sources; nobody nests
 * a hundred lists or writes a thousand footnotes.
 */
export const DEFAULT_BUDGET: WorkBudget = { maxChars: 1_000_000, maxNesting: 100, maxFootnotes: 1_000 };

/** No limits (tests and the evaluation that must see every finding). */
export const NO_BUDGET: WorkBudget = { maxChars: 0, maxNesting: 0, maxFootnotes: 0 };

export interface BudgetExceeded {
  what: 'chars' | 'nesting' | 'lazy' | 'footnotes';
  found: number;
  limit: number;
  /** Where the measure was exceeded: the document's start, the deepest line, or the first footnote over the limit. */
  at: number;
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * The nesting of containers a line opens: every `>` marker and every list marker before its first other character
 * (`> - > - x` opens four), plus list levels by indentation (two columns a level). One linear pass, no parsing: this
 * runs before the parser is allowed to.
 */
function nestingOf(text: string, start: number, end: number): number {
  let depth = 0;
  let column = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x3e /* > */) {
      depth++;
      i++;
      column = 0;
    } else if (c === 0x20 /* space */) {
      column++;
      i++;
    } else if (c === 0x09 /* tab */) {
      column += 4;
      i++;
    } else {
      // Most lines start with a letter: no slice and no regex for them (this runs on every keystroke).
      if (c !== 0x2d && c !== 0x2a && c !== 0x2b && !(c >= 0x30 && c <= 0x39)) break;
      const marker = LIST_MARKER.exec(text.slice(i, Math.min(end, i + 12)));
      if (!marker) break;
      depth += 1 + Math.floor(column / 2);
      column = 0;
      i += marker[0].length;
    }
  }
  return depth;
}

/** Whether `text` is within `budget`; the first measure it exceeds otherwise. Linear in the text. */
export function checkBudget(text: string, budget: WorkBudget): BudgetExceeded | undefined {
  if (budget.maxChars > 0 && text.length > budget.maxChars) return { what: 'chars', found: text.length, limit: budget.maxChars, at: 0 };
  return footnotesOver(text, budget.maxFootnotes) ?? nestingOver(text, budget.maxNesting);
}

/** Every footnote definition written (see `nextDefinition`), with its "[^label]:", for `blankFootnotes` over the budget. */
function* writtenDefinitions(text: string): Generator<Span> {
  for (let p = nextDefinition(text, 0); p >= 0; p = nextDefinition(text, p + 2)) yield { start: p, end: definitionLabelEnd(text, p + 2) + 2 };
}

/**
 * Where the next thing written like a footnote definition (`[^label]:`, also in code: counted, not parsed) starts at or
 * after `from`, or -1: as the pattern `/\[\^[^\]\n[]*\]:/g` finds it, a label of anything but "]", "[" and a line feed,
 * then "]:". Found by the engine's own search for "[^" and a look at the label, not by that pattern, and with no object
 * made: the count runs on every keystroke, and the pattern's scan over a 500 kB draft took 0.75 ms of a keystroke's 9
 * (the search for "[^" a tenth of it).
 */
function nextDefinition(text: string, from: number): number {
  for (let p = text.indexOf('[^', from); p >= 0; p = text.indexOf('[^', p + 1)) if (definitionLabelEnd(text, p + 2) >= 0) return p;
  return -1;
}

/** Where the label of a definition starting at `from` ends (its "]", followed by ":"), or -1 when it is none. */
function definitionLabelEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5d /* ] */) return text.charCodeAt(i + 1) === 0x3a /* : */ ? i : -1;
    if (c === 0x0a /* \n */ || c === 0x5b /* [ */) return -1;
  }
  return -1;
}

/** More footnote definitions than `limit` (0: no limit): how many, and where the first one over it stands. */
function footnotesOver(text: string, limit: number): BudgetExceeded | undefined {
  if (limit <= 0) return undefined;
  let found = 0;
  let at = 0;
  for (let p = nextDefinition(text, 0); p >= 0; p = nextDefinition(text, p + 2)) if (++found === limit + 1) at = p;
  return found > limit ? { what: 'footnotes', found, limit, at } : undefined;
}

/** Containers nested deeper than `limit` (0: no limit) on some line: the deepest, and where it starts. */
function nestingOver(text: string, limit: number): BudgetExceeded | undefined {
  if (limit <= 0) return undefined;
  let deepest = 0;
  let deepestAt = 0;
  const lazy = new LazyRuns(limit * LAZY_LINES_PER_LEVEL);
  const lf = !text.includes('\r');
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start, lf);
    const depth = nestingOf(text, start, end);
    if (depth > deepest) (deepest = depth), (deepestAt = start);
    lazy.line(text, start, end, depth);
    start = nextLineStart(text, end);
  }
  if (deepest > limit) return { what: 'nesting', found: deepest, limit, at: deepestAt };
  return lazy.first;
}

/**
 * Lines that run on lazily in a quote or list: non-blank lines without a marker or indentation right after a line
 * that opened a container. The parser reads each as a continuation of every open container again, in more than
 * linear time (10,000 such lines after a `>` took 1.6 s, 20,000 took 5.9 s; with `>` on every line 0.6 s), so the
 * nesting budget bounds them too: `limit` lines in one run (ten per level). A heading or HTML line ends the run.
 */
const LAZY_LINES_PER_LEVEL = 10;

class LazyRuns {
  /** The first run over the limit: how long it ran, and where it passed the limit. */
  first: BudgetExceeded | undefined;
  /** Where each run passed the limit: the line made inert in the part checked (`blankLazy`). */
  readonly overAt: number[] = [];
  private open = false;
  private run = 0;
  private inFirst = false;

  constructor(private readonly limit: number) {}

  line(text: string, start: number, end: number, depth: number): void {
    let i = start;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    const c = text.charCodeAt(start);
    const lazy = this.open && depth === 0 && i === start && i < end && c !== 0x3c /* < */ && c !== 0x23; /* # */
    if (!lazy) {
      // A blank line, a heading or HTML ends the run; a marker opens a container; an indented line continues it.
      if (i === end || c === 0x3c || c === 0x23) this.open = false;
      else if (depth > 0) this.open = true;
      this.run = 0;
      this.inFirst = false;
      return;
    }
    if (++this.run === this.limit + 1) {
      this.overAt.push(start);
      if (!this.first) (this.first = { what: 'lazy', found: this.run, limit: this.limit, at: start }), (this.inFirst = true);
    }
    if (this.inFirst) this.first!.found = this.run;
  }
}

/** The first lazy line over the limit of every run made inert (`inertLine`): the run ends there. */
function blankLazy(text: string, limit: number): string {
  const lazy = new LazyRuns(limit * LAZY_LINES_PER_LEVEL);
  const over: [number, number][] = [];
  const lf = !text.includes('\r');
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start, lf);
    const before = lazy.overAt.length;
    lazy.line(text, start, end, nestingOf(text, start, end));
    if (lazy.overAt.length > before) over.push([start, end]);
    start = nextLineStart(text, end);
  }
  return replaceInert(text, over, frontmatterEnd(text));
}

/**
 * Where the line that starts at `start` ends, before its line break. Lines end at \n, \r\n or a lone \r, as the
 * parser reads them; in a text without carriage returns (`lf`: most drafts) the engine's own search finds the end.
 * The line walks call this in a plain loop, not through a callback: a callback made per walk (a new closure each
 * keystroke) left the optimised walk 50 times slower after its first run (V8 deoptimises on the new call target).
 */
function lineEnd(text: string, start: number, lf: boolean): number {
  const end = lf ? text.indexOf('\n', start) : lineEndOf(text, start);
  return end < 0 ? text.length : end;
}

/** Where the next line starts after a line that ends at `end` (past \r\n, \n or \r). */
function nextLineStart(text: string, end: number): number {
  return end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
}

/**
 * Where the character budget cuts a text of more than `limit` characters: at a line end in the last tenth within it
 * (at most 10,000 characters), else at a space in the last 1,000 (no half word for the word checks), else at `limit` itself, never
 * inside a surrogate pair.
 */
function cutOf(text: string, limit: number): number {
  const lineEnd = Math.max(text.lastIndexOf('\n', limit - 1), text.lastIndexOf('\r', limit - 1));
  // A CR whose LF lies past the limit: cut before the pair, not between its halves.
  const end = text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? lineEnd - 1 : lineEnd;
  if (end >= 0 && lineEnd >= limit - Math.min(10_000, Math.ceil(limit / 10))) return end + 1;
  for (let i = limit; i > limit - 1000 && i > 0; i--) if (/\s/.test(text[i - 1]!)) return i;
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
}

/**
 * A line of `length` characters (at least 4) the parser reads as an empty HTML block (`<?   ?>`, a processing
 * instruction, which no draft writes): it closes every container open before it and ends on its own line, also inside
 * an HTML comment or a code block, which it leaves open. Its text is blanked like any HTML.
 */
function inertLine(length: number): string {
  return length >= 4 ? `<?${' '.repeat(length - 4)}?>` : ' '.repeat(length);
}

/**
 * `text` with each of `ranges` (sorted, apart, within one line each) replaced by an inert line of its length, or by
 * spaces where `spacesBefore` says (the front matter: YAML, where markup would be read as a value).
 */
function replaceInert(text: string, ranges: readonly [number, number][], spacesBefore = 0): string {
  if (ranges.length === 0) return text;
  const out: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    out.push(text.slice(at, start), start < spacesBefore ? ' '.repeat(end - start) : inertLine(end - start));
    at = end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/**
 * The lines nested deeper than `limit` made inert (`inertLine`): what is left nests no deeper, and the parser does not
 * carry the blanked line through a hundred open containers (a line of spaces there costs it work per space and
 * container: 700 such lines after a list 100 levels deep took 2.5 s).
 */
function blankNesting(text: string, limit: number): string {
  const deep: [number, number][] = [];
  const lf = !text.includes('\r');
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start, lf);
    if (nestingOf(text, start, end) > limit) deep.push([start, end]);
    start = nextLineStart(text, end);
  }
  return replaceInert(text, deep, frontmatterEnd(text));
}

/** Where a front matter block (`---` on the first line, up to a line of `---` or `...`) ends; 0 without one. */
function frontmatterEnd(text: string): number {
  const first = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  if (!first) return 0;
  const close = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r|\n|$)/g;
  close.lastIndex = first[0].length - 1;
  const m = close.exec(text);
  return m ? m.index + m[0].length : 0;
}

/**
 * The footnote definitions over `limit` skipped: a definition at the start of its line (after spaces or `>` markers)
 * makes the whole line inert (`inertLine`), so its source is not read as the member's prose; one written inside a
 * line only loses its `[^label]:`.
 */
function blankFootnotes(text: string, limit: number): string {
  const over: [number, number][] = [];
  let found = 0;
  for (const d of writtenDefinitions(text)) {
    if (++found <= limit) continue;
    let start = d.start;
    while (start > 0 && /[ \t>]/.test(text[start - 1]!)) start--;
    const atLineStart = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
    const lineEnd = lineEndOf(text, d.start);
    const range: [number, number] = atLineStart ? [start, lineEnd] : [d.start, Math.min(d.end, lineEnd)];
    // Two definitions on one line: the line is made inert once.
    if (over.length > 0 && range[0] < over[over.length - 1]![1]) continue;
    over.push(range);
  }
  return replaceInert(text, over, frontmatterEnd(text));
}

/**
 * The part of a document over its budget that is still checked, with the cheap checks only (`Rule.overBudget`): over
 * the character budget the text up to a line end (or a space) within it; lines nested deeper than the budget and
 * footnote definitions over it made inert, so every offset and line break stays where it was. The result
 * is within the budget, and its offsets are the document's.
 */
export function withinBudget(text: string, budget: WorkBudget): string {
  let out = text;
  if (budget.maxChars > 0 && out.length > budget.maxChars) out = out.slice(0, cutOf(out, budget.maxChars));
  if (footnotesOver(out, budget.maxFootnotes)) out = blankFootnotes(out, budget.maxFootnotes);
  if (nestingOver(out, budget.maxNesting)?.what === 'nesting') out = blankNesting(out, budget.maxNesting);
  if (nestingOver(out, budget.maxNesting)?.what === 'lazy') out = blankLazy(out, budget.maxNesting);
  return out;
}

/**
 * The draft of a document over its budget that is no motie or Kamervragen (by its opening): nothing is parsed or
 * checked, so it has only its text and line starts for positions, no parts, and what was exceeded, for the one note.
 */
export function unparsedDraft(input: DraftInput, today: string, exceeded: BudgetExceeded): Draft {
  const lines: LineModel = { masked: input.text, blanked: [], lines: [], lineStarts: computeLineStarts(input.text), footnoteDefinitions: [], footnoteReferences: [], links: [], comments: [], headings: [], code: [] };
  return { uri: input.uri, version: input.version, text: input.text, kind: 'other', kindReason: 'none', frontmatter: {}, lines, parts: [], quotes: [], ownWords: new BlankedText(input.text, []), citations: [], directives: [], today, budgetExceeded: exceeded };
}
