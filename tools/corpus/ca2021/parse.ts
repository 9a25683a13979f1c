/**
 * Parses the 2021 agreement text (one paragraph per line under `## <chapter>` headings, a table of contents first)
 * into paragraphs with their chapter, section and subsection.
 *
 * - The table of contents is the first run of `## ` chapters after the introduction; it ends where the first
 *   chapter title comes round again. Its lines give the known section titles per chapter.
 * - Chapters are `## N. Title`; the line repeating the title right after it is the chapter title (a passage).
 * - Within a chapter the core's `ParagraphReader` reads the lines (headings, page-break continuations, tables, and
 *   the section titles of the table of contents and the extra sub-headings of rules.yaml split off where the PDF
 *   glued them to text).
 */

import { chapterName, ParagraphReader } from '../../../src/core/corpus/import/textParagraphs';
import type { Heading, Paragraph } from '../../../src/core/corpus/import/textParagraphs';
import { fail } from '../util';

export { chapterName };
export type { Heading, Paragraph };

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
    const reader = new ParagraphReader(out, chapter, {
      sections: toc.get(block.name) ?? [],
      extra: options.gluedHeadings.filter((g) => g.chapter === block.name).map((g) => g.title),
      unknownHeadings: 'infer',
    });
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
