/**
 * Reading an agreement from plain text (an export from Word or a PDF, or a dataset with one paragraph per line).
 * Headings come from Markdown `#` marks, numbering (`3.`, `3.2`, `Hoofdstuk 3`), capitals, or short lines without
 * final punctuation; a table of contents (after a line `Inhoudsopgave` or `Inhoud`) names the sections of each
 * chapter and is not read as text. Within a chapter the lines are read as the 2021 text is (`ParagraphReader`).
 */

import { isHeadingLine, isTableLine } from '../build/layout';
import { ParagraphReader } from './textParagraphs';
import type { Paragraph, ParagraphSink } from './textParagraphs';
import { nothingRemoved } from './documents';
import type { ImportedDocument, ImportedParagraph } from './types';

type Line =
  | { kind: 'blank' }
  | { kind: 'heading'; level: number; numbered: boolean; text: string }
  | { kind: 'bullet' | 'footnote' | 'text'; text: string; mark?: string };

/** The marks and spaces that open a Markdown heading (`## Titel`). */
const MARKDOWN_HEADING_START = /^(#{1,6})\s+/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * A Markdown heading of a trimmed line as `^(#{1,6})\s+(.+?)\s*#*$` reads one (its level and the shortest text before
 * closing spaces and marks), without that pattern: its lazy text and the spaces around it tried every split of a run of
 * spaces (a line of '#' and 2,000 tabs, a word and 2,000 tabs: 19 s).
 */
export function markdownHeading(t: string): { level: number; text: string } | undefined {
  const start = MARKDOWN_HEADING_START.exec(t);
  if (!start) return undefined;
  const rest = t.slice(start[0].length);
  let end = rest.length;
  while (end > 0 && rest[end - 1] === '#') end--;
  while (end > 0 && /\s/.test(rest[end - 1]!)) end--;
  // The text is one character at least; the pattern's '.' reads no line break.
  const text = rest.slice(0, Math.max(end, 1));
  return text && !LINE_BREAK.test(text) ? { level: start[1]!.length, text } : undefined;
}
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\p{Lu}.*)$/u;
const CHAPTER_WORD = /^(?:hoofdstuk|deel)\s+\d+\b[.:]?\s*(.*)$/iu;
const BULLET = /^(?:[-•*–·▪◦●]|\(?[a-z0-9]{1,2}\))\s+(.+)$/u;
const FOOTNOTE = /^\[\^?(\d{1,3})\]:?\s+(.+)$/;
const TOC_START = /^(?:inhoudsopgave|inhoud)$/i;
/** A line of a table of contents: its title, without dot leaders and the page number. */
const TOC_PAGE = /(?:\s*\.{2,}\s*|\s+)\d{1,3}$/;
/** Lines this long are whole paragraphs, not lines of a wrapped paragraph. */
const LONG_LINE = 160;

function isCapitals(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && t.length <= 80 && !/[.!?;,]$/.test(t);
}

/** A heading without its numbering: "3.2 Wonen" → "Wonen", "Hoofdstuk 3: Zorg" → "Zorg". */
function headingName(raw: string): string {
  return raw.replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|hoofdstuk\s+\d+[.:]?|deel\s+\d+[.:]?)\s+/iu, '').trim();
}

/** What one line is, by its form alone. */
function classify(raw: string): Line {
  const t = raw.trim();
  if (!t) return { kind: 'blank' };
  const md = markdownHeading(t);
  if (md) return { kind: 'heading', level: md.level, numbered: false, text: md.text };
  const numbered = NUMBERED_HEADING.exec(t);
  if (numbered && isHeadingLine(numbered[2]!) && !isTableLine(t)) return { kind: 'heading', level: numbered[1]!.split('.').length, numbered: true, text: t };
  const word = CHAPTER_WORD.exec(t);
  if (word && t.length <= 80 && !/[.!?;,]$/.test(t)) return { kind: 'heading', level: 1, numbered: true, text: word[1] || t };
  if (isCapitals(t)) return { kind: 'heading', level: 1, numbered: true, text: t };
  const footnote = FOOTNOTE.exec(t);
  if (footnote) return { kind: 'footnote', text: footnote[2]!, mark: footnote[1]! };
  const bullet = BULLET.exec(t);
  if (bullet && !isTableLine(t)) return { kind: 'bullet', text: bullet[1]! };
  return { kind: 'text', text: t };
}

/**
 * Text wrapped at a fixed width (short lines, paragraphs between blank lines) is unwrapped: the lines of a block are
 * joined, except that a short heading-like first line stays a heading. Text with one paragraph per line is left.
 */
function unwrap(lines: Line[]): Line[] {
  const texts = lines.filter((l) => l.kind !== 'blank');
  const blanks = lines.length - texts.length;
  const long = texts.filter((l) => 'text' in l && l.text.length > LONG_LINE).length;
  if (blanks === 0 || long > texts.length * 0.05) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const joinable = line.kind === 'text' && last && (last.kind === 'text' || last.kind === 'bullet' || last.kind === 'footnote');
    if (joinable && !(last.kind === 'text' && isHeadingLine(last.text) && !/^\p{Ll}/u.test(line.text))) last.text = `${last.text} ${line.text}`;
    else out.push(line.kind === 'blank' ? line : { ...line });
  }
  return out;
}

/** Heading levels: a top level used once (before any other) is the document's title, the next the chapters. */
function headingLevels(lines: readonly Line[]): { title?: number; chapter: number } {
  const marked = lines.filter((l): l is Line & { kind: 'heading' } => l.kind === 'heading' && !l.numbered);
  const levels = [...new Set(marked.map((l) => l.level))].sort((a, b) => a - b);
  const top = levels[0];
  if (top !== undefined && levels.length > 1 && marked.filter((l) => l.level === top).length === 1 && marked[0]!.level === top) return { title: top, chapter: levels[1]! };
  return { chapter: top ?? 1 };
}

interface TableOfContents {
  /** Section titles per chapter name. */
  sections: Map<string, string[]>;
  /** Line indexes the table of contents covers (not read as text). */
  lines: Set<number>;
}

/**
 * The table of contents after a line `Inhoudsopgave`: chapter headings with the lines under them as section titles,
 * up to where its first chapter heading comes round again (or, without that, the first line of running text).
 */
function tableOfContents(lines: readonly Line[], chapterLevel: number): TableOfContents {
  const toc: TableOfContents = { sections: new Map(), lines: new Set() };
  const start = lines.findIndex((l) => l.kind === 'text' && TOC_START.test(l.text));
  if (start < 0) return toc;
  toc.lines.add(start);
  let first: string | undefined;
  let chapter: string | undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.kind === 'blank') continue;
    // An entry with its dot leaders and page number taken off reads like the heading it points to.
    const l = raw.kind === 'heading' ? { ...raw, text: raw.text.replace(TOC_PAGE, '') } : classify(raw.text.replace(TOC_PAGE, ''));
    if (l.kind === 'blank') continue;
    const isChapter = l.kind === 'heading' && (l.numbered ? l.level === 1 : l.level === chapterLevel);
    if (isChapter && first !== undefined && headingName(l.text) === first) break;
    if (l.kind !== 'heading' && !isHeadingLine(l.text)) break;
    toc.lines.add(i);
    if (isChapter) {
      chapter = headingName(l.text);
      first ??= chapter;
      toc.sections.set(chapter, []);
    } else if (chapter !== undefined && headingName(l.text) !== chapter) {
      toc.sections.get(chapter)!.push(headingName(l.text));
    }
  }
  return toc;
}

/** Reads the classified lines chapter by chapter into paragraphs, marking bullets and footnotes. */
class TextDocumentReader {
  readonly sink: ParagraphSink = { paragraphs: [], headings: [], glued: [] };
  readonly kinds = new Map<Paragraph, { kind: ImportedParagraph['kind']; mark?: string }>();
  title: string | undefined;
  private reader: ParagraphReader;
  private chapterHeadingAt = -1;
  private chapter = 'Inleiding';

  constructor(
    private readonly toc: TableOfContents,
    private readonly levels: { title?: number; chapter: number },
    private readonly wrapped: boolean,
    /** Index of the first non-blank line. */
    private readonly firstLine: number,
  ) {
    this.reader = this.chapterReader('Inleiding');
  }

  private chapterReader(chapter: string): ParagraphReader {
    const sections = this.toc.sections.get(chapter) ?? [];
    return new ParagraphReader(this.sink, chapter, { sections, extra: [], unknownHeadings: sections.length ? 'infer' : 'section' });
  }

  /** Heading depth relative to the chapters: 0 chapter, 1 section, 2 or more a sub-heading; -1 the title. */
  private depth(line: Line & { kind: 'heading' }): number {
    if (line.numbered) return line.level - 1;
    if (line.level === this.levels.title) return -1;
    return line.level - this.levels.chapter;
  }

  private heading(line: Line & { kind: 'heading' }, index: number): void {
    const depth = this.depth(line);
    if (depth < 0) this.title ??= line.text;
    else if (depth === 0) {
      this.chapter = headingName(line.text);
      this.reader = this.chapterReader(this.chapter);
      this.chapterHeadingAt = index;
    } else this.reader.heading(headingName(line.text), depth === 1 ? 'section' : 'subsection');
  }

  read(line: Line, index: number): void {
    if (this.toc.lines.has(index)) return;
    if (line.kind === 'blank') {
      if (this.wrapped) this.reader.endParagraph();
      return;
    }
    // The chapter title repeated on the line after its heading (as the 2021 text has it) is no paragraph.
    if (index === this.chapterHeadingAt + 1 && headingName(line.text) === this.chapter) return;
    // The document's first line in capitals is its title, not a chapter.
    if (line.kind === 'heading' && index === this.firstLine && this.title === undefined && isCapitals(line.text)) {
      this.title = line.text;
      return;
    }
    if (line.kind === 'heading') return this.heading(line, index);
    // Title lines before the first paragraph (title, parties, date): the first is the document's title.
    if (this.sink.paragraphs.length === 0 && this.title === undefined && line.kind === 'text' && !/[.!?]$/.test(line.text) && isHeadingLine(line.text)) {
      this.title = line.text;
      return;
    }
    if (line.kind === 'text') return this.reader.line(line.text, index + 1);
    this.kinds.set(this.reader.startParagraph(line.text, index + 1, false), { kind: line.kind, ...(line.mark ? { mark: line.mark } : {}) });
    if (line.kind === 'footnote') this.reader.endParagraph();
  }
}

/** Read a plain-text agreement into paragraphs under its headings. Pure; never throws. */
export function readPlainText(text: string): ImportedDocument {
  const classified = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).map(classify);
  const wrapped = unwrap(classified);
  const levels = headingLevels(wrapped);
  const toc = tableOfContents(wrapped, levels.chapter);
  const reader = new TextDocumentReader(toc, levels, wrapped !== classified, wrapped.findIndex((l) => l.kind !== 'blank'));
  wrapped.forEach((line, i) => reader.read(line, i));
  const paragraphs = reader.sink.paragraphs.map((p): ImportedParagraph => {
    const marked = reader.kinds.get(p);
    const out: ImportedParagraph = { text: p.text, chapter: p.chapter, kind: p.table ? 'table' : (marked?.kind ?? 'text') };
    if (marked?.mark) out.mark = marked.mark;
    if (p.section) out.section = p.section;
    if (p.subsection) out.subsection = p.subsection;
    if (p.table) out.table = true;
    return out;
  });
  const doc: ImportedDocument = { paragraphs, removed: nothingRemoved(), notes: [] };
  if (reader.title) doc.title = reader.title;
  return doc;
}
