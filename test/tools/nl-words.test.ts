import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { encodeWordList, parseWordList, WORD_MARKS, wordListOf } from '../../src/core/text/words';
import { compactDutchWords, dutchWords } from '../../tools/nl-words';
import { withoutTrema } from '../../src/core/text/trema';
import { TREMA_FILE, tremaModule, tremaWords } from '../../tools/trema-words';

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

describe('the list the build ships (dist/nl-words.txt)', () => {
  const file = path.resolve(__dirname, '../../dist/nl-words.txt');
  const it_ = existsSync(file) ? it : it.skip;

  it_('is sorted, restarts every 32 entries, and reads back the same with the block reader', () => {
    const text = readFileSync(file, 'utf8');
    const entries = new Map<string, number>();
    let previous = '';
    let i = 0;
    for (const line of text.split('\n')) {
      if (line.length < 2 || line.startsWith('#')) continue;
      const shared = line.charCodeAt(0) - 48;
      if (i % 32 === 0) expect(shared).toBe(0);
      const word = previous.slice(0, shared) + line.slice(2);
      if (i > 0) expect(word > previous, `${previous} < ${word}`).toBe(true);
      entries.set(word, line.charCodeAt(1) - 48);
      previous = word;
      i++;
    }
    const list = parseWordList(text);
    const reference = wordListOf(entries);
    expect(list.size).toBe(entries.size);
    const sample = [...entries.keys()].filter((_, k) => k % 97 === 0);
    for (const w of sample) {
      expect(list.listed(w), w).toBe(reference.listed(w));
      expect(list.foreign(w), w).toBe(reference.foreign(w));
      expect(list.listed(`${w}q`)).toBe(reference.listed(`${w}q`));
    }
  });

  it_('reads the same with Windows line ends', () => {
    const crlf = parseWordList(readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    expect(crlf.listed('kabinet')).toBe(true);
    expect(crlf.accepts('stikstofcrisis')).toBe(true);
  });
});

describe('the words of the rule trema (src/core/text/tremaWords.ts)', () => {
  // Derived once for both tests: expanding the dictionary takes seconds.
  let derived: ReturnType<typeof tremaWords> | undefined;
  const found = () => (derived ??= tremaWords());

  it('is what tools/trema-words.ts derives from the dictionary now (run it after a dictionary update)', () => {
    expect(readFileSync(path.resolve(__dirname, '../..', TREMA_FILE), 'utf8')).toBe(tremaModule(found()));
  }, 60_000);

  it('holds only words whose plain letters are no Dutch or English word, each with a trema after a vowel', () => {
    const list = parseWordList(compactDutchWords());
    const words = found().words;
    expect(words.length).toBeGreaterThan(2500);
    for (const w of words.filter((_, k) => k % 7 === 0)) {
      expect(list.listed(withoutTrema(w)) || list.foreign(withoutTrema(w)), w).toBe(false);
      expect(/[aeiouy][ëïöü]/.test(w), w).toBe(true);
    }
    expect(words).toContain('geïnformeerd');
    expect(words).not.toContain('daniël');
  }, 60_000);
});
