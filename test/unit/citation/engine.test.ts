import { describe, expect, it } from 'vitest';
import { citationEngine, commitmentPassages, passageId } from '../../../src/core/citation/engine';
import { didYouMean, rankForQuery } from '../../../src/core/citation/lookup';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { builtinCorpus, ROOT } from '../rules/helpers';

const synonyms = loadBuiltinSynonyms(ROOT).lexicon;
const engine = () => citationEngine(builtinCorpus(), synonyms);

describe('one retrieval stack per corpus version', () => {
  it('is built once per corpus version and lexicon', () => {
    expect(engine()).toBe(engine());
  });

  it('makes passage ids in one place: the key, key#n for fragments, corpus~i for context passages', () => {
    const withFragments = builtinCorpus().commitments.find((c) => c.fragments.length > 0)!;
    const ids = commitmentPassages(withFragments).map((p) => p.id);
    expect(ids[0]).toBe(withFragments.key);
    expect(ids[1]).toBe(`${withFragments.key}#1`);
    expect(new Set(commitmentPassages(withFragments).map((p) => p.group))).toEqual(new Set([withFragments.key]));
    expect(passageId.context('ca2021', 3)).toBe('ca2021~3');
    for (const id of ids) expect(engine().origin(id)).toMatchObject({ corpusId: withFragments.corpusId, key: withFragments.key });
    const context = builtinCorpus().passages[0]!;
    expect(engine().origin(passageId.context(context.corpusId, 0))).toEqual({ corpusId: context.corpusId, text: context.text });
  });

  it('checks a quotation with the analyzer that ranks suggestions: an inflected misquote finds its passage', () => {
    const e = engine();
    const c = e.corpus.get('ca2026:nederlandse-digitale-dienst')!;
    expect(e.rank('een digitale dienst met doorzettingsmacht oprichten', ['ca2026'])[0]?.key).toBe(c.key);
    const words = c.text.split(/\s+/).slice(0, 12).join(' ');
    const candidates = e.quotes.candidates(words).map((p) => e.origin(p.id)?.key);
    expect(candidates).toContain(c.key);
    expect(e.quotes.check(words).verdict).toBe('verbatim');
  });

  it('looks typed words up in the words of the same corpus version', () => {
    const lookup = engine().lookup;
    expect(rankForQuery(lookup, 'doorzettings')[0]?.commitment.key).toBe('ca2026:nederlandse-digitale-dienst');
    // Function words among typed words are left out (the one stop-word list); alone, a function word still counts.
    expect(rankForQuery(lookup, 'over doorzettingsmacht').map((r) => r.commitment.key)).toEqual(rankForQuery(lookup, 'doorzettingsmacht').map((r) => r.commitment.key));
    expect(rankForQuery(lookup, 'over').length).toBeGreaterThan(0);
    expect(didYouMean(lookup, 'ca2026:nederlandse-digitale-diesnt')[0]?.key).toBe('ca2026:nederlandse-digitale-dienst');
  });

  it('reads the subsection a commitment stands under as what it is about', () => {
    // "Kinderopvangtoeslagaffaire" is the heading of the hersteloperatie's commitment, not a word of its text.
    const e = engine();
    const c = e.corpus.get('ca2021:herijking-behoeften-emotioneel')!;
    expect(c.subsection).toBe('Kinderopvangtoeslagaffaire');
    expect(c.text.toLowerCase()).not.toContain('kinderopvangtoeslagaffaire');
    const hit = e.rank('de ouders die door de kinderopvangtoeslagaffaire zijn getroffen en de hersteloperatie', ['ca2021']).find((h) => h.key === c.key);
    expect(hit?.matchedTerms).toContain(e.index.analyzer.wordTerms('kinderopvangtoeslagaffaire')[0]!.term);
  });

  it('ranks nothing without a lookup (no commitments loaded)', () => {
    expect(rankForQuery(undefined, 'dienst')).toEqual([]);
    expect(didYouMean(undefined, 'ca2026:x')).toEqual([]);
  });
});
