/*
 * A whole parse finds plain paragraphs without the Markdown parser and parses only the runs between them
 * (`parseBlocks`, src/core/markdown/blocks.ts). The blocks must be exactly those of one parse of the whole text by
 * micromark (`parseWhole`), for any document: generated from lines that look plain but are not (a bracket, a backtick,
 * an indented or numbered line, a setext underline, odd letters and line endings), the constructs that reach across a
 * blank line or stay open (also inside a list item), a last line without a line ending, link definitions (whose labels
 * hold for the whole document), and every fixture and published document. AKKOORDWIJZER_PROPERTY_SEED=n replays a seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBlocks, parseWhole } from '../../../src/core/markdown/blocks';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = Number(process.env.AKKOORDWIJZER_PROPERTY_SEED ?? 20261204);

const LINES = [
  // Plain: one paragraph each, with nothing the line model records.
  'constaterende dat de regie ontbreekt;',
  'verzoekt de regering de Kamer te informeren,',
  'Één overweging met é, ß en 𝒜',
  'regel met harde regeleinde  ',
  'regel met tab aan het eind\t',
  'tekst met *nadruk*, _nadruk_, &amp; en een \\* teken',
  'x',
  'ab\u0000c',
  // Not plain: a mark inside, or a line that opens or interrupts a block.
  'zie [de brief](https://example.org)',
  'zie [def]',
  'tekst met `code`',
  'tekst met <b>opmaak</b>',
  'tekst met <!-- opmerking -->',
  '  ingesprongen vervolg',
  '    ingesprongen code',
  '- een punt',
  '1. eerste',
  '2) tweede',
  '> citaat',
  '# Kop',
  '===',
  '---',
  '***',
  '```',
  '~~~',
  '<!-- open',
  '-->',
  '<div>',
  '[def]: https://example.org',
  '[a]: /v',
  '[x][a](/u)',
  '[foo [bar]](/url)',
  '[bar]: /x',
  '[foo [a\\\nb]](/url)',
  '[a\\\nb]: /x',
  'bijlage [1]: de brief',
  '- ```',
  '- ~~~',
  '- <!--',
  '1)  ```',
  '</pre>',
  '> a\n</pre>',
  '* a\n</pre>',
  // Footnotes: labels hold for the whole document, a definition may stand anywhere (also in a quote, a list or code).
  'een bericht[^1]',
  'twee noten[^1] en [^bron 2]?',
  'verwijzing naar [^Bron 2] en [^3]',
  '[^1]: NOS, 2 maart 2026.',
  '[^bron  2]: Zie de brief.',
  '[^3]:',
  '    vervolg van een noot',
  '> [^3]: in een citaat',
  '- [^4]: in een lijst',
  'noot vier[^4]',
  '`[^5]: in code` en [^5]',
  '```\n[^6]: in een blok code\n```',
  'zie [^6] en [^7',
  '[^a\\]b]: geëscaped',
  'noot [^a\\]b]',
  '[^1]: dubbel gedefinieerd',
  '\u00a0niet-brekende spatie',
  '\u216b romeins cijfer',
  '\uFEFFbom',
  '',
];
const ENDS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n \n', '\n\t\n', '\r\n\r\n', '\n\n\n'];
const documents = fc
  .tuple(
    fc.constantFrom('', '', '---\nsoort: motie\n---\n\n', '---\nniet afgesloten\n\n', '---\n\n'),
    fc.array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...ENDS)), { minLength: 1, maxLength: 40 }),
    fc.boolean(),
  )
  .map(([head, lines, trailing]) => {
    const body = lines.map(([line, end]) => line + end).join('');
    return head + (trailing ? body : body.replace(/[\r\n]+$/, ''));
  });

describe('parsing a whole document with plain paragraphs found directly', () => {
  it('gives the blocks of one parse by micromark, for generated documents', () => {
    let direct = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const fast = parseBlocks(text);
        expect(fast.blocks).toEqual(parseWhole(text).blocks);
        if (fast.blocks.some((b) => b.type === 'paragraph')) direct++;
      }),
      { seed: SEED, numRuns: 4000 },
    );
    expect(direct).toBeGreaterThan(1000);
  }, 120_000);

  it('gives the blocks of one parse by micromark for every fixture and published document, and for long ones', () => {
    const files = ['test/fixtures', 'test/eval/real/docs'].flatMap((d) =>
      readdirSync(path.join(ROOT, d), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join(ROOT, d, f)),
    );
    expect(files.length).toBeGreaterThan(100);
    const bodies: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseBlocks(text).blocks, file).toEqual(parseWhole(text).blocks);
      if (!text.includes('[^')) bodies.push(text.replace(/^---[\s\S]*?\n---\n/, ''));
    }
    // The documents without footnotes one after the other: one long document.
    const long = bodies.join('\n\n').slice(0, 150_000);
    expect(long.length).toBeGreaterThan(100_000);
    expect(parseBlocks(long).blocks).toEqual(parseWhole(long).blocks);
  }, 60_000);

  it('gives the blocks of one parse for long runs between plain paragraphs, one long loose list, a construct left open and one long line', () => {
    const motie = `---\nsoort: motie\n---\n\nDe Kamer,\n\n${Array.from({ length: 3000 }, (_, i) => `constaterende dat punt ${i} telt;\n\n`).join('')}en gaat over tot de orde van de dag.\n`;
    expect(parseBlocks(motie).blocks).toEqual(parseWhole(motie).blocks);
    const open = `${motie}\n<!-- nooit gesloten\n\n${motie}`;
    expect(parseBlocks(open).blocks).toEqual(parseWhole(open).blocks);
    // A long run between two plain paragraphs, parsed in pieces; and one long loose list, which the pieces give up on.
    const run = Array.from({ length: 2500 }, (_, i) => `# Kop ${i}\n\n    code\n\n`).join('');
    const runs = `Eerste alinea.\n\n${run}Tweede alinea.\n\n${run}`;
    expect(parseBlocks(runs).blocks).toEqual(parseWhole(runs).blocks);
    const list = `Vragen.\n\n${Array.from({ length: 1100 }, (_, i) => `${i + 1}. Welke maatregelen neemt u voor punt ${i}?\n\n`).join('')}`;
    expect(parseBlocks(list).blocks).toEqual(parseWhole(list).blocks);
    const line = 'verzoekt de regering de regie te nemen '.repeat(30_000);
    expect(parseBlocks(line).blocks).toEqual([{ start: 0, end: line.length, type: 'paragraph', facts: expect.objectContaining({ blockStarts: [0] }) }]);
  });
});
