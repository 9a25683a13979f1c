/** What the import report says about reading a PDF's layout, in Dutch and English. */

import type { Localized } from '../../types';
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
  if (tables.rows > 0) notes.push({ nl: `${tables.runs} tabel(len) met ${tables.rows} rij(en) als doorzoekbare tekst bewaard; tabelrijen tellen niet als toezeggingen.`, en: `${tables.runs} table(s) with ${tables.rows} row(s) kept as searchable text; table rows never count as commitments.` });
  const footnotes = f.paragraphs.filter((p) => p.kind === 'footnote').length;
  if (footnotes > 0) notes.push({ nl: `${footnotes} voetnoot/voetnoten apart gehouden van de tekst die ze onderbreken.`, en: `${footnotes} footnote(s) kept apart from the text they interrupt.` });
  if (f.joins.joined + f.joins.kept > 0) {
    const source = f.words ? { nl: 'het document zelf of de Nederlandse woordenlijst', en: 'the document itself or the Dutch word list' } : { nl: 'het document zelf (geen woordenlijst beschikbaar)', en: 'the document itself (no word list available)' };
    notes.push({ nl: `${f.joins.joined} woord(en) afgebroken aan een regeleinde weer aaneengeschreven, ${f.joins.kept} koppelteken(s) behouden (volgens ${source.nl}).`, en: `${f.joins.joined} word(s) broken at a line end rejoined, ${f.joins.kept} hyphen(s) kept (going by ${source.en}).` });
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
