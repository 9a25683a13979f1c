import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../../../src/core/corpus/build';
import { rules } from './ca2021Table';

describe('classifyParagraphs', () => {
  const paragraphs = [
    { chapter: 'Democratische rechtsorde', section: 'Relatie burger-overheid', text: 'We vergroten de toegang tot het recht voor burgers door griffie- rechten te verlagen. Structureel trekken we €3 miljard uit.' },
    { chapter: 'Bijlage: financiën', text: 'Totaal 6.541 17.273 26.259 29.532', table: true },
  ];

  it('repairs, splits and classifies every paragraph in order, keeping the paragraph with its units', () => {
    const { units } = classifyParagraphs(paragraphs, rules);
    expect(units.map((u) => [u.unit.text, u.classification.kind])).toEqual([
      ['We vergroten de toegang tot het recht voor burgers door griffie-rechten te verlagen. Structureel trekken we €3 miljard uit.', 'commitment'],
      ['Totaal 6.541 17.273 26.259 29.532', 'context'],
    ]);
    expect(units[0]!.paragraph).toBe(paragraphs[0]);
    expect(units[0]!.classification).toMatchObject({ firmness: 'besluit', tags: ['rechtsstaat'], ministry: ['BZK', 'JenV'], amount: '€3 miljard' });
  });

  it('reports a missing full stop of the rules that no paragraph used', () => {
    const { problems } = classifyParagraphs(paragraphs, rules, 'rules.yaml');
    expect(problems.map((p) => p.code)).toEqual(['rules-stale-stop', 'rules-stale-stop']);
    expect(problems[0]!.message.nl).toMatch(/^missingStops "rol van de Kamer versterken Wij willen constructief" komt niet voor/);
  });
});
