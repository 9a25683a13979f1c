/*
 * A scan again around an edit (`rescan`) must find what a scan of the whole new text finds: random edits of texts full
 * of references (and of runs of spaces, digits and commas that make the patterns try and fail), each checked against
 * `scanAll`, through a chain of versions as a keystroke sequence makes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseReferences, REFERENCE_REACH, scanReferences, type ReferenceScan } from '../../../src/core/references/recognise';
import { rescan, scanAll, type Scanned, type VersionAgreement } from '../../../src/core/text/rescan';

/** Where two texts agree, as the draft model's prior version says it (the common prefix and suffix, never overlapping). */
function agreementOf(a: string, b: string): VersionAgreement {
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < n && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix, delta: b.length - a.length };
}

const PIECES = [
  'Kamerstuk 26 643, nr. 1465',
  'Kamerstukken II 2025/26, 26643, nr. 88',
  'kamerstuk 36 600 VII, nr 12',
  'Handelingen II 2025/26, nr. 45, item 12',
  'Aanhangsel Handelingen 2023-2024, nr. 1955',
  'kst-26643-1465',
  'h-tk-20252026-45-12',
  '2026D06788',
  '2026Z03112',
  ' ',
  '   ',
  ', ',
  '\n',
  '\n\n',
  'nr.',
  '2025/26',
  '26 643',
  'de motie',
  'Kamerstuk',
  '-',
  'II',
  '12345678',
  'x',
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 60 }).map((p) => p.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom('', ...PIECES) });

function applied(t: string, e: { at: number; remove: number; insert: string }): string {
  const at = t.length === 0 ? 0 : e.at % (t.length + 1);
  return t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.remove));
}

describe('rescan: a scan again around an edit finds what a whole scan finds', () => {
  it('the reference patterns, through chains of random edits', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        let before = start;
        let scan: ReferenceScan = scanReferences(before).scan;
        for (const e of edits) {
          const after = applied(before, e);
          const incremental = scanReferences(after, { scan, agree: agreementOf(before, after) });
          expect(incremental.references).toEqual(recogniseReferences(after));
          before = after;
          scan = incremental.scan;
        }
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('a pattern with lookarounds on both sides, with a small reach, near the text’s ends and far from them', () => {
    // Words of two to five letters that stand alone: every edit of a letter or a space changes the matches around it.
    const pattern = /(?<![a-z])[a-z]{2,5}(?![a-z])/g;
    const make = (m: RegExpExecArray) => m[0];
    const letters = fc.array(fc.constantFrom('a', 'b', ' ', 'cc', '      '), { maxLength: 200 }).map((p) => p.join(''));
    const small = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.constantFrom('', 'a', ' ', 'abcdef', '  a') });
    fc.assert(
      fc.property(letters, fc.array(small, { minLength: 1, maxLength: 30 }), (start, edits) => {
        let before = start;
        let found: Scanned<string>[] = scanAll(before, pattern, make);
        for (const e of edits) {
          const after = applied(before, e);
          found = rescan(after, pattern, make, 8, { found, agree: agreementOf(before, after) });
          expect(found).toEqual(scanAll(after, pattern, make));
          before = after;
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('a pattern whose matches depend on where the scan stands (an edit shifts the phase of what follows)', () => {
    // In "abababab" a scan from the first letter and one from the second find other matches: after an edit the two
    // scans may run out of step for a while, and must be back in step where the previous matches are taken over.
    const pattern = /[ab]{2,3}/g;
    const make = (m: RegExpExecArray) => m[0];
    const runs = fc.array(fc.constantFrom('a', 'b', 'ab', 'ba', 'abab', ' '), { maxLength: 120 }).map((p) => p.join(''));
    const small = fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.constantFrom('', 'a', 'b', ' ', 'ab') });
    fc.assert(
      fc.property(runs, fc.array(small, { minLength: 1, maxLength: 30 }), (start, edits) => {
        let before = start;
        let found: Scanned<string>[] = scanAll(before, pattern, make);
        for (const e of edits) {
          const after = applied(before, e);
          // No match, nor attempt, reads more than three letters: a reach of 3.
          found = rescan(after, pattern, make, 3, { found, agree: agreementOf(before, after) });
          expect(found).toEqual(scanAll(after, pattern, make));
          before = after;
        }
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('patterns that read to the end of a line (and one line more): citation groups, blank lines', () => {
    const marks = fc.array(fc.constantFrom('[', ']', '@', 'a', '\n', ' ', '(', '\r', '\t', '[@a]', '\n\n'), { maxLength: 150 }).map((p) => p.join(''));
    const small = fc.record({ at: fc.nat(), remove: fc.nat({ max: 5 }), insert: fc.constantFrom('', '[', ']', '@', 'a', '\n', ' ', '(', '\n \n') });
    const cases = [
      { pattern: /\[([^\[\]\n@]*@[^\[\]\n]*)\](?!\()/g, reach: { lines: 0 } },
      { pattern: /\n[ \t\r]*\n/g, reach: { lines: 1 } },
    ];
    for (const { pattern, reach } of cases) {
      const make = (m: RegExpExecArray) => m[0];
      fc.assert(
        fc.property(marks, fc.array(small, { minLength: 1, maxLength: 30 }), (start, edits) => {
          let before = start;
          let found: Scanned<string>[] = scanAll(before, pattern, make);
          for (const e of edits) {
            const after = applied(before, e);
            found = rescan(after, pattern, make, reach, { found, agree: agreementOf(before, after) });
            expect(found).toEqual(scanAll(after, pattern, make));
            before = after;
          }
        }),
        { numRuns: 400, seed: 13 },
      );
    }
  });

  it('reuses what lies away from the edit, and scans only around it', () => {
    const page = 'Zie Kamerstuk 26 643, nr. 1465 en Handelingen II 2025/26, nr. 45.\n\n';
    const before = page.repeat(400);
    const at = before.length / 2;
    const after = `${before.slice(0, at)}x${before.slice(at)}`;
    const scan = scanReferences(before).scan;
    const attempts: number[] = [];
    const pattern = /(?<![\w/-])([Kk]amerstuk)/g;
    const exec = pattern.exec.bind(pattern);
    pattern.exec = (s: string) => (attempts.push(s.length), exec(s));
    const found = scanAll(before, pattern, (m) => m[1]!);
    attempts.length = 0;
    const again = rescan(after, pattern, (m) => m[1]!, REFERENCE_REACH, { found, agree: agreementOf(before, after) });
    // The scan again read a window around the edit, not the whole text.
    expect(attempts.length).toBeGreaterThan(0);
    expect(Math.max(...attempts)).toBeLessThan(4 * REFERENCE_REACH);
    expect(again).toEqual(scanAll(after, pattern, (m) => m[1]!));
    // The references after the edit are the previous ones moved by one, the same values.
    const incremental = scanReferences(after, { scan, agree: agreementOf(before, after) });
    const last = incremental.scan.byPattern[0]!.at(-1)!;
    expect(last.start).toBe(scan.byPattern[0]!.at(-1)!.start + 1);
    expect(last.value).toBe(scan.byPattern[0]!.at(-1)!.value);
  });
});
