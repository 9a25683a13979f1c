import { describe, expect, it } from 'vitest';
import { blankMarkers } from '../../../src/core/citation/suggest';
import { FOOTNOTE_REFERENCE } from '../../../src/core/markdown/lines';

/**
 * What `blankMarkers` replaces: citation keys by their pattern, which takes quadratic time on a run of "[" without its
 * "]", and footnote markers as the draft model reads them.
 */
const byPatterns = (t: string) => t.replace(/\[[^\]\n]*@[^\]\n]*\]/g, (m) => ' '.repeat(m.length)).replace(new RegExp(FOOTNOTE_REFERENCE, 'g'), (m) => ' '.repeat(m.length));

describe('blankMarkers: citation keys and footnote markers of a citation unit turned into spaces', () => {
  it('blanks keys and markers and keeps everything else', () => {
    expect(blankMarkers('regie [@ca2026:ndd] en [^1], niet [a] of [^] of [zie\n@x]')).toBe(`regie ${' '.repeat(13)} en ${' '.repeat(4)}, niet [a] of [^] of [zie\n@x]`);
  });

  it('reads a footnote label as the draft model does: none holds "["', () => {
    expect(blankMarkers('zie [^a[^2] en [^b[c]')).toBe(`zie [^a${' '.repeat(4)} en [^b[c]`);
  });

  it('gives what the two patterns give, on 20,000 random strings of brackets, marks, spaces and line breaks', () => {
    const pieces = ['[', ']', '@', '^', ' ', '\n', '\r', '\t', 'a', '1', '[^', '[@'];
    let seed = 20261205;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      for (let n = Math.floor(next() * 24); n > 0; n--) t += pieces[Math.floor(next() * pieces.length)];
      expect(blankMarkers(t), JSON.stringify(t)).toBe(byPatterns(t));
    }
  });
});
