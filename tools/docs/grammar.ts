/*
 * The injection grammar (syntaxes/akkoordwijzer.injection.json) is generated from the formula table
 * (src/core/draft/formulas.ts), so the editor highlights exactly what the checker recognises.
 * `npm run docs` writes it; test/tools/grammar.test.ts fails when it drifts.
 */
import { DRAFT_KEY_PARTS } from '../../src/core/corpus/citationKey';
import { FORMULA_SOURCES } from '../../src/core/draft/formulas';

const LINE_START = '^\\s*(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?';

export function renderGrammar(): string {
  const grammar = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    comment: 'Gegenereerd uit src/core/draft/formulas.ts door `npm run docs`; niet met de hand bewerken.',
    scopeName: 'markdown.akkoordwijzer.injection',
    injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.inline.raw -comment',
    patterns: ['citation', 'aanhef', 'overweging', 'dictum', 'slot', 'vraag'].map((name) => ({ include: `#${name}` })),
    repository: {
      citation: {
        comment: 'Pandoc citation keys: [@ca2026:nederlandse-digitale-dienst], [@a; @b]',
        match: `(?<![\\w@])(@)(${DRAFT_KEY_PARTS.corpus})(?:(:)(${DRAFT_KEY_PARTS.id}))?`,
        captures: {
          '1': { name: 'punctuation.definition.reference.akkoordwijzer' },
          '2': { name: 'entity.name.namespace.citation.akkoordwijzer' },
          '3': { name: 'punctuation.separator.citation.akkoordwijzer' },
          '4': { name: 'entity.name.tag.citation.akkoordwijzer' },
        },
      },
      aanhef: { match: `(?i)${LINE_START}(${FORMULA_SOURCES.aanhef})`, captures: { '1': { name: 'keyword.control.motie.aanhef.akkoordwijzer' } } },
      overweging: { match: `(?i)${LINE_START}(${FORMULA_SOURCES.overweging})(?![\\p{L}\\p{N}])`, captures: { '1': { name: 'keyword.other.motie.overweging.akkoordwijzer' } } },
      dictum: { match: `(?i)${LINE_START}(${FORMULA_SOURCES.dictum})(?![\\p{L}\\p{N}])`, captures: { '1': { name: 'keyword.control.motie.dictum.akkoordwijzer' } } },
      slot: { match: `(?i)(${FORMULA_SOURCES.slot})`, captures: { '1': { name: 'keyword.control.motie.slot.akkoordwijzer' } } },
      vraag: { match: '(?i)^\\s*(Vraag\\s+\\d+)\\b', captures: { '1': { name: 'markup.heading.vraag.akkoordwijzer' } } },
    },
  };
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
