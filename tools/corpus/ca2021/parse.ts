/**
 * Parses the 2021 agreement text (one paragraph per line under `## <chapter>` headings, a table of contents first)
 * into paragraphs with their chapter, section and subsection.
 *
 * - The table of contents is the first run of `## ` chapters after the introduction; it ends where the first
 *   chapter title comes round again. Its lines give the known section titles per chapter.
 * - Chapters are `## N. Title`; the line repeating the title right after it is the chapter title (a passage).
 * - A heading line is short, starts with a capital and has no final punctuation. Section titles (from the table of
 *   contents) and the extra sub-headings in rules.yaml are also split off where the PDF glued them to the start of
 *   a paragraph ("Versterking van de democratische rechtsorde De democratische …") or after its last full stop
 *   ("… uitgewerkt.Media Persvrijheid …").
 * - A line starting with a lower-case letter continues the previous paragraph (a page break in the PDF).
 * - Table rows (mostly numbers) stay paragraphs of their own and are never joined.
 */

import { isHeadingLine, isTableLine } from '../../../src/core/corpus/build';
import { fail } from '../util';

export interface Heading {
  chapter: string;
  title: string;
}

export interface Paragraph {
  chapter: string;
  section?: string;
  subsection?: string;
  /** 1-based number within the chapter. */
  number: number;
  text: string;
  /** 1-based line in the source file where the paragraph starts. */
  line: number;
  table: boolean;
}

export interface TitleLine {
  chapter: string;
  text: string;
  line: number;
}

export interface ParsedAgreement {
  paragraphs: Paragraph[];
  titles: TitleLine[];
  /** Chapter titles in order (without the number). */
  chapters: string[];
  toc: Map<string, string[]>;
  /** Headings found glued to text, for the report. */
  glued: string[];
  /** Headings recognised as lines of their own. */
  headings: Heading[];
}

const CHAPTER = /^## (.+)$/;

/** The chapter title without its number: "1. Democratische rechtsorde" → "Democratische rechtsorde". */
export function chapterName(raw: string): string {
  return raw.replace(/^\d+\.\s*/, '').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ParseOptions {
  /** Extra sub-headings the PDF glued to the start of a paragraph, per chapter name. */
  gluedHeadings: { chapter: string; title: string }[];
}

interface ChapterHead {
  index: number;
  raw: string;
}

interface Block {
  name: string;
  from: number;
  to: number;
}

/** The `## ` lines, and where the table of contents ends (heads[0] is the introduction, heads[1] starts the contents). */
function chapterHeads(lines: readonly string[], file: string): { heads: ChapterHead[]; tocEnd: number } {
  const heads: ChapterHead[] = [];
  lines.forEach((l, i) => {
    const m = CHAPTER.exec(l);
    if (m) heads.push({ index: i, raw: m[1]!.trim() });
  });
  if (heads.length < 3) fail(`${file}: te weinig "## "-hoofdstukken.`);
  // The table of contents starts at heads[1] and ends where its title returns.
  const tocEnd = heads.findIndex((h, i) => i > TOC_START && h.raw === heads[TOC_START]!.raw);
  if (tocEnd < 0) fail(`${file}: geen inhoudsopgave gevonden (de eerste hoofdstuktitel komt niet terug).`);
  return { heads, tocEnd };
}

const TOC_START = 1;

/** The section titles the table of contents lists, per chapter name. */
function tableOfContents(lines: readonly string[], heads: readonly ChapterHead[], tocEnd: number): Map<string, string[]> {
  const toc = new Map<string, string[]>();
  for (let h = TOC_START; h < tocEnd; h++) {
    const name = chapterName(heads[h]!.raw);
    const end = heads[h + 1]!.index;
    const titles: string[] = [];
    for (let i = heads[h]!.index + 1; i < end; i++) {
      const l = lines[i]!.trim();
      if (!l || chapterName(l) === name) continue;
      titles.push(l.replace(/\s+\d+$/, ''));
    }
    toc.set(name, titles);
  }
  return toc;
}

/**
 * The paragraphs of one chapter (or of the introduction), line by line: headings change the section or
 * subsection, a lower-case line continues the paragraph before it, headings glued to text are split off.
 */
class ChapterReader {
  private section: string | undefined;
  private subsection: string | undefined;
  private number = 0;
  private current: Paragraph | undefined;
  private readonly sectionTitles: string[];
  private readonly extra: string[];
  /** Known titles, longest first, so the longest glued title is split off. */
  private readonly known: string[];

  constructor(
    private readonly out: ParsedAgreement,
    private readonly chapter: string,
    block: Block,
    toc: Map<string, string[]>,
    options: ParseOptions,
  ) {
    this.sectionTitles = toc.get(block.name) ?? [];
    this.extra = options.gluedHeadings.filter((g) => g.chapter === block.name).map((g) => g.title);
    this.known = [...this.sectionTitles, ...this.extra].sort((a, b) => b.length - a.length);
  }

  private setHeading(title: string): void {
    if (this.sectionTitles.includes(title) || (!this.section && !this.extra.includes(title)) || (!this.section && this.sectionTitles.length === 0)) {
      this.section = title;
      this.subsection = undefined;
    } else {
      this.subsection = title;
    }
    this.out.headings.push({ chapter: this.chapter, title });
    this.current = undefined;
  }

  private startParagraph(text: string, line: number, table: boolean): void {
    this.number++;
    this.current = { chapter: this.chapter, number: this.number, text, line, table };
    if (this.section) this.current.section = this.section;
    if (this.subsection) this.current.subsection = this.subsection;
    this.out.paragraphs.push(this.current);
  }

  /** One non-empty line that is no title line. */
  line(raw: string, lineNo: number): void {
    if (isTableLine(raw)) {
      this.startParagraph(raw, lineNo, true);
      this.current = undefined; // never continue a table row
      return;
    }
    if (/^\p{Ll}/u.test(raw) && this.current && !this.current.table) {
      this.current.text = `${this.current.text} ${raw}`;
      return;
    }
    if (this.known.includes(raw) || isHeadingLine(raw)) {
      this.setHeading(raw);
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
        this.setHeading(title);
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
      if (this.current && !this.current.table && /^\p{Ll}/u.test(before)) this.current.text = `${this.current.text} ${before}`;
      else this.startParagraph(before, lineNo, false);
      this.out.glued.push(`${lineNo}: ${cut.title} (midden)`);
      this.setHeading(cut.title);
      rest = rest.slice(cut.at).trim().slice(cut.title.length + 1);
    }
  }
}

export function parseAgreement(text: string, file: string, options: ParseOptions): ParsedAgreement {
  const lines = text.split('\n');
  const { heads, tocEnd } = chapterHeads(lines, file);
  const toc = tableOfContents(lines, heads, tocEnd);
  const out: ParsedAgreement = { paragraphs: [], titles: [], chapters: [], toc, glued: [], headings: [] };
  // Introduction: from its heading to the table of contents ("Inhoudsopgave" line excluded).
  const blocks: Block[] = [{ name: chapterName(heads[0]!.raw), from: heads[0]!.index + 1, to: heads[TOC_START]!.index }];
  for (let h = tocEnd; h < heads.length; h++) {
    blocks.push({ name: chapterName(heads[h]!.raw), from: heads[h]!.index + 1, to: h + 1 < heads.length ? heads[h + 1]!.index : lines.length });
  }

  for (const [bi, block] of blocks.entries()) {
    const intro = bi === 0;
    const chapter = intro ? 'Inleiding' : block.name;
    out.chapters.push(chapter);
    const reader = new ChapterReader(out, chapter, block, toc, options);
    for (let i = block.from; i < block.to; i++) {
      const raw = lines[i]!.trim();
      const lineNo = i + 1;
      if (!raw) continue;
      if (intro) {
        if (raw === 'Inhoudsopgave') continue;
        // The title block: title, parties and date, before the first real paragraph.
        if (out.paragraphs.length === 0 && !/[.!?]$/.test(raw)) {
          out.titles.push({ chapter, text: raw, line: lineNo });
          continue;
        }
      }
      if (!intro && chapterName(raw) === block.name && i === block.from) {
        out.titles.push({ chapter, text: raw, line: lineNo });
        continue;
      }
      reader.line(raw, lineNo);
    }
  }
  return out;
}
