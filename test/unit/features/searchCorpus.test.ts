import { describe, expect, it } from 'vitest';
import { createDraftService, searchCorpus } from '../../../src/core/service';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { builtinCorpus, LEXICON, ROOT } from '../rules/helpers';

const keys = (ranked: { commitment: { key: string } }[]) => ranked.map((r) => r.commitment.key);

describe('searchCorpus: commitments by typed words, without a draft service', () => {
  const corpus = builtinCorpus();
  const synonyms = loadBuiltinSynonyms(ROOT).lexicon;

  it('ranks words as typed first, then what the Dutch-aware index finds for other inflections', () => {
    const found = keys(searchCorpus(corpus, 'nederlandse digitale dienst', { synonyms }));
    expect(found[0]).toBe('ca2026:nederlandse-digitale-dienst');
    expect(found.length).toBeLessThanOrEqual(50);
    expect(new Set(found).size).toBe(found.length);
    expect(searchCorpus(corpus, 'afhankelijkheden afbouwen', { synonyms, limit: 5 }).length).toBeGreaterThan(0);
  });

  it('is what the draft service answers for the same corpus and synonyms', () => {
    const service = createDraftService({ vagueTerms: LEXICON, corpus, synonyms });
    for (const query of ['doorzettingsmacht', 'afhankelijkheden afbouwen', 'cloud exit', '']) {
      expect(keys(searchCorpus(corpus, query, { synonyms, limit: 20 })), query).toEqual(keys(service.searchCommitments(query, 20)));
    }
  });
});
