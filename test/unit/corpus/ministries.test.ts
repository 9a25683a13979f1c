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
    const names = MINISTRY_TABLE.flatMap((m) => [...ministryNames(m), ...(m.aliases ?? [])].map((n) => n.toLowerCase()));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const m of MINISTRY_TABLE) if (m.sameAs) expect(codes, m.code).toContain(m.sameAs);
  });

  it('is what the corpus schema, the register, the citation check and the header check read', () => {
    expect(Object.keys(MINISTRIES)).toEqual(MINISTRY_TABLE.map((m) => m.code));
    // The register: a former name, a portfolio, the register's own spelling, a code.
    expect(['Ministerie van Verkeer en Waterstaat', 'Minister voor Klimaat en Energie', 'Asiel & Migratie', 'BZK'].map(ministryCode)).toEqual(['IenW', 'EZK', 'AenM', 'BZK']);
    expect(ministriesOf('de minister voor Medische Zorg en de staatssecretaris van Justitie en Veiligheid')).toEqual(['VWS', 'JenV']);
    expect(sameMinistry('EZK', 'EZ')).toBe(true);
    // A former department's name: "voor" before it is a slip, a letter off is a slip.
    const found = findingsOf(vragen('1. Wat is X?', 'Vragen van het lid X (D66) aan de staatssecretaris voor Verkeer en Waterstaat en de minister van Infrastructuur en Milleu over Y (ingezonden 1 maart 2009).'), 'vragen-kop');
    expect(found.map((f) => f.text)).toEqual(['staatssecretaris voor', 'Infrastructuur en Milleu']);
  });
});
