import { describe, expect, it } from 'vitest';
import { ministriesOf, sameMinistry } from '../../../src/core/citation/ministries';
import { ministryCode } from '../../../src/core/corpus/kamerToezeggingen';
import { MINISTRY_TABLE, ministryNames } from '../../../src/core/corpus/ministries';
import { MINISTRIES } from '../../../src/core/corpus/types';
import { findingsOf, vragen } from '../rules/helpers';

describe('the ministry table', () => {
  it('gives every name to one ministry, and every code once', () => {
    const codes = MINISTRY_TABLE.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    const names = MINISTRY_TABLE.flatMap((m) => [...ministryNames(m), ...(m.leads ?? []), ...(m.aliases ?? [])].map((n) => n.toLowerCase()));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const m of MINISTRY_TABLE) for (const next of m.sameAs ?? []) expect(codes, m.code).toContain(next);
  });

  it('recognises every name of the table in an addressee as its own ministry (reviewer)', () => {
    for (const m of MINISTRY_TABLE) {
      for (const name of [...ministryNames(m), ...(m.leads ?? [])]) {
        const [found] = ministriesOf(`de minister van ${name}`);
        expect(found !== undefined && sameMinistry(found, m.code), `${name} → ${found}`).toBe(true);
      }
    }
    expect(ministriesOf('de minister voor Migratie')).toEqual(['JenV']);
  });

  it('is what the corpus schema, the register, the citation check and the header check read', () => {
    expect(Object.keys(MINISTRIES)).toEqual(MINISTRY_TABLE.map((m) => m.code));
    // The register: a former name, a portfolio, the register's own spelling, a code.
    expect(['Ministerie van Verkeer en Waterstaat', 'Minister voor Klimaat en Energie', 'Asiel & Migratie', 'BZK'].map(ministryCode)).toEqual(['IenW', 'EZK', 'AenM', 'BZK']);
    expect(ministriesOf('de minister voor Medische Zorg en de staatssecretaris van Justitie en Veiligheid')).toEqual(['VWS', 'JenV']);
    expect([sameMinistry('EZK', 'EZ'), sameMinistry('EZK', 'KGG'), sameMinistry('EZ', 'KGG'), sameMinistry('LNV', 'LVVN')]).toEqual([true, true, false, true]);
    // Addressees in a list with commas, each its own ministry (reviewer).
    expect(ministriesOf('de minister van Sociale Zaken en Werkgelegenheid, de minister van Asiel en Migratie en de minister van Financiën')).toEqual(['SZW', 'AenM', 'FIN']);
    expect(ministriesOf('de minister van Buitenlandse Zaken, de staatssecretaris van BZK en de minister van Klimaat en Groene Groei')).toEqual(['BZ', 'BZK', 'KGG']);
    // A former department's name: "voor" before it is a slip, a letter off is a slip.
    const found = findingsOf(vragen('1. Wat is X?', 'Vragen van het lid X (D66) aan de staatssecretaris voor Verkeer en Waterstaat en de minister van Infrastructuur en Milleu over Y (ingezonden 1 maart 2009).'), 'vragen-kop');
    expect(found.map((f) => f.text)).toEqual(['staatssecretaris voor', 'Infrastructuur en Milleu']);
  });

  it('gives vragen-kop the first words that already name a department, never offered as a name (reviewer)', () => {
    const kop = (addressee: string) => findingsOf(vragen('1. Wat is X?', `Vragen van het lid X (D66) aan ${addressee} over Y (ingezonden 1 maart 2026).`), 'vragen-kop').map((f) => f.text);
    expect(kop('de minister voor Sociale Zaken')).toEqual(['minister voor']);
    expect(kop('de staatssecretaris voor Volksgezondheid')).toEqual(['staatssecretaris voor']);
    expect(kop('de minister Landbouw')).toEqual(['minister']);
    expect(kop('de minister van Binnenlandse zaken')).toEqual([]);
  });
});

describe('a ministry code that names an Object member', () => {
  it('is no ministry: its label is the code itself, and no addressee names it', async () => {
    const { ministryName } = await import('../../../src/core/corpus/labels');
    for (const code of ['constructor', '__proto__', 'toString']) {
      expect(ministryName(code, 'nl')).toBe(code);
      expect(ministriesOf(`de minister van ${code}`)).toEqual([]);
    }
    expect(ministryName('BZK', 'nl')).toMatch(/^BZK \(/);
  });
});
