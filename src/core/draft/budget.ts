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
  what: 'chars' | 'nesting' | 'footnotes';
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

/** Everything written like a footnote definition (`[^label]:`, also in code: counted, not parsed). */
const FOOTNOTE_DEFINITION = /\[\^[^\]\n]*\]:/g;

/** More footnote definitions than `limit` (0: no limit): how many, and where the first one over it stands. */
function footnotesOver(text: string, limit: number): BudgetExceeded | undefined {
  if (limit <= 0 || !text.includes('[^')) return undefined;
  let found = 0;
  let at = 0;
  FOOTNOTE_DEFINITION.lastIndex = 0;
  for (let m = FOOTNOTE_DEFINITION.exec(text); m; m = FOOTNOTE_DEFINITION.exec(text)) if (++found === limit + 1) at = m.index;
  return found > limit ? { what: 'footnotes', found, limit, at } : undefined;
}

/** Containers nested deeper than `limit` (0: no limit) on some line: the deepest, and where it starts. */
function nestingOver(text: string, limit: number): BudgetExceeded | undefined {
  if (limit <= 0) return undefined;
  let deepest = { depth: 0, at: 0 };
  // Lines end at \n, \r\n or a lone \r, as the parser reads them. Without carriage returns (most drafts) the
  // engine's own search finds the line ends (this runs on every keystroke).
  const lf = !text.includes('\r');
  for (let start = 0; start < text.length; ) {
    let end = lf ? text.indexOf('\n', start) : start;
    if (end < 0) end = text.length;
    else if (!lf) while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    const depth = nestingOf(text, start, end);
    if (depth > deepest.depth) deepest = { depth, at: start };
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return deepest.depth > limit ? { what: 'nesting', found: deepest.depth, limit, at: deepest.at } : undefined;
}

/**
 * Where the character budget cuts a text of more than `limit` characters: at a line end in the last 10,000 characters
 * within it, else at a space in the last 1,000 (no half word for the word checks), else at `limit` itself, never
 * inside a surrogate pair.
 */
function cutOf(text: string, limit: number): number {
  const lineEnd = Math.max(text.lastIndexOf('\n', limit - 1), text.lastIndexOf('\r', limit - 1));
  if (lineEnd >= 0 && lineEnd >= limit - 10_000) return lineEnd + 1;
  for (let i = limit; i > limit - 1000 && i > 0; i--) if (/\s/.test(text[i - 1]!)) return i;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * The lines nested deeper than `limit` made into empty HTML comments of the same length (`<!--   -->`; they are at
 * least `limit` characters long): a comment at the line's start closes every container, so what is left nests no
 * deeper, and the parser does not carry the blanked line through a hundred open containers (a line of spaces there
 * costs it work per space and container: 700 such lines after a list 100 levels deep took 2.5 s).
 */
function blankNesting(text: string, limit: number): string {
  const out: string[] = [];
  let at = 0;
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    if (nestingOf(text, start, end) > limit) {
      out.push(text.slice(at, start), end - start >= 7 ? `<!--${' '.repeat(end - start - 7)}-->` : ' '.repeat(end - start));
      at = end;
    }
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  out.push(text.slice(at));
  return out.join('');
}

/** The footnote definitions over `limit` blanked (their `[^label]:`, line breaks kept; the note's text stays, as a paragraph). */
function blankFootnotes(text: string, limit: number): string {
  const out: string[] = [];
  let at = 0;
  let found = 0;
  FOOTNOTE_DEFINITION.lastIndex = 0;
  for (let m = FOOTNOTE_DEFINITION.exec(text); m; m = FOOTNOTE_DEFINITION.exec(text)) {
    if (++found <= limit) continue;
    out.push(text.slice(at, m.index), m[0].replace(/[^\r\n]/g, ' '));
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out.join('');
}

/**
 * The part of a document over its budget that is still checked, with the cheap checks only (`Rule.overBudget`): over
 * the character budget the text up to a line end (or a space) within it; lines nested deeper than the budget (as empty
 * comments) and footnote definitions over it blanked, so every offset and line break stays where it was. The result
 * is within the budget, and its offsets are the document's.
 */
export function withinBudget(text: string, budget: WorkBudget): string {
  let out = text;
  if (budget.maxChars > 0 && out.length > budget.maxChars) out = out.slice(0, cutOf(out, budget.maxChars));
  if (footnotesOver(out, budget.maxFootnotes)) out = blankFootnotes(out, budget.maxFootnotes);
  if (nestingOver(out, budget.maxNesting)) out = blankNesting(out, budget.maxNesting);
  return out;
}
