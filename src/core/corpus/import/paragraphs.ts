/**
 * From the flow of lines to paragraphs. A paragraph goes on over a line break unless the space between the lines,
 * an indented first line or a short line after a full stop says it ended; over a page or column break it goes on
 * when the next line starts in lower case or the last line did not end a sentence. Footnotes are kept for after
 * the paragraph they interrupt; headings set the chapter, section and subsection of what follows.
 */

import { isTableLine } from '../build/layout';
import { repairText } from '../build/repair';
import { bulletText, headingLevels, headingName, SENTENCE_END, styleKey } from './classify';
import type { PlacedLine } from './columns';
import type { Line } from './lines';
import type { FlowEntry } from './flow';
import { joinLines } from './hyphens';
import type { LineJoin, WordEvidence } from './hyphens';
import type { ImportedHeading, ImportedKind, ImportedParagraph } from './types';
import type { WordList } from '../../text/words';

/** How lines are spaced in the document's body text. */
export interface Spacing {
  bodySize: number;
  /** Baseline distance between two lines of one paragraph. */
  pitch: number;
  /** Paragraphs are set apart by extra space (so a short line after a full stop need not end one). */
  spaced: boolean;
  /** Most body lines end flush at the right edge of their column (justified text). */
  justified?: boolean;
  /** Ragged right, with enough body lines to know where the column's right edge is. */
  ragged?: boolean;
}

export interface BuildContext {
  spacing: Spacing;
  evidence: WordEvidence;
  words: WordList;
  preambleChapter: string;
}

export interface Built {
  paragraphs: ImportedParagraph[];
  headings: ImportedHeading[];
  joins: Record<LineJoin, number>;
}

interface Open {
  kind: ImportedKind;
  lines: Line[];
  page?: number;
  mark?: string;
}

type LineEntry = Extract<FlowEntry, { type: 'line' }>;

/** Paragraphs and headings of the flow. Never throws. */
export function buildParagraphs(entries: readonly FlowEntry[], ctx: BuildContext): Built {
  const levels = headingLevels(entries.flatMap((e) => (e.type === 'heading' ? [e.style] : [])));
  const b = new Builder(ctx);
  let previous: LineEntry | undefined;
  for (const e of entries) {
    if (e.type === 'heading') {
      b.heading(levels.get(styleKey(e.style)) ?? 3, e.lines, e.page);
      previous = undefined;
    } else if (e.type === 'footnotes') {
      b.footnotes(e);
    } else {
      b.line(e, previous);
      previous = e;
    }
  }
  b.close();
  return b.result();
}

class Builder {
  private readonly paragraphs: ImportedParagraph[] = [];
  private readonly headings: ImportedHeading[] = [];
  private readonly joins: Record<LineJoin, number> = { joined: 0, kept: 0, plain: 0 };
  private chapter: string;
  private section: string | undefined;
  private subsection: string | undefined;
  private open: Open | undefined;
  private pending: Open[] = [];

  constructor(private readonly ctx: BuildContext) {
    this.chapter = ctx.preambleChapter;
  }

  heading(level: 1 | 2 | 3, lines: PlacedLine[], page: number | undefined): void {
    this.close();
    const text = headingName(this.join(lines.map((l) => l.text)));
    this.headings.push(page === undefined ? { level, text } : { level, text, page });
    if (level === 1) [this.chapter, this.section, this.subsection] = [text, undefined, undefined];
    else if (level === 2) [this.section, this.subsection] = [text, undefined];
    else this.subsection = text;
  }

  footnotes(e: Extract<FlowEntry, { type: 'footnotes' }>): void {
    for (const n of e.notes) this.pending.push({ kind: 'footnote', lines: n.lines, page: e.page, mark: n.mark });
    if (!this.open) this.flushPending();
  }

  line(e: LineEntry, previous: LineEntry | undefined): void {
    if (this.open && previous && e.kind !== 'table' && continues(previous, e, this.open.kind, this.ctx.spacing)) {
      this.open.lines.push(e.line);
      return;
    }
    this.close();
    this.open = { kind: e.kind, lines: [e.line], page: e.page };
  }

  close(): void {
    if (this.open) this.emit(this.open);
    this.open = undefined;
    this.flushPending();
  }

  private flushPending(): void {
    for (const p of this.pending) this.emit(p);
    this.pending = [];
  }

  private emit(o: Open): void {
    const raw = o.kind === 'table' ? o.lines.map((l) => l.text).join(' ') : this.join(o.lines.map((l, i) => (i === 0 && o.kind === 'bullet' ? bulletText(l.text) : l.text)));
    const text = repairText(raw);
    if (!text) return;
    const kind: ImportedKind = o.kind === 'text' && isTableLine(text) ? 'table' : o.kind;
    const p: ImportedParagraph = { text, kind, chapter: this.chapter };
    if (this.section) p.section = this.section;
    if (this.subsection) p.subsection = this.subsection;
    if (kind === 'table') p.table = true;
    if (o.page !== undefined) p.page = o.page;
    if (o.mark !== undefined) p.mark = o.mark;
    this.paragraphs.push(p);
  }

  private join(texts: readonly string[]): string {
    let text = texts[0] ?? '';
    for (const next of texts.slice(1)) {
      const r = joinLines(text, next, this.ctx.evidence, this.ctx.words);
      this.joins[r.join]++;
      text = r.text;
    }
    return text;
  }

  result(): Built {
    return { paragraphs: this.paragraphs, headings: this.headings, joins: this.joins };
  }
}

/**
 * Whether line `b` goes on with the open paragraph (of kind `open`) that line `a`, the line before it in reading
 * order, belongs to.
 */
export function continues(a: LineEntry, b: LineEntry, open: ImportedKind, spacing: Spacing): boolean {
  if (b.kind === 'bullet' || a.kind === 'table') return false;
  const la = a.line;
  const lb = b.line;
  // Over a page or column break: a sentence that goes on, or (in justified text) a last line set flush, which the
  // last line of a paragraph hardly ever is.
  if (b.newRegion) return /^\p{Ll}/u.test(lb.text) || !SENTENCE_END.test(la.text) || (spacing.justified === true && flush(la)) || (spacing.ragged === true && full(la, lb));
  const pitch = Math.abs(la.size - spacing.bodySize) < 0.5 ? spacing.pitch : 1.25 * la.size;
  if (lb.y - la.y > 1.35 * pitch || lb.y <= la.y) return false;
  const indent = (l: PlacedLine) => l.x0 - l.colLeft;
  // A list item goes on in its hanging indent; back at the margin a new paragraph starts.
  if (open === 'bullet') return indent(lb) > 0.5 * lb.size || !SENTENCE_END.test(la.text);
  if (spacing.spaced) return true;
  if (spacing.justified && SENTENCE_END.test(la.text) && !flush(la)) return false;
  if (indent(lb) > 0.8 * lb.size && indent(la) < 0.5 * la.size) return false;
  const slack = la.colRight - la.x1;
  return !(SENTENCE_END.test(la.text) && slack > Math.max(3 * la.size, 0.12 * (la.colRight - la.colLeft)));
}

/**
 * In ragged text, line `a` is full when the first word of `b` would not have fitted after it: a typesetter moves a
 * word to the next line only then, so a last line with room for it ended its paragraph.
 */
function full(a: PlacedLine, b: PlacedLine): boolean {
  const word = /^\S+/u.exec(b.text)?.[0] ?? '';
  const perChar = b.text.length > 0 ? (b.x1 - b.x0) / b.text.length : b.size / 2;
  return a.colRight - a.x1 < (word.length + 1) * perChar;
}

/** The line reaches the right edge of its column (within half a character). */
export function flush(line: PlacedLine): boolean {
  return line.colRight - line.x1 < 0.5 * line.size;
}
