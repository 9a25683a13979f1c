import type { Span } from '../types';
import type { Part } from './types';
import { own } from '../text/own';

/** Where a draft's date comes from. */
export type DateSource = 'frontmatter' | 'voorgesteld' | 'ingezonden' | 'ingediend';

export interface DraftDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  source: DateSource;
  /** Where the date is written in the text (absent for front matter). */
  span?: Span;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/**
 * A date without its day: a year alone ("2026"), a month and a year ("maart 2026", "mrt. 2026", "maart '26",
 * "2026-03"). The draft's date is a day, so these are not read; the rules `datum` and `vragen-kop` say the day is
 * missing rather than that the date does not exist.
 */
export function lacksDay(text: string): boolean {
  const t = text.trim();
  if (/^\d{4}-\d{1,2}$/.test(t)) return Number(t.slice(5)) >= 1 && Number(t.slice(5)) <= 12;
  const m = /^(?:(\p{L}+)\.?\s+)?(\d{4}|['‘’]?\d{2})$/u.exec(t);
  if (!m) return false;
  // Two digits alone ("26") may be anything; with a month they are its year.
  return m[1] === undefined ? m[2]!.length === 4 : own(MONTHS, m[1].toLowerCase()) !== undefined;
}

/** A day and a month without a year ("12 maart", "1e mrt."): the year is what is missing. */
export function lacksYear(text: string): boolean {
  const m = /^\d{1,2}(?:e|ste)?\s+(\p{L}+)\.?$/u.exec(text.trim());
  return !!m && own(MONTHS, m[1]!.toLowerCase()) !== undefined;
}

/** A year in two digits after an apostrophe ("'26", "’26"): read by `fullYear`; `vragen-kop` asks for it in full. */
export const TWO_DIGIT_YEAR = /['‘’](\d{2})(?!\d)/;

/** "12 juli 2022", "1e maart 2026", "3 mrt. 2023", "3 maart '26", "12-07-2022", "12/7/2022", "2022-07-12". */
const DATE = new RegExp(
  `(?<day>\\d{1,2})(?:e|ste)?\\s+(?<month>[a-z]+)\\.?\\s+(?:(?<year>\\d{4})|${TWO_DIGIT_YEAR.source.replace('(\\d{2})', '(?<yy>\\d{2})')})|(?<d2>\\d{1,2})[-/.](?<m2>\\d{1,2})[-/.](?<y2>\\d{4})|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})`,
  'i',
);

/**
 * The year a two-digit year ("'26") names, when its century is beyond doubt: 20.., and only when that is the year of
 * `today`, the one before or the one after, since a draft's date (its submission, its debate) lies close to the day it
 * is written. Further off, "'99" or "'12" may as well be a copy of an old document: no year, and the draft stays
 * undated rather than be measured against an agreement chosen by a guessed century.
 */
export function fullYear(twoDigits: string, today: string): number | undefined {
  const year = 2000 + Number(twoDigits);
  return Math.abs(year - Number(today.slice(0, 4))) <= 1 ? year : undefined;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first date written in `text`, as `YYYY-MM-DD`, with its offset and length; undefined when none is valid. A year in
 * two digits ("3 maart '26", `shortYear`) is read only given `today`, by `fullYear`.
 */
export function parseDutchDate(text: string, today?: string): { iso: string; index: number; length: number; shortYear?: true } | undefined {
  const m = DATE.exec(text);
  if (!m?.groups) return undefined;
  const g = m.groups;
  let value: string | undefined;
  if (g['day'] !== undefined) {
    const month = own(MONTHS, g['month']!.toLowerCase());
    const year = g['yy'] === undefined ? Number(g['year']) : today && fullYear(g['yy'], today);
    value = month && year ? iso(year, month, Number(g['day'])) : undefined;
  } else if (g['d2'] !== undefined) value = iso(Number(g['y2']), Number(g['m2']), Number(g['d2']));
  else value = iso(Number(g['y3']), Number(g['m3']), Number(g['d3']));
  if (!value) return undefined;
  return { iso: value, index: m.index, length: m[0].length, ...(g['yy'] !== undefined ? { shortYear: true as const } : {}) };
}

/**
 * A date value from front matter: a `Date` (YAML timestamps) or a written date, a two-digit year ("3 maart '26") read
 * near `today` as the header's date is (`fullYear`). `today` is required so that no caller reads front matter and the
 * header differently (`datum: 3 maart '26` was "a day that does not exist"; a reviewer).
 */
export function frontmatterDate(value: unknown, today: string): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return parseDutchDate(String(value), today)?.iso;
  return undefined;
}

/**
 * The front matter's `datum:` (or `date:`, as `findDraftDate` reads it) as written, when it is given but names no day
 * that exists or can be read (`2026-13-45`, `2026-02-30`, `gisteren`); undefined when it is absent, empty or a date.
 */
export function unreadableFrontmatterDate(frontmatter: Record<string, unknown>, today: string): string | undefined {
  const value = frontmatter['datum'] ?? frontmatter['date'];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (frontmatterDate(value, today)) return undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : JSON.stringify(value);
}

/** "Voorgesteld 12 juli 2022" (a motie), "Voorgesteld tijdens het Wetgevingsoverleg van 20 juni 2019", "(ingezonden 12 mei
 * 2023)" (Kamervragen), "Ingediend op 3 maart 2026". */
const DATED = /\b(voorgesteld|ingezonden|ingediend)\b\s*(?:(?:tijdens|bij|in)\s+(?:het|de)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:van\s+|d\.?d\.?\s+)?|op\s+|d\.?d\.?\s+|:\s*)?/giu;

/** How far into the document a header date is looked for: up to the first part of the body, not into it. */
const BODY_PARTS = new Set(['beraadslaging', 'overweging', 'dictum', 'vraag', 'antwoord']);

/**
 * The draft's own date, day-precise: front matter `datum:` (or `date:`) wins; else the date after "Voorgesteld",
 * "ingezonden" or "ingediend" in the heading of the document (the kop of a motie, the header of Kamervragen, or the
 * lines before the first part when there is no heading); in either, a two-digit year ("'26") is read near `today`
 * (`fullYear`).
 */
export function findDraftDate(frontmatter: Record<string, unknown>, parts: readonly Part[], masked: string, today: string): DraftDate | undefined {
  const fm = frontmatterDate(frontmatter['datum'] ?? frontmatter['date'], today);
  if (fm) return { iso: fm, source: 'frontmatter' };
  const firstBody = parts.find((p) => BODY_PARTS.has(p.kind));
  const headerEnd = Math.min(firstBody ? firstBody.start : masked.length, 4000);
  const head = masked.slice(0, headerEnd);
  for (const m of head.matchAll(DATED)) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const d = parseDutchDate(after, today);
    if (!d || d.index > 2) continue;
    const start = m.index + m[0].length + d.index;
    return { iso: d.iso, source: m[1]!.toLowerCase() as DateSource, span: { start, end: start + d.length } };
  }
  return undefined;
}

/** `YYYY-MM-DD` of a local date (the adapters' notion of "today"). */
export function isoDay(date: Date): string {
  return iso(date.getFullYear(), date.getMonth() + 1, date.getDate())!;
}

// A date in words: the shared one, which the editor's status item uses too.
export { formatDate } from '../../shared/dates';
