import type { Localized } from '../types';

/**
 * The ministries of the Dutch government, in one table: the code corpus files use for each, its label, the names it
 * has had over the cabinets and the portfolios of the ministers and staatssecretarissen under it. Read by the corpus
 * schema and labels (the codes), the toezeggingen register (a name as the register writes it), the citation check of
 * an addressee (`ministriesOf`, which also fixes the order its patterns are tried in) and the fixed form of the
 * Kamervragen header (`vragen-kop`). A new cabinet's ministries are added here; the matcher's synonyms
 * (`lexicon/synonyms.yaml`) and the import's heading rules (`corpus/rules.yaml`) name some ministries as words of
 * their own, for what they mean in a sentence.
 */
export interface Ministry {
  /** The code in corpus files (`ministry: [BZK]`). */
  code: string;
  label: Localized;
  /** Renamed or merged: still read, no longer current. */
  historical?: boolean;
  /** The codes of what a historical department became, for the citation check (`EZK` → `EZ` and `KGG`). */
  sameAs?: readonly string[];
  /**
   * The department's official names, current and former: a minister or staatssecretaris "van" it; "voor" before one of
   * these is a slip.
   */
  departments: readonly string[];
  /** Names that were a department and a portfolio: "van" and "voor" are both right ("Asiel en Migratie"). */
  either?: readonly string[];
  /** Portfolios of a minister "voor" or a staatssecretaris under this department ("Klimaat en Energie"). */
  portfolios?: readonly string[];
  /**
   * The first words that already name the department after a title ("de minister voor Sociale Zaken", "minister
   * Landbouw"): read by `vragen-kop`'s check of "voor" and of a missing "van", never offered as a name.
   */
  leads?: readonly string[];
  /** Other spellings the toezeggingen register has used (folded there): never offered as a name. */
  aliases?: readonly string[];
  /** What in an addressee names this department ("de staatssecretaris van BZK", "minister voor Medische Zorg"). */
  recognise?: RegExp;
}

/** In the order of the corpus schema's list of codes. */
export const MINISTRY_TABLE: readonly Ministry[] = [
  { code: 'AZ', label: { nl: 'Algemene Zaken', en: 'General Affairs' }, departments: ['Algemene Zaken'], recognise: /minister-president|algemene\s+zaken/i },
  { code: 'BZ', label: { nl: 'Buitenlandse Zaken', en: 'Foreign Affairs' }, departments: ['Buitenlandse Zaken'], recognise: /buitenlandse\s+zaken|\bbz\b/i },
  {
    code: 'BHO',
    label: { nl: 'Buitenlandse Handel en Ontwikkelingshulp (bij BZ)', en: 'Foreign Trade and Development (within BZ)' },
    departments: [],
    portfolios: ['Buitenlandse Handel en Ontwikkelingssamenwerking', 'Buitenlandse Handel en Ontwikkelingshulp'],
    recognise: /buitenlandse\s+handel|ontwikkelingssamenwerking|\bbho\b/i,
  },
  {
    code: 'BZK',
    label: { nl: 'Binnenlandse Zaken en Koninkrijksrelaties', en: 'Interior and Kingdom Relations' },
    departments: ['Binnenlandse Zaken en Koninkrijksrelaties'],
    portfolios: ['Wonen en Rijksdienst', 'Koninkrijksrelaties en Digitalisering', 'Immigratie, Integratie en Asiel', 'Immigratie en Asiel'],
    leads: ['Binnenlandse Zaken'],
    recognise: /binnenlandse\s+zaken|\bbzk\b|digitalisering|koninkrijksrelaties/i,
  },
  { code: 'DEF', label: { nl: 'Defensie', en: 'Defence' }, departments: ['Defensie'], recognise: /defensie/i },
  {
    code: 'EZ',
    label: { nl: 'Economische Zaken', en: 'Economic Affairs' },
    departments: ['Economische Zaken', 'Economische Zaken, Landbouw en Innovatie'],
    recognise: /economische\s+zaken(?:\s+en\s+klimaat)?|\bezk?\b/i,
  },
  {
    code: 'EZK',
    label: { nl: 'Economische Zaken en Klimaat (2017–2024)', en: 'Economic Affairs and Climate (2017–2024)' },
    historical: true,
    sameAs: ['EZ', 'KGG'],
    departments: ['Economische Zaken en Klimaat'],
    portfolios: ['Klimaat en Energie'],
  },
  { code: 'FIN', label: { nl: 'Financiën', en: 'Finance' }, departments: ['Financiën'], recognise: /financi[eë]n|\bfin\b|fiscaliteit|toeslagen/i },
  {
    code: 'IenW',
    label: { nl: 'Infrastructuur en Waterstaat', en: 'Infrastructure and Water Management' },
    departments: ['Infrastructuur en Waterstaat', 'Infrastructuur en Milieu', 'Verkeer en Waterstaat'],
    recognise: /infrastructuur|waterstaat|\bienw\b/i,
  },
  {
    code: 'JenV',
    label: { nl: 'Justitie en Veiligheid', en: 'Justice and Security' },
    departments: ['Justitie en Veiligheid', 'Veiligheid en Justitie', 'Justitie'],
    portfolios: ['Rechtsbescherming', 'Migratie'],
    recognise: /justitie|veiligheid|rechtsbescherming|\bjenv\b/i,
  },
  {
    code: 'KGG',
    label: { nl: 'Klimaat en Groene Groei', en: 'Climate and Green Growth' },
    departments: ['Klimaat en Groene Groei'],
    recognise: /klimaat\s+en\s+groene\s+groei|\bkgg\b/i,
  },
  {
    code: 'LNV',
    label: { nl: 'Landbouw, Natuur en Voedselkwaliteit (tot 2024)', en: 'Agriculture, Nature and Food Quality (until 2024)' },
    historical: true,
    sameAs: ['LVVN'],
    departments: ['Landbouw, Natuur en Voedselkwaliteit'],
    portfolios: ['Natuur en Stikstof'],
  },
  {
    code: 'LVVN',
    label: { nl: 'Landbouw, Visserij, Voedselzekerheid en Natuur', en: 'Agriculture, Fisheries, Food Security and Nature' },
    departments: ['Landbouw, Visserij, Voedselzekerheid en Natuur'],
    leads: ['Landbouw'],
    recognise: /landbouw|visserij|voedsel|natuur|\blnv\b|\blvvn\b/i,
  },
  {
    code: 'OCW',
    label: { nl: 'Onderwijs, Cultuur en Wetenschap', en: 'Education, Culture and Science' },
    departments: ['Onderwijs, Cultuur en Wetenschap'],
    portfolios: ['Primair en Voortgezet Onderwijs', 'Basis- en Voortgezet Onderwijs en Media'],
    recognise: /onderwijs|cultuur|wetenschap|\bocw\b/i,
  },
  {
    code: 'SZW',
    label: { nl: 'Sociale Zaken en Werkgelegenheid', en: 'Social Affairs and Employment' },
    departments: ['Sociale Zaken en Werkgelegenheid'],
    portfolios: ['Armoedebeleid, Participatie en Pensioenen'],
    leads: ['Sociale Zaken'],
    recognise: /sociale\s+zaken|werkgelegenheid|\bszw\b|armoede/i,
  },
  {
    code: 'VWS',
    label: { nl: 'Volksgezondheid, Welzijn en Sport', en: 'Health, Welfare and Sport' },
    departments: ['Volksgezondheid, Welzijn en Sport'],
    portfolios: ['Medische Zorg', 'Medische Zorg en Sport', 'Langdurige Zorg en Sport', 'Jeugd, Preventie en Sport'],
    leads: ['Volksgezondheid'],
    recognise: /volksgezondheid|welzijn|sport|\bvws\b|jeugd|medische\s+zorg/i,
  },
  {
    code: 'VRO',
    label: { nl: 'Volkshuisvesting en Ruimtelijke Ordening', en: 'Housing and Spatial Planning' },
    departments: ['Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer'],
    either: ['Volkshuisvesting en Ruimtelijke Ordening'],
    recognise: /volkshuisvesting|ruimtelijke\s+ordening|\bvro\b/i,
  },
  {
    code: 'AenM',
    label: { nl: 'Asiel en Migratie', en: 'Asylum and Migration' },
    departments: [],
    either: ['Asiel en Migratie'],
    aliases: ['Asiel Migratie'],
    recognise: /asiel|migratie/i,
  },
];

/** Every name a minister or staatssecretaris is "van" or "voor": departments, portfolios and the names that were both. */
export function ministryNames(m: Ministry): string[] {
  return [...m.departments, ...(m.either ?? []), ...(m.portfolios ?? [])];
}
