import { describe, expect, it } from 'vitest';
import { sentenceTexts, splitSentences } from '../../../src/core/text/sentences';

/** [input, expected sentences] */
const CASES: Array<[string, string[]]> = [
  ['Dit is een zin.', ['Dit is een zin.']],
  ['Dit is een zin', ['Dit is een zin']],
  ['Eén. Twee! Drie? Vier.', ['Eén.', 'Twee!', 'Drie?', 'Vier.']],
  // abbreviations that never end a sentence
  ['Dit geldt o.a. voor Nederland. Daarna komt Europa.', ['Dit geldt o.a. voor Nederland.', 'Daarna komt Europa.']],
  ['We doen dit bijv. Nederland breed. En verder.', ['We doen dit bijv. Nederland breed.', 'En verder.']],
  ['Ontsluiting van woongebieden (m.n. Rijnenburg) is daar onderdeel van. Als dit zo is, gebeurt het.', ['Ontsluiting van woongebieden (m.n. Rijnenburg) is daar onderdeel van.', 'Als dit zo is, gebeurt het.']],
  ['Zie Kamerstuk 35387, nr. 3. Grote wetsvoorstellen volgen.', ['Zie Kamerstuk 35387, nr. 3.', 'Grote wetsvoorstellen volgen.']],
  ['Zie art. 23 Grondwet. Klaar.', ['Zie art. 23 Grondwet.', 'Klaar.']],
  ['Dit betekent ca. € 13 miljard. Met die ruimte doen we veel.', ['Dit betekent ca. € 13 miljard.', 'Met die ruimte doen we veel.']],
  ['Het gaat om de heer A. Jansen. Hij komt.', ['Het gaat om de heer A. Jansen.', 'Hij komt.']],
  ['Dit gebeurt i.p.v. Vlaanderen. Daarna n.a.v. Brussel.', ['Dit gebeurt i.p.v. Vlaanderen.', 'Daarna n.a.v. Brussel.']],
  // abbreviations that may end a sentence
  ['Dit kost 3,5 mld. Daarnaast is er meer.', ['Dit kost 3,5 mld.', 'Daarnaast is er meer.']],
  ['Dit kost 3,5 mld. euro per jaar.', ['Dit kost 3,5 mld. euro per jaar.']],
  ['Fondsen ter hoogte van € 60 mld. Deze fondsen vragen governance.', ['Fondsen ter hoogte van € 60 mld.', 'Deze fondsen vragen governance.']],
  ['IT-projecten (> €5 mln.) aan centrale IT-standaarden worden getoetst.', ['IT-projecten (> €5 mln.) aan centrale IT-standaarden worden getoetst.']],
  ['Via de Maatschappelijke B.V. Ook komt er een kader.', ['Via de Maatschappelijke B.V.', 'Ook komt er een kader.']],
  ['Stoelen, tafels e.d. Daarna volgt de rest.', ['Stoelen, tafels e.d.', 'Daarna volgt de rest.']],
  ['Het gaat om t/m 2035 en o.b.v. Europese regels.', ['Het gaat om t/m 2035 en o.b.v. Europese regels.']],
  // numbers
  ['We doen dit in 2030. 2 Met een saldo van -1,75% stabiliseert de schuld.', ['We doen dit in 2030.', '2 Met een saldo van -1,75% stabiliseert de schuld.']],
  ['1. Democratische rechtsorde', ['1. Democratische rechtsorde']],
  ['Het tarief is 1.000 euro. Dat is veel.', ['Het tarief is 1.000 euro.', 'Dat is veel.']],
  // lower case after a stop is not a new sentence (PDF artefacts, typos)
  ['We willen de stapeling monitoren en tegengaan. bijvoorbeeld door maximering.', ['We willen de stapeling monitoren en tegengaan. bijvoorbeeld door maximering.']],
  // no whitespace after the stop
  ['Dit wordt uitgewerkt.Media zijn belangrijk.', ['Dit wordt uitgewerkt.Media zijn belangrijk.']],
  ['Kijk op www.rijksoverheid.nl voor meer.', ['Kijk op www.rijksoverheid.nl voor meer.']],
  // quotes and brackets
  ['Hij zei: ‘Wat nu?’ vroeg zij. Dan gaan we.', ['Hij zei: ‘Wat nu?’ vroeg zij.', 'Dan gaan we.']],
  ['Dit is “het einde.” Daarna begint het.', ['Dit is “het einde.”', 'Daarna begint het.']],
  ['Dit is het einde (zie bijlage.) Daarna begint het.', ['Dit is het einde (zie bijlage.)', 'Daarna begint het.']],
  ['Eerst dit. ‘Pilotland’ wordt opschaalland.', ['Eerst dit.', '‘Pilotland’ wordt opschaalland.']],
  // quoters' shortening marks
  ['Daarom zetten we in om te voorkomen dat ze erin komen (..) We investeren in armoedebeleid.', ['Daarom zetten we in om te voorkomen dat ze erin komen (..)', 'We investeren in armoedebeleid.']],
  ['We versterken de capaciteit door […] ambtenaren te scholen in […] het gebruik van AI', ['We versterken de capaciteit door […] ambtenaren te scholen in […] het gebruik van AI']],
  ['Ambtenaren te scholen in technologie (…) Daarna meer.', ['Ambtenaren te scholen in technologie (…)', 'Daarna meer.']],
  ['Het eindigt hier... En dan verder.', ['Het eindigt hier...', 'En dan verder.']],
  ['Haar kwetsbaarheid.. Om herstel mogelijk te maken.', ['Haar kwetsbaarheid..', 'Om herstel mogelijk te maken.']],
  ['Centraal orgaan Opvang Asielzoekers, red.) zijn er genoeg.', ['Centraal orgaan Opvang Asielzoekers, red.) zijn er genoeg.']],
  // list numbering inside a sentence does not split
  ['We volgen vijf lijnen: 1) samenwerking, 2) belangen.', ['We volgen vijf lijnen: 1) samenwerking, 2) belangen.']],
  // whitespace and blank lines
  ['  Eén zin.   Twee zinnen.  ', ['Eén zin.', 'Twee zinnen.']],
  ['Een kop zonder punt\n\nEen alinea.', ['Een kop zonder punt', 'Een alinea.']],
  ['Een zin die\nover twee regels loopt. En nog een.', ['Een zin die\nover twee regels loopt.', 'En nog een.']],
  ['', []],
  ['   \n\n  ', []],
];

describe('splitSentences', () => {
  it.each(CASES)('%j', (input, expected) => {
    expect(sentenceTexts(input)).toEqual(expected);
  });

  it('returns exact offsets, shifted by start', () => {
    const text = 'Eén. Twee zinnen!';
    const spans = splitSentences(text, 100);
    expect(spans).toEqual([
      { start: 100, end: 104 },
      { start: 105, end: 117 },
    ]);
    for (const s of spans) expect(text.slice(s.start - 100, s.end - 100)).toMatch(/[.!]$/);
  });

  it('covers every non-space character exactly once', () => {
    const text = 'We doen dit o.a. voor mkb. Dat kost 3 mln. Daarom (…) Hierna!\n\nNieuw stuk. en verder';
    const spans = splitSentences(text);
    const covered = new Array<boolean>(text.length).fill(false);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = true;
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) expect(covered[i], `offset ${i}`).toBe(true);
  });

  it('never throws and stays linear on large input', () => {
    const big = 'We doen dit. '.repeat(50_000);
    const t0 = Date.now();
    expect(splitSentences(big)).toHaveLength(50_000);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(splitSentences('....!!!???……')).toHaveLength(1);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });
});
