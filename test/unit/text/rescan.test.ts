/*
 * A scan again around an edit (`rescan`) must find what a scan of the whole new text finds: random edits of texts full
 * of references (and of runs of spaces, digits and commas that make the patterns try and fail), each checked against
 * `scanAll`, through a chain of versions as a keystroke sequence makes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITATION_GROUP_PATTERN } from '../../../src/core/corpus/citationKey';
import { BLANK_LINE } from '../../../src/core/draft/quotations';
import { FOOTNOTE_REFERENCE } from '../../../src/core/markdown/lines';
import { recogniseReferences, REFERENCE_REACH, scanReferences, withoutOverlaps, type ReferenceScan } from '../../../src/core/references/recognise';
import type { VersionAgreement } from '../../../src/core/text/agreement';
import { rescan, scanAll, type Reach, type Scanned } from '../../../src/core/text/rescan';

/** Where two texts agree, as the draft model's prior version says it (the common prefix and suffix, never overlapping). */
function agreementOf(a: string, b: string): VersionAgreement {
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < n && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix, delta: b.length - a.length };
}

/**
 * An agreement smaller than the greatest by up to `shrink` characters at each end: the draft model passes the least of
 * three agreements (text, masked text, own words), which may stop short of where the scanned text still agrees.
 */
function shrunk(a: VersionAgreement, shrink: number): VersionAgreement {
  return { prefix: Math.max(0, a.prefix - (shrink % 7) * 5), suffix: Math.max(0, a.suffix - ((shrink >> 3) % 7) * 5), delta: a.delta };
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
  // Runs of spaces as long as the patterns allow between the parts of a reference, and the words after them.
  ' '.repeat(40),
  `,${' '.repeat(40)}`,
  ', item 12',
  'itex 1',
  'item 3',
  'Aanhangsel ',
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 60 }).map((p) => p.join(''));
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom('', 'm', ...PIECES), shrink: fc.nat({ max: 63 }) });

function applied(t: string, e: { at: number; remove: number; insert: string }): string {
  const at = t.length === 0 ? 0 : e.at % (t.length + 1);
  return t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.remove));
}

/**
 * Scan texts of `pieces`, edit them by `inserts` at random places, one edit after another, and hold every scan again
 * (`rescan` with `reach`, the agreement made smaller by up to `shrink` characters when it is set) to a whole scan.
 */
function holdsOverEdits(options: { pieces: string[]; inserts: string[]; pattern: RegExp; reach: Reach; runs: number; seed: number; maxText?: number; shrink?: boolean }): void {
  const { pattern, reach } = options;
  const make = (m: RegExpExecArray) => m[0];
  const texts = fc.array(fc.constantFrom(...options.pieces), { maxLength: options.maxText ?? 120 }).map((p) => p.join(''));
  const edits = fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 5 }), insert: fc.constantFrom('', ...options.inserts), shrink: fc.nat({ max: 63 }) }), { minLength: 1, maxLength: 30 });
  fc.assert(
    fc.property(texts, edits, (start, list) => {
      let before = start;
      let found: Scanned<string>[] = scanAll(before, pattern, make);
      for (const e of list) {
        const after = applied(before, e);
        const agree = agreementOf(before, after);
        found = rescan(after, pattern, make, reach, { found, agree: options.shrink ? shrunk(agree, e.shrink) : agree });
        expect(found).toEqual(scanAll(after, pattern, make));
        before = after;
      }
    }),
    { numRuns: options.runs, seed: options.seed },
  );
}

describe('rescan: a scan again around an edit finds what a whole scan finds', () => {
  it('the reference patterns, through chains of random edits', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        let before = start;
        let scan: ReferenceScan = scanReferences(before).scan;
        for (const e of edits) {
          const after = applied(before, e);
          const incremental = scanReferences(after, { scan, agree: shrunk(agreementOf(before, after), e.shrink) });
          expect(withoutOverlaps(incremental.found)).toEqual(recogniseReferences(after));
          before = after;
          scan = incremental.scan;
        }
      }),
      { numRuns: 600, seed: 20261206 },
    );
  });

  it('the longest reference the patterns can read fits in their reach', () => {
    const s40 = ' '.repeat(40);
    const sep = `${s40},${s40}`;
    const longest = [
      `Kamerstukken${s40}II${sep}2025${s40}/${s40}2026${sep}26${' '}643${' '}XIIIIIIIII${sep}nr.${s40}1234567`,
      `Aanhangsel${s40}Handelingen${s40}II${sep}2025${s40}/${s40}2026${sep}nummer${s40}1234567${sep}item${s40}1234567`,
    ];
    for (const text of longest) {
      const [ref] = recogniseReferences(text);
      expect(ref?.start).toBe(0);
      expect(ref!.end).toBe(text.length);
      // Lookarounds read a character on each side.
      expect(text.length + 2).toBeLessThan(REFERENCE_REACH);
    }
  });

  it('a pattern with lookarounds on both sides, with a small reach, near the text’s ends and far from them', () => {
    // Words of two to five letters that stand alone: every edit of a letter or a space changes the matches around it.
    holdsOverEdits({ pieces: ['a', 'b', ' ', 'cc', '      '], inserts: ['a', ' ', 'abcdef', '  a'], pattern: /(?<![a-z])[a-z]{2,5}(?![a-z])/g, reach: 8, runs: 500, seed: 7, maxText: 200 });
  });

  it('a pattern whose matches depend on where the scan stands (an edit shifts the phase of what follows)', () => {
    // In "abababab" a scan from the first letter and one from the second find other matches: after an edit the two
    // scans may run out of step for a while, and must be back in step where the previous matches are taken over. No
    // match, nor attempt, reads more than three letters: a reach of 3.
    holdsOverEdits({ pieces: ['a', 'b', 'ab', 'ba', 'abab', ' '], inserts: ['a', 'b', ' ', 'ab'], pattern: /[ab]{2,3}/g, reach: 3, runs: 500, seed: 11 });
  });

  it('patterns that read to the end of a line (and one line more): citation groups, footnote markers, blank lines', () => {
    const pieces = ['[', ']', '@', '^', 'a', '\n', ' ', '(', ':', '\r', '\t', '[@a]', '[^1]', '\n\n'];
    const inserts = ['[', ']', '@', '^', 'a', '\n', ' ', '(', '\n \n'];
    // The patterns themselves, with the reaches their scans give them, and agreements smaller than the greatest.
    holdsOverEdits({ pieces, inserts, pattern: new RegExp(CITATION_GROUP_PATTERN, 'g'), reach: { lines: 0 }, runs: 400, seed: 13, maxText: 150, shrink: true });
    holdsOverEdits({ pieces, inserts, pattern: new RegExp(FOOTNOTE_REFERENCE, 'g'), reach: { lines: 0 }, runs: 400, seed: 13, maxText: 150, shrink: true });
    holdsOverEdits({ pieces, inserts, pattern: BLANK_LINE, reach: { lines: 1 }, runs: 400, seed: 13, maxText: 150, shrink: true });
  });

  it('patterns that may match nothing (the scan steps over an empty match)', () => {
    holdsOverEdits({ pieces: ['a', 'b', ' ', 'ab'], inserts: ['a', 'b', ' '], pattern: /a{0,3}/g, reach: 3, runs: 300, seed: 17, maxText: 60 });
    holdsOverEdits({ pieces: ['a', 'b', ' ', 'ab'], inserts: ['a', 'b', ' '], pattern: /(?<=b)a?/g, reach: 2, runs: 300, seed: 17, maxText: 60 });
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
