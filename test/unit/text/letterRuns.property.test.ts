/*
 * src/core/text/letterRuns.ts finds runs of letters and digits by character code; `/[\p{L}\p{N}]+/gu` is the reference:
 * from every start in random texts of ASCII, accented, Greek and Cyrillic letters, digits of other scripts, astral
 * letters and digits, emoji, lone surrogates, combining marks, spaces and marks, both give the same runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterRunEnd, letterRunStart } from '../../../src/core/text/letterRuns';

const PATTERN = /[\p{L}\p{N}]+/gu;
const UNITS = ['a', 'Z', 'q', '7', ' ', '-', "'", '’', '.', 'é', 'Ë', 'ß', 'ĳ', 'İ', 'ǂ', 'α', 'Ж', '²', '½', '٣', '\u00ad', '\u0301', '\u00a0', '𝐀', '𝟙', '😀', '\ud800', '\udc00', '\ud835', '_'];

function byPattern(text: string, from: number): [number, number] | undefined {
  PATTERN.lastIndex = from;
  const m = PATTERN.exec(text);
  return m ? [m.index, m.index + m[0].length] : undefined;
}

function byCodes(text: string, from: number): [number, number] | undefined {
  const start = letterRunStart(text, from);
  return start < 0 ? undefined : [start, letterRunEnd(text, start)];
}

describe('runs of letters and digits by character code', () => {
  it('are the runs the pattern finds, from every start', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }), (units) => {
        const text = units.join('');
        for (let from = 0; from <= text.length; from++) expect(byCodes(text, from), `${JSON.stringify(text)} from ${from}`).toEqual(byPattern(text, from));
      }),
      { numRuns: 5000 },
    );
  });

  it('read a start between the halves of a surrogate pair from the pair’s first half, as V8 does', () => {
    expect(byCodes('a𝐀b', 2)).toEqual([1, 4]);
    expect(byCodes('a😀b', 2)).toEqual([3, 4]);
    expect(byPattern('a𝐀b', 2)).toEqual([1, 4]);
  });

  it('over every code unit of the Basic Multilingual Plane, alone', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = String.fromCharCode(c);
      expect(byCodes(text, 0)).toEqual(byPattern(text, 0));
    }
  });
});
