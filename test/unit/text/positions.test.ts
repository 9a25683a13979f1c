import { describe, expect, it } from 'vitest';
import { lineEndOf, lineStartOf } from '../../../src/core/text/positions';

describe('line starts and ends', () => {
  // Offsets 0..n of a text with every kind of line break: LF, CRLF and a lone CR.
  const text = 'een\ntwee\r\ndrie\rvier';
  it('finds the start of the line that holds an offset, after LF, CRLF or CR (between CR and LF: after the CR)', () => {
    expect([0, 2, 3, 4, 8, 9, 10, 13, 14, 15, 19].map((o) => lineStartOf(text, o))).toEqual([0, 0, 0, 4, 4, 9, 10, 10, 10, 15, 15]);
  });
  it('finds the end of the line that holds an offset, before its break', () => {
    expect([0, 3, 4, 8, 9, 10, 14, 15, 19].map((o) => lineEndOf(text, o))).toEqual([3, 3, 8, 8, 9, 14, 14, 19, 19]);
  });
  it('agrees with a search of the whole text on random texts', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const t = Array.from({ length: 40 }, () => 'ab\n\r '[next() % 5]).join('');
      for (let o = 0; o <= t.length; o++) {
        // (lastIndexOf with -1 searches at 0: offset 0 is its own line start, whatever the first character is.)
        expect(lineStartOf(t, o)).toBe(o === 0 ? 0 : Math.max(t.lastIndexOf('\n', o - 1), t.lastIndexOf('\r', o - 1)) + 1);
        const ends = [t.indexOf('\n', o), t.indexOf('\r', o)].filter((x) => x >= 0);
        expect(lineEndOf(t, o)).toBe(ends.length ? Math.min(...ends) : t.length);
      }
    }
  });
});
