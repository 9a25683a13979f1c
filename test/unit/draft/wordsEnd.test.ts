import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsEnd } from '../../../src/core/draft/segment';

/*
 * `wordsEnd` reads trailing references from the end of a span, one at a time, and tries its patterns only on a span
 * that ends in a mark or a digit. It must give what the function gave with one pattern for the whole run of references:
 * the reference below is that function (every pattern over every span), with that pattern as it was (`OLD_REFS`, which
 * takes exponential time on a run of superscripts, so it is given short spans only) and with a label and a citation
 * group that hold no '[' (`REFS`, quadratic in the number of references, so spans of a few dozen). The short spans have
 * no lone '[': a label with one is no longer read (an escaped '\[' in a label, which GFM reads, neither).
 */
const OLD_REFS = /(?:\s*(?:\[\^[^\]\s]+\]|\[@[^\]]*\]|<sup>\s*\d+\s*<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+))+\s*$/;
const REFS = /(?:(?<!\s)\s*(?:\[\^[^\]\s[]+\]|\[@[^\][]*\]|<sup>\s*\d+\s*<\/sup>|(?<![¹²³⁴⁵⁶⁷⁸⁹⁰])[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?![¹²³⁴⁵⁶⁷⁸⁹⁰])))+\s*$/;
const TRAILING_MARK = /[\]>¹²³⁴⁵⁶⁷⁸⁹⁰*_]$/;
const TRAILING_EMPHASIS = /(?<=\S)(?:\*{1,3}|_{1,3})$/;
const GLUED_NOTE = /(?:[?;!:»”"’)]|(?<!\d)[.,])\d{1,2}$/;

function wholeSpan(masked: string, start: number, end: number, refs = REFS): number {
  let s = masked.slice(start, end).trimEnd();
  for (let guard = 0; guard < 8; guard++) {
    if (!TRAILING_MARK.test(s)) break;
    const next = s.replace(refs, '').replace(TRAILING_EMPHASIS, '').trimEnd();
    if (next === s) break;
    s = next;
  }
  const g = GLUED_NOTE.exec(s);
  if (g) s = s.slice(0, s.length - g[0].length + 1);
  return start + s.trimEnd().length;
}

/** Pieces that end spans in published documents, and the words between them (long ones, to cross the window). */
const PIECES = [
  'woord', ' ', '  ', '\n', 'de regering', '?', '.', ',', ';', '»', '”', ')', '1', '12', '3', '2,5', '€ 2',
  '[^1]', '[^noot-2]', ' [^3]', '[@ca2026:digitale-autonomie]', '[@ca2021:a; @ca2021:b]', '<sup>1</sup>', '<sup> 12 </sup>',
  '¹', '²³', '*', '**', '***', '_', '__', '[', ']', '>', '[@', 'verzoekt de regering om vóór de zomer een brief te sturen',
  `[@${'x'.repeat(300)}]`, `[^${'n'.repeat(280)}]`, '¹'.repeat(270), ' '.repeat(300), '*'.repeat(260), 'a'.repeat(250),
];

describe('wordsEnd', () => {
  it('gives what reading the whole span gives, for spans of every length and ending', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(20), fc.nat(20), (pieces, lead, trail) => {
        const text = `${'x'.repeat(lead)}${pieces.join('')}${'y'.repeat(trail)}`;
        const start = Math.min(lead, text.length);
        const end = text.length - Math.min(trail, text.length - start);
        expect(wordsEnd(text, start, end)).toBe(wholeSpan(text, start, end));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives what the pattern as it was gave, on short spans', () => {
    const SHORT = ['w', ' ', '\t', '\n', '\r\n', '?', '.', ',', '1', '12', '[^1]', '[@a]', '<sup>2</sup>', '¹', '²³', '*', '_', ']', '>', '»'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SHORT), { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(wordsEnd(text, 0, text.length)).toBe(wholeSpan(text, 0, text.length, OLD_REFS));
      }),
      { numRuns: 5000 },
    );
  });

  it('does not hang on a long run of superscripts, spaces or references, before a stray bracket or at the end', () => {
    // Large enough that a pattern for the whole run, quadratic in its items, takes minutes (8,000 '[^1]': 0.45 s).
    for (const run of ['¹'.repeat(200_000), ' '.repeat(200_000), '[^1]'.repeat(200_000), ' ¹'.repeat(200_000), '<sup>1</sup>'.repeat(100_000), '[@a] '.repeat(200_000)]) {
      const text = `constaterende dat het zo is${run}x]`;
      expect(wordsEnd(text, 0, text.length)).toBe(text.length);
      const ending = `constaterende dat het zo is${run}`;
      expect(wordsEnd(ending, 0, ending.length)).toBe('constaterende dat het zo is'.length);
    }
  });

  it('leaves out a long citation group', () => {
    const text = `verzoekt de regering te handelen [@${'a'.repeat(400)}]`;
    expect(wordsEnd(text, 0, text.length)).toBe('verzoekt de regering te handelen'.length);
  });

  it('keeps words that end a long span, and a note number glued to the mark', () => {
    const long = `${'woorden '.repeat(60)}bericht?1`;
    expect(wordsEnd(long, 0, long.length)).toBe(long.length - 1);
    const plain = `${'woorden '.repeat(60)}einde.`;
    expect(wordsEnd(plain, 0, plain.length)).toBe(plain.length);
  });
});
