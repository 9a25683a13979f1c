/*
 * Where two versions of a text agree (`src/core/text/agreement.ts`): compared in chunks, the same as one character at a
 * time; the limits the change between two versions asks for (`changeBetween`) hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreement, commonPrefix, commonSuffix } from '../../../src/core/text/agreement';

/** The agreement the slow way: one character at a time. */
function naive(a: string, b: string): { prefix: number; suffix: number } {
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < n && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('agreement of two versions', () => {
  it('finds the characters equal from the start and from the end, never overlapping, in chunks as one at a time', () => {
    const base = fc.string({ unit: fc.constantFrom('a', 'b', '\n', 'é', '«'), maxLength: 3000 });
    fc.assert(
      fc.property(base, fc.nat(), fc.nat(40), fc.string({ maxLength: 5 }), (text, at, cut, typed) => {
        const i = at % (text.length + 1);
        const next = text.slice(0, i) + typed + text.slice(Math.min(text.length, i + cut));
        expect(agreement(text, next)).toEqual(naive(text, next));
        expect(agreement(next, text)).toEqual(naive(next, text));
      }),
      { numRuns: 2000, seed: 20261204 },
    );
  });

  it('handles equal, empty and wholly different texts', () => {
    const long = 'x'.repeat(70_000);
    expect(agreement(long, long)).toEqual({ prefix: 70_000, suffix: 0 });
    expect(agreement('', 'abc')).toEqual({ prefix: 0, suffix: 0 });
    expect(agreement(`${long}a`, `${long}b`)).toEqual({ prefix: 70_000, suffix: 0 });
    expect(agreement(`a${long}`, `b${long}`)).toEqual({ prefix: 0, suffix: 70_000 });
  });
});

describe('common prefix and suffix within a limit', () => {
  it('never count past the limit, and count as one character at a time below it', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', '«'), maxLength: 2000 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(30), fc.string({ maxLength: 4 }), fc.nat(2100), (a, at, cut, typed, limitSeed) => {
        const i = at % (a.length + 1);
        const b = a.slice(0, i) + typed + a.slice(Math.min(a.length, i + cut));
        const limit = limitSeed % (Math.min(a.length, b.length) + 1);
        let prefix = 0;
        while (prefix < limit && a[prefix] === b[prefix]) prefix++;
        let suffix = 0;
        while (suffix < limit && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
        expect(commonPrefix(a, b, limit)).toBe(prefix);
        expect(commonSuffix(a, b, limit)).toBe(suffix);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });
});
