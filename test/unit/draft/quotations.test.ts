import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, quotesOf } from '../../../src/core/draft/quotations';
import { agreement } from '../../../src/core/text/agreement';

describe('quotations', () => {
  it('pair double marks, and single marks only where they cannot be an apostrophe', () => {
    expect(findQuotes('de minister sprak van “regie” en van ‘grip’, niet van mkb’ers').map((q) => q.text)).toEqual(['regie', 'grip']);
  });

  it('never cross a blank line', () => {
    expect(findQuotes('«begin\n\nverder» en “hier”').map((q) => q.text)).toEqual(['hier']);
  });

  it('found paragraph by paragraph (reused after a keystroke elsewhere) are the quotations of the whole text', () => {
    const piece = fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '\n', '\n\n', '\n \t\n', '\r\n', ' ', 'regie', 'mkb', '(', '…');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(4), fc.array(piece, { maxLength: 3 }), (pieces, at, cut, typed) => {
        const text = pieces.join('');
        const first = quotesOf(text);
        expect(first.quotes).toEqual(findQuotes(text));
        // The next version: a few characters cut and typed somewhere; unchanged paragraphs lend their quotations.
        const i = at % (text.length + 1);
        const next = text.slice(0, i) + typed.join('') + text.slice(Math.min(text.length, i + cut));
        const prior = { agreement: agreement(text, next), delta: next.length - text.length, paragraphs: first.paragraphs };
        expect(quotesOf(next, prior).quotes).toEqual(findQuotes(next));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });
});
