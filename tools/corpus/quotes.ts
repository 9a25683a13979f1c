/**
 * The quote tables of the 2026 agreement: rows with their repaired wording and where they were quoted.
 */

import { dropEmphasis, joinBrokenHyphens, looksDoubleEncoded, normaliseSpaces, repairMojibake, stripOuterQuotes } from '../../src/core/corpus/text';
import type { Quotation } from '../../src/core/corpus/types';
import { readTsv } from './tsv';
import { fail, norm } from './util';

export const QUOTE_FILES = {
  seeds: 'corpus/sources/ca2026/quotes-seeds.tsv',
  news: 'corpus/sources/ca2026/quotes-news.tsv',
  extra: 'corpus/sources/ca2026/quotes-extra.tsv',
} as const;
export type QuoteFile = keyof typeof QUOTE_FILES;

export interface QuoteRow {
  file: QuoteFile;
  line: number;
  /** The quote cell as it is in the table. */
  raw: string;
  /** The agreement's words: encoding repaired, quoter's emphasis and outer quotation marks dropped. */
  text: string;
  norm: string;
  /** The quoter's topic label (news rows), without a page reference. */
  theme?: string;
  page?: number;
  /** The table's note (news) or the remark after the publication (seeds). */
  note?: string;
  /** The published_in / source_url cell, for `from:` filters in the annotations. */
  origin: string;
  quotation: Quotation;
}

/** Clean one quote cell. `guess` enables the lost-byte repair (only for files that are double-encoded). */
export function cleanQuote(raw: string, guess: boolean): string {
  let s = repairMojibake(raw, { guessLostBytes: guess });
  s = stripOuterQuotes(s);
  s = dropEmphasis(s);
  s = stripOuterQuotes(s);
  s = joinBrokenHyphens(s);
  return normaliseSpaces(s);
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
  mrt: '03', mei: '05', okt: '10',
};

function dateFromWords(s: string): string | undefined {
  const m = /\b(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})\b/.exec(s);
  const mm = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  return m && mm ? `${m[3]}-${mm}-${m[1]!.padStart(2, '0')}` : undefined;
}

function dateFromDmy(s: string): string | undefined {
  const m = /\b(\d{2})-(\d{2})-(\d{4})\b/.exec(s);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}

function dateFromUrl(url: string): string | undefined {
  const m = /\/(20\d{2})\/(\d{2})(?:\/(\d{2}))?\//.exec(url);
  if (!m) return undefined;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return fail(`Geen geldige URL: ${url}`);
  }
}

/** Provenance of a seeds/extra row: "https://host/path (2 Feb 2026)" or "news article, 30 Jan 2026 (seed 004): remark". */
function seedQuotation(publishedIn: string, where: string): { q: Quotation; note?: string } {
  const url = /^https?:\/\/\S+/.exec(publishedIn)?.[0];
  const date = dateFromWords(publishedIn);
  if (url) {
    const q: Quotation = { publication: hostOf(url), url };
    if (date) q.date = date;
    return { q };
  }
  const m = /^news article, [^(]*\((seed \d+)\)(?::\s*(.*))?$/.exec(publishedIn);
  if (!m) fail(`${where}: kan de bron niet lezen uit "${publishedIn}" (verwacht een URL of "news article, <datum> (seed N)").`);
  const q: Quotation = { publication: `nieuwsartikel (${m[1]})` };
  if (date) q.date = date;
  return m[2] ? { q, note: m[2] } : { q };
}

export function readQuoteRows(read: (rel: string) => string): QuoteRow[] {
  const rows: QuoteRow[] = [];
  for (const file of Object.keys(QUOTE_FILES) as QuoteFile[]) {
    const rel = QUOTE_FILES[file];
    const text = read(rel);
    const guess = looksDoubleEncoded(text);
    const columns = file === 'news' ? ['quote', 'chapter_or_theme', 'source_url', 'note'] : ['quote', 'seed_file', 'line', 'published_in'];
    for (const r of readTsv(text, rel, columns)) {
      const where = `${rel}:${r.line}`;
      const raw = r.cells['quote']!;
      const cleaned = cleanQuote(raw, guess);
      if (cleaned === '') fail(`${where}: lege quote.`);
      if (looksDoubleEncoded(cleaned) || /[ÃÂâ]/.test(cleaned)) fail(`${where}: na reparatie nog dubbel gecodeerde tekens: ${cleaned}`);
      const row: QuoteRow = { file, line: r.line, raw, text: cleaned, norm: norm(cleaned), origin: '', quotation: { publication: '' } };
      if (file === 'news') {
        const url = r.cells['source_url']!;
        const q: Quotation = { publication: hostOf(url), url };
        const note = r.cells['note']!.trim();
        const date = dateFromUrl(url) ?? dateFromDmy(note);
        if (date) q.date = date;
        row.quotation = q;
        row.origin = url;
        if (note) row.note = note;
        const themeCell = r.cells['chapter_or_theme']!.trim();
        const page = /\(p\.\s*(\d+)\)/.exec(themeCell);
        if (page) row.page = Number(page[1]);
        const theme = themeCell.replace(/\s*\(p\.\s*\d+\)/, '').trim();
        if (theme) row.theme = theme;
      } else {
        const pub = r.cells['published_in']!.trim();
        const { q, note } = seedQuotation(pub, where);
        row.quotation = q;
        row.origin = pub;
        if (note) row.note = note;
      }
      rows.push(row);
    }
  }
  return rows;
}
