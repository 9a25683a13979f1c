import { describe, expect, it } from 'vitest';
import { findRepeats, repeatPairs, seeAlsoGroups } from '../../../../src/core/corpus/build';
import { rules } from './ca2021Table';

describe('repeated promises', () => {
  it('groups repeats of repeats and lists the others in text order', () => {
    const items = [
      { id: 'a', text: 'We verhogen de vergoeding van de kinderopvang tot 95% voor werkende ouders.', section: 'x' },
      { id: 'b', text: 'Iets anders over de zee en de dijken.', section: 'x' },
      { id: 'c', text: 'In stappen verhogen we de vergoeding van de kinderopvang tot 95% voor alle werkende ouders.', section: 'y' },
      { id: 'd', text: 'Ouders om werk en zorg te combineren: we verhogen de vergoeding van de kinderopvang tot 95%.', section: 'z' },
    ];
    const pairs = repeatPairs(items, rules.duplicates);
    // c and d are each a repeat of a (not similar enough to each other): one group all the same.
    expect(pairs.map((p) => `${p.a}-${p.b}`).sort()).toEqual(['a-c', 'a-d']);
    const groups = seeAlsoGroups(items, pairs);
    expect(groups.get('c')).toEqual(['a', 'd']);
    expect(groups.has('b')).toBe(false);
  });

  it('link weakly similar sentences only across sections', () => {
    const others = ['We bouwen nieuwe dijken langs de kust.', 'De politie krijgt meer agenten in de wijk.', 'We verlagen de belasting op arbeid.', 'Het onderwijs krijgt meer leraren.', 'We investeren in de zorg voor ouderen.', 'De luchtvaart gaat betalen voor uitstoot.'];
    const items = (sectionOfB: string) => [
      { id: 'a', text: 'We geven mantelzorgers respijtzorg en een landelijk steunpunt voor vragen.', section: 'x' },
      { id: 'b', text: 'Mantelzorgers krijgen respijtzorg en een landelijk steunpunt.', section: sectionOfB },
      ...others.map((text, i) => ({ id: `o${i}`, text, section: 'z' })),
    ];
    const across = findRepeats(items('y'), rules.duplicates);
    expect(across.pairs.map((p) => [p.a, p.b, p.rule])).toEqual([['a', 'b', 'weak']]);
    expect(across.pairs[0]!.similarity).toBeLessThan(rules.duplicates.strong.similarity);
    expect(across.seeAlso.get('b')).toEqual(['a']);
    expect(findRepeats(items('x'), rules.duplicates).pairs).toEqual([]);
  });
});
