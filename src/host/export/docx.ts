import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { ExportBlock, ExportDocument, ExportRole } from '../../core/service';

// The Word form of an exported draft (the `docx` library, 9.6.x: later releases pull an ESM-only nanoid that wants
// Node 22). Bundled apart (`dist/export.js`, loaded by `loadDocxWriter`), so a check or a server start never reads it.

/** Space after each paragraph, in twentieths of a point: the blank line of the published text. */
const AFTER = 200;

const STYLE: Partial<Record<ExportRole, { bold?: boolean; italics?: boolean }>> = {
  titel: { bold: true },
  header: { bold: true },
  voorgesteld: { italics: true },
};

/**
 * The document as a `.docx`: one paragraph per block (the title and the Kamervragen header bold, "Voorgesteld …"
 * italic, questions numbered as written), notes that are referred to as Word footnotes, and notes of a published
 * list (not referred to by a marker) as paragraphs at the end.
 */
export async function renderDocx(doc: ExportDocument): Promise<Uint8Array> {
  const referred = new Set(doc.blocks.flatMap((b) => b.runs.flatMap((r) => ('note' in r ? [r.note] : []))));
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const n of doc.notes) if (referred.has(n.number)) footnotes[n.number] = { children: [new Paragraph({ children: [new TextRun(n.text)] })] };
  // A note referred to again: its number in superscript, as Word would show the first reference; a second reference to
  // one footnote is no Word footnote (each mark has its own, numbered by Word in order; a staffer's trial).
  const seen = new Set<number>();
  const listed = doc.notes.filter((n) => !referred.has(n.number)).map((n) => new Paragraph({ spacing: { after: AFTER }, children: [new TextRun({ text: `${n.number} ${n.text}`, size: 18 })] }));
  const document = new Document({
    creator: 'Akkoordwijzer',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    footnotes,
    sections: [{ children: [...doc.blocks.map((b) => paragraph(b, seen)), ...listed] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function paragraph(block: ExportBlock, seen: Set<number>): Paragraph {
  const style = STYLE[block.role] ?? {};
  const children: ParagraphChild[] = block.role === 'vraag' && block.number !== undefined ? [new TextRun({ text: `${block.number}. `, ...style })] : [];
  for (const run of block.runs) {
    // A line break before an item of a list in the paragraph, indented by a tab (a sub-question is no question).
    // A paragraph of its own under the question: an empty line between.
    if ('lineBreak' in run) children.push(new TextRun({ break: run.paragraph ? 2 : 1 }), new TextRun({ text: '\t', ...style }));
    else if ('note' in run) children.push(seen.has(run.note) ? new TextRun({ text: String(run.note), superScript: true, ...style }) : (seen.add(run.note), new FootnoteReferenceRun(run.note)));
    else children.push(new TextRun({ text: run.text, ...style }));
  }
  return new Paragraph({ spacing: { after: AFTER }, children });
}
