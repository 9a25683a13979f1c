/**
 * The ministry an addressee ("de minister van Justitie en Veiligheid", "de staatssecretaris van BZK") speaks for,
 * as the abbreviations used in corpus files. Portfolios move between cabinets; both the 2022–2025 and the 2026
 * names are known. The minister-president answers for AZ.
 */
const PATTERNS: [RegExp, string][] = [
  [/minister-president|algemene\s+zaken/i, 'AZ'],
  [/binnenlandse\s+zaken|\bbzk\b|digitalisering|koninkrijksrelaties/i, 'BZK'],
  [/buitenlandse\s+handel|ontwikkelingssamenwerking|\bbho\b/i, 'BHO'],
  [/buitenlandse\s+zaken|\bbz\b/i, 'BZ'],
  [/defensie/i, 'DEF'],
  [/economische\s+zaken(?:\s+en\s+klimaat)?|\bezk?\b/i, 'EZ'],
  [/klimaat\s+en\s+groene\s+groei|\bkgg\b/i, 'KGG'],
  [/financi[eë]n|\bfin\b|fiscaliteit|toeslagen/i, 'FIN'],
  [/infrastructuur|waterstaat|\bienw\b/i, 'IenW'],
  [/justitie|veiligheid|rechtsbescherming|\bjenv\b/i, 'JenV'],
  [/asiel|migratie/i, 'AenM'],
  [/landbouw|visserij|voedsel|natuur|\blnv\b|\blvvn\b/i, 'LVVN'],
  [/onderwijs|cultuur|wetenschap|\bocw\b/i, 'OCW'],
  [/sociale\s+zaken|werkgelegenheid|\bszw\b|armoede/i, 'SZW'],
  [/volksgezondheid|welzijn|sport|\bvws\b|jeugd|medische\s+zorg/i, 'VWS'],
  [/volkshuisvesting|ruimtelijke\s+ordening|\bvro\b/i, 'VRO'],
];

/** Historic abbreviations that mean the same department for this purpose. */
const SAME: Record<string, string> = { EZK: 'EZ', LNV: 'LVVN' };

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

/** Whether two ministry abbreviations name the same department (after merges and renames). */
export function sameMinistry(a: string, b: string): boolean {
  return (SAME[a] ?? a) === (SAME[b] ?? b) || a === b;
}
