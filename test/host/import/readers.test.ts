import { describe, expect, it } from 'vitest';
import { repairText } from '../../../src/core/corpus/build';
import { readPlainText } from '../../../src/core/service';
import type { ImportedDocument } from '../../../src/core/service';
import { readDocx } from '../../../src/host/import/docx';
import { detectFormat } from '../../../src/host/import/formats';
import { readHtml } from '../../../src/host/import/html';
import { agreementDocx, agreementHtml, agreementText, BULLETS, CHAPTERS, chapterTexts, FOOTNOTE, TABLE } from './documents';

/** What every reader must get right on the same agreement. */
function expectAgreement(doc: ImportedDocument) {
  const texts = chapterTexts();
  expect(doc.title).toMatch(/^akkoord voor de toets$/i);
  for (const chapter of CHAPTERS) {
    const own = doc.paragraphs.filter((p) => p.chapter === chapter && p.kind === 'text');
    expect(own.map((p) => repairText(p.text))).toEqual(texts.get(chapter)!.map(repairText));
    for (const p of own) expect(p.section).toBe(`Eerste paragraaf van ${chapter}`);
  }
  expect(doc.paragraphs.filter((p) => p.kind === 'bullet').map((p) => p.text)).toEqual(BULLETS);
  const footnotes = doc.paragraphs.filter((p) => p.kind === 'footnote');
  expect(footnotes).toHaveLength(1);
  expect(footnotes[0]!.text).toContain(FOOTNOTE);
}

describe('document readers', () => {
  it('HTML: headings give chapter and section, list items are bullets, rows tables, footnotes apart under the chapter that refers to them', () => {
    const doc = readHtml(agreementHtml());
    expectAgreement(doc);
    const rows = doc.paragraphs.filter((p) => p.kind === 'table');
    expect(rows.map((r) => r.text)).toEqual(TABLE.map((r) => r.join(' ')));
    for (const r of rows) expect(r.table).toBe(true);
    const note = doc.paragraphs.find((p) => p.kind === 'footnote')!;
    expect(note.chapter).toBe(CHAPTERS[1]);
    expect(note.mark).toBe('1');
    expect(doc.paragraphs.some((p) => p.text.includes('geen tekst') || p.text === 'Home')).toBe(false);
    // The reference mark is not glued into the sentence.
    expect(doc.paragraphs.find((p) => p.chapter === CHAPTERS[1])!.text).toBe(repairText(chapterTexts().get(CHAPTERS[1])![0]!));
  });

  it('DOCX (generated with docx): Word headings, bullets, the table and the footnote come through mammoth', async () => {
    const bytes = await agreementDocx();
    expect(detectFormat(bytes)).toBe('docx');
    const doc = await readDocx(bytes);
    expectAgreement(doc);
    expect(doc.paragraphs.filter((p) => p.kind === 'table').map((r) => r.text)).toEqual(TABLE.map((r) => r.join(' ')));
    expect(doc.paragraphs.find((p) => p.kind === 'footnote')!.chapter).toBe(CHAPTERS[1]);
  });

  it('plain text: numbered and capital headings, the table of contents skipped, bullets and a footnote', () => {
    const doc = readPlainText(agreementText());
    expectAgreement(doc);
    expect(doc.paragraphs.some((p) => p.text.includes('..........'))).toBe(false);
  });

  it('tells formats apart by content, not by name', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(detectFormat(enc('%PDF-1.7\n…'))).toBe('pdf');
    expect(detectFormat(enc(agreementHtml()))).toBe('html');
    expect(detectFormat(enc('\uFEFF<!-- export -->\n<p>Tekst</p>'))).toBe('html');
    expect(detectFormat(enc(agreementText()))).toBe('text');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 0, 0]))).toBe('zip');
    expect(detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]))).toBe('binary');
    expect(detectFormat(await agreementDocx())).toBe('docx');
  });

  it('reads a text that begins with runs of comment marks as text, at once', () => {
    // Ten of these took 5 s when a comment could reach past its first `-->`; the head read is 4,096 characters.
    const enc = (s: string) => new TextEncoder().encode(s);
    const marks = `<!-${'---><!--><!----><!-'.repeat(300)}`;
    expect(detectFormat(enc(marks))).toBe('text');
    expect(detectFormat(enc(`<!-- a --><!-- b -->\n<html><p>Tekst</p>`))).toBe('html');
    expect(detectFormat(enc('<!-- a -- b --> <div>Tekst</div>'))).toBe('html');
  });
});
