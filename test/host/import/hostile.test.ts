/*
 * Hostile documents to import (issue 18): PDFs with scripts, thousands of pages, huge images and broken streams,
 * generated with pdfkit, read as the CLI and the language server read them (the shipped bundle in a worker thread).
 * Each gives the text or a clear message, writes nothing and never hangs; a worker that computes without pausing is
 * terminated at the time limit.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isImportError } from '../../../src/host/import/errors';
import { importFile } from '../../../src/host/import/importFile';
import { loadDutchWords, shippedPdfReader } from '../../../src/host/import/loadPdf';
import { readPdf } from '../../../src/host/import/pdf';
import { readPdfInWorker } from '../../../src/host/import/pdfWorker';
import { agreementPdf } from '../../support/agreementPdf';
import { breakStreams, hugeImagePdf, manyPagesPdf, scriptedPdf, simplePdf } from '../../support/pdfWriter';
import { tempDir } from '../../support/tempDirs';

const lines = Array.from({ length: 30 }, (_, i) => `Regel ${i + 1} van een gewone tekst met genoeg woorden voor een tekstlaag.`);
const readShipped = shippedPdfReader();

function folder(): string {
  return tempDir('akkoord-hostile');
}

/** Import `bytes` as a PDF through importFile: the problems, and proof that nothing but the PDF is in its folder. */
async function importRefused(bytes: Uint8Array): Promise<{ nl: string; en: string }> {
  const dir = folder();
  const file = path.join(dir, 'akkoord.pdf');
  writeFileSync(file, bytes);
  const result = await importFile({ file, id: 'proef', readPdf: readShipped });
  expect(result.written).toBeUndefined();
  expect(readdirSync(dir)).toEqual(['akkoord.pdf']);
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

async function rejection(promise: Promise<unknown>): Promise<{ code: string; nl: string; en: string }> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isImportError(error), String(error)).toBe(true);
  const e = error as { code: string; localized: { nl: string; en: string } };
  return { code: e.code, ...e.localized };
}

describe('hostile PDFs', () => {
  it('a JavaScript action on opening is never run: the text is read, and what the script would do is not done', async () => {
    const marker = path.join(folder(), 'script-ran');
    const script = `process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); app.alert('x');`;
    const doc = await readShipped(await scriptedPdf([lines, lines], script), {});
    expect(doc.paragraphs.map((p) => p.text).join(' ')).toContain('Regel 30 van een gewone tekst');
    expect(doc.paragraphs.map((p) => p.text).join(' ')).not.toContain('writeFileSync');
    expect(existsSync(marker)).toBe(false);
  });

  it('thousands of pages: refused before a page is read, with the page limit in the message', async () => {
    const problem = await importRefused(await manyPagesPdf(3000));
    expect(problem.nl).toBe("De pdf heeft 3000 pagina's; Akkoordwijzer importeert documenten tot 1000 pagina's. Een akkoord heeft er zelden meer dan 200: kies het akkoord zelf, niet een bundel of verzameling.");
    const smaller = await rejection(readShipped(await manyPagesPdf(30), { maxPages: 20 }));
    expect(smaller.code).toBe('too-many-pages');
  });

  it('an image that claims 40,000 × 40,000 pixels (4.8 GB decoded) is never decoded: the text around it is read', async () => {
    const doc = await readShipped(await hugeImagePdf([lines, lines], 40_000), {});
    expect(doc.pages).toBe(2);
    expect(doc.paragraphs.map((p) => p.text).join(' ')).toContain('Regel 30 van een gewone tekst');
  });

  it('broken streams: a damaged file, said so (not taken for a scan), nothing written', async () => {
    const problem = await importRefused(breakStreams(await simplePdf([lines, lines, lines])));
    expect(problem.nl).toBe("De pdf is beschadigd: de inhoud van 3 van de 3 pagina's is niet te lezen. Download het bestand opnieuw en probeer het nog eens, of zoek een andere versie, zoals het Word-bestand of de webpagina.");
  });
});

describe('the PDF reader in a worker thread', () => {
  it('reads the whole generated agreement as the in-process reader does, with progress from the worker', async () => {
    const pdf = await agreementPdf();
    const pages: number[] = [];
    const doc = await readShipped(pdf.bytes, { onProgress: (page) => pages.push(page) });
    expect(doc).toEqual(await readPdf(pdf.bytes, { words: loadDutchWords(path.resolve(__dirname, '../../../dist')) }));
    expect(doc.paragraphs.length).toBeGreaterThan(500);
    expect(pages).toEqual(Array.from({ length: pdf.pages }, (_, i) => i + 1));
  }, 60_000);

  it('a reader that computes without pausing is terminated at the time limit', async () => {
    // A stand-in bundle that never gives its thread a turn: a timer inside it could never fire, only terminate helps.
    const script = path.join(folder(), 'pdf-import.js');
    writeFileSync(script, 'for (;;) {}\n');
    const error = await rejection(readPdfInWorker(script, await simplePdf([lines]), { timeoutMs: 200 }));
    expect(error.code).toBe('timeout');
    expect(error.nl).toMatch(/^Het lezen van de pdf duurde langer dan 0\.2 s en is afgebroken \(bij het openen\)/);
  });

  it('a reader that stops without an answer, or a worker that fails, gives a clear error, not a hang', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'exits.js'), 'process.exit(3);\n');
    writeFileSync(path.join(dir, 'throws.js'), "throw new Error('kapot');\n");
    const exited = await rejection(readPdfInWorker(path.join(dir, 'exits.js'), await simplePdf([lines]), { timeoutMs: 10_000 }));
    expect(exited.en).toContain('The PDF reader stopped unexpectedly (exit code 3)');
    expect(exited.nl).toContain('De pdf-lezer stopte onverwacht (afsluitcode 3)');
    // A reader that is not there is said to be missing, not taken for a damaged PDF.
    const missing = await rejection(readPdfInWorker(path.join(dir, 'bestaat-niet.js'), await simplePdf([lines]), { timeoutMs: 10_000 }));
    expect([missing.code, missing.nl]).toEqual(['unavailable', expect.stringContaining('De pdf-lezer van Akkoordwijzer ontbreekt')]);
    const thrown = await rejection(readPdfInWorker(path.join(dir, 'throws.js'), await simplePdf([lines]), { timeoutMs: 10_000 }));
    expect([thrown.code, thrown.en]).toEqual(['corrupt', expect.stringContaining('kapot')]);
  });

  it('the limits before the worker starts, and the errors of the reader inside it, keep their types', async () => {
    expect((await rejection(readShipped(await simplePdf([lines]), { maxBytes: 1024 }))).code).toBe('too-large');
    expect((await rejection(readShipped(await simplePdf([lines], { userPassword: 'geheim' }), {}))).code).toBe('encrypted');
    const pdf = await agreementPdf();
    expect((await rejection(readShipped(pdf.bytes, { timeoutMs: 1 }))).code).toBe('timeout');
  }, 60_000);
});
