import { describe, expect, it } from 'vitest';
import { recogniseReferences, type ReferenceKind } from '../../../src/core/references/recognise';

const OB = 'https://zoek.officielebekendmakingen.nl/';
const TK = 'https://www.tweedekamer.nl/kamerstukken/detail';

interface Row {
  text: string;
  kind: ReferenceKind;
  /** The well-formed text, or undefined when a part is missing. */
  canonical: string | undefined;
  url: string | undefined;
}

/** Every form staff write, inside a sentence: what is recognised, its well-formed text and its link. */
const FORMS: Row[] = [
  // The Kamer's own form, with and without a suffix to the dossier.
  { text: 'Kamerstuk 26 643, nr. 1465', kind: 'kamerstuk', canonical: 'Kamerstuk 26 643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'Kamerstuk 36 600 VII, nr. 12', kind: 'kamerstuk', canonical: 'Kamerstuk 36 600 VII, nr. 12', url: `${OB}kst-36600-VII-12.html` },
  { text: 'Kamerstuk 21 501-32, nr. 1703', kind: 'kamerstuk', canonical: 'Kamerstuk 21 501-32, nr. 1703', url: `${OB}kst-21501-32-1703.html` },
  { text: 'Kamerstuk 35 405', kind: 'kamerstuk', canonical: 'Kamerstuk 35 405', url: undefined },
  // Aanwijzing 3.43, Tweede and Eerste Kamer.
  { text: 'Kamerstukken II 2025/26, 26643, nr. 1465', kind: 'kamerstuk', canonical: 'Kamerstukken II 2025/26, 26643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'Kamerstukken II 2009/10, 27858, nr. 88', kind: 'kamerstuk', canonical: 'Kamerstukken II 2009/10, 27858, nr. 88', url: `${OB}kst-27858-88.html` },
  { text: 'Kamerstukken II 2025/26, 36600 VII, nr. 12', kind: 'kamerstuk', canonical: 'Kamerstukken II 2025/26, 36600 VII, nr. 12', url: `${OB}kst-36600-VII-12.html` },
  { text: 'Kamerstukken I 2019/20, 35300, A', kind: 'kamerstuk', canonical: 'Kamerstukken I 2019/20, 35300, A', url: `${OB}kst-35300-A.html` },
  { text: 'Kamerstukken I 2025/26, 36600, nr. 3', kind: 'kamerstuk', canonical: 'Kamerstukken I 2025/26, 36600, nr. 3', url: `${OB}kst-36600-3.html` },
  // Handelingen and the Aanhangsel, both Kamers.
  { text: 'Handelingen II 2025/26, nr. 45, item 12', kind: 'handelingen', canonical: 'Handelingen II 2025/26, nr. 45, item 12', url: `${OB}h-tk-20252026-45-12.html` },
  { text: 'Handelingen II 2025/26, nr. 45', kind: 'handelingen', canonical: 'Handelingen II 2025/26, nr. 45', url: undefined },
  { text: 'Handelingen I 2019/20, nr. 12, item 3', kind: 'handelingen', canonical: 'Handelingen I 2019/20, nr. 12, item 3', url: `${OB}h-ek-20192020-12-3.html` },
  { text: 'Aanhangsel Handelingen II 2024/25, nr. 1234', kind: 'aanhangsel', canonical: 'Aanhangsel Handelingen II 2024/25, nr. 1234', url: `${OB}ah-tk-20242025-1234.html` },
  { text: 'Aanhangsel Handelingen I 2024/25, nr. 7', kind: 'aanhangsel', canonical: 'Aanhangsel Handelingen I 2024/25, nr. 7', url: `${OB}ah-ek-20242025-7.html` },
  // The Tweede Kamer's own writing in published Kamervragen, without the Kamer: kept as written, linked to the Tweede Kamer.
  { text: 'Aanhangsel Handelingen 2023-2024, nr. 1955', kind: 'aanhangsel', canonical: 'Aanhangsel Handelingen 2023-2024, nr. 1955', url: `${OB}ah-tk-20232024-1955.html` },
  { text: 'Aanhangsel Handelingen 2021-2022 nr. 2505', kind: 'aanhangsel', canonical: 'Aanhangsel Handelingen 2021-2022 nr. 2505', url: `${OB}ah-tk-20212022-2505.html` },
  { text: 'Handelingen 2025/26, nr. 45, item 12', kind: 'handelingen', canonical: 'Handelingen 2025/26, nr. 45, item 12', url: `${OB}h-tk-20252026-45-12.html` },
  // A begrotingsfonds: a letter after the hyphen.
  { text: 'Kamerstuk 36200-A, nr. 5', kind: 'kamerstuk', canonical: 'Kamerstuk 36200-A, nr. 5', url: `${OB}kst-36200-A-5.html` },
  { text: 'Kamerstuk 36410-X, nr. 7', kind: 'kamerstuk', canonical: 'Kamerstuk 36410-X, nr. 7', url: `${OB}kst-36410-X-7.html` },
  // Identifiers of officielebekendmakingen.nl.
  { text: 'kst-26643-1465', kind: 'kamerstuk', canonical: 'Kamerstuk 26 643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'kst-36600-VII-1', kind: 'kamerstuk', canonical: 'Kamerstuk 36 600 VII, nr. 1', url: `${OB}kst-36600-VII-1.html` },
  { text: 'kst-21501-32-1740', kind: 'kamerstuk', canonical: 'Kamerstuk 21 501-32, nr. 1740', url: `${OB}kst-21501-32-1740.html` },
  { text: 'kst-35300-A', kind: 'kamerstuk', canonical: undefined, url: `${OB}kst-35300-A.html` },
  { text: 'h-tk-20192020-23-6', kind: 'bekendmaking', canonical: 'h-tk-20192020-23-6', url: `${OB}h-tk-20192020-23-6.html` },
  { text: 'ah-tk-20242025-100', kind: 'bekendmaking', canonical: 'ah-tk-20242025-100', url: `${OB}ah-tk-20242025-100.html` },
  { text: 'kv-tk-2026Z03112', kind: 'bekendmaking', canonical: 'kv-tk-2026Z03112', url: `${OB}kv-tk-2026Z03112.html` },
  // The Kamer's document and zaak numbers.
  { text: '2026D06788', kind: 'documentnummer', canonical: '2026D06788', url: `${TK}?id=2026D06788&did=2026D06788` },
  { text: '2026Z03112', kind: 'zaaknummer', canonical: '2026Z03112', url: `${TK}?id=2026Z03112` },
  // Written off the form, complete: normalised.
  { text: 'Kamerstuk 26643 nr 1465', kind: 'kamerstuk', canonical: 'Kamerstuk 26643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'kamerstuk 26 643 nr. 1465', kind: 'kamerstuk', canonical: 'Kamerstuk 26 643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'Kamerstukken II 2025-2026, 26643, nr. 1465', kind: 'kamerstuk', canonical: 'Kamerstukken II 2025/26, 26643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'Kamerstukken II 2025/2026, 26643, nr 1465', kind: 'kamerstuk', canonical: 'Kamerstukken II 2025/26, 26643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'Kamerstukken II, 26643, nr. 1465', kind: 'kamerstuk', canonical: 'Kamerstuk 26 643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'Kamerstukken 26 643, nr. 1465', kind: 'kamerstuk', canonical: 'Kamerstuk 26 643, nr. 1465', url: `${OB}kst-26643-1465.html` },
  { text: 'Handelingen II 2025-2026 nr 45 item 12', kind: 'handelingen', canonical: 'Handelingen II 2025/26, nr. 45, item 12', url: `${OB}h-tk-20252026-45-12.html` },
  { text: 'Handelingen II 1999-2000, nr. 4, item 2', kind: 'handelingen', canonical: 'Handelingen II 1999/2000, nr. 4, item 2', url: `${OB}h-tk-19992000-4-2.html` },
  // Incomplete: recognised, no canonical form (a year is never invented).
  { text: 'Handelingen II, nr. 45, item 12', kind: 'handelingen', canonical: undefined, url: undefined },
  { text: 'Aanhangsel Handelingen, nr. 1234', kind: 'aanhangsel', canonical: undefined, url: undefined },
  { text: 'Handelingen 2025/27, nr. 45, item 12', kind: 'handelingen', canonical: undefined, url: undefined },
  { text: 'Kamerstukken 2025/26, 26643, nr. 1465', kind: 'kamerstuk', canonical: undefined, url: `${OB}kst-26643-1465.html` },
  { text: 'Kamerstukken II 2025/27, 26643, nr. 1465', kind: 'kamerstuk', canonical: undefined, url: `${OB}kst-26643-1465.html` },
  { text: 'Kamerstukken I, 35300, A', kind: 'kamerstuk', canonical: undefined, url: `${OB}kst-35300-A.html` },
];

describe('recogniseReferences', () => {
  for (const row of FORMS) {
    it(`"${row.text}"`, () => {
      const sentence = `Zie ${row.text}; daarover gaat het.`;
      const found = recogniseReferences(sentence);
      expect(found).toHaveLength(1);
      const [ref] = found;
      expect(sentence.slice(ref!.start, ref!.end)).toBe(row.text);
      expect({ kind: ref!.kind, canonical: ref!.canonical, url: ref!.url }).toEqual({ kind: row.kind, canonical: row.canonical, url: row.url });
      // The canonical form is a fixed point: recognised again, it gives itself.
      if (row.canonical) expect(recogniseReferences(row.canonical)[0]!.canonical).toBe(row.canonical);
    });
  }

  it('finds several references in one text, in order', () => {
    const text = 'Zie Kamerstuk 26 643, nr. 1465 en Handelingen II 2025/26, nr. 45, item 12 (zaak 2026Z03112).';
    expect(recogniseReferences(text).map((r) => r.text)).toEqual(['Kamerstuk 26 643, nr. 1465', 'Handelingen II 2025/26, nr. 45, item 12', '2026Z03112']);
  });

  it('does not take an identifier or number out of a URL', () => {
    expect(recogniseReferences('https://zoek.officielebekendmakingen.nl/kst-26643-1465.html')).toEqual([]);
    expect(recogniseReferences('https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z03112')).toEqual([]);
  });

  it('recognises nothing in prose without a reference, nor in numbers that only look alike', () => {
    for (const text of ['De Kamer heeft 26 643 euro uitgegeven.', 'Het Kamerstuk van gisteren.', 'In 2026 kwamen 2026D meldingen binnen.', 'Handelingen van de minister.', 'Kamerstuk 266431, nr. 5']) {
      expect(recogniseReferences(text), text).toEqual([]);
    }
  });
});
