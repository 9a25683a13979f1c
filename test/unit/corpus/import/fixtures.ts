/**
 * The documents the import tests run on, built from the project's own sources: the 2021 agreement as paragraphs
 * (as its text file's parser gives them, the way a reader would), and the compiled rule tables.
 */

import { readRuleLayers } from '../../../../src/core/corpus/build';
import type { ImportedDocument, ImportedParagraph } from '../../../../src/core/corpus/import/types';
import { nothingRemoved } from '../../../../src/core/corpus/import/documents';
import { TEXT_FILE } from '../../../../tools/corpus/ca2021';
import { parseAgreement } from '../../../../tools/corpus/ca2021/parse';
import { knownTags, read, rules as ca2021Rules } from '../build/ca2021Table';

export { knownTags, read, ca2021Rules };

/** The generic table that ships with the product (`corpus/rules.yaml`), alone. */
export const genericRules = (() => {
  const compiled = readRuleLayers([{ text: read('corpus/rules.yaml'), file: 'corpus/rules.yaml' }], { knownTags });
  if (compiled.problems.length) throw new Error(JSON.stringify(compiled.problems));
  return compiled.rules;
})();

/** The 2021 paragraphs as the parser of its text file reads them (chapters, sections, table rows). */
export function ca2021Paragraphs() {
  return parseAgreement(read(TEXT_FILE), TEXT_FILE, { gluedHeadings: ca2021Rules.gluedHeadings }).paragraphs;
}

/** The 2021 agreement as a reader would hand it to the pipeline. */
export function ca2021Document(): ImportedDocument {
  const paragraphs = ca2021Paragraphs().map((p): ImportedParagraph => {
    const out: ImportedParagraph = { text: p.text, chapter: p.chapter, kind: p.table ? 'table' : 'text' };
    if (p.section) out.section = p.section;
    if (p.subsection) out.subsection = p.subsection;
    if (p.table) out.table = true;
    return out;
  });
  return { title: 'Omzien naar elkaar, vooruitkijken naar de toekomst', paragraphs, removed: nothingRemoved(), notes: [] };
}

export const identity = { fileName: 'akkoord.txt', sha256: 'f'.repeat(64) };
