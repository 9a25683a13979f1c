import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, quotesOf } from '../../../src/core/draft/quotations';

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
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(quotesOf(text)).toEqual(findQuotes(text));
      }),
      { numRuns: 2000, seed: 20261204 },
    );
  });
});
