import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../src/core/text/spelling';
import { emptyWordList, WORD_MARKS, wordListOf } from '../../../src/core/text/words';

const { BEGINS, ENDS, ALONE } = WORD_MARKS;
const words = wordListOf(
  new Map([
    ['spreekt', ALONE],
    ['steekt', ALONE],
    ['geïnformeerd', ALONE],
    ['isolatie', ALONE | BEGINS],
    ['programma', ALONE | ENDS],
    ['vrachtwagen', ALONE],
    ['heffing', ALONE],
    ['revolver', ALONE],
    ['kunnen', ALONE],
    ['auto', ALONE],
    ["auto's", ALONE],
  ]),
);

describe('the speller', () => {
  const speller = createSpeller(words);

  it('accepts listed words and compounds the list allows', () => {
    expect(speller.check('spreekt')).toBeUndefined();
    expect(speller.check('isolatieprogramma')).toBeUndefined();
  });

  it('accepts compounds of listed words, derivations and particle verbs leniently', () => {
    expect(speller.known('vrachtwagenheffing')).toBe(true);
    expect(speller.known('revolverend')).toBe(true);
    expect(speller.known('uitkunnen')).toBe(true);
    expect(speller.check('vrachtwagenheffing')).toBeUndefined();
  });

  it('names a word one edit from listed words, a left-out letter first', () => {
    expect(speller.check('speekt')).toEqual({ candidates: ['spreekt', 'steekt'], diacritics: false });
    expect(speller.check('lsolatieprogramma')).toEqual({ candidates: ['isolatieprogramma'], diacritics: false });
  });

  it('names a missing diaeresis or plural apostrophe from four letters on, other slips from six', () => {
    expect(speller.check('geinformeerd')).toEqual({ candidates: ['geïnformeerd'], diacritics: true });
    expect(speller.check('autos')).toEqual({ candidates: ["auto's"], diacritics: false });
    expect(speller.check('sprkt')).toBeUndefined();
    expect(speller.check('sprekt')).toEqual({ candidates: ['spreekt'], diacritics: false });
  });

  it('says nothing of a word with no listed neighbour, or without a list', () => {
    expect(speller.check('blockchainwet')).toBeUndefined();
    expect(createSpeller(emptyWordList).check('speekt')).toBeUndefined();
  });
});
