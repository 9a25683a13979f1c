/**
 * Word documents (DOCX) through mammoth: its HTML keeps headings (Heading 1–6 styles), lists, tables and footnotes,
 * which the HTML reader turns into blocks. Mammoth's messages (styles it did not know) go to the report.
 */

import mammoth from 'mammoth';
import { documentFromBlocks, type ImportedDocument, type Localized } from '../../core/service';
import { htmlBlocks } from './html';

/** Word's title paragraph style is the document's title, not a chapter. */
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Titel'] => h1.title:fresh"];

/** Read a DOCX file's bytes; a file mammoth cannot open throws (the caller reports it as unreadable). */
export async function readDocx(bytes: Uint8Array): Promise<ImportedDocument> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  const doc = documentFromBlocks(htmlBlocks(result.value));
  const warnings = result.messages.filter((m) => m.type === 'warning').length;
  if (warnings) {
    const note: Localized = {
      nl: `Word: ${warnings} opmaakwaarschuwing(en) van de lezer (onbekende stijlen worden als gewone tekst gelezen).`,
      en: `Word: ${warnings} formatting warning(s) from the reader (unknown styles are read as plain text).`,
    };
    doc.notes.push(note);
  }
  return doc;
}
