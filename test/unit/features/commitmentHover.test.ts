import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';
import { failOnRuleError } from '../../support/strict';
import { builtinCorpus, LEXICON } from '../rules/helpers';

describe('the hover of a commitment', () => {
  it('a commitment without a chapter: its theme under "Thema" (it said "Hoofdstuk | thema: …")', () => {
    const docs = createDraftService({ vagueTerms: LEXICON, corpus: builtinCorpus(), onRuleError: failOnRuleError }).commitmentDocs('ca2026:aanjager-geopolitieke-eu')!;
    expect(docs).toContain('| Thema | buitenland: wereldbeeld |');
    expect(docs).not.toContain('Hoofdstuk');
  });
});
