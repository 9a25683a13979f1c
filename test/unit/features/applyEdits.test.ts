import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/features/codeActions';

/** `applyEdits` (the CLI's `--fix`, fix-all): LSP's rules for a text edit array, and never a corrupted text. */
describe('applying the edits of a fix', () => {
  it('puts inserts at one position in the order of the array, as LSP defines it', () => {
    expect(applyEdits('xy', [
      { start: 1, end: 1, newText: 'A' },
      { start: 1, end: 1, newText: 'B' },
      { start: 1, end: 1, newText: 'C' },
    ])).toEqual({ text: 'xABCy', skipped: 0 });
    expect(applyEdits('xy', [
      { start: 1, end: 1, newText: 'C' },
      { start: 1, end: 1, newText: 'B' },
    ])).toEqual({ text: 'xCBy', skipped: 0 });
  });

  it('applies edits given in any order at their places, an insert before a replacement that starts where it is', () => {
    expect(applyEdits('een twee drie', [
      { start: 9, end: 13, newText: '3' },
      { start: 0, end: 3, newText: '1' },
      { start: 4, end: 4, newText: '(' },
      { start: 4, end: 8, newText: '2' },
    ])).toEqual({ text: '1 (2 3', skipped: 0 });
  });

  it('skips an edit that overlaps one already applied, or reaches past the text, and keeps the rest', () => {
    expect(applyEdits('abcdef', [
      { start: 1, end: 4, newText: 'X' },
      { start: 3, end: 5, newText: 'Y' },
      { start: 5, end: 9, newText: 'Z' },
    ])).toEqual({ text: 'abcYf', skipped: 2 });
  });
});
