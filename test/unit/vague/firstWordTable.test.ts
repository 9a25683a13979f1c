import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWordTable } from '../../../src/core/vague/terms';
import { LEXICON } from '../rules/helpers';

/** Fixed, so a run is repeatable; AKKOORDWIJZER_PROPERTY_SEED=n tries another. */
const SEED = Number(process.env.AKKOORDWIJZER_PROPERTY_SEED ?? 20261208);

/*
 * The vague-term matcher finds the forms that start with a word of the text by a table of its own (buckets by the
 * word's first two code units) instead of a `Map` lookup of the copied word: it must answer exactly as the lookup does
 * (a reviewer: there was no test beside the old lookup).
 */
describe('the first-word table of the vague-term matcher', () => {
  const words = [...new Set(LEXICON.flatMap((t) => t.forms.map((f) => /^[\p{L}\p{N}]+/u.exec(f.toLowerCase())?.[0] ?? '')).filter((w) => w !== ''))];
  // Words whose first two code units fall in one bucket, an astral letter, a one-letter word, a word of digits.
  const extra = ['ab', 'a\u{1d400}', '𝐀b', 'x', '40', 'regie', 'regiem', 'régie', 'ĳs'];
  const map = new Map([...words, ...extra].map((w, i) => [w, i] as const));
  const table = firstWordTable(map);

  it('holds the lexicon\'s first words', () => {
    expect(words.length).toBeGreaterThan(50);
    for (const w of words) expect(table(` ${w} `, 1, 1 + w.length)).toBe(map.get(w));
  });

  it(`answers as a Map lookup of the copied word, for any stretch of any text (property, seed ${SEED})`, () => {
    const piece = fc.oneof(fc.constantFrom(...words, ...extra, ' ', '-', 'é', '\u{1d400}', 'İ'), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(table(text, start, end)).toBe(map.get(text.slice(start, end)));
      }),
      { numRuns: 20000, seed: SEED },
    );
  });
});
