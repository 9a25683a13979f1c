import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/retrieval/synonyms';
import { alignQuote, type QuotePassage } from '../../../src/core/retrieval/alignment';
import { createQuoteMatcher } from '../../../src/core/retrieval/quoteMatcher';
import { docs2021, passages2026, synonymsYaml } from '../../data/retrieval/load';

// Passages of the 2026 agreement as quoted (see test/data/retrieval/ca2026-passages.tsv).
const NDD: QuotePassage = {
  id: 'ndd',
  text: 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht. Deze dienst ondersteunt de digitalisering Rijksbreed, stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes.',
};
const CAP_A: QuotePassage = {
  id: 'cap-a',
  group: 'capaciteit',
  text: 'We versterken de technische capaciteit van de overheid door een concurrerend salarispad voor IT-specialisten in te voeren en ambtenaren te scholen in technologie (…)',
};
const CAP_B: QuotePassage = {
  id: 'cap-b',
  group: 'capaciteit',
  text: 'We versterken de technische capaciteit van de overheid door […] ambtenaren te scholen in […] het gebruik van AI',
};
const AI: QuotePassage = { id: 'ai-voedsel', text: 'AI [draagt] bij aan de voedselproductie van de toekomst.' };
const DESINFO: QuotePassage = { id: 'desinfo', text: 'desinformatie [vormt een] directe bedreigingen voor onze economie, democratie en nationale veiligheid' };
const EU_A: QuotePassage = {
  id: 'eu-a',
  group: 'europa',
  text: 'Digitale autonomie moet het uitgangspunt zijn voor de overheid. We kiezen voor een Europese digitale infrastructuur, bouwen strategische afhankelijkheden in cloud, data en cruciale systemen doelgericht af',
};
const EU_B: QuotePassage = { id: 'eu-b', group: 'europa', text: 'en we splitsen grote projecten op zodat meer Nederlandse en Europese mkb’ers kunnen meedoen.' };
const ROEMER: QuotePassage = {
  id: 'roemer',
  text: 'Daarmee kan externe inhuur waar mogelijk worden teruggebracht van de huidige 15,4% van de totale personele uitgaven naar 10% (de ‘Roemernorm’)',
};
const IJ: QuotePassage = { id: 'ij', text: 'Wij zorgen voor bereikbare loketten in het hele land.' };
const ALL = [NDD, CAP_A, CAP_B, AI, DESINFO, EU_A, EU_B, ROEMER, IJ];

describe('quote alignment: verbatim', () => {
  it.each([
    ['the whole passage', NDD.text],
    ['a contiguous sub-span', 'compact, deskundig en met doorzettingsmacht'],
    ['lower-case first letter, no full stop', 'we richten een Nederlandse Digitale Dienst op'],
    ['straight instead of curly apostrophe', "meer Nederlandse en Europese mkb'ers kunnen meedoen"],
    ['quote marks, line breaks and extra spaces', '“Deze  dienst ondersteunt\nde digitalisering Rijksbreed”'],
    ['trailing punctuation differs', 'stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes!'],
    ['ĳ ligature', 'Ĳ zorgen voor bereikbare loketten'.replace('Ĳ', 'Wĳ').replace('Wĳ', 'Wĳ')],
    ['en dash for a hyphen', 'een concurrerend salarispad voor IT–specialisten in te voeren'],
    ['numbers and quotes', 'van de huidige 15,4% van de totale personele uitgaven naar 10% (de "Roemernorm")'],
  ])('%s', (_, quote) => {
    const r = alignQuote(quote, ALL);
    expect(r.verdict).toBe('verbatim');
    expect(r.cost).toBe(0);
    expect(r.diff.every((d) => d.op === 'equal' || d.op === 'gap')).toBe(true);
  });

  it('returns the exact corpus wording and its span', () => {
    const r = alignQuote('Compact, deskundig en met doorzettingsmacht', [NDD]);
    expect(r.corpusText).toBe('compact, deskundig en met doorzettingsmacht');
    expect(NDD.text.slice(r.corpusSpans[0]!.start, r.corpusSpans[0]!.end)).toBe(r.corpusText);
    expect(r.passageIds).toEqual(['ndd']);
  });
});

describe('quote alignment: close (a misquote with the exact words to put in)', () => {
  it('one word changed in a six-word quote', () => {
    const r = alignQuote('een Nederlandse Digitale Autoriteit op: compact', [NDD]);
    expect(r.words).toBe(6);
    expect(r.verdict).toBe('close');
    expect(r.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'replace', draft: 'Autoriteit', corpus: 'Dienst' }]);
    expect(r.suggestion).toBe('een Nederlandse Digitale Dienst op: compact');
    const r2 = alignQuote('We richten een Nederlandse Digitale Autoriteit op', [NDD]);
    expect(r2.verdict).toBe('close');
    expect(r2.diff).toEqual([
      { op: 'equal', draft: 'We richten een Nederlandse Digitale', corpus: 'We richten een Nederlandse Digitale' },
      { op: 'replace', draft: 'Autoriteit', corpus: 'Dienst' },
      { op: 'equal', draft: 'op', corpus: 'op' },
    ]);
    expect(r2.suggestion).toBe('We richten een Nederlandse Digitale Dienst op');
    expect(r2.corpusText).toBe('We richten een Nederlandse Digitale Dienst op');
  });

  it('a word dropped', () => {
    const r = alignQuote('Deze dienst ondersteunt de digitalisering, stelt kwaliteitsstandaarden op', [NDD]);
    expect(r.verdict).toBe('close');
    expect(r.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'delete', draft: '', corpus: 'Rijksbreed' }]);
    expect(r.suggestion).toBe('Deze dienst ondersteunt de digitalisering Rijksbreed, stelt kwaliteitsstandaarden op');
  });

  it('a word dropped before the last word: the last word stays, not replaced by the dropped one (a new user\'s trial)', () => {
    // Ending on "te" ("nemen" replaced) costs one as well; it put back the quote without its last word.
    const TALENT: QuotePassage = { id: 'talent', text: 'We verminderen afhankelijkheid van externe IT-leveranciers door meer IT-talent in dienst van het Rijk te nemen.' };
    const r = alignQuote('meer IT-talent in dienst van het Rijk nemen', [TALENT]);
    expect(r.verdict).toBe('close');
    expect(r.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'delete', draft: '', corpus: 'te' }]);
    expect(r.suggestion).toBe('meer IT-talent in dienst van het Rijk te nemen');
  });

  it('a word added', () => {
    const r = alignQuote('stelt strenge kwaliteitsstandaarden op en borgt goede ontwerpkeuzes', [NDD]);
    expect(r.verdict).toBe('close');
    expect(r.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', draft: 'strenge', corpus: '' }]);
    expect(r.suggestion).toBe('stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes');
  });

  it('a word moved across an end of the stretch is shown moved, and the exact words put back keep it', () => {
    // A fitting alignment has free ends: the moved word read as added ("staat er niet", false) and the words put
    // back lost it ("… deskundig en met.").
    const atEnd = alignQuote('We richten een Nederlandse Digitale Dienst op: compact, deskundig en doorzettingsmacht met.', [NDD]);
    expect(atEnd.verdict).toBe('close');
    expect(atEnd.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'replace', draft: 'doorzettingsmacht met', corpus: 'met doorzettingsmacht' }]);
    expect(atEnd.suggestion).toBe('We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht');
    expect(atEnd.corpusText).toBe(atEnd.suggestion);
    const atStart = alignQuote('Richten we een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht.', [NDD]);
    expect(atStart.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'replace', draft: 'Richten we', corpus: 'We richten' }]);
    expect(atStart.suggestion).toBe('We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht');
    // The verdict and the cost are the fitting alignment's (one word out of place costs one).
    expect([atEnd.cost, atStart.cost]).toEqual([1, 1]);
    // A word added far from the end is no transposition, however it is spelt: a quotation may end anywhere in a passage.
    const far = alignQuote('doorzettingsmacht: we richten een Nederlandse Digitale Dienst op: compact, deskundig en met', [NDD]);
    expect(far.suggestion).toBe('We richten een Nederlandse Digitale Dienst op: compact, deskundig en met');
    expect(far.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', draft: 'doorzettingsmacht', corpus: '' }]);
  });

  it('an added word spelt like the passage’s next word is still an added word (a reviewer of the edge moves)', () => {
    // Each was shown as moved, with "… ontbreekt" (false: a quotation may start anywhere), and the words put back began
    // with the end of the sentence before ("met doorzettingsmacht. Deze dienst …") or with the added word.
    const cases: [string, string, string][] = [
      ['Deze dienst ondersteunt de digitalisering Rijksbreed met doorzettingsmacht, stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes', 'met doorzettingsmacht', 'Deze dienst ondersteunt de digitalisering Rijksbreed, stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes'],
      ['digitalisering Rijksbreed, stelt de kwaliteitsstandaarden op en borgt goede ontwerpkeuzes', 'de', 'digitalisering Rijksbreed, stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes'],
      ['Nederlandse Digitale Dienst op: compact, deskundig een en met doorzettingsmacht', 'een', 'Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht'],
    ];
    for (const [q, added, suggestion] of cases) {
      const r = alignQuote(q, [NDD]);
      expect(r.verdict).toBe('close');
      expect(r.diff.filter((d) => d.op !== 'equal')).toEqual([{ op: 'insert', draft: added, corpus: '' }]);
      expect(r.suggestion).toBe(suggestion);
    }
  });

  it('a changed word in a known part next to a gap is still a misquote', () => {
    const r = alignQuote('ambtenaren te scholen in het verantwoorde gebruik van AI', [CAP_B]);
    expect(r.verdict).toBe('close');
    expect(r.diff.filter((d) => d.op === 'insert')).toEqual([{ op: 'insert', draft: 'verantwoorde', corpus: '' }]);
  });

  it('a case change inside the quote costs a little and is reported', () => {
    const r = alignQuote('we richten een nederlandse digitale dienst op', [NDD]);
    expect(r.verdict).toBe('close');
    expect(r.cost).toBeGreaterThan(0);
    expect(r.cost).toBeLessThan(1);
  });
});

describe('quote alignment: shortened passages never prove a longer quote wrong', () => {
  it('a quote that fills (…) and […] gaps is verbatim, with the filled words unverified', () => {
    const quote =
      'We versterken de technische capaciteit van de overheid door een concurrerend salarispad in te voeren en ambtenaren te scholen in technologie en het gebruik van AI';
    const r = alignQuote(quote, [CAP_B]);
    expect(r.verdict).toBe('verbatim');
    expect(r.unverifiedWords).toBeGreaterThan(0);
    expect(r.diff.filter((d) => d.op === 'gap').map((d) => d.corpus)).toEqual(['[…]', '[…]']);
    expect(r.suggestion).toBe(quote);
  });

  it('bracketed insertions are optional and uncertain', () => {
    expect(alignQuote('AI draagt bij aan de voedselproductie van de toekomst', [AI]).verdict).toBe('verbatim');
    expect(alignQuote('AI levert een bijdrage aan de voedselproductie van de toekomst', [AI]).verdict).not.toBe('verbatim');
    expect(alignQuote('desinformatie vormt een directe bedreigingen voor onze economie', [DESINFO]).verdict).toBe('verbatim');
    expect(alignQuote('desinformatie is een directe bedreigingen voor onze economie', [DESINFO]).verdict).toBe('verbatim');
  });

  it('a draft may shorten a quote with (…) or supply words in brackets', () => {
    const r = alignQuote('We richten een Nederlandse Digitale Dienst op (…) met doorzettingsmacht', [NDD]);
    expect(r.verdict).toBe('verbatim');
    expect(r.unverifiedWords).toBe(0);
    expect(alignQuote('[De] dienst ondersteunt de digitalisering Rijksbreed', [NDD]).verdict).toBe('verbatim');
    // A shortening mark does not excuse a changed word elsewhere.
    expect(alignQuote('We richten een Nederlandse Digitale Autoriteit op (…) met doorzettingsmacht', [NDD]).verdict).toBe('close');
  });

  it('a passage cut off without a full stop is open at its end', () => {
    const r = alignQuote('bouwen strategische afhankelijkheden in cloud, data en cruciale systemen doelgericht af, met een plan', [EU_A]);
    expect(r.verdict).toBe('verbatim');
    expect(r.unverifiedWords).toBe(3);
  });

  it('a quote spanning two adjacent fragments of one commitment', () => {
    const r = alignQuote(
      'bouwen strategische afhankelijkheden in cloud, data en cruciale systemen doelgericht af, en we splitsen grote projecten op zodat meer Nederlandse en Europese mkb’ers kunnen meedoen',
      [EU_A, EU_B],
    );
    expect(r.verdict).toBe('verbatim');
    expect(r.passageIds).toEqual(['eu-a', 'eu-b']);
    expect(r.corpusSpans.map((s) => s.passageId)).toEqual(['eu-a', 'eu-b']);
    expect(r.corpusText).toContain(' … ');
  });
});

describe('quote alignment: none', () => {
  it.each([
    ['same topic, other wording', 'De regering zet een digitale dienst op die doorzettingsmacht heeft.'],
    ['too many changes', 'Deze dienst steunt de digitale overheid en bewaakt alle ontwerpkeuzes.'],
    ['nothing in common', 'De stikstofuitstoot van de landbouw moet fors dalen.'],
    ['a short quote with a changed word', 'compact en met regie'],
    ['empty', ''],
  ])('%s', (_, quote) => {
    const r = alignQuote(quote, ALL);
    expect(r.verdict).toBe('none');
    expect(r.passageIds).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const q of ['(…)', '[', ']]', '…', '\uD800', 'x '.repeat(400)]) {
      expect(() => alignQuote(q, ALL)).not.toThrow();
    }
    expect(alignQuote('iets', []).verdict).toBe('none');
  });
});

describe('quote matcher with the index prefilter', () => {
  const lexicon = parseLexicon(synonymsYaml()).value;
  const passages: QuotePassage[] = [
    ...passages2026().map((p) => ({ id: p.id, text: p.text })),
    ...docs2021().map((d) => ({ id: d.key, text: d.text })),
    CAP_A,
    CAP_B,
  ];
  const matcher = createQuoteMatcher(passages, lexicon);

  it('finds the passage among hundreds and judges like alignQuote', () => {
    expect(passages.length).toBeGreaterThan(500);
    const quote = 'Conform het advies van de Cyber Security Raad zorgen we voor centrale regie op cybersecurity';
    const cands = matcher.candidates(quote);
    expect(cands[0]!.text).toContain('Cyber Security Raad');
    expect(matcher.check(quote).verdict).toBe('verbatim');
    const mis = matcher.check('Conform het advies van de Cyber Security Raad zorgen we voor centrale sturing op cybersecurity');
    expect(mis.verdict).toBe('close');
    expect(mis.diff.find((d) => d.op === 'replace')).toEqual({ op: 'replace', draft: 'sturing', corpus: 'regie' });
  });

  it('reaches group neighbours of a candidate for a spanning quote', () => {
    const r = matcher.check('We versterken de technische capaciteit van de overheid door een concurrerend salarispad voor IT-specialisten in te voeren');
    expect(r.verdict).toBe('verbatim');
  });

  it('says none for a sentence that is no quote of any passage', () => {
    expect(matcher.check('De minister moet de Kamer voor de zomer informeren over de voortgang.').verdict).toBe('none');
  });
});
