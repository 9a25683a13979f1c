/*
 * The lexicon's expressions spell their word classes out over ASCII and the forms' own letters, and read a copy of the
 * text in which every other letter or digit is a stand-in letter (`wordClasses` in src/core/vague/terms.ts). That must
 * match exactly what the expressions with `[\p{L}\p{N}]` match: checked here on random texts made of the forms' words,
 * letters and digits from across Unicode (accented, Greek, Cyrillic, astral, superscript digits, the stand-in letters
 * themselves), hyphens, apostrophes, quotes, emoji and lone surrogates, at random ranges.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVagueLexicon, loadVagueTerms, type VagueTerm } from '../../../src/core/vague/terms';

const { terms } = loadVagueTerms(readFileSync(path.resolve(__dirname, '../../../lexicon/vague-terms.yaml'), 'utf8'), 'ingebouwd');
const formWords = [...new Set(terms.flatMap((t) => [...t.forms, ...(t.except ?? [])]).flatMap((f) => f.split(/\s+/)))].filter((w) => w !== '…');
const ODD = ['é', 'Ë', 'ï', 'ß', 'ĳ', 'İ', 'ǂ', 'ǁ', 'α', 'Ж', '²', '½', '٣', '𝐀', '𝟙', '😀', '\ud800', '\udc00', '’', "'", '-', '‐', '“', '”', '.', ',', ';', '_', '\u00ad', '\u0301'];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...formWords) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '  ', '\n', '\t', '\u00a0') },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom('Zich', 'REGIE', 'Te', 'x', '7', 'in', 'te') },
);
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
const view = (ms: ReturnType<ReturnType<typeof createVagueLexicon>['match']>) => ms.map((m) => `${m.start}-${m.end}:${m.term.id}:${m.form}`);

function agree(lexiconTerms: VagueTerm[], runs: number): void {
  const spelled = createVagueLexicon(lexiconTerms);
  const unicode = createVagueLexicon(lexiconTerms, { unicodeClasses: true });
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      expect(view(spelled.match(t))).toEqual(view(unicode.match(t)));
      const from = t.length ? a % t.length : 0;
      const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
      expect(view(spelled.match(t, from, to))).toEqual(view(unicode.match(t, from, to)));
    }),
    { numRuns: runs },
  );
}

describe('the vague lexicon with its word classes spelled out', () => {
  it('matches what the Unicode classes match, on random texts of the built-in forms', () => {
    agree(terms, 3000);
  });

  it('also for forms with letters outside ASCII, and a form holding a stand-in letter', () => {
    const extra: VagueTerm[] = [
      { ...terms[0]!, id: 'x-een', forms: ['ｅén … regie', 'café-regie', 'ǂhoa', 'αρχή … te'], except: [] },
      ...terms,
    ];
    agree(extra, 2000);
  });
});
