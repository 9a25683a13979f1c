import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationEngine } from '../../../src/core/citation/engine';
import { explainCitations, suggestCitations } from '../../../src/core/citation/suggest';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { builtinCorpus, check } from '../rules/helpers';

/** `explainCitations`: how the matcher sees each sentence; `suggestCitations` offers exactly the accepted ones. */
const SYNONYMS = loadBuiltinSynonyms(path.resolve(__dirname, '../../..')).lexicon;
const KEY = 'ca2021:minimumloon-7-5-procent-hoger';
const motie = (body: string) =>
  `Motie van het lid Jansen over het minimumloon\n\nVoorgesteld 14 september 2022\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${body}\n\nen gaat over tot de orde van de dag.\n\nJansen\n`;

function explain(body: string) {
  const { draft } = check(motie(body), { corpus: true });
  const engine = citationEngine(builtinCorpus(), SYNONYMS);
  return { explained: explainCitations(draft, engine), suggested: suggestCitations(draft, engine) };
}

describe('explainCitations', () => {
  it('tells an accepted sentence from a weak one and from a constatering that states a fact', () => {
    const { explained, suggested } = explain(
      [
        'constaterende dat het minimumloon op 1 januari stapsgewijs met 7,5% omhoog is gegaan en de uitkeringen gekoppeld bleven;',
        'verzoekt de regering de stapsgewijze verhoging van het minimumloon ook voor jongeren en stagiairs te laten gelden,',
        'verzoekt de regering bij de stapsgewijze verhoging van het minimumloon ook de effecten op de werkgelegenheid van jongeren, stagiairs en scholieren in de detailhandel te volgen en de Kamer daarover jaarlijks te informeren,',
      ].join('\n\n'),
    );
    const byStart = explained.map((e) => [e.unit.part.kind, e.eligible[0]?.hit.key, e.verdict]);
    // A constatering without plan words states a fact: it is not ranked (no hits), and never offered.
    expect(byStart).toEqual([
      ['overweging', undefined, 'off-subject'],
      ['dictum', KEY, 'accepted'],
      ['dictum', KEY, 'weak'],
    ]);
    expect(explained.every((e) => e.target === 'ca2021')).toBe(true);
    // One suggestion, on the accepted sentence.
    expect(suggested.map((s) => [s.unit.start, s.commitments[0]?.key])).toEqual([[explained[1]!.unit.start, KEY]]);
  });

  it('an overweging that weighs is about what it argues; the same words as a constatering are a fact', () => {
    const words = 'het minimumloon stapsgewijs met 7,5% omhoog gaat en de uitkeringen gekoppeld blijven';
    const verdicts = explain(`constaterende dat ${words};\n\noverwegende dat het goed is dat ${words};`).explained.map((e) => [e.unit.part.kind, e.eligible[0]?.hit.key, e.verdict]);
    expect(verdicts).toEqual([
      ['overweging', undefined, 'off-subject'],
      ['overweging', KEY, 'accepted'],
    ]);
  });

  it('a constatering with plan words is ranked and may be offered', () => {
    const { explained } = explain('constaterende dat het kabinet het minimumloon stapsgewijs met 7,5% verhoogt en de uitkeringen gekoppeld blijven;');
    expect(explained.map((e) => [e.unit.fact, e.eligible[0]?.hit.key, e.verdict])).toEqual([[false, KEY, 'accepted']]);
  });

  it('under a heading about the agreement a weaker hit is offered, as in a sentence that names the agreement', () => {
    const dictum =
      'verzoekt de regering bij de stapsgewijze verhoging van het minimumloon ook de effecten op de werkgelegenheid van jongeren, stagiairs en scholieren in de detailhandel te volgen en de Kamer daarover jaarlijks te informeren,';
    const verdict = (kop: string) => {
      const { draft } = check(motie(dictum).replace('over het minimumloon', kop), { corpus: true });
      return explainCitations(draft, citationEngine(builtinCorpus(), SYNONYMS)).map((e) => [e.eligible[0]?.hit.key, e.verdict]);
    };
    expect(verdict('over het minimumloon')).toEqual([[KEY, 'weak']]);
    expect(verdict('over het coalitieakkoord')).toEqual([[KEY, 'accepted']]);
    // A kop that only mentions an agreement, not as its subject, is no such heading.
    expect(verdict('over het minimumloon en het pensioenakkoord')).toEqual([[KEY, 'weak']]);
  });

  it('a sentence that cites its best hit already is `cited`', () => {
    const { explained, suggested } = explain(`verzoekt de regering de stapsgewijze verhoging van het minimumloon ook voor jongeren en stagiairs te laten gelden [@${KEY}],`);
    expect(explained.map((e) => e.verdict)).toEqual(['cited']);
    expect(suggested).toEqual([]);
  });
});
