import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGrammar } from '../../tools/docs/grammar';

/*
 * The injection grammar's patterns, compiled as JavaScript regular expressions (the subset used here means the same
 * in Oniguruma; a leading `(?i)` becomes the `i` flag). Checks what each pattern highlights and what it leaves alone.
 */
const ROOT = path.resolve(__dirname, '../..');
const grammar = JSON.parse(readFileSync(path.join(ROOT, 'syntaxes/akkoordwijzer.injection.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function pattern(name: string): RegExp {
  const src: string = grammar.repository[name].match;
  return src.startsWith('(?i)') ? new RegExp(src.slice(4), 'iu') : new RegExp(src, 'u');
}

describe('Markdown injection grammar', () => {
  it('is generated from the formula table (run `npm run docs` after changing formulas.ts)', () => {
    expect(readFileSync(path.join(ROOT, 'syntaxes/akkoordwijzer.injection.json'), 'utf8')).toBe(renderGrammar());
  });

  it('highlights the Kamer\'s repertoire: every formula the checker recognises', () => {
    expect(pattern('aanhef').exec('gehoord hebbende de beraadslaging,')?.[1]).toBe('gehoord hebbende de beraadslaging,');
    expect(pattern('dictum').exec('spreekt als haar wens uit dat')?.[1]).toBe('spreekt als haar wens uit');
    expect(pattern('dictum').exec('verzoekt het presidium')?.[1]).toBe('verzoekt het presidium');
    expect(pattern('dictum').exec('draagt de regering op')?.[1]).toBe('draagt de regering op');
    expect(pattern('dictum').exec('roept het kabinet op')?.[1]).toBe('roept het kabinet op');
    expect(pattern('dictum').exec('roept de minister van Justitie en Veiligheid op om')?.[1]).toBe('roept de minister van Justitie en Veiligheid op');
    expect(pattern('overweging').exec('van mening dat de regering')?.[1]).toBe('van mening dat');
    expect(pattern('slot').exec('en gaat over tot de orde van dag.')?.[1]).toBe('en gaat over tot de orde van dag.');
  });

  it('is contributed as an injection into Markdown', () => {
    expect(pkg.contributes.grammars).toEqual([{ scopeName: grammar.scopeName, path: './syntaxes/akkoordwijzer.injection.json', injectTo: ['text.html.markdown'] }]);
    expect(grammar.injectionSelector).toMatch(/^L:text\.html\.markdown/);
  });

  it('highlights citation keys, with the corpus and the id apart', () => {
    const m = pattern('citation').exec('zoals afgesproken [@ca2026:nederlandse-digitale-dienst; @ca2021:algoritmeregister]')!;
    expect(m[2]).toBe('ca2026');
    expect(m[4]).toBe('nederlandse-digitale-dienst');
    expect(pattern('citation').test('mail jansen@tweedekamer.nl')).toBe(false);
  });

  it('highlights the fixed formulas of a motie, in any case and after list markers', () => {
    expect(pattern('aanhef').exec('De Kamer,')?.[1]).toBe('De Kamer,');
    expect(pattern('aanhef').exec('gehoord de beraadslaging,')?.[1]).toBe('gehoord de beraadslaging,');
    expect(pattern('overweging').exec('- Voorts constaterende dat het kabinet')?.[1]).toBe('Voorts constaterende dat');
    expect(pattern('overweging').exec('OVERWEGENDE DAT')?.[1]).toBe('OVERWEGENDE DAT');
    expect(pattern('dictum').exec('verzoekt de regering vóór 1 juli')?.[1]).toBe('verzoekt de regering');
    expect(pattern('dictum').exec('en roept de regering op om')?.[1]).toBe('en roept de regering op');
    expect(pattern('slot').exec('en gaat over tot de orde van de dag.')?.[1]).toBe('en gaat over tot de orde van de dag.');
    expect(pattern('vraag').exec('Vraag 12')?.[1]).toBe('Vraag 12');
  });

  it('does not highlight the same words inside ordinary prose', () => {
    expect(pattern('dictum').test('Hij verzoekt de regering niets.')).toBe(false);
    expect(pattern('overweging').test('De minister was constaterende dat')).toBe(false);
  });
});
