/*
 * The incremental re-parse (`reparseBlocks`) and the whole-document parse (`parseBlocks`, plain paragraphs found
 * directly) must give the blocks of one parse of the whole text by micromark (`parseWhole`), for any text and any
 * edit. Texts are made of the tokens that make micromark read a line differently: markers of lists, quotes, headings
 * and fences at and past their indentation limits, HTML, comments, link and footnote labels, every line ending (CR LF
 * and a lone CR too), a byte order mark (dropped at the document's start, a character anywhere else), NUL and tabs.
 * An edit inserts a few such tokens anywhere. AKKOORDWIJZER_PROPERTY_SEED=n replays a seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBlocks, parseWhole, reparseBlocks } from '../../../src/core/markdown/blocks';

const SEED = Number(process.env.AKKOORDWIJZER_PROPERTY_SEED ?? 20261205);
const RUNS = 4000;

const TOKENS = [
  'a', 'Kamer', 'é', '𝒜', ' ', '  ', '\t', '\n', '\n', '\n\n', '\r\n', '\r', '-', '*', '+', '1.', '2)', '#', '>', '`', '```', '~~~',
  '<', '<!--', '-->', '<div>', '</pre>', '[', ']', '(', ')', ':', '[^1]', '[a]', '[a]: /u', '](/x)', '\\', '&amp;', '=', '---',
  '    ', '\u00a0', '\uFEFF', '\u0000', '|',
];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));
const blocksOf = (t: string) => JSON.stringify(parseWhole(t).blocks);

describe('parsing and re-parsing give the blocks of one whole parse', () => {
  it(`for ${RUNS} generated texts (seed ${SEED})`, () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(JSON.stringify(parseBlocks(t).blocks)).toBe(blocksOf(t));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`after an edit anywhere in ${RUNS} generated texts (seed ${SEED})`, () => {
    const edit = fc.record({ before: text, inserted: fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 5 }), at: fc.nat() });
    fc.assert(
      fc.property(edit, ({ before, inserted, at }) => {
        const where = at % (before.length + 1);
        const after = before.slice(0, where) + inserted.join('') + before.slice(where);
        expect(JSON.stringify(reparseBlocks(parseBlocks(before), after).blocks)).toBe(blocksOf(after));
        // And back: a deletion.
        expect(JSON.stringify(reparseBlocks(parseBlocks(after), before).blocks)).toBe(blocksOf(before));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('for the texts the generator found wrong before', () => {
    const cases: [string, string][] = [
      // A CR LF read as a blank line between its CR and LF: the re-parse stopped inside an HTML block and a quote.
      ['  ---\r\n2)*', '<div>  ---\r\n2)*'],
      ['>\r\n    :\r\n>', '></pre\r\n    :\r\n>'],
      // After indented code and a blank line micromark reads an empty list item as a paragraph; on its own, a list.
      ['\t [a]\r\n\r\n *\n\n', '\t [a]\r\n\r\n *\n\n\n\n'],
      // A byte order mark at the start: micromark counts from after it; the blocks must count it.
      ['\uFEFF] \n\n\r```<', '\uFEFF] \n\n\r```< '],
      ['\uFEFF\n2)\n\n\n\na', '\uFEFF\n2)\n\n\n\na\n`\u0000'],
      ['  **\n\n\uFEFF', '\uFEFF  **\n\n\uFEFF'],
    ];
    for (const [before, after] of cases) {
      expect(JSON.stringify(reparseBlocks(parseBlocks(before), after).blocks), JSON.stringify(after)).toBe(blocksOf(after));
    }
    expect(parseWhole('\uFEFFabc\n\n# kop').blocks.map((b) => [b.type, b.start, b.end])).toEqual([['paragraph', 1, 4], ['heading', 6, 11]]);
  });
});
