import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDraftService, type DraftService } from '../../../src/core/service';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { loadVagueTerms } from '../../../src/core/vague/terms';
import { failOnRuleError } from '../../support/strict';
import { builtinCorpus } from '../../unit/rules/helpers';

export const ROOT = path.resolve(__dirname, '../../..');

/** The product as shipped, on the fixtures' fixed day (2026-12-01), as test/unit/fixtures.test.ts checks them. */
export function exportService(): DraftService {
  const lexicon = loadVagueTerms(readFileSync(path.join(ROOT, 'lexicon', 'vague-terms.yaml'), 'utf8'), 'ingebouwd');
  return createDraftService({ vagueTerms: lexicon.terms, corpus: builtinCorpus(), synonyms: loadBuiltinSynonyms(ROOT).lexicon, today: () => '2026-12-01', onRuleError: failOnRuleError });
}

/** The paragraphs of a published or exported text: split at blank lines, a line wrap inside a paragraph is a space. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}
