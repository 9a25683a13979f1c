import { fullYear, parseDutchDate, TWO_DIGIT_YEAR } from '../draft/date';
import type { Localized } from '../types';

/** "'26", "’26" at the end of a date: a year in two digits (as the date model reads it, `TWO_DIGIT_YEAR`). */
const SHORT_YEAR = new RegExp(`${TWO_DIGIT_YEAR.source}$`);
/**
 * "3 maart 26", "12-03-26": two digits without the apostrophe, after a space or a date's separator. The date model does
 * not read them (a number of two digits may be anything), but with the year in full they are a whole date: then the
 * year is what to mend, not a day that "does not exist" (a reviewer).
 */
const BARE_SHORT_YEAR = /(?<=[\s./-])(\d{2})$/;

/** A date whose year is written in two digits, as `shortYearIn` finds it. */
export interface ShortYear {
  /** Where the two-digit year stands in the date, and what it is ("'26"). */
  index: number;
  short: string;
  /** The year in full when its century is certain (`fullYear`: near the day of checking); else undefined. */
  year: number | undefined;
}

/**
 * A date that ends in a two-digit year (with or without its apostrophe) and reads, with the year written in full, as one whole date ("3 maart '26",
 * "12-03-'26"): where the short year stands and, when certain, the year it is. Undefined for a date with its year in
 * full, and for one that names no day in any century ("31 februari '26"). `vragen-kop` (the header's date) and `datum`
 * (the front matter's) say the same of it.
 */
export function shortYearIn(date: string, today: string): ShortYear | undefined {
  const short = SHORT_YEAR.exec(date) ?? BARE_SHORT_YEAR.exec(date);
  if (!short) return undefined;
  const year = fullYear(short[1]!, today);
  const whole = `${date.slice(0, short.index)}${year ?? 2000 + Number(short[1])}`;
  const parsed = parseDutchDate(whole);
  if (!parsed || parsed.index !== 0 || parsed.length !== whole.length) return undefined;
  return { index: short.index, short: short[0], year };
}

/** What a two-digit year is told: its year in full, or, when the century is not certain, to write it (`date` quoted whole). */
export function shortYearMessage(date: string, found: ShortYear): Localized {
  return found.year === undefined
    ? { nl: `Schrijf het jaar voluit, in vier cijfers: aan ‘${date}’ is niet te zien in welke eeuw het valt.`, en: `Write the year in full, in four digits: ‘${date}’ does not say which century.` }
    : { nl: `Schrijf het jaar voluit: ‘${found.year}’.`, en: `Write the year in full: ‘${found.year}’.` };
}

/** The fix that writes the year in full, `at` the two-digit year; none when its century is not certain. */
export function shortYearFixes(found: ShortYear, at: { start: number; end: number }): { title: Localized; edits: { start: number; end: number; newText: string }[]; isPreferred: true }[] {
  if (found.year === undefined) return [];
  return [{ title: { nl: `Vervang door ‘${found.year}’`, en: `Replace with ‘${found.year}’` }, edits: [{ ...at, newText: String(found.year) }], isPreferred: true }];
}
