import { describe, expect, it } from 'vitest';
import { encodeWordList, parseWordList, WORD_MARKS } from '../../src/core/text/words';
import { dutchWords } from '../../tools/nl-words';

// A few lines in the shape of OpenTaal's files: long flags, suffix rules with conditions and compound flags.
const AFF = ['FLAG long', 'SFX Zb Y 2', 'SFX Zb 0 en/CaCbCp [^eo]\t\tts:NN2', 'SFX Zb 0 ën/CaCbCp [eo]', 'SFX Cd Y 1', 'SFX Cd 0 s/CaCbCcCp .', 'SFX Zf Y 1', 'SFX Zf id den/CaCbCp heid'].join('\n');
const DIC = ['6', 'woning/CcCaZb', 'kabinet/CcCd', 'periode/CcZb', 'mogelĳkheid/CcZf', 'vaak', 'fout/Fw', 'm³'].join('\n');

describe('the Dutch word list from the Hunspell dictionary', () => {
  const words = dutchWords(DIC, AFF);
  const { BEGINS, ENDS, ALONE } = WORD_MARKS;

  it('lists stems and the forms their suffix rules make, with the ij spelt out and the conditions kept', () => {
    expect(words.get('woning')).toBe(ALONE | BEGINS | ENDS);
    expect(words.get('woningen')).toBe(ALONE | BEGINS | ENDS);
    expect(words.get('mogelijkheid')).toBe(ALONE | ENDS);
    expect(words.get('mogelijkheden')).toBe(ALONE | BEGINS | ENDS);
    expect(words.has('periodeen')).toBe(false);
    expect(words.get('perioden')).toBeUndefined();
    expect(words.get('periodeën')).toBe(ALONE | BEGINS | ENDS);
    expect(words.get('vaak')).toBe(ALONE);
  });

  it('leaves out forbidden words and entries with symbols', () => {
    expect(words.has('fout')).toBe(false);
    expect(words.has('m³')).toBe(false);
  });

  it('makes a list that accepts a compound of its parts, the linking s included', () => {
    const list = parseWordList(encodeWordList(words));
    expect(list.accepts('kabinetsperiode')).toBe(true);
    expect(list.accepts('woningperiode')).toBe(true);
    expect(list.listed('kabinetsperiode')).toBe(false);
    expect(list.accepts('vaakperiode')).toBe(false);
  });
});
