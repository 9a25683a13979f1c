import { describe, expect, it } from 'vitest';
import { parseBlocks, parseWhole, reparseBlocks } from '../../../src/core/markdown/blocks';
import { changeBetween } from '../../../src/core/text/change';

/** The blocks as compared: positions, types and facts (the `reparsed` note says how, not what). */
const blocksOf = (text: string, previous?: string) => {
  const parsed = previous === undefined ? parseBlocks(text) : reparseBlocks(parseBlocks(previous), text);
  return { blocks: parsed.blocks, reparsed: parsed.reparsed };
};

const DOC = [
  '---',
  'soort: kamervragen',
  '---',
  '',
  'Vragen van het lid De Vries aan de minister van Financiën (ingezonden 3 maart 2026).',
  '',
  'Vraag 1',
  '',
  'Kent u het bericht ‘Kabinet wil regie’?[^1]',
  '',
  'Vraag 2',
  '',
  'Deelt u de mening dat de regie moet worden versterkt?[^bron]',
  '',
  '- een punt',
  '- nog een punt',
  '',
  'Vraag 3',
  '',
  'Wat gaat u doen?',
  '',
  '[^1]: NOS, 2 maart 2026.',
  '[^bron]: Coalitieakkoord, p. 4.',
  '',
].join('\n');

/** Edits at places where a block boundary, front matter, a fence or a footnote may change meaning. */
const EDITS: [string, (t: string) => string][] = [
  ['a letter in a question', (t) => t.replace('moet worden', 'moet snel worden')],
  ['a character deleted at a block edge', (t) => t.replace('Vraag 2\n', 'Vraag 2')],
  ['a blank line removed (two blocks become one)', (t) => t.replace('Vraag 3\n\n', 'Vraag 3\n')],
  ['a fence opened', (t) => t.replace('Vraag 3\n', '```\nVraag 3\n')],
  ['an HTML comment opened', (t) => t.replace('Vraag 2\n', '<!-- Vraag 2\n')],
  ['the front matter broken', (t) => t.replace('---\n\nVragen', '--\n\nVragen')],
  ['the front matter edited', (t) => t.replace('kamervragen', 'motie')],
  ['a footnote definition renamed', (t) => t.replace('[^bron]:', '[^bronnen]:')],
  ['a footnote reference renamed', (t) => t.replace('versterkt?[^bron]', 'versterkt?[^1]')],
  ['a footnote reference to an undefined label', (t) => t.replace('versterkt?[^bron]', 'versterkt?[^nieuw]')],
  ['a list item indented under the list', (t) => t.replace('\nVraag 3', '\n  Vraag 3')],
  ['text typed after the end', (t) => `${t}Nog een zin.`],
  ['text typed at the start', (t) => `x${t}`],
  ['a heading made', (t) => t.replace('Vraag 1', '# Vraag 1')],
  ['a setext underline', (t) => t.replace('Vraag 1\n\n', 'Vraag 1\n===\n\n')],
  ['CRLF line breaks', (t) => t.replace('Vraag 3\n\n', 'Vraag 3\r\n\r\n')],
];

describe('reparseBlocks', () => {
  for (const [what, edit] of EDITS) {
    it(`equals a full parse after ${what}`, () => {
      const text = edit(DOC);
      expect(text).not.toBe(DOC);
      expect(blocksOf(text, DOC).blocks).toEqual(blocksOf(text).blocks);
    });
  }

  it('re-parses only the blocks around a keystroke inside a paragraph', () => {
    const text = DOC.replace('moet worden', 'moet wordenx');
    const { reparsed } = blocksOf(text, DOC);
    expect(reparsed).not.toBe('full');
    const range = reparsed as { start: number; end: number };
    expect(range.end - range.start).toBeLessThan(DOC.length / 2);
    expect(text.slice(range.start, range.end)).toContain('wordenx');
  });

  it('parses everything again when the front matter changes', () => {
    const { reparsed } = blocksOf(DOC.replace('kamervragen', 'motie'), DOC);
    expect(reparsed === 'full' || reparsed.start === 0).toBe(true);
  });
});

describe('changeBetween', () => {
  it('finds the common prefix and suffix', () => {
    expect(changeBetween('abcdef', 'abXYef')).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
    expect(changeBetween('abc', 'abc')).toBeUndefined();
    expect(changeBetween('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
  });

  it('equals one whole parse where a piece would read differently: a fence left open in a list item, a last line without a line ending, a link definition', () => {
    const cases: [string, string][] = [
      ['x\n\ny\n', 'x\n\n- ```\n'],
      ['x\n\n> a\n', 'x\n\n> a\n</pre>'],
      ['[x][a](/u)\n\nb\n\nc\n', '[x][a](/u)\n\nb\n\n[a]: /v\n'],
      ['[foo [bar]](/url)\n\nplain\n\n[bar]: /x\n', '[foo [bar]](/url)\n\nplainer\n\n[bar]: /x\n'],
      // The piece runs to the end of the document though its last block is not past the last one (found by fuzzing).
      ['    𝒜+    \n</pre>', ' \n\n>1.   𝒜+    \n</pre>'],
    ];
    for (const [before, after] of cases) expect(reparseBlocks(parseBlocks(before), after).blocks, JSON.stringify(after)).toEqual(parseWhole(after).blocks);
  });

  it('still re-parses only around a keystroke when a link definition can change nothing (no inline link in the draft)', () => {
    const before = `${'constaterende dat het zo is;\n\n'.repeat(40)}zie bijlage [1]: de brief\n\n[1]: https://example.org\n`;
    const after = before.replace('constaterende dat het zo is;', 'constaterende dat het anders is;');
    const reparsed = reparseBlocks(parseBlocks(before), after);
    expect(reparsed.reparsed).not.toBe('full');
    expect(reparsed.blocks).toEqual(parseWhole(after).blocks);
  });

  it('never splits a CR LF or a surrogate pair', () => {
    expect(changeBetween('a\r\nb', 'a\rb')).toEqual({ start: 1, oldEnd: 3, newEnd: 2 });
    expect(changeBetween('x😀y', 'x😃y')).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
  });
});
