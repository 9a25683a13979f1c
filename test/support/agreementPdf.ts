/**
 * A PDF of the full 2021 coalition agreement (`corpus/sources/ca2021/`), generated with pdfkit and laid out like an
 * official agreement: A4, an unnumbered cover, a running header and printed page numbers (the cover makes printed and
 * PDF page numbers differ), chapter headings in a larger bold font, section and subsection headings in bold, words
 * hyphenated at line ends (typesetter's breaks and real hyphens), one two-column page, a footnote and the financial
 * tables as tables. The generator knows what it put where: the printed page each source paragraph starts on, the
 * words it broke and the footnote, so tests can check the reader against it.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { parseAgreement, type Paragraph } from '../../tools/corpus/ca2021/parse';
import { readRules } from '../../tools/corpus/ca2021/rules';
import { TEXT_FILE } from '../../tools/corpus/ca2021';
import { readTags } from '../../tools/corpus/generate';
import { pdfBytes, textWidth, type Pdf } from './pdfWriter';

/** The repository: up from this module (or, bundled by tools/run-ts.mjs, from the script it runs) to the sources. */
const ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'corpus', 'sources')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

/** The source paragraphs of the 2021 text with their chapter, section and subsection (as the corpus build reads them). */
export function ca2021Paragraphs(): { paragraphs: Paragraph[]; cover: string[] } {
  const rules = readRules(read, new Set(readTags(read).map((t) => t.id)));
  const parsed = parseAgreement(read(TEXT_FILE), TEXT_FILE, { gluedHeadings: rules.gluedHeadings });
  return { paragraphs: parsed.paragraphs, cover: parsed.titles.filter((t) => t.chapter === 'Inleiding').map((t) => t.text) };
}

/** A word the generator broke at a line end: as printed (`head-` / `tail`), and whether the reader should rejoin it. */
export interface BrokenWord {
  head: string;
  tail: string;
  rejoin: boolean;
}

/** A paragraph to set: its text, its headings, and whether it is a table (the 2021 source's `Paragraph` fits). */
export interface SourceText {
  chapter: string;
  section?: string;
  subsection?: string;
  text: string;
  table: boolean;
}

export interface AgreementPdf<P extends SourceText = Paragraph> {
  bytes: Uint8Array;
  /** The source paragraphs, each with the printed page its first line is on. */
  paragraphs: (P & { page: number })[];
  /** The cover's lines (title first). */
  cover: string[];
  header: string;
  /** PDF pages (the cover included). */
  pages: number;
  /** The printed number of the two-column page, and the chapter it opens (when that chapter is in the text). */
  twoColumn?: { page: number; chapter: string };
  /** The footnote (when its chapter is in the text). */
  footnote?: { mark: string; text: string; page: number; after: string };
  broken: BrokenWord[];
  /** Every printed line of the tables, its cells joined by a space. */
  tableLines: string[];
}

export interface TypesetOptions {
  /** Encrypt the PDF: it opens only with this password. */
  userPassword?: string;
  /** The chapter whose first page is set in two columns. */
  twoColumnChapter?: string;
  /** The chapter whose first paragraph carries the footnote. */
  footnoteChapter?: string;
}

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 72;
const WIDTH = A4.width - 2 * MARGIN;
const GUTTER = 20;
const TOP = 100;
const BOTTOM = 760;
const BODY = { font: 'Helvetica', size: 10, pitch: 13, gap: 6 };
const TABLE = { font: 'Helvetica', size: 8.5, pitch: 11, column: 44, columns: 6 };
const HEADINGS = {
  1: { font: 'Helvetica-Bold', size: 18, pitch: 22, before: 0, after: 10 },
  2: { font: 'Helvetica-Bold', size: 12, pitch: 15, before: 10, after: 4 },
  3: { font: 'Helvetica-Bold', size: 10, pitch: 13, before: 6, after: 2 },
} as const;
export const HEADER = 'Coalitieakkoord 2021 – 2025 · Omzien naar elkaar, vooruitkijken naar de toekomst';
/** Constructed for this fixture (the 2021 text has no footnotes). */
const FOOTNOTE_TEXT = 'Toegevoegd voor deze test: zie de Klimaatwet, Staatsblad 2019, 253, en de Klimaatnota 2021.';

/** The 2021 agreement as a PDF (46 pages; a few seconds), its sixth chapter on a two-column page, a footnote in its second. */
export async function agreementPdf(options: Pick<TypesetOptions, 'userPassword'> = {}): Promise<AgreementPdf> {
  const { paragraphs, cover } = ca2021Paragraphs();
  return typesetAgreement(paragraphs, cover, { twoColumnChapter: 'Gezondheid', footnoteChapter: 'Duurzaam land', ...options });
}

/**
 * Any text laid out as an official agreement (see the module comment): chapters other than "Inleiding" and annexes
 * ("Bijlage …") are numbered in order; each starts on a new page.
 */
export async function typesetAgreement<P extends SourceText>(paragraphs: readonly P[], cover: readonly string[], options: TypesetOptions = {}): Promise<AgreementPdf<P>> {
  const chapters = [...new Set(paragraphs.map((p) => p.chapter))].filter((c) => c !== 'Inleiding' && !/^Bijlage/.test(c));
  const pdf = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: true, compress: true, info: { Title: cover[0] ?? 'Akkoord', CreationDate: new Date(0) }, ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' } : {}) });
  const setter = new Typesetter(pdf, wordCounts(paragraphs), new Map(chapters.map((c, i) => [c, i + 1])), options.twoColumnChapter);
  setter.cover(cover);
  const placed = paragraphs.map((p, i) => {
    const previous = paragraphs[i - 1];
    if (!previous || previous.chapter !== p.chapter) setter.chapter(p.chapter);
    if (p.section && p.section !== previous?.section) setter.heading(2, p.section);
    if (p.subsection && (p.subsection !== previous?.subsection || p.section !== previous?.section)) setter.heading(3, p.subsection);
    const page = p.table ? setter.table(p.text) : setter.paragraph(p.text, p.chapter === options.footnoteChapter && previous?.chapter !== p.chapter);
    return { ...p, page };
  });
  const bytes = await pdfBytes(setter.doc);
  const result: AgreementPdf<P> = { bytes, paragraphs: placed, cover: [...cover], header: HEADER, pages: setter.pdfPage, broken: setter.broken, tableLines: setter.tableLines };
  if (setter.twoColumn) result.twoColumn = setter.twoColumn;
  if (setter.footnote) result.footnote = setter.footnote;
  return result;
}

/** How often each word (lower case) occurs in the text: a word is broken only where it also occurs unbroken. */
function wordCounts(paragraphs: readonly SourceText[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) for (const w of p.text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Places lines on pages, column by column, and draws the page furniture. */
class Typesetter {
  pdfPage = 1;
  y = TOP;
  column = 0;
  columns = 1;
  twoColumn: AgreementPdf['twoColumn'];
  footnote: AgreementPdf['footnote'];
  readonly broken: BrokenWord[] = [];
  readonly tableLines: string[] = [];
  private readonly brokenWords = new Set<string>();

  constructor(
    readonly doc: Pdf,
    private readonly counts: Map<string, number>,
    private readonly chapterNumbers: ReadonlyMap<string, number>,
    private readonly twoColumnChapter: string | undefined,
  ) {}

  get printed(): number {
    return this.pdfPage - 1;
  }

  private get left(): number {
    return this.columns === 1 ? MARGIN : MARGIN + this.column * (this.width + GUTTER);
  }

  private get width(): number {
    return this.columns === 1 ? WIDTH : (WIDTH - GUTTER) / 2;
  }

  cover(lines: readonly string[]): void {
    const [title, ...rest] = lines;
    const words = (title ?? '').split(' ');
    const half = Math.ceil(words.length / 2);
    this.draw(words.slice(0, half).join(' '), MARGIN, 300, 'Helvetica-Bold', 26);
    this.draw(words.slice(half).join(' '), MARGIN, 332, 'Helvetica-Bold', 26);
    rest.forEach((l, i) => this.draw(l, MARGIN, 400 + i * 40, 'Helvetica', 14));
  }

  /** A new page with the furniture: the running header and the printed page number. */
  newPage(columns = 1): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.pdfPage++;
    [this.y, this.column, this.columns] = [TOP, 0, columns];
    this.draw(HEADER, MARGIN, 50, 'Helvetica', 8);
    const number = String(this.printed);
    this.draw(number, A4.width / 2 - textWidth(this.doc, number, 'Helvetica', 9) / 2, 805, 'Helvetica', 9);
  }

  chapter(name: string): void {
    const two = name === this.twoColumnChapter;
    this.newPage(two ? 2 : 1);
    if (two) this.twoColumn = { page: this.printed, chapter: name };
    if (name === 'Inleiding') return;
    const index = this.chapterNumbers.get(name);
    this.heading(1, index !== undefined ? `${index}. ${name}` : name);
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const style = HEADINGS[level];
    const lines = this.breakAll(text, style.font, style.size);
    if (this.y !== TOP) this.y += style.before;
    this.ensure(lines.length * style.pitch + 3 * BODY.pitch);
    for (const l of lines) {
      this.draw(l, this.left, this.y, style.font, style.size);
      this.y += style.pitch;
    }
    this.y += style.after;
  }

  /** A paragraph of body text; returns the printed page it starts on. `footnote` sets a footnote mark on its first line. */
  paragraph(text: string, footnote: boolean): number {
    const words = unbreakable(text);
    let start: number | undefined;
    let first = true;
    while (words.length > 0) {
      this.ensure(BODY.pitch);
      start ??= this.printed;
      const line = this.takeLine(words, this.width);
      this.draw(line, this.left, this.y, BODY.font, BODY.size);
      if (footnote && first) this.setFootnote(line);
      first = false;
      this.y += BODY.pitch;
    }
    this.y += BODY.gap;
    return start!;
  }

  /** A table: rows of a label and up to six right-aligned numbers; a long label wraps onto rows of its own. */
  table(text: string): number {
    this.ensure(3 * TABLE.pitch);
    const start = this.printed;
    const numbersLeft = this.left + this.width - TABLE.columns * TABLE.column;
    for (const row of tableRows(text)) {
      const labelLines = row.label ? this.breakAll(row.label, TABLE.font, TABLE.size, numbersLeft - this.left - 12) : [''];
      labelLines.forEach((label, i) => {
        this.ensure(TABLE.pitch);
        if (label) this.draw(label, this.left, this.y, TABLE.font, TABLE.size);
        this.tableLines.push([label, ...(i === 0 ? row.numbers : [])].filter((c) => c).join(' '));
        // Cells are top-aligned: the numbers stand on the first line of a wrapped label.
        if (i === 0) {
          row.numbers.forEach((n, k) => {
            const right = numbersLeft + (TABLE.columns - row.numbers.length + k + 1) * TABLE.column;
            this.draw(n, right - textWidth(this.doc, n, TABLE.font, TABLE.size), this.y, TABLE.font, TABLE.size);
          });
        }
        this.y += TABLE.pitch;
      });
    }
    this.y += BODY.gap;
    return start;
  }

  private setFootnote(line: string): void {
    const x = this.left + textWidth(this.doc, line, BODY.font, BODY.size) + 0.5;
    this.draw('1', x, this.y - 4, BODY.font, 6);
    this.draw('1', MARGIN, 772, BODY.font, 6);
    this.draw(FOOTNOTE_TEXT, MARGIN + 5, 775, BODY.font, 8);
    this.footnote = { mark: '1', text: FOOTNOTE_TEXT, page: this.printed, after: line.split(' ').pop()! };
  }

  /** Room for `height` more below the current line, else the next column or page. */
  private ensure(height: number): void {
    if (this.y + height - BODY.pitch <= BOTTOM) return;
    if (this.columns === 2 && this.column === 0) [this.column, this.y] = [1, TOP];
    else this.newPage();
  }

  private breakAll(text: string, font: string, size: number, width = this.width): string[] {
    const words = text.split(' ');
    const lines: string[] = [];
    while (words.length) lines.push(this.fit(words, width, font, size));
    return lines;
  }

  /** The words that fit on one line of `width` (taken from `words`), without hyphenation. */
  private fit(words: string[], width: number, font: string, size: number): string {
    let line = words.shift()!;
    while (words.length && textWidth(this.doc, `${line} ${words[0]}`, font, size) <= width) line += ` ${words.shift()}`;
    return line;
  }

  /** One line of body text; the word that does not fit is broken where a typesetter would and the test can check. */
  private takeLine(words: string[], width: number): string {
    const line = this.fit(words, width, BODY.font, BODY.size);
    if (!words.length) return line;
    const split = this.hyphenate(words[0]!, width - textWidth(this.doc, `${line} `, BODY.font, BODY.size));
    if (!split) return line;
    words[0] = split.tail;
    return `${line} ${split.head}-`;
  }

  private hyphenate(word: string, room: number): BrokenWord | undefined {
    const m = /^([\p{L}-]+)(\P{L}*)$/u.exec(word);
    if (!m || this.brokenWords.has(m[1]!.toLowerCase())) return undefined;
    const core = m[1]!;
    const fits = (head: string) => textWidth(this.doc, `${head}-`, BODY.font, BODY.size) <= room;
    const hyphen = core.indexOf('-');
    let result: BrokenWord | undefined;
    if (hyphen > 0 && core.indexOf('-', hyphen + 1) < 0 && fits(core.slice(0, hyphen)) && core.length - hyphen > 3) {
      result = { head: core.slice(0, hyphen), tail: core.slice(hyphen + 1) + m[2], rejoin: false };
    } else if (hyphen < 0 && core.length >= 9 && (this.counts.get(core.toLowerCase()) ?? 0) >= 2) {
      const at = splitPoint(core, fits);
      if (at) result = { head: core.slice(0, at), tail: core.slice(at) + m[2], rejoin: true };
    }
    if (!result) return undefined;
    this.brokenWords.add(core.toLowerCase());
    this.broken.push(result);
    return result;
  }

  private draw(text: string, x: number, y: number, font: string, size: number): void {
    this.doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false, baseline: 'alphabetic' });
  }
}

/**
 * The words of a paragraph as units a line may not break inside. The source has "sociaal- economische" where the
 * original PDF broke a real hyphen at a line end and its extraction left a space: printed at a line end, that would
 * read as "sociaal-economische", which is no longer the source's text; so "X- y" stays on one line.
 */
function unbreakable(text: string): string[] {
  const units: string[] = [];
  for (const w of text.split(' ')) {
    const last = units[units.length - 1];
    if (last !== undefined && /\p{L}-$/u.test(last)) units[units.length - 1] = `${last} ${w}`;
    else units.push(w);
  }
  return units;
}

const VOWELS = /[aeiouyëéèïöü]/i;

/** The longest head (4+ letters, leaving 4+) that fits and ends between two syllables (a vowel, then a consonant). */
function splitPoint(word: string, fits: (head: string) => boolean): number | undefined {
  for (let at = word.length - 4; at >= 4; at--) {
    if (VOWELS.test(word[at - 1]!) && !VOWELS.test(word[at]!) && VOWELS.test(word[at + 1] ?? '') && fits(word.slice(0, at))) return at;
  }
  return undefined;
}

const NUMBER = /^-?[\d.,]+%?$/;

/** A table paragraph of the source ("label n n n label n n …") as rows: a label and the numbers after it. */
export function tableRows(text: string): { label: string; numbers: string[] }[] {
  const rows: { label: string[]; numbers: string[] }[] = [];
  for (const token of text.split(' ')) {
    const last = rows[rows.length - 1];
    const numeric = NUMBER.test(token) && /\d/.test(token);
    if (numeric && last && (last.label.length > 0 || last.numbers.length > 0) && last.numbers.length < TABLE.columns) last.numbers.push(token);
    else if (!numeric && last && last.numbers.length === 0) last.label.push(token);
    else rows.push(numeric ? { label: [], numbers: [token] } : { label: [token], numbers: [] });
  }
  return rows.map((r) => ({ label: r.label.join(' '), numbers: r.numbers }));
}
