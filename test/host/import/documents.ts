/**
 * Agreement-like documents for the importer's host tests, made in the test: a Word file written with `docx` (the
 * well-kept DOCX writer), the same agreement as HTML and as plain text. Their text is real agreement text (the 2021
 * agreement's first paragraphs of two chapters), so the pipeline finds commitments in it.
 */

import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { ca2021Paragraphs } from '../../unit/corpus/import/fixtures';

export const CHAPTERS = ['Democratische rechtsorde', 'Duurzaam land'] as const;

/** The first paragraphs of two 2021 chapters (text only). */
export function chapterTexts(perChapter = 12): Map<string, string[]> {
  const all = ca2021Paragraphs().filter((p) => !p.table);
  return new Map(CHAPTERS.map((c) => [c, all.filter((p) => p.chapter === c).slice(0, perChapter).map((p) => p.text)]));
}

export const BULLETS = ['We verlagen de kiesdrempel voor kleine partijen niet.', 'We versterken de positie van de Eerste Kamer.'];
export const TABLE = [
  ['Maatregel', '2023', '2025'],
  ['Klimaatfonds', '3,5', '5,0'],
];
export const FOOTNOTE = 'Zie de brief van de minister van 1 december 2021.';

/** A Word document: title, chapters (Heading 1), a section (Heading 2), paragraphs, bullets, a table, a footnote. */
export async function agreementDocx(): Promise<Uint8Array> {
  const texts = chapterTexts();
  const children: (Paragraph | Table)[] = [new Paragraph({ text: 'Akkoord voor de toets', heading: HeadingLevel.TITLE })];
  for (const [chapter, paragraphs] of texts) {
    children.push(new Paragraph({ text: chapter, heading: HeadingLevel.HEADING_1 }));
    children.push(new Paragraph({ text: `Eerste paragraaf van ${chapter}`, heading: HeadingLevel.HEADING_2 }));
    paragraphs.forEach((t, i) => {
      const runs = [new TextRun(t)];
      if (chapter === CHAPTERS[1] && i === 0) runs.push(new FootnoteReferenceRun(1));
      children.push(new Paragraph({ children: runs, alignment: AlignmentType.LEFT }));
    });
  }
  for (const b of BULLETS) children.push(new Paragraph({ text: b, bullet: { level: 0 } }));
  children.push(new Table({ rows: TABLE.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) }));
  const doc = new Document({ footnotes: { 1: { children: [new Paragraph(FOOTNOTE)] } }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same agreement as a web page, with a script and a navigation bar that are no text of it. */
export function agreementHtml(): string {
  const parts = ['<!DOCTYPE html><html lang="nl"><head><title>Akkoord voor de toets</title><script>var x = "geen tekst";</script></head><body>', '<nav><a href="/">Home</a></nav>', '<h1>Akkoord voor de toets</h1>'];
  for (const [chapter, paragraphs] of chapterTexts()) {
    parts.push(`<h2>${escape(chapter)}</h2>`, `<h3>Eerste paragraaf van ${escape(chapter)}</h3>`);
    paragraphs.forEach((t, i) => parts.push(`<p>${escape(t)}${chapter === CHAPTERS[1] && i === 0 ? '<sup><a href="#fn1" id="fnref1">1</a></sup>' : ''}</p>`));
  }
  parts.push(`<ul>${BULLETS.map((b) => `<li>${escape(b)}</li>`).join('')}</ul>`);
  parts.push(`<table>${TABLE.map((row, i) => `<tr>${row.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</table>`);
  parts.push(`<section class="footnotes"><ol><li id="fn1"><p>${escape(FOOTNOTE)} <a href="#fnref1">↩</a></p></li></ol></section>`, '</body></html>');
  return parts.join('\n');
}

/** The same agreement as plain text: numbered chapter headings, a table of contents, bullets, a footnote. */
export function agreementText(): string {
  const lines = ['AKKOORD VOOR DE TOETS', '', 'Inhoudsopgave', ...CHAPTERS.map((c, i) => `${i + 1}. ${c} .......... ${i * 10 + 3}`), ''];
  [...chapterTexts()].forEach(([chapter, paragraphs], i) => {
    lines.push(`${i + 1}. ${chapter}`, '', `${i + 1}.1 Eerste paragraaf van ${chapter}`, '');
    for (const t of paragraphs) lines.push(t, '');
  });
  for (const b of BULLETS) lines.push(`- ${b}`);
  lines.push('', `[1] ${FOOTNOTE}`, '');
  return lines.join('\n');
}
