/*
 * `al-toegezegd` looks in a request for words that add to a promise (src/core/citation/alreadyPromised.ts). Its pattern
 * puts the word boundaries once around all the groups of words; written with a pair around each group, as before, it
 * must find the same words at the same places: checked on random texts of the groups' own words, their beginnings,
 * numbers, months, letters that decide a boundary (accented, capital, astral) and marks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADDING_WORDS, addingWordsPattern } from '../../../src/core/citation/alreadyPromised';

const perGroup = (groups: readonly string[]) => `${groups.map((g) => `(?<![\\p{L}\\p{N}])(?:${g})(?![\\p{L}\\p{N}])`).join('|')}|€`;
const found = (pattern: string, text: string) => [...text.matchAll(new RegExp(pattern, 'giu'))].map((m) => `${m.index}:${m[0]}`);

const WORDS = ['voor', 'vóór', 'uiterlijk', 'per', 'sinds', 'na', 'in', 'binnen', 'twee', 'dagen', 'weken', 'jaar', 'zo', 'snel', 'mogelijk', 'op', 'korte', 'termijn', 'de', 'het', 'eind', 'medio', 'begin', 'zomer', 'zomerreces', 'datum', 'eerder', 'versnellen', 'informeren', 'brief', 'laten', 'weten', 'aan', 'te', 'geven', 'monitoren', 'evalueren', 'kaart', 'onderzoek', 'plan', 'van', 'aanpak', 'middelen', 'begroting', 'miljoen', 'niet', 'geen', 'af', 'zien', 'terug', 'draaien', 'terugdraaien', 'stoppen', 'uit', 'stellen', 'ook', 'bij', 'extra', 'meer', 'verder', 'dan', 'breiden', 'uitbreiden', 'naast', 'ten', 'minste', 'wettelijk', 'wet', 'verankeren', 'wetsvoorstel', 'alsnog', '2026', '12', 'maart', 'Niet', 'EXTRA', 'ſtop'];
const GLUE = [' ', ' ', '  ', '\n', '-', 'é', 'Ë', 'x', '7', '𝐀', '€', ',', '.', '’', '\u0301'];
const text = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 3, arbitrary: fc.constantFrom(...GLUE) }), { maxLength: 30 }).map((ps) => ps.join(''));

describe('the words that add to a promise', () => {
  it('are found the same with the boundaries once around all the groups as with a pair around each', () => {
    for (const groups of [ADDING_WORDS.agreement, ADDING_WORDS.register]) {
      const once = addingWordsPattern(groups);
      const each = perGroup(groups);
      expect(found(once, 'verzoekt de regering vóór 1 juli 2027 extra middelen vrij te maken, niet later')).toEqual(found(each, 'verzoekt de regering vóór 1 juli 2027 extra middelen vrij te maken, niet later'));
      expect(found(once, 'de regering te verzoeken om dat in te voeren').length).toBe(0);
      fc.assert(
        fc.property(text, (t) => {
          expect(found(once, t)).toEqual(found(each, t));
        }),
        { numRuns: 3000, seed: 20261207 },
      );
    }
  });
});
