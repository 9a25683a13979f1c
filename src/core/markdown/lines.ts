import type { Span } from '../types';
import type { Block, ParsedMarkdown } from './blocks';
import { BlankedText } from '../text/blanked';

/**
 * A footnote reference as drafts write it (`[^1]`, `[^bron-2]`): regular-expression source, group 1 the label. A label
 * holds no ']', no white space and no '[' (Markdown reads none with one; allowed, a line of '[^' was read from each of
 * them to its end, time squared). One definition for every reader of references: the draft's parts, the voetnoten
 * rule, a free note number, the export.
 */
export const FOOTNOTE_REFERENCE = String.raw`\[\^([^\]\s[]+)\]`;

/** A non-empty source line of prose, with Markdown container syntax stripped from its start. */
export interface Line extends Span {
  /** 0-based line number in the document. */
  line: number;
  /** Offset where the words start: after indentation, `>`, list markers, heading `#`s and leading emphasis. */
  contentStart: number;
  /** The words of the line: `text.slice(contentStart, end)` of the masked text (comments blanked, end trimmed). */
  content: string;
  /** A list marker at the start of the line, if any (`1.`, `2)`, `-`). */
  marker?: { span: Span; ordinal?: number };
  /** Heading depth when the line is an ATX heading. */
  heading?: number;
  /** The label when the line belongs to a footnote definition (`[^1]: …`). */
  footnote?: string;
  /** First line of a block (paragraph, heading, list item): a blank line or container boundary precedes it. */
  blockStart: boolean;
  /** The line is inside a blockquote (`> …`): someone else's words, never a part of the draft's own form. */
  blockquote?: boolean;
}

export interface LineModel {
  /** The document text with non-prose blanked out (same length, same newlines): code, HTML comments, front matter. */
  masked: string;
  /**
   * The stretches blanked in `masked`, in order, neither overlapping nor touching: where two versions' masked texts
   * agree follows from their texts' agreement and these (`blankedAgreement`), without comparing the two.
   */
  blanked: readonly Span[];
  lines: Line[];
  /** Offsets of the start of every line (for offset ↔ position). */
  lineStarts: number[];
  footnoteDefinitions: { label: string; span: Span; contentSpan: Span }[];
  footnoteReferences: { label: string; span: Span }[];
  links: { url: string; span: Span }[];
  /** HTML comments (for `akkoordwijzer-disable` directives and inline fixture expectations). */
  comments: { value: string; span: Span }[];
  headings: { depth: number; span: Span }[];
  /** Offset ranges of inline code and code blocks (blanked in `masked`). */
  code: Span[];
  frontmatter?: { value: string; span: Span };
}

/** Computes line starts of `text` (LF, CRLF and lone CR all end a line). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Without carriage returns (most drafts) the engine's own search finds the newlines, far faster than a loop.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

const MARKER = /^(?:([-*+•])|(\d{1,3})[.)])[ \t]+/;
const EMPHASIS = /^(?:\*\*|__|\*|_)(?=\S)/;

/*
 * The line pass runs over every line of every version while a staffer types: the trailing white space and the
 * blockquote marks are found by loops over character codes, and the marker and emphasis patterns run only on a line
 * that starts with one of their characters (each allocated a match for every line).
 */

/** Where the line's text ends without trailing white space (what `trimEnd` removes). */
function trimmedEndOf(text: string, start: number, end: number): number {
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** White space and line terminators as `String.prototype.trim` knows them. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Past the blockquote marks and spaces at the start of a line (`(?:[ \t]*>)*[ \t]*`). */
function afterLeadingNoise(text: string, start: number, end: number): number {
  let at = start;
  for (;;) {
    let i = at;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    if (i < end && text.charCodeAt(i) === 0x3e) at = i + 1;
    else return i;
  }
}

/** What the line pass needs besides the model's lists: the footnote ranges, block starts and blockquotes. */
interface TreeFacts {
  blanked: Span[];
  footnoteRanges: { label: string; start: number; end: number }[];
  blockStarts: Set<number>;
  blockquotes: Span[];
}

/**
 * Build the line model of a parsed document from the facts of its blocks (offsets made absolute here, lists in
 * document order). Runs once per document version; the parse behind it may have reused most blocks.
 */
export function buildLines(parsed: ParsedMarkdown): LineModel {
  const { text } = parsed;
  const model: LineModel = {
    masked: '',
    blanked: [],
    lines: [],
    lineStarts: computeLineStarts(text),
    footnoteDefinitions: [],
    footnoteReferences: [],
    links: [],
    comments: [],
    headings: [],
    code: [],
  };
  const facts = assembleFacts(parsed.blocks, model);
  // A byte order mark at the start (micromark skips it) is no character of the first line's words.
  if (text.charCodeAt(0) === 0xfeff) facts.blanked.unshift({ start: 0, end: 1 });
  const masked = new BlankedText(text, facts.blanked);
  model.masked = masked.toString();
  model.blanked = masked.spans;
  model.lines = proseLines(model, facts);
  return model;
}

/** The blocks' facts at their places in the document, into the model's lists and what the line pass needs. */
function assembleFacts(blocks: readonly Block[], model: LineModel): TreeFacts {
  const facts: TreeFacts = { blanked: [], footnoteRanges: [], blockStarts: new Set(), blockquotes: [] };
  for (const { start: at, facts: f } of blocks) {
    const span = (s: Span): Span => ({ start: s.start + at, end: s.end + at });
    for (const s of f.blanked) facts.blanked.push(span(s));
    for (const s of f.blockStarts) facts.blockStarts.add(s + at);
    for (const s of f.blockquotes) facts.blockquotes.push(span(s));
    for (const c of f.comments) model.comments.push({ value: c.value, span: span(c.span) });
    for (const s of f.code) model.code.push(span(s));
    for (const d of f.footnoteDefinitions) {
      model.footnoteDefinitions.push({ label: d.label, span: span(d.span), contentSpan: span(d.contentSpan) });
      facts.footnoteRanges.push({ label: d.label, start: d.span.start + at, end: d.span.end + at });
    }
    for (const r of f.footnoteReferences) model.footnoteReferences.push({ label: r.label, span: span(r.span) });
    for (const l of f.links) model.links.push({ url: l.url, span: span(l.span) });
    for (const h of f.headings) model.headings.push({ depth: h.depth, span: span(h.span) });
    if (f.frontmatter) model.frontmatter = { value: f.frontmatter.value, span: span(f.frontmatter.span) };
  }
  return facts;
}

/** The non-blank lines of the masked text, each with its container syntax (heading, footnote label, marker) set apart. */
function proseLines(model: LineModel, facts: TreeFacts): Line[] {
  const { masked, lineStarts: starts, headings } = model;
  const { footnoteRanges, blockStarts, blockquotes } = facts;
  const lines: Line[] = [];
  let fi = 0;
  let hi = 0;
  let previousBlank = true;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n]!;
    let lineEnd = n + 1 < starts.length ? starts[n + 1]! : masked.length;
    while (lineEnd > lineStart && (masked[lineEnd - 1] === '\n' || masked[lineEnd - 1] === '\r')) lineEnd--;
    const trimmedEnd = trimmedEndOf(masked, lineStart, lineEnd);
    const contentStart = afterLeadingNoise(masked, lineStart, lineEnd);
    if (contentStart >= trimmedEnd) {
      previousBlank = true;
      continue;
    }
    while (fi < footnoteRanges.length && footnoteRanges[fi]!.end <= lineStart) fi++;
    const fn = footnoteRanges[fi];
    while (hi < headings.length && headings[hi]!.span.end <= lineStart) hi++;
    const h = headings[hi];
    const line: Line = {
      line: n,
      start: contentStart,
      end: trimmedEnd,
      contentStart,
      content: '',
      blockStart: previousBlank || blockStarts.has(contentStart),
    };
    if (blockquotes.some((q) => q.start <= contentStart && contentStart < q.end)) line.blockquote = true;
    if (h && h.span.start <= contentStart && contentStart < h.span.end) line.heading = h.depth;
    if (fn && fn.start <= contentStart && contentStart < fn.end) line.footnote = fn.label;
    stripLinePrefixes(line, masked.slice(contentStart, trimmedEnd));
    lines.push(line);
    previousBlank = false;
  }
  return lines;
}

/** Set the line's content past its heading `#`s, footnote label, list marker and leading emphasis. */
function stripLinePrefixes(line: Line, text: string): void {
  let contentStart = line.contentStart;
  let rest = text;
  const skip = (length: number) => {
    contentStart += length;
    rest = rest.slice(length);
  };
  if (line.heading !== undefined) skip(/^#{1,6}[ \t]*/.exec(rest)?.[0].length ?? 0);
  if (line.footnote !== undefined) skip(/^\[\^[^\]]+\]:[ \t]*/.exec(rest)?.[0].length ?? 0);
  const first = rest.charCodeAt(0);
  // A list marker starts with - * + • or a digit; emphasis with * or _.
  const m = first === 0x2d || first === 0x2a || first === 0x2b || first === 0x2022 || (first >= 0x30 && first <= 0x39) ? MARKER.exec(rest) : null;
  if (m) {
    line.marker = { span: { start: contentStart, end: contentStart + m[0].trimEnd().length } };
    if (m[2] !== undefined) line.marker.ordinal = Number(m[2]);
    line.blockStart = true;
    skip(m[0].length);
  }
  const e = rest.charCodeAt(0) === 0x2a || rest.charCodeAt(0) === 0x5f ? EMPHASIS.exec(rest) : null;
  if (e) skip(e[0].length);
  line.contentStart = contentStart;
  line.content = rest;
}
