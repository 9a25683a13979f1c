import { detached } from '../text/detach';
import type { VersionAgreement } from '../text/agreement';
import { rescan, type Scanned } from '../text/rescan';
import type { Span } from '../types';

/**
 * References to parliamentary documents as staff write them, recognised in plain text: Kamerstukken (both the form of
 * Aanwijzing 3.43 of the Aanwijzingen voor de regelgeving and the Kamer's own), Handelingen and their Aanhangsel, the
 * identifiers of officielebekendmakingen.nl (`kst-`, `h-tk-`, `ah-tk-`, `kv-tk-`) and the Kamer's document and zaak
 * numbers. Pure: a string in, values out; nothing is fetched.
 */

export type Kamer = 'I' | 'II';

export type ReferenceKind = 'kamerstuk' | 'handelingen' | 'aanhangsel' | 'bekendmaking' | 'documentnummer' | 'zaaknummer';

export interface Vergaderjaar {
  /** The first calendar year, e.g. 2025 for 2025/26. */
  from: number;
  /** Whether the second year follows the first (2025/26, not 2025/27). */
  consecutive: boolean;
}

/** What is missing or inconsistent: the reader cannot find the document from the text alone. */
export type ReferenceGap = 'kamer' | 'vergaderjaar' | 'vergaderjaar-ongeldig';

export interface KamerReference extends Span {
  kind: ReferenceKind;
  /** The text as written. */
  text: string;
  /** The well-formed text when every part is present (the written text when it is well-formed); undefined when not. */
  canonical?: string;
  /** What keeps a canonical form from being written (empty when none). */
  gaps: ReferenceGap[];
  /** The public source this reference opens; undefined for a dossier without a number or an incomplete reference. */
  url?: string;
}

/**
 * A run of spaces between the parts of a reference: at most forty (a line break, an indent, a hard break's two spaces).
 * Unbounded, the patterns' neighbouring optional runs could split a long run of spaces in every way (a line of 50,000
 * tabs after "kamerstuk": 8 s).
 */
const S = String.raw`\s{0,40}`;
/** Between two parts: a run of spaces, or one before and one after a comma (never two runs side by side). */
const SEP = `${S}(?:,${S})?`;
const YEAR = String.raw`(\d{4})${S}([-/])${S}(\d{4}|\d{2})`;
/*
 * Every repetition is bounded (a number of at most seven digits, a Roman numeral of at most ten letters), so that no
 * match, nor any attempt at one, reads more than `REACH` characters: a keystroke then scans again only the stretch
 * around the edit (`scanReferences`). A longer number is no document number: "nr. 12345678" is not read as one.
 */
/** "26 643", "26643", with a suffix: "36 600 VII", "35 300-X", "21 501-32", "36 200-A" (a begrotingsfonds). */
const DOSSIER = String.raw`(\d{2}\s?\d{3})(?!\d)((?:\s|-)(?:[IVXLC]{1,10}|\d{1,3})(?![\w])|-[A-Z]{1,2}(?![\w]))?`;
const NR = String.raw`(?:[Nn][Rr]\.?|nummer)${S}(\d{1,7})(?!\d)`;

const KAMERSTUK = new RegExp(String.raw`(?<![\w/-])([Kk]amerstuk(?:ken)?)(?:\s{1,40}(II|I)(?![\w]))?(?:${SEP}${YEAR})?${SEP}${DOSSIER}(?:${SEP}${NR}|${S},${S}([A-Z]{1,2})(?![\w]))?`, 'g');
const HANDELINGEN = new RegExp(String.raw`(?<![\w/-])((?:[Aa]anhangsel\s{1,40})?)([Hh]andelingen)(?:\s{1,40}(II|I)(?![\w]))?(?:${SEP}${YEAR})?${SEP}${NR}(?:${SEP}(item)${S}(\d{1,7})(?!\d))?`, 'g');
const KST_ID = /(?<![\w/.-])kst-(\d{5})(?:-([IVXLC]{1,10}|\d{1,3}|[A-Z]))?-(\d{1,7}|[A-Z]{1,2})(?![\w-])/g;
const OTHER_ID = /(?<![\w/.-])(?:h-(?:tk|ek)-\d{8}-\d{1,7}(?:-\d{1,7})?|ah-(?:tk|ek)-\d{8}-\d{1,7}|kv-tk-\d{4}Z\d{5})(?![\w-])/g;
const NUMBER = /(?<![\w/=.-])((?:19|20)\d{2})([DZ])(\d{5})(?![\w-])/g;
/**
 * More than any match of the patterns above, or any attempt at one, reads (the longest, a Handelingen reference with
 * every part and every run of spaces at its longest, is under 600 characters).
 */
export const REFERENCE_REACH = 1024;

const BEKENDMAKINGEN = 'https://zoek.officielebekendmakingen.nl/';
const TWEEDE_KAMER = 'https://www.tweedekamer.nl/kamerstukken/detail';

type Parsed = Omit<KamerReference, 'start' | 'end' | 'text'>;
/** A reference as a scan keeps it: everything but its place. */
type Found = Omit<KamerReference, 'start' | 'end'>;

const PATTERNS: readonly { pattern: RegExp; parse: (m: RegExpExecArray) => Parsed }[] = [
  { pattern: KAMERSTUK, parse: kamerstuk },
  { pattern: HANDELINGEN, parse: handelingen },
  { pattern: KST_ID, parse: kstId },
  { pattern: OTHER_ID, parse: (m) => ({ kind: 'bekendmaking', canonical: m[0], gaps: [], url: `${BEKENDMAKINGEN}${m[0]}.html` }) },
  { pattern: NUMBER, parse: (m) => ({ kind: m[2] === 'D' ? 'documentnummer' : 'zaaknummer', canonical: m[0], gaps: [], url: kamerUrl(m[0]) }) },
];

/** What each pattern found in one version of a text, for the next version's `scanReferences`. */
export interface ReferenceScan {
  byPattern: readonly Scanned<Found>[][];
}

/** Every reference in `text`, in order of position; overlapping matches keep the first and longest. */
export function recogniseReferences(text: string): KamerReference[] {
  return withoutOverlaps(scanReferences(text).found);
}

/**
 * What `recogniseReferences` reads, and what the scan found, for the next version: given the scan of the previous version and
 * where the two agree, only the stretch around the change is scanned again (the same references, see `rescan`).
 * `found`: every match of every pattern, overlapping ones too, in order (for `withoutOverlaps`).
 */
export function scanReferences(
  text: string,
  previous?: { scan: ReferenceScan; agree: VersionAgreement },
): { found: readonly KamerReference[]; scan: ReferenceScan } {
  const byPattern = PATTERNS.map(({ pattern, parse }, i) =>
    rescan(text, pattern, (m) => keptFound({ text: m[0], ...parse(m) }), REFERENCE_REACH, previous && { found: previous.scan.byPattern[i]!, agree: previous.agree }),
  );
  const found: KamerReference[] = byPattern.flatMap((list) => list.map((s) => ({ start: s.start, end: s.end, ...s.value })));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return { found, scan: { byPattern } };
}

/**
 * The references among the matches `found` (in order): of overlapping ones the first and longest. `leftOut`: a place
 * whose references do not count (someone else's words), left out before overlapping ones are weighed.
 */
export function withoutOverlaps(found: readonly KamerReference[], leftOut?: (start: number, end: number) => boolean): KamerReference[] {
  // In order of start, a reference overlaps one kept before it when it starts before the furthest end kept so far.
  const kept: KamerReference[] = [];
  let keptEnd = -1;
  for (const r of found) {
    if (r.start < keptEnd || leftOut?.(r.start, r.end)) continue;
    kept.push(r);
    keptEnd = r.end;
  }
  return kept;
}

/**
 * A found reference as the next version's scan keeps it: its strings copied off this version's text (a slice of it, or
 * a string made of slices, would keep every version alive; see `detached`).
 */
function keptFound(f: Found): Found {
  return { ...f, text: detached(f.text), ...(f.canonical !== undefined && { canonical: detached(f.canonical) }), ...(f.url !== undefined && { url: detached(f.url) }) };
}

/** The Kamer's page of a document (`…D…`) or zaak (`…Z…`) number. */
export function kamerUrl(number: string): string {
  return number.includes('D') ? `${TWEEDE_KAMER}?id=${number}&did=${number}` : `${TWEEDE_KAMER}?id=${number}`;
}

function vergaderjaar(first: string | undefined, second: string | undefined): Vergaderjaar | undefined {
  if (!first || !second) return undefined;
  const from = Number(first);
  return { from, consecutive: Number(second) % 100 === (from + 1) % 100 && (second.length === 2 || Number(second) === from + 1) };
}

/** "2025/26"; across a century the second year in full, as the Kamer writes it ("1999/2000"). */
const shortYear = (y: Vergaderjaar) => `${y.from}/${(y.from + 1) % 100 === 0 ? y.from + 1 : String((y.from + 1) % 100).padStart(2, '0')}`;
/** "20252026", as officielebekendmakingen writes it in identifiers. */
const longYear = (y: Vergaderjaar) => `${y.from}${y.from + 1}`;
/** The dossier number as the Kamer writes it: "26 643". */
const spaced = (d: string) => d.replace(/\s/g, '').replace(/^(\d{2})(\d{3})$/, '$1 $2');
/** The suffix with its separator as written ("-32", " VII"), one space at most. */
const suffixOf = (s: string | undefined) => (s ? s.replace(/^\s+/, ' ') : '');

function gapsOf(kamer: string | undefined, year: Vergaderjaar | undefined, needYear: boolean): ReferenceGap[] {
  const gaps: ReferenceGap[] = [];
  if (!kamer) gaps.push('kamer');
  if (!year && needYear) gaps.push('vergaderjaar');
  if (year && !year.consecutive) gaps.push('vergaderjaar-ongeldig');
  return gaps;
}

function kamerstuk(m: RegExpExecArray): Parsed {
  const [, word, kamer, y1, , y2, dossier, suffix, nr, letter] = m;
  const year = vergaderjaar(y1, y2);
  const ondernummer = nr ? `, nr. ${nr}` : letter ? `, ${letter}` : '';
  const urlSuffix = suffix ? `-${suffix.trim().replace(/^-/, '')}` : '';
  const url = nr || letter ? `${BEKENDMAKINGEN}kst-${dossier!.replace(/\s/g, '')}${urlSuffix}-${nr ?? letter}.html` : undefined;
  if (year || kamer) {
    // The form of Aanwijzing 3.43; without its year it becomes the Kamer's own form (a year is never invented).
    const gaps = gapsOf(kamer, year, false);
    if (gaps.length > 0 || (!year && kamer === 'I')) return { kind: 'kamerstuk', gaps: gaps.length ? gaps : ['vergaderjaar'], ...(url && { url }) };
    if (!year) return { kind: 'kamerstuk', canonical: `Kamerstuk ${spaced(dossier!)}${suffixOf(suffix)}${ondernummer}`, gaps: [], ...(url && { url }) };
    return { kind: 'kamerstuk', canonical: `Kamerstukken ${kamer} ${shortYear(year)}, ${dossier}${suffixOf(suffix)}${ondernummer}`, gaps: [], ...(url && { url }) };
  }
  const kept = word === 'Kamerstuk' ? dossier! : spaced(dossier!);
  return { kind: 'kamerstuk', canonical: `Kamerstuk ${kept}${suffixOf(suffix)}${ondernummer}`, gaps: [], ...(url && { url }) };
}

function handelingen(m: RegExpExecArray): Parsed {
  const [, aanhangsel, , kamer, y1, , y2, nr, item, itemNr] = m;
  const year = vergaderjaar(y1, y2);
  const kind = aanhangsel ? 'aanhangsel' : 'handelingen';
  const code = kamer === 'I' ? 'ek' : 'tk';
  // The Tweede Kamer's own writing in published Kamervragen: "Aanhangsel Handelingen 2023-2024, nr. 1955", without the
  // Kamer. Its own documents speak of its own Handelingen, so the reference is found as written and kept as written.
  if (!kamer && year?.consecutive && /^[AH]/.test(m[0])) return { kind, canonical: m[0], gaps: [], ...handelingenUrl(code, year, nr!, Boolean(aanhangsel), itemNr) };
  const gaps = gapsOf(kamer, year, true);
  if (gaps.length > 0 || !year || !kamer) return { kind, gaps };
  const head = `${aanhangsel ? 'Aanhangsel ' : ''}Handelingen ${kamer} ${shortYear(year)}, nr. ${nr}`;
  return { kind, canonical: !aanhangsel && item ? `${head}, item ${itemNr}` : head, gaps, ...handelingenUrl(code, year, nr!, Boolean(aanhangsel), itemNr) };
}

/** The Aanhangsel's page, or an item of the Handelingen; a whole meeting without its item has no page of its own. */
function handelingenUrl(code: string, year: Vergaderjaar, nr: string, aanhangsel: boolean, itemNr: string | undefined): { url?: string } {
  if (aanhangsel) return { url: `${BEKENDMAKINGEN}ah-${code}-${longYear(year)}-${nr}.html` };
  return itemNr === undefined ? {} : { url: `${BEKENDMAKINGEN}h-${code}-${longYear(year)}-${nr}-${itemNr}.html` };
}

function kstId(m: RegExpExecArray): Parsed {
  const [id, dossier, suffix, nr] = m;
  const isNumber = /^\d+$/.test(nr!);
  // A roman suffix stands after a space in the Kamer's writing ("36 600 VII"), a numeric one after a hyphen ("21 501-32").
  const suffixText = suffix ? (/^\d+$/.test(suffix) ? `-${suffix}` : ` ${suffix}`) : '';
  return {
    kind: 'kamerstuk',
    // An Eerste Kamer letter ("kst-35300-A") has no form without the year and the Kamer, which the identifier lacks.
    ...(isNumber ? { canonical: `Kamerstuk ${spaced(dossier!)}${suffixText}, nr. ${nr}` } : {}),
    gaps: isNumber ? [] : ['kamer', 'vergaderjaar'],
    url: `${BEKENDMAKINGEN}${id}.html`,
  };
}
