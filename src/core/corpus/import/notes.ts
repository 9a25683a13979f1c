/** What the import report says about reading a PDF's layout, in Dutch and English. */

import type { Localized } from '../../types';
import { counted } from '../../../shared/wording';
import type { LineJoin } from './hyphens';
import type { ImportedParagraph } from './types';

export interface NoteFacts {
  paragraphs: readonly ImportedParagraph[];
  /** Printed (or else PDF) numbers of the pages read as two columns. */
  twoColumn: readonly number[];
  joins: Record<LineJoin, number>;
  cover: boolean;
  printed: readonly (number | undefined)[];
  /** A Dutch word list was used for words broken at a line end. */
  words: boolean;
}

/** The notes for the report, in a fixed order; only facts that occurred are noted. */
export function importNotes(f: NoteFacts): Localized[] {
  const notes: Localized[] = [];
  const list = f.twoColumn.join(', ');
  if (f.twoColumn.length === 1) notes.push({ nl: `Pagina ${list} heeft twee kolommen; de tekst is in leesvolgorde gezet.`, en: `Page ${list} has two columns; its text was put in reading order.` });
  if (f.twoColumn.length > 1) notes.push({ nl: `Pagina's ${list} hebben twee kolommen; de tekst is in leesvolgorde gezet.`, en: `Pages ${list} have two columns; their text was put in reading order.` });
  const tables = tableRuns(f.paragraphs);
  if (tables.rows > 0) {
    const [runs, rows] = [counted(tables.runs, ['tabel', 'tabellen'], ['table', 'tables']), counted(tables.rows, ['rij', 'rijen'], ['row', 'rows'])];
    notes.push({ nl: `${runs.nl} met ${rows.nl} als doorzoekbare tekst bewaard; tabelrijen tellen niet als toezeggingen.`, en: `${runs.en} with ${rows.en} kept as searchable text; table rows never count as commitments.` });
  }
  const footnotes = f.paragraphs.filter((p) => p.kind === 'footnote').length;
  if (footnotes > 0) {
    const n = counted(footnotes, ['voetnoot', 'voetnoten'], ['footnote', 'footnotes']);
    notes.push({ nl: `${n.nl} apart gehouden van de tekst die ${footnotes === 1 ? 'hij onderbreekt' : 'ze onderbreken'}.`, en: `${n.en} kept apart from the text ${footnotes === 1 ? 'it interrupts' : 'they interrupt'}.` });
  }
  if (f.joins.joined + f.joins.kept > 0) {
    const source = f.words ? { nl: 'het document zelf of de Nederlandse woordenlijst', en: 'the document itself or the Dutch word list' } : { nl: 'het document zelf (geen woordenlijst beschikbaar)', en: 'the document itself (no word list available)' };
    const [joined, kept] = [counted(f.joins.joined, ['woord', 'woorden'], ['word', 'words']), counted(f.joins.kept, ['koppelteken', 'koppeltekens'], ['hyphen', 'hyphens'])];
    notes.push({ nl: `${joined.nl} afgebroken aan een regeleinde weer aaneengeschreven, ${kept.nl} behouden (volgens ${source.nl}).`, en: `${joined.en} broken at a line end rejoined, ${kept.en} kept (going by ${source.en}).` });
  }
  const first = f.printed.findIndex((n) => n !== undefined);
  if (first < 0 && f.printed.length > 1) notes.push({ nl: 'Geen paginanummers gevonden: eenheden krijgen geen paginanummer.', en: 'No page numbers found: units get no page number.' });
  else if (first >= 0 && f.printed[first]! !== first + 1) notes.push({ nl: `Gedrukte paginanummers wijken af van de pdf-pagina's (pdf-pagina ${first + 1} is pagina ${f.printed[first]}); eenheden krijgen het gedrukte nummer.`, en: `Printed page numbers differ from the PDF pages (PDF page ${first + 1} is page ${f.printed[first]}); units get the printed number.` });
  if (f.cover) notes.push({ nl: 'De eerste pagina is een voorblad: de titel komt daarvandaan, de tekst begint erna.', en: 'The first page is a cover: the title comes from it, the text starts after it.' });
  return notes;
}

function tableRuns(paragraphs: readonly ImportedParagraph[]): { runs: number; rows: number } {
  let runs = 0;
  let rows = 0;
  paragraphs.forEach((p, i) => {
    if (p.kind !== 'table') return;
    rows++;
    if (paragraphs[i - 1]?.kind !== 'table') runs++;
  });
  return { runs, rows };
}
