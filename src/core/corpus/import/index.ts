/**
 * The importer's pure half: the shape every document reader produces (`ImportedDocument`), the layout reading of a
 * PDF's positioned text (`layoutDocument`), and the Dutch word list it uses for words broken at a line end.
 */

export { layoutDocument } from './layout';
export type { LayoutOptions } from './layout';
export { emptyWordList, encodeWordList, parseWordList, WORD_MARKS, wordListOf } from '../../text/words';
export type { WordList } from '../../text/words';
export type { ImportedDocument, ImportedHeading, ImportedKind, ImportedParagraph, PdfFont, PositionedItem, PositionedPage } from './types';
