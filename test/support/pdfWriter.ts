/**
 * Small PDFs for tests, written with pdfkit: the bytes of a finished document, text widths for laying out lines by
 * hand, and the bad inputs the importer must refuse (encrypted, without a text layer).
 */

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
    lines.forEach((l, i) => doc.font('Helvetica').fontSize(10).text(l, 72, 100 + 14 * i, { lineBreak: false, baseline: 'alphabetic' }));
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
