/**
 * Small PDFs for tests, written with pdfkit: the bytes of a finished document, text widths for laying out lines by
 * hand, and the bad inputs the importer must refuse (encrypted, without a text layer).
 */

import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;

/** The finished bytes of `doc` (ends it). */
export function pdfBytes(doc: Pdf): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/** The width of `text` in points, set in `font` at `size`. */
export function textWidth(doc: Pdf, text: string, font: string, size: number): number {
  return doc.font(font).fontSize(size).widthOfString(text);
}

/** A PDF of `pages` pages, each with the given lines of body text (positioned by hand, one per 14 pt). */
export async function simplePdf(pages: readonly (readonly string[])[], options: { userPassword?: string } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0) }, ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}) });
  for (const lines of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    writeLines(doc, lines);
  }
  return pdfBytes(doc);
}

/** A PDF that looks like a scan: every page drawn (grey bars where the lines of text would be), no text layer. */
export async function scannedPdf(pageCount: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0) } });
  for (let p = 0; p < pageCount; p++) {
    doc.addPage({ size: 'A4', margin: 0 });
    for (let i = 0; i < 40; i++) doc.rect(72, 100 + 16 * i, 300 + ((i * 37) % 150), 8).fill('#444444');
  }
  return pdfBytes(doc);
}

/*
 * Hostile documents (issue 18): what a PDF from an unknown source may hold. Each is an ordinary text PDF of `pages`
 * (one page of body lines each) with one hostile part added through pdfkit's object references.
 */

/** A PDF whose opening runs a JavaScript action (and names it in the document's JavaScript name tree). */
export async function scriptedPdf(pages: readonly (readonly string[])[], script: string): Promise<Uint8Array> {
  const doc = pagesOf(pages);
  const action = doc.ref({ Type: 'Action', S: 'JavaScript', JS: new String(script) });
  action.end(undefined);
  const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data;
  root.OpenAction = action;
  const tree = doc.ref({ Names: [new String('akkoordwijzer-test'), action] });
  tree.end(undefined);
  const names = doc.ref({ JavaScript: tree });
  names.end(undefined);
  root.Names = names;
  return pdfBytes(doc);
}

/** A PDF of `count` pages with one short line each. */
export async function manyPagesPdf(count: number): Promise<Uint8Array> {
  return pdfBytes(pagesOf(Array.from({ length: count }, (_, i) => [`Pagina ${i + 1} van een heel lange bundel.`])));
}

/**
 * A PDF whose first page draws an image that claims `side` × `side` RGB pixels (a few GB decoded) from a stream of a
 * few KB: decoding it would exhaust memory; a text reader must not decode it.
 */
export async function hugeImagePdf(pages: readonly (readonly string[])[], side: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0) } });
  pages.forEach((lines, p) => {
    doc.addPage({ size: 'A4', margin: 0 });
    writeLines(doc, lines);
    if (p > 0) return;
    const image = doc.ref({ Type: 'XObject', Subtype: 'Image', Width: side, Height: side, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Filter: 'FlateDecode' });
    image.end(deflateSync(Buffer.alloc(4 << 20)));
    (doc as unknown as { page: { xobjects: Record<string, unknown> } }).page.xobjects.Im1 = image;
    doc.addContent('q 400 0 0 300 72 400 cm /Im1 Do Q');
  });
  return pdfBytes(doc);
}

/** `bytes` with the data of every compressed stream overwritten in its middle (a damaged download or a bad disk). */
export function breakStreams(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes);
  const text = Buffer.from(bytes).toString('latin1');
  for (let at = text.indexOf('stream\n'); at >= 0; at = text.indexOf('stream\n', at + 1)) {
    const start = at + 'stream\n'.length;
    const end = text.indexOf('endstream', start);
    if (end < 0 || text.slice(at - 3, at) === 'end') continue;
    for (let i = start + Math.floor((end - start) / 3); i < start + Math.floor((2 * (end - start)) / 3); i++) out[i] = (out[i]! * 31 + 7) & 0xff;
  }
  return out;
}

function pagesOf(pages: readonly (readonly string[])[]): Pdf {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: new Date(0) } });
  for (const lines of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    writeLines(doc, lines);
  }
  return doc;
}

function writeLines(doc: Pdf, lines: readonly string[]): void {
  lines.forEach((l, i) => doc.font('Helvetica').fontSize(10).text(l, 72, 100 + 14 * i, { lineBreak: false, baseline: 'alphabetic' }));
}
