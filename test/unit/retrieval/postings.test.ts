import { describe, expect, it } from 'vitest';
import { analyseTexts } from '../../../src/core/retrieval/analysedTexts';
import { createTermDictionary } from '../../../src/core/retrieval/postings';
import { buildIndex, createCommitmentIndex, documentTexts, type CommitmentDoc } from '../../../src/core/retrieval/search';
import { parseLexicon } from '../../../src/core/retrieval/synonyms';
import { docs2021, docs2026, synonymsYaml } from '../../data/retrieval/load';

const lexicon = parseLexicon(synonymsYaml()).value;

describe('indexes sharing one analyzer and one term dictionary', () => {
  const first: CommitmentDoc[] = docs2026();
  const second: CommitmentDoc[] = docs2021().slice(0, 300);
  const texts = analyseTexts(first.flatMap(documentTexts), lexicon, { outsideVocabulary: second.flatMap(documentTexts) });
  const dictionary = createTermDictionary();
  const shared = createCommitmentIndex(first, texts, dictionary);
  const other = createCommitmentIndex(second, texts, dictionary);
  texts.release();
  const alone = buildIndex(first, lexicon);

  it('rank exactly as an index built alone: terms only the other index knows are no evidence here', () => {
    const queries = [
      'verzoekt de regering een digitale dienst op te richten die doorzettingsmacht krijgt',
      'Hoe zorgt u ervoor dat de overheid minder afhankelijk wordt van Amerikaanse cloud en AI?',
      'constaterende dat de stikstofuitstoot van de landbouw in 2030 fors moet dalen',
    ];
    for (const q of queries) {
      expect(shared.search(q, { limit: 8 })).toEqual(alone.search(q, { limit: 8 }));
      expect(shared.search(q, { limit: 8, minMatchedTerms: 1 })).toEqual(alone.search(q, { limit: 8, minMatchedTerms: 1 }));
    }
    expect(shared.stats()).toEqual(alone.stats());
    expect(other.size).toBe(second.length);
    expect(other.analyzer).toBe(shared.analyzer);
  });

  it('analyse each distinct text once, and only the vocabulary texts make the vocabulary', () => {
    const bank = analyseTexts(['De cloudstrategie van het Rijk.', 'De cloudstrategie van het Rijk.'], undefined, { outsideVocabulary: ['Een wolkenkrabber.'] });
    expect(bank.analysis('De cloudstrategie van het Rijk.')).toBe(bank.analysis('De cloudstrategie van het Rijk.'));
    expect(bank.analyzer.vocabulary.words.has('cloudstrategie')).toBe(true);
    expect(bank.analyzer.vocabulary.words.has('wolkenkrabber')).toBe(false);
    expect(bank.tokens('Een wolkenkrabber.').map((t) => t.norm)).toEqual(['een', 'wolkenkrabber']);
    bank.release();
    // After release the texts are analysed afresh (the indexes keep postings, not texts).
    expect(bank.analysis('De cloudstrategie van het Rijk.').terms.map((t) => t.term)).toContain('cloudstrategie');
  });
});
