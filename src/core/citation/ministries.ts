import { MINISTRY_TABLE } from '../corpus/ministries';

/**
 * The ministry an addressee ("de minister van Justitie en Veiligheid", "de staatssecretaris van BZK") speaks for,
 * as the codes used in corpus files (`MINISTRY_TABLE`, whose `recognise` patterns know the 2022–2025 and the 2026
 * portfolios). The minister-president answers for AZ.
 */
const PATTERNS: [RegExp, string][] = MINISTRY_TABLE.flatMap((m) => (m.recognise ? [[m.recognise, m.code] as [RegExp, string]] : []));

/** Historic codes that mean the same department for this purpose (`EZK` → `EZ`). */
const SAME: Record<string, string> = Object.fromEntries(MINISTRY_TABLE.flatMap((m) => (m.sameAs ? [[m.code, m.sameAs]] : [])));

export function ministriesOf(addressee: string): string[] {
  const out: string[] = [];
  // "de minister van Justitie en Veiligheid en de staatssecretaris van Financiën": split per addressee.
  for (const part of addressee.split(/\s+en\s+(?=de\s+(?:minister|staatssecretaris))/i)) {
    for (const [re, abbr] of PATTERNS) {
      if (re.test(part) && !out.includes(abbr)) {
        out.push(abbr);
        break;
      }
    }
  }
  return out;
}

/** Whether two ministry codes name the same department (after merges and renames). */
export function sameMinistry(a: string, b: string): boolean {
  return (SAME[a] ?? a) === (SAME[b] ?? b) || a === b;
}
