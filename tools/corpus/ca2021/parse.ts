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

export function parseAgreement(text: string, file: string, options: ParseOptions): ParsedAgreement {
  const lines = text.split('\n');
  const heads: { index: number; raw: string }[] = [];
  lines.forEach((l, i) => {
    const m = CHAPTER.exec(l);
    if (m) heads.push({ index: i, raw: m[1]!.trim() });
  });
  if (heads.length < 3) fail(`${file}: te weinig "## "-hoofdstukken.`);
  // heads[0] is the introduction; the table of contents starts at heads[1] and ends where its title returns.
  const tocStart = 1;
  const tocEnd = heads.findIndex((h, i) => i > tocStart && h.raw === heads[tocStart]!.raw);
  if (tocEnd < 0) fail(`${file}: geen inhoudsopgave gevonden (de eerste hoofdstuktitel komt niet terug).`);

  const toc = new Map<string, string[]>();
  for (let h = tocStart; h < tocEnd; h++) {
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

  const out: ParsedAgreement = { paragraphs: [], titles: [], chapters: [], toc, glued: [], headings: [] };
  const blocks: { name: string; from: number; to: number }[] = [];
  // Introduction: from its heading to the table of contents ("Inhoudsopgave" line excluded).
  blocks.push({ name: chapterName(heads[0]!.raw), from: heads[0]!.index + 1, to: heads[tocStart]!.index });
  for (let h = tocEnd; h < heads.length; h++) {
    blocks.push({ name: chapterName(heads[h]!.raw), from: heads[h]!.index + 1, to: h + 1 < heads.length ? heads[h + 1]!.index : lines.length });
  }

  for (const [bi, block] of blocks.entries()) {
    const intro = bi === 0;
    const chapter = intro ? 'Inleiding' : block.name;
    out.chapters.push(chapter);
    const sectionTitles = toc.get(block.name) ?? [];
    const extra = options.gluedHeadings.filter((g) => g.chapter === block.name).map((g) => g.title);
    const known = [...sectionTitles, ...extra].sort((a, b) => b.length - a.length);
    let section: string | undefined;
    let subsection: string | undefined;
    let number = 0;
    let current: Paragraph | undefined;

    const setHeading = (title: string): void => {
      if (sectionTitles.includes(title) || (!section && !extra.includes(title)) || (!section && sectionTitles.length === 0)) {
        section = title;
        subsection = undefined;
      } else {
        subsection = title;
      }
      out.headings.push({ chapter, title });
    };
    const startParagraph = (t: string, line: number, table: boolean): void => {
      number++;
      current = { chapter, number, text: t, line, table };
      if (section) current.section = section;
      if (subsection) current.subsection = subsection;
      out.paragraphs.push(current);
    };

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
      if (isTableLine(raw)) {
        startParagraph(raw, lineNo, true);
        current = undefined; // never continue a table row
        continue;
      }
      if (/^\p{Ll}/u.test(raw) && current && !current.table) {
        current.text = `${current.text} ${raw}`;
        continue;
      }
      if (known.includes(raw) || isHeadingLine(raw)) {
        setHeading(raw);
        current = undefined;
        continue;
      }
      // Split headings glued to the text: at the start, or right after a full stop.
      let rest = raw;
      for (;;) {
        const title = known.find((t) => new RegExp(`^${escape(t)} (?=\\p{Lu})`, 'u').test(rest));
        if (title) {
          out.glued.push(`${lineNo}: ${title} (begin)`);
          setHeading(title);
          current = undefined;
          rest = rest.slice(title.length + 1);
          continue;
        }
        let cut: { at: number; title: string } | undefined;
        for (const t of known) {
          const m = new RegExp(`([.!?])\\s?(${escape(t)}) (?=\\p{Lu})`, 'u').exec(rest);
          if (m && (!cut || m.index < cut.at)) cut = { at: m.index + 1, title: t };
        }
        if (!cut) break;
        const before = rest.slice(0, cut.at).trim();
        if (current && !current.table && /^\p{Ll}/u.test(before)) current.text = `${current.text} ${before}`;
        else startParagraph(before, lineNo, false);
        out.glued.push(`${lineNo}: ${cut.title} (midden)`);
        setHeading(cut.title);
        current = undefined;
        rest = rest.slice(cut.at).trim().slice(cut.title.length + 1);
      }
      if (rest) startParagraph(rest, lineNo, false);
    }
  }
  return out;
}
