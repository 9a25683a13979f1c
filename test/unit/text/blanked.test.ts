/*
 * A text with stretches blanked, read by ranges (`src/core/text/blanked.ts`): every read is the read of the blanked
 * whole, made the slow way (`maskRanges`, as the masked text and the member's own words were made before); where two versions agree is never
 * said to reach further than where their blanked wholes agree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlankedText, blankedAgreement } from '../../../src/core/text/blanked';
import { agreement } from '../../../src/core/text/agreement';

const text = fc.string({ unit: fc.constantFrom('a', 'b', '?', ' ', '\n', '\r', 'é', '«'), maxLength: 400 });
const spans = fc.array(fc.tuple(fc.nat(420), fc.nat(60)), { maxLength: 8 });

/**
 * The text with the given (sorted, possibly overlapping) ranges blanked, as the draft model made its masked text and
 * own words before `BlankedText` (moved here from src/core/markdown/lines.ts as the reference).
 */
function maskRanges(text: string, ranges: { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    if (r.end <= start) continue;
    const blanked = text.slice(start, r.end);
    parts.push(text.slice(at, start), /[\r\n]/.test(blanked) ? blanked.replace(/[^\r\n]/g, ' ') : ' '.repeat(blanked.length));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The blanked whole the slow way: the stretches sorted, as the draft model gave them to `maskRanges`. */
function slow(base: string, list: { start: number; end: number }[]): string {
  return maskRanges(base, [...list].sort((a, b) => a.start - b.start));
}

/** An index as a caller may give one: whole, negative, past either end, a fraction, not a number, infinite. */
const index = fc.oneof(fc.integer({ min: -450, max: 450 }), fc.double({ min: -450, max: 450 }), fc.constantFrom(Number.NaN, Infinity, -Infinity));

const toSpans = (base: string, raw: [number, number][]) =>
  raw.map(([at, n]) => ({ start: Math.min(at, base.length), end: Math.min(at + n, base.length) }));

describe('a blanked text read by ranges', () => {
  it('reads as its blanked whole: slice, charCodeAt, charAt, indexOf, length', () => {
    fc.assert(
      fc.property(text, spans, index, index, fc.constantFrom('?', 'a', 'ab', ' ', '\n', 'é'), (base, raw, x, y, search) => {
        const list = toSpans(base, raw);
        const whole = slow(base, list);
        const own = new BlankedText(base, list);
        expect(own.length).toBe(whole.length);
        expect(own.slice(x, y)).toBe(whole.slice(x, y));
        expect(own.slice(x)).toBe(whole.slice(x));
        expect(own.slice()).toBe(whole);
        expect(own.charCodeAt(x)).toEqual(whole.charCodeAt(x));
        expect(own.charAt(x)).toBe(whole.charAt(x));
        expect(own.indexOf(search, x)).toBe(whole.indexOf(search, x));
        expect(String(own)).toBe(whole);
        // Once its whole is made (by a reader that needed all of it), every read still blanks (a reviewer found it did not).
        const made = new BlankedText(base, list);
        made.toString();
        expect(made.charCodeAt(x)).toEqual(whole.charCodeAt(x));
        expect(made.charAt(x)).toBe(whole.charAt(x));
        expect(made.slice(x, y)).toBe(whole.slice(x, y));
        for (let i = 0; i < base.length; i++) {
          expect(own.blanks(i)).toBe(list.some((s) => s.start <= i && i < s.end));
          // An empty range holds no character.
          expect(own.blanks(i, i)).toBe(false);
        }
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('says two versions agree only where their blanked wholes do, and as far as their texts when nothing is blanked', () => {
    fc.assert(
      fc.property(text, spans, spans, fc.nat(), fc.nat(30), fc.string({ maxLength: 5 }), (before, rawBefore, rawAfter, at, cut, typed) => {
        const i = at % (before.length + 1);
        const after = before.slice(0, i) + typed + before.slice(Math.min(before.length, i + cut));
        // The later version blanks the same stretches, moved past the edit, or others.
        const moved = toSpans(before, rawBefore).map((s) => ({ start: s.start >= i ? s.start + after.length - before.length : s.start, end: s.end >= i ? s.end + after.length - before.length : s.end }));
        const listBefore = toSpans(before, rawBefore);
        for (const listAfter of [moved.filter((s) => s.start >= 0 && s.end <= after.length && s.start <= s.end), toSpans(after, rawAfter)]) {
          const a = new BlankedText(before, listBefore);
          const b = new BlankedText(after, listAfter);
          const bound = blankedAgreement(a, b, agreement(before, after));
          // The blanked wholes do agree that far (where the texts agree that far, the bound holds them to).
          const x = slow(before, listBefore);
          const y = slow(after, listAfter);
          expect(x.slice(0, bound.prefix)).toBe(y.slice(0, bound.prefix));
          expect(x.slice(x.length - bound.suffix)).toBe(y.slice(y.length - bound.suffix));
          expect(bound.prefix + bound.suffix).toBeLessThanOrEqual(Math.min(x.length, y.length));
        }
        expect(blankedAgreement(new BlankedText(before, []), new BlankedText(after, []), agreement(before, after))).toEqual(agreement(before, after));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it('keeps the agreement of the text around an edit between two quotations, and stops it where a quotation changes', () => {
    const before = 'Zij zei «eerste» en toen «tweede» ook.';
    const after = 'Zij zei «eerste» en daarna «tweede» ook.';
    const quotes = (t: string) => [...t.matchAll(/«([^»]*)»/g)].map((m) => ({ start: m.index + 1, end: m.index + 1 + m[1]!.length }));
    const base = agreement(before, after);
    expect(blankedAgreement(new BlankedText(before, quotes(before)), new BlankedText(after, quotes(after)), base)).toEqual(base);
    // The first quotation closes one word later in the new version: the own words differ from its old end on.
    const later = 'Zij zei «eerste en» toen «tweede» ook.';
    const bound = blankedAgreement(new BlankedText(before, quotes(before)), new BlankedText(later, quotes(later)), agreement(before, later));
    expect(bound.prefix).toBe(before.indexOf('»'));
  });
});
