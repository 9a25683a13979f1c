/**
 * From lines of extracted text to paragraphs under headings, for text that has lost its layout (one paragraph per
 * line, or lines broken by page ends): the generic part of reading an agreement as text. The 2021 build
 * (`tools/corpus/ca2021/parse.ts`) and the plain-text importer (`text.ts`) both read their lines with it.
 *
 * - A heading line is short, starts with a capital and has no final punctuation (`isHeadingLine`); so is a known
 *   title (from a table of contents or a rule table).
 * - Known titles the extraction glued to the start of a paragraph ("Versterking van de democratische rechtsorde De
 *   democratische …") or after its last full stop ("… uitgewerkt.Media Persvrijheid …") are split off.
 * - A line starting with a lower-case letter continues the paragraph before it (a page break).
 * - Table rows (mostly numbers) stay paragraphs of their own and are never joined.
 */

import { isHeadingLine, isTableLine } from '../build/layout';
import type { HeadingPath } from '../build/tags';

export interface Heading {
  chapter: string;
  title: string;
}

export interface Paragraph extends HeadingPath {
  /** 1-based number within the chapter. */
  number: number;
  text: string;
  /** 1-based line in the source where the paragraph starts. */
  line: number;
  table: boolean;
}

/** Where the reader puts what it finds. */
export interface ParagraphSink {
  paragraphs: Paragraph[];
  /** Headings recognised, in order. */
  headings: Heading[];
  /** Headings found glued to text (`line: title (begin|midden)`), for a report. */
  glued: string[];
}

export interface KnownTitles {
  /** Section titles of this chapter (from a table of contents): a heading with one of these opens a section. */
  sections: readonly string[];
  /** Other headings that may be glued to text in this chapter (sub-headings). */
  extra: readonly string[];
  /**
   * How a heading line that is not a known section title is placed: `infer` (the first heading of a chapter opens a
   * section, later ones are sub-headings unless the table of contents names them) or `section` (every heading line
   * opens a section: a document without a table of contents).
   */
  unknownHeadings: 'infer' | 'section';
}

/** The chapter title without its number: "1. Democratische rechtsorde" → "Democratische rechtsorde". */
export function chapterName(raw: string): string {
  return raw.replace(/^\d+\.\s*/, '').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The paragraphs of one chapter, line by line: headings change the section or subsection, a lower-case line
 * continues the paragraph before it, headings glued to text are split off.
 */
export class ParagraphReader {
  private section: string | undefined;
  private subsection: string | undefined;
  private number = 0;
  private current: Paragraph | undefined;
  /** Known titles, longest first, so the longest glued title is split off. */
  private readonly known: string[];

  constructor(
    private readonly out: ParagraphSink,
    private readonly chapter: string,
    private readonly titles: KnownTitles,
  ) {
    this.known = [...titles.sections, ...titles.extra].sort((a, b) => b.length - a.length);
  }

  /** A heading: `level` says where it stands; without one the known titles and `unknownHeadings` decide. */
  heading(title: string, level?: 'section' | 'subsection'): void {
    const { sections, extra, unknownHeadings } = this.titles;
    const opensSection =
      level === 'section' ||
      (level === undefined &&
        (sections.includes(title) || (!this.section && !extra.includes(title)) || (!this.section && sections.length === 0) || (unknownHeadings === 'section' && !extra.includes(title))));
    if (opensSection) {
      this.section = title;
      this.subsection = undefined;
    } else {
      this.subsection = title;
    }
    this.out.headings.push({ chapter: this.chapter, title });
    this.current = undefined;
  }

  /** End the current paragraph (a blank line, a bullet): the next line starts a new one. */
  endParagraph(): void {
    this.current = undefined;
  }

  /** Start a paragraph with this text; returns it so a caller can mark it. */
  startParagraph(text: string, line: number, table: boolean): Paragraph {
    this.number++;
    const p: Paragraph = { chapter: this.chapter, number: this.number, text, line, table };
    if (this.section) p.section = this.section;
    if (this.subsection) p.subsection = this.subsection;
    this.out.paragraphs.push(p);
    this.current = p;
    return p;
  }

  /** Add text to the current paragraph; false when there is none to continue (or it is a table row). */
  continueParagraph(text: string): boolean {
    if (!this.current || this.current.table) return false;
    this.current.text = `${this.current.text} ${text}`;
    return true;
  }

  /** One non-empty line that is no title line. */
  line(raw: string, lineNo: number): void {
    if (isTableLine(raw)) {
      this.startParagraph(raw, lineNo, true);
      this.current = undefined; // never continue a table row
      return;
    }
    if (/^\p{Ll}/u.test(raw) && this.continueParagraph(raw)) return;
    if (this.known.includes(raw) || isHeadingLine(raw)) {
      this.heading(raw);
      return;
    }
    const rest = this.splitGluedHeadings(raw, lineNo);
    if (rest) this.startParagraph(rest, lineNo, false);
  }

  /** Split headings glued to the text: at the start, or right after a full stop. Returns the text after the last. */
  private splitGluedHeadings(raw: string, lineNo: number): string {
    let rest = raw;
    for (;;) {
      const title = this.known.find((t) => new RegExp(`^${escape(t)} (?=\\p{Lu})`, 'u').test(rest));
      if (title) {
        this.out.glued.push(`${lineNo}: ${title} (begin)`);
        this.heading(title);
        rest = rest.slice(title.length + 1);
        continue;
      }
      let cut: { at: number; title: string } | undefined;
      for (const t of this.known) {
        const m = new RegExp(`([.!?])\\s?(${escape(t)}) (?=\\p{Lu})`, 'u').exec(rest);
        if (m && (!cut || m.index < cut.at)) cut = { at: m.index + 1, title: t };
      }
      if (!cut) return rest;
      const before = rest.slice(0, cut.at).trim();
      if (!(/^\p{Ll}/u.test(before) && this.continueParagraph(before))) this.startParagraph(before, lineNo, false);
      this.out.glued.push(`${lineNo}: ${cut.title} (midden)`);
      this.heading(cut.title);
      rest = rest.slice(cut.at).trim().slice(cut.title.length + 1);
    }
  }
}
