import { beforeAll, describe, expect, it } from 'vitest';
import { parseLexicon, type Lexicon } from '../../../src/core/retrieval/synonyms';
import { buildIndex, type CommitmentDoc, type CommitmentIndex } from '../../../src/core/retrieval/search';
import { tokenize } from '../../../src/core/text/tokenize';
import { contentTokens, createAnalyzer, termWords } from '../../../src/core/retrieval/analyzer';
import { docs2026, synonymsYaml } from '../../data/retrieval/load';

let lexicon: Lexicon;
let index: CommitmentIndex;
let docs: CommitmentDoc[];
beforeAll(() => {
  lexicon = parseLexicon(synonymsYaml()).value;
  docs = docs2026();
  index = buildIndex(docs, lexicon);
});

const keyOf = (fragment: string) => {
  const d = docs.find((x) => x.text.includes(fragment));
  if (!d) throw new Error(`no passage with ${fragment}`);
  return d.key;
};

describe('ranking on the quoted 2026 passages', () => {
  it('a paraphrase of the Nederlandse Digitale Dienst ranks that passage first', () => {
    const hits = index.search('verzoekt de regering een digitale dienst op te richten die doorzettingsmacht krijgt');
    expect(hits[0]?.key).toBe(keyOf('Nederlandse Digitale Dienst op'));
    expect(hits[0]!.matchedTerms).toEqual(expect.arrayContaining(['doorzettingsmacht', 'dienst']));
  });

  it('the abbreviation NDD finds the same passage through the lexicon', () => {
    const hits = index.search('Hoe staat het met de oprichting van de NDD en haar doorzettingsmacht?');
    expect(hits[0]?.key).toBe(keyOf('Nederlandse Digitale Dienst op'));
    expect(hits[0]!.matchedTerms).toContain('=ndd');
  });

  it('a stikstof motie does not rank a digital passage first', () => {
    const hits = index.search('constaterende dat de stikstofuitstoot van de landbouw in 2030 fors moet dalen');
    expect(hits.length).toBeGreaterThan(0);
    const top = docs.find((d) => d.key === hits[0]!.key)!;
    expect(top.chapter).not.toMatch(/digitaal/);
    expect(top.text).toMatch(/landbouw|stikstof/i);
  });

  it('a Kamervraag on cyber capacity ranks the cyber passages above the rest', () => {
    const hits = index.search('Welke defensieve en offensieve cybercapaciteiten bouwt u uit tegen dreigingen uit het buitenland?');
    expect(hits[0]?.key).toBe(keyOf('offensieve cybercapaciteiten'));
  });

  it('boilerplate and function words alone match nothing', () => {
    expect(index.search('De Kamer, gehoord de beraadslaging, verzoekt de regering, en gaat over tot de orde van de dag.')).toEqual([]);
    expect(index.search('Bent u bekend met het bericht? Kunt u dit toelichten? Zo ja, waarom?')).toEqual([]);
    expect(index.search('overwegende dat het kabinet in het coalitieakkoord heeft afgesproken dat de minister de Kamer informeert')).toEqual([]);
  });

  it('returns scores best first, at most `limit`, each with the query words that matched', () => {
    const text = 'Hoe zorgt u ervoor dat de overheid minder afhankelijk wordt van Amerikaanse cloud en AI?';
    const hits = index.search(text, { limit: 3 });
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits.length).toBeGreaterThan(0);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    for (const h of hits) {
      expect(h.matchedSpans.length).toBeGreaterThan(0);
      for (const s of h.matchedSpans) expect(text.slice(s.start, s.end)).toMatch(/^[\p{L}\p{N}’'-]+$/u);
    }
  });

  it('scores pre-tokenised input exactly as text, with spans in the caller’s offsets', () => {
    const doc = 'Eerste zin. We stimuleren de bouw van een AI-fabriek in Noord-Nederland.';
    const sentence = tokenize(doc).filter((t) => t.start >= doc.indexOf('We'));
    const a = index.searchTokens(sentence);
    const b = index.search(doc.slice(doc.indexOf('We')));
    expect(a.map((h) => [h.key, h.score])).toEqual(b.map((h) => [h.key, h.score]));
    // Two passages quote this wording (a full sentence and a news fragment); either may lead.
    expect([keyOf('AI-fabriek in Noord-Nederland'), keyOf('AI-fabriek: in Noord-Nederland')]).toContain(a[0]!.key);
    expect(a[0]!.matchedSpans.map((s) => doc.slice(s.start, s.end))).toEqual(expect.arrayContaining(['AI-fabriek', 'Noord-Nederland']));
  });
});

describe('the words a match covers (what a sentence\'s coverage counts)', () => {
  it('a name with a function word in it covers its own words only; a verb and its particle not the words between them', () => {
    const idx = buildIndex(
      [
        { key: 'rijk', corpusId: 'x', text: 'Het Rijk neemt meer IT-talent in dienst.' },
        { key: 'dienst', corpusId: 'x', text: 'We richten een Nederlandse Digitale Dienst op.' },
      ],
      lexicon,
    );
    const rijk = 'overwegende dat grote IT-projecten van het Rijk structureel uitlopen';
    const hit = idx.search(rijk).find((h) => h.key === 'rijk')!;
    expect(hit.matchedTerms).toEqual(expect.arrayContaining(['=rijksoverheid']));
    expect(hit.matchedSpans.map((s) => rijk.slice(s.start, s.end))).toEqual(['IT-projecten', 'Rijk']);
    // A corpus that knows "oprichten" joins "richt … op" into one term, standing on those two words only.
    const analysis = createAnalyzer({ vocabulary: ['oprichten', 'richten', 'dienst'] }).analyze('het kabinet richt volgend jaar de dienst op');
    const join = analysis.terms.find((t) => t.tokenEnd > t.token)!;
    expect(analysis.tokens.slice(join.token, join.tokenEnd + 1).map((t) => t.norm)).toEqual(['richt', 'volgend', 'jaar', 'de', 'dienst', 'op']);
    expect(termWords(join).map((k) => analysis.tokens[k]!.norm)).toEqual(['richt', 'op']);
    expect([...contentTokens(analysis).keys()].map((k) => analysis.tokens[k]!.norm)).toEqual(['richt', 'volgend', 'jaar', 'dienst']);
    // A word written twice is one word of the sentence, as the hits count their matched words.
    const twice = 'welke bevoegdheden krijgt de dienst, en krijgt de dienst meer IT-talent';
    const both = idx.search(twice).find((h) => h.key === 'rijk')!;
    expect(both.matchedSpans.map((s) => twice.slice(s.start, s.end))).toEqual(['dienst', 'dienst', 'IT-talent']);
    expect(both.matchedWords).toBe(2);
  });
});

describe('index behaviour', () => {
  it('requires two matched query words unless the query has fewer', () => {
    const idx = buildIndex(
      [
        { key: 'a:1', corpusId: 'a', text: 'We bouwen aan een digitaal weerbare samenleving.' },
        { key: 'a:2', corpusId: 'a', text: 'Digitale weerbaarheid van het onderwijs en de zorg.' },
        { key: 'a:3', corpusId: 'a', text: 'Samenleving en onderwijs gaan samen.' },
      ],
      lexicon,
    );
    expect(idx.search('weerbare samenleving').map((h) => h.key)).toEqual(['a:1']);
    expect(idx.search('onderwijs').map((h) => h.key).sort()).toEqual(['a:2', 'a:3']);
    expect(idx.search('weerbare samenleving', { minMatchedTerms: 1 }).length).toBe(3);
  });

  it('prefers the corpora listed first without hiding the others', () => {
    const text = 'We versterken de digitale weerbaarheid van vitale sectoren.';
    const idx = buildIndex(
      [
        { key: 'ca2021:x', corpusId: 'ca2021', text },
        { key: 'ca2026:x', corpusId: 'ca2026', text },
      ],
      lexicon,
    );
    expect(idx.search(text, { corpusPreference: ['ca2026'] }).map((h) => h.key)).toEqual(['ca2026:x', 'ca2021:x']);
    expect(idx.search(text, { corpusPreference: ['ca2021', 'ca2026'] }).map((h) => h.key)).toEqual(['ca2021:x', 'ca2026:x']);
  });

  it('does not count a term common to most commitments as evidence', () => {
    const filler = Array.from({ length: 30 }, (_, i) => ({ key: `c:${i}`, corpusId: 'c', text: `De overheid werkt aan thema ${i} met ${['zorg', 'wonen', 'energie'][i % 3]}.` }));
    const idx = buildIndex([...filler, { key: 'c:cloud', corpusId: 'c', text: 'De overheid kiest voor Europese cloud.' }], lexicon);
    expect(idx.search('De overheid en de zorg').map((h) => h.key)).toEqual([]);
    expect(idx.search('De overheid en de Europese cloud')[0]?.key).toBe('c:cloud');
  });

  it('a word and its one-word concept count once: the concept adds only what exceeds the word ("IT" was "it" and "=ict")', () => {
    const filler = Array.from({ length: 20 }, (_, i) => ({ key: `c:${i}`, corpusId: 'c', text: `De overheid werkt aan thema ${i} met ${['zorg', 'wonen', 'energie'][i % 3]} en bouw.` }));
    const docs = [...filler, { key: 'c:it', corpusId: 'c', text: 'Meer IT-talent in dienst van het Rijk.' }, { key: 'c:ict', corpusId: 'c', text: 'Meer ICT-kennis voor de uitvoering.' }];
    const withConcept = buildIndex(docs, lexicon);
    const plain = buildIndex(docs, parseLexicon('groups: []\n').value);
    const score = (idx: CommitmentIndex, query: string, key: string) => idx.search(query, { minMatchedTerms: 1, limit: 30 }).find((h) => h.key === key)?.score ?? 0;
    const word = score(plain, 'IT en zorg', 'c:it');
    const both = score(withConcept, 'IT en zorg', 'c:it');
    const conceptOnly = score(withConcept, 'ICT en zorg', 'c:it');
    expect(withConcept.search('IT en zorg', { minMatchedTerms: 1, limit: 30 }).find((h) => h.key === 'c:it')!.matchedTerms).toEqual(expect.arrayContaining(['it', '=ict']));
    expect(word).toBeGreaterThan(0);
    expect(conceptOnly).toBeGreaterThan(0);
    expect(both).toBeCloseTo(Math.max(word, conceptOnly), 4);
  });

  it('a one-word concept is weighed against its own word only, not the other parts of a compound (a reviewer: "ransomware-aanvallen" scored half)', () => {
    const idx = buildIndex([{ key: 'c:r', corpusId: 'c', text: 'We bestrijden aanvallen met gijzelsoftware op ziekenhuizen.' }, { key: 'c:x', corpusId: 'c', text: 'Iets anders over wonen.' }], lexicon);
    const score = (query: string) => idx.search(query, { minMatchedTerms: 1 }).find((h) => h.key === 'c:r')?.score ?? 0;
    expect(score('ransomware-aanvallen')).toBeCloseTo(score('ransomware aanvallen'), 4);
    expect(score('ransomware-aanvallen')).toBeGreaterThan(score('aanvallen'));
  });

  it('uses fragments, tags and chapter as fields', () => {
    const idx = buildIndex(
      [
        { key: 'k:a', corpusId: 'k', text: 'We versterken de technische capaciteit van de overheid.', fragments: ['een concurrerend salarispad voor IT-specialisten'] },
        { key: 'k:b', corpusId: 'k', text: 'Iets over wonen en bouwen.', tags: ['salarispad', 'specialisten'] },
        { key: 'k:c', corpusId: 'k', text: 'Iets anders.', chapter: 'Salarispad en specialisten' },
      ],
      lexicon,
    );
    const keys = idx.search('een salarispad voor specialisten').map((h) => h.key);
    expect(keys).toHaveLength(3);
    expect(keys[2]).toBe('k:c');
    expect(idx.document('k:b')?.tags).toEqual(['salarispad', 'specialisten']);
    expect(idx.stats()).toMatchObject({ documents: 3 });
  });

  it('never throws: empty corpus, empty or odd queries, odd documents', () => {
    const empty = buildIndex([], lexicon);
    expect(empty.search('cloud')).toEqual([]);
    const odd = buildIndex([{ key: 'x', corpusId: 'x', text: '' }, { key: 'y', corpusId: 'y', text: '(…) – !?' }], lexicon);
    for (const q of ['', '   ', '…', '\uD800', 'x'.repeat(10000)]) expect(() => odd.search(q)).not.toThrow();
    expect(index.search('cloud', { limit: 0 })).toEqual([]);
  });
});

describe('synonyms work in both directions', () => {
  const pairs: [string, string, string][] = [
    ['AI', 'kunstmatige intelligentie', '=ai'],
    ['NIS2', 'Cyberbeveiligingswet', '=nis2'],
    ['BZK', 'Binnenlandse Zaken en Koninkrijksrelaties', '=bzk'],
    ['NDD', 'Nederlandse Digitale Dienst', '=ndd'],
    ['ACM', 'Autoriteit Consument en Markt', '=acm'],
    ['AIVD', 'inlichtingen- en veiligheidsdiensten', '=inlichtingendiensten'],
    ['NCSC', 'Nationaal Cyber Security Centrum', '=ncsc'],
    ['mkb’ers', 'midden- en kleinbedrijf', '=mkb'],
    ['Wiv', 'Wet op de inlichtingen- en veiligheidsdiensten', '=wiv'],
    ['WNT', 'Wet normering topinkomens', '=wnt'],
    ['AP', 'Autoriteit Persoonsgegevens', '=ap'],
    ['digitale soevereiniteit', 'digitale autonomie', '=digitale-autonomie'],
    ['cloud', 'clouddiensten', '=cloud'],
    ['OM', 'Openbaar Ministerie', '=om'],
    ['COA', 'Centraal Orgaan opvang asielzoekers', '=coa'],
    ['gegevens', 'data', '=data'],
    ['AI-verordening', 'AI Act', '=ai-verordening'],
    ['Roemernorm', 'Roemer-norm', '=roemernorm'],
    ['NIS2-richtlijn', 'Cbw', '=nis2'],
  ];
  it.each(pairs)('%s ↔ %s', (a, b, concept) => {
    const idx = buildIndex(
      [
        { key: 'd:a', corpusId: 'd', text: `Het kabinet versterkt ${a} in de komende jaren.` },
        { key: 'd:b', corpusId: 'd', text: `Het kabinet versterkt ${b} in de komende jaren.` },
        { key: 'd:z', corpusId: 'd', text: 'Het kabinet versterkt de woningbouw in de komende jaren.' },
      ],
      lexicon,
    );
    const fromA = idx.search(`Wat doet u met ${a}?`, { minMatchedTerms: 1 });
    const fromB = idx.search(`Wat doet u met ${b}?`, { minMatchedTerms: 1 });
    expect(fromA.map((h) => h.key)).toContain('d:b');
    expect(fromB.map((h) => h.key)).toContain('d:a');
    expect(fromA.find((h) => h.key === 'd:b')!.matchedTerms).toContain(concept);
    expect(fromA.map((h) => h.key)).not.toContain('d:z');
  });

  it('the function word "om" is not the OM', () => {
    const idx = buildIndex([{ key: 'o:1', corpusId: 'o', text: 'Het Openbaar Ministerie vervolgt.' }], lexicon);
    expect(idx.search('Wij vragen om vervolging.', { minMatchedTerms: 1 }).flatMap((h) => h.matchedTerms)).not.toContain('=om');
    expect(idx.search('Het OM vervolgt.', { minMatchedTerms: 1 })[0]?.matchedTerms).toContain('=om');
  });
});
