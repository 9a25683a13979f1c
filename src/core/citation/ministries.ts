import { MINISTRY_TABLE } from '../corpus/ministries';

/**
 * The ministry an addressee ("de minister van Justitie en Veiligheid", "de staatssecretaris van BZK") speaks for,
 * as the codes used in corpus files (`MINISTRY_TABLE`, whose `recognise` patterns know the 2022–2025 and the 2026
 * portfolios). The minister-president answers for AZ. Where one addressee's words fit two patterns, the first in
 * this order wins ("Buitenlandse Handel" is BHO before BZ; "Asiel en Migratie" AenM after JenV).
 */
const ORDER = ['AZ', 'BZK', 'BHO', 'BZ', 'DEF', 'EZ', 'KGG', 'FIN', 'IenW', 'JenV', 'AenM', 'LVVN', 'OCW', 'SZW', 'VWS', 'VRO'];
const PATTERNS: [RegExp, string][] = ORDER.map((code) => [MINISTRY_TABLE.find((m) => m.code === code)!.recognise!, code]);
/** Where one addressee ends and the next begins: ", de minister van …", " en de staatssecretaris van …". */
const NEXT_ADDRESSEE = /(?:\s*,\s*(?:en\s+)?|\s+en\s+)(?=(?:de\s+)?(?:minister|staatssecretaris)(?![\p{L}\p{N}]))/iu;

/** A code with what its department became (`EZK` → `EZ`, `KGG`). */
const FAMILY: ReadonlyMap<string, ReadonlySet<string>> = new Map(MINISTRY_TABLE.map((m) => [m.code, new Set([m.code, ...(m.sameAs ?? [])])]));

export function ministriesOf(addressee: string): string[] {
  const out: string[] = [];
  // "de minister van Justitie en Veiligheid, de minister van Asiel en Migratie en de staatssecretaris van Financiën":
  // split per addressee.
  for (const part of addressee.split(NEXT_ADDRESSEE)) {
    for (const [re, abbr] of PATTERNS) {
      if (re.test(part) && !out.includes(abbr)) {
        out.push(abbr);
        break;
      }
    }
  }
  return out;
}

/** Whether two ministry codes name the same department (after merges and renames: `EZK` is `EZ` and `KGG`). */
export function sameMinistry(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = FAMILY.get(a) ?? new Set([a]);
  const fb = FAMILY.get(b) ?? new Set([b]);
  return [...fa].some((x) => fb.has(x));
}
