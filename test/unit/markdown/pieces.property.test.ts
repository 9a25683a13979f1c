/*
 * A long document is parsed in pieces (`parseInPieces`); the blocks must be exactly those of one whole parse, for any
 * document and any piece length. Documents are made of the constructs that reach across a blank line (lists and their
 * indented continuations, indented and fenced code, HTML comments, block quotes, link definitions, front matter) and
 * of the fixtures and published documents, cut into pieces as short as one character past each blank line.
 * AKKOORDWIJZER_PROPERTY_SEED=n replays a seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInPieces, parseWhole } from '../../../src/core/markdown/blocks';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = Number(process.env.AKKOORDWIJZER_PROPERTY_SEED ?? 20261203);

/** Blocks and lines that change how the next block after a blank line is read, each closed where it opens. */
const CLOSED = [
  'constaterende dat de regie ontbreekt;',
  'verzoekt de regering de Kamer te informeren,',
  '- punt een\n- punt twee',
  '1. eerste\n2. tweede',
  '    ingesprongen vervolg of code',
  '  ingesprongen met twee',
  '```\ncode\n\nmeer code\n```',
  '<!-- opmerking\n\nover twee alinea’s -->',
  '<!-- akkoordwijzer-disable vaag-begrip -->',
  '<div>\nblok\n</div>',
  '> citaat',
  '>',
  'luie vervolgregel',
  'zie [def] en [tekst](https://example.org)',
  '# Kop',
  'Kop\n===',
  '---',
  '***',
  '`inline`',
  '',
];
/**
 * Constructs left open: everything after them is read differently, so the pieces must be parsed again together; and a
 * link definition, whose label holds for the whole document (the pieces give up).
 */
const OPEN = ['```\ncode', '~~~', '<!-- opmerking', '-->', '<div>', '</div>', '```', '- ```', '> a\n</pre>', '[def]: https://example.org "titel"'];

const SEPARATORS = ['\n\n', '\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n \n'];
const documentOf = (snippets: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom('', '', '---\nsoort: motie\n---\n\n', '---\nniet afgesloten\n\n', '# Concept\n\n'),
      fc.array(fc.tuple(fc.constantFrom(...snippets), fc.constantFrom(...SEPARATORS)), { minLength: 4, maxLength: 40 }),
    )
    .map(([head, parts]) => head + parts.map(([text, separator]) => text + separator).join(''));

/** Compare, and say whether the document was pieced at all (else there was nothing to compare). */
function expectSameBlocks(text: string, pieceLength: number): boolean {
  // However much each step must re-read: pieces far shorter than the blocks exercise the joins (the product gives up
  // when a step re-reads more than a piece; that is tested below).
  const pieces = parseInPieces(text, pieceLength, Number.POSITIVE_INFINITY);
  if (!pieces) return false;
  expect(pieces.blocks).toEqual(parseWhole(text).blocks);
  return true;
}

describe('parsing a long document in pieces', () => {
  it('gives the blocks of one whole parse, for generated documents and any piece length', () => {
    let pieced = 0;
    fc.assert(
      fc.property(documentOf(CLOSED), fc.integer({ min: 1, max: 60 }), (text, pieceLength) => {
        if (expectSameBlocks(text, pieceLength)) pieced++;
      }),
      { seed: SEED, numRuns: 800 },
    );
    // Most of these documents can be pieced: the comparison is not vacuous.
    expect(pieced).toBeGreaterThan(320);
  }, 120_000);

  it('gives the blocks of one whole parse, or gives up, for documents with constructs left open', () => {
    fc.assert(
      fc.property(documentOf([...CLOSED, ...OPEN]), fc.integer({ min: 1, max: 60 }), (text, pieceLength) => void expectSameBlocks(text, pieceLength)),
      { seed: SEED, numRuns: 400 },
    );
  }, 120_000);

  it('gives the blocks of one whole parse for every fixture and published document, in pieces of 1 to 400 characters', () => {
    const dirs = ['test/fixtures/moties', 'test/fixtures/vragen', 'test/fixtures/other', 'test/eval/real/docs'];
    const files = dirs.flatMap((d) => readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, d, f)));
    let pieced = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const length of [1, 40, 400]) {
        if (expectSameBlocks(text, length)) pieced++;
      }
    }
    // Most documents can be pieced (those with footnotes cannot): the comparison above is not vacuous.
    expect(pieced).toBeGreaterThan(files.length);
  });

  it('is used for long documents, and gives up on a document that stays open (an unclosed comment) or one long list', () => {
    const motie = Array.from({ length: 3000 }, (_, i) => `constaterende dat punt ${i} telt;\n\n`).join('');
    expect(parseInPieces(motie, 1000)?.blocks.length).toBe(3000);
    expect(parseInPieces(`<!-- nooit gesloten\n\n${motie}`, 1000)).toBeUndefined();
    // One loose list over the whole document (Kamervragen numbered with blank lines between): every step would
    // re-read the list, so it is parsed whole at once.
    const vragen = Array.from({ length: 400 }, (_, i) => `${i + 1}. Welke maatregelen neemt u voor punt ${i}?\n\n`).join('');
    expect(parseInPieces(vragen, 1000)).toBeUndefined();
    expect(parseInPieces(vragen, 1000, Number.POSITIVE_INFINITY)?.blocks).toEqual(parseWhole(vragen).blocks);
    expect(parseInPieces(`${motie}tekst[^1]\n\n[^1]: bron\n`, 1000)).toBeUndefined();
  });
});
