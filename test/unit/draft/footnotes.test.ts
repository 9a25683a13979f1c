/*
 * Footnote markers are scanned once per version, and after a keystroke again only on the lines around it
 * (`footnoteMarkers`). Typing and deleting the characters of markers and definitions anywhere in a set of Kamervragen
 * with sources must give what a full analysis gives: the markers without a note (`voetnoten`), the questions without
 * a source (`vragen-bron`), the number a new note gets (the fixes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvalService } from '../../eval/evaluate';

const VRAGEN = `Vragen van het lid Jansen (D66) aan de minister van Binnenlandse Zaken over digitale dienstverlening (ingezonden 3 maart 2026).

1. Bent u bekend met het bericht ‘Gemeenten worstelen met digitale loketten’?[^1]

2. Bent u bekend met het artikel ‘Storing bij DigiD legt aanvragen stil’?

3. Kent u het rapport over de Nederlandse Digitale Dienst?[^2] Wat is uw reactie daarop?

4. Deelt u de mening dat burgers niet de dupe mogen worden van een storing?[^3]

[^1]: NOS, 2 maart 2026.
[^2]: Algemene Rekenkamer, 1 maart 2026.
`;

const KEYS = ['[', '^', '1', '2', '4', ']', ':', ' ', '\n', 'x', '[^4]', '[^1]', '[^2]: ', '\n[^3]: Trouw, 1 maart 2026.\n'];

describe('footnote markers across versions', () => {
  it('typing and deleting markers and notes anywhere gives the findings and fixes of a full analysis', () => {
    // One service types (each run into a document of its own); the other forgets the document before every check.
    const incremental = createEvalService().service;
    const full = createEvalService().service;
    let run = 0;
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat({ max: 10_000 }), key: fc.option(fc.constantFrom(...KEYS), { freq: 3 }) }), { minLength: 5, maxLength: 25 }), (keystrokes) => {
        const uri = `file:///voetnoten-${++run}.md`;
        let text = VRAGEN;
        incremental.analyze({ uri, version: 0, text });
        keystrokes.forEach(({ at, key }, i) => {
          const p = at % (text.length + 1);
          text = key === null ? text.slice(0, Math.max(0, p - 1)) + text.slice(p) : text.slice(0, p) + key + text.slice(p);
          const { findings } = incremental.analyze({ uri, version: i + 1, text });
          full.forget(uri);
          expect(findings).toEqual(full.analyze({ uri, version: i + 1, text }).findings);
        });
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });
});
