/**
 * What kind of document a file is, by its content (a name can lie: a `.doc` that is really HTML, a PDF saved as
 * `.bin`): PDF by its magic bytes, DOCX as a zip holding `word/document.xml`, HTML by its markup, text when it
 * decodes as UTF-8 without control bytes.
 */

export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'text';

/** Why a file is not read: a zip that is no Word document, or bytes that are no text. */
export type UnknownFormat = 'zip' | 'binary';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
/**
 * Markup at the start, after comments. A comment ends at its first `-->` (written `(?:[^-]|-(?!->))*`): with a lazy
 * `[\s\S]*?` the pattern tried every way to read a run of comment marks as comments, and a text file that began with
 * a few dozen of them kept the import busy for good (ten: 5 s).
 */
const HTML = /^\s*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html|head|body|h[1-6]|p|div|meta|title|article|section)\b/i;

/** The format of the file's bytes, or why it has none this importer reads. */
export function detectFormat(bytes: Uint8Array): DocumentFormat | UnknownFormat {
  // A PDF may have a few bytes of junk before its header; readers accept it within the first kilobyte.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (startsWith(bytes, PDF) || head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP)) return Buffer.from(bytes).includes('word/document.xml', 0, 'latin1') ? 'docx' : 'zip';
  const text = decodeText(bytes);
  if (text === undefined) return 'binary';
  return HTML.test(text.slice(0, 4096)) ? 'html' : 'text';
}

/** The bytes as UTF-8 text (a BOM dropped), or undefined when they are not text. */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    // Control bytes other than tab, line feed, carriage return and form feed: a binary file.
    return /[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 65536)) ? undefined : text;
  } catch {
    return undefined;
  }
}
