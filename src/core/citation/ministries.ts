import { MINISTRY_TABLE, ministryNames } from '../corpus/ministries';
import { NEXT_ADDRESSEE } from '../draft/formulas';
import { onFirstUse } from '../text/lazy';

/**
 * The ministry an addressee ("de minister van Justitie en Veiligheid", "de staatssecretaris van BZK") speaks for,
 * as the codes used in corpus files (`MINISTRY_TABLE`, whose `recognise` patterns know the 2022–2025 and the 2026
 * portfolios). The minister-president answers for AZ. Where one addressee's words fit two patterns, the first in
 * this order wins ("Buitenlandse Handel" is BHO before BZ; "Asiel en Migratie" AenM after JenV).
 */
const ORDER = ['AZ', 'BZK', 'BHO', 'BZ', 'DEF', 'EZ', 'KGG', 'FIN', 'IenW', 'JenV', 'AenM', 'LVVN', 'OCW', 'SZW', 'VWS', 'VRO'];
/** The table's patterns in that order; a ministry added to the table but not to `ORDER` is tried after the others. */
const PATTERNS: [RegExp, string][] = MINISTRY_TABLE.filter((m) => m.recognise)
  .map((m) => ({ m, at: ORDER.includes(m.code) ? ORDER.indexOf(m.code) : ORDER.length }))
  .sort((a, b) => a.at - b.at)
  .map(({ m }) => [m.recognise!, m.code]);
/**
 * The names in the table (departments, portfolios, short forms), longest first, each with its code: an addressee that
 * names one is that ministry ("minister voor Migratie" is JenV's, "minister voor Klimaat en Energie" EZK's), before any
 * pattern is tried: the first name of this order found anywhere in the addressee. One pattern for all 44 names, made on
 * first use: a case-insensitive Unicode pattern of its own per name, each compiled the first time it was tried, cost a
 * process checking the 423 published documents 62 ms in a profile, the one pattern 28 ms.
 */
const names = onFirstUse((): { re: RegExp; codes: string[] } => {
  const named = MINISTRY_TABLE.flatMap((m) => [...ministryNames(m), ...(m.leads ?? [])].map((name) => ({ name, code: m.code }))).sort((a, b) => b.name.length - a.name.length);
  // At every position where a word starts, a lookahead with one group per name, in order: the group that took part
  // is the first name (of the order) found there; the first over all positions is the first name found anywhere.
  const alternatives = named.map(({ name }) => `(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/,?\s+/g, ',?\\s+')})(?![\\p{L}\\p{N}])`);
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?=${alternatives.join('|')})`, 'giu'), codes: named.map((n) => n.code) };
});

/** The code of the first name (longest first) that the addressee names, if any. */
function namedMinistry(part: string): string | undefined {
  const { re, codes } = names();
  let best = codes.length;
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    // The match is empty: move on by one, or the scan would stay where it is.
    re.lastIndex = m.index + 1;
    for (let g = 1; g <= best; g++) {
      if (m[g] !== undefined) {
        best = g - 1;
        break;
      }
    }
    if (best === 0) break;
  }
  return codes[best];
}

/** A code with what its department became (`EZK` → `EZ`, `KGG`). */
const FAMILY: ReadonlyMap<string, ReadonlySet<string>> = new Map(MINISTRY_TABLE.map((m) => [m.code, new Set([m.code, ...(m.sameAs ?? [])])]));

export function ministriesOf(addressee: string): string[] {
  const out: string[] = [];
  // "de minister van Justitie en Veiligheid, de minister van Asiel en Migratie en de staatssecretaris van Financiën":
  // split per addressee.
  for (const part of addressee.split(NEXT_ADDRESSEE)) {
    const named = namedMinistry(part);
    if (named) {
      if (!out.includes(named)) out.push(named);
      continue;
    }
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
