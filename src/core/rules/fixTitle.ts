import type { Localized } from '../types';

/*
 * A quick fix's title is a line of a light-bulb menu: what the fix does, in a few words. What it means and why belong in
 * the message and the hover (a title of 105 characters, the meaning of "doorzettingsmacht" in it, overflowed the menu;
 * a reviewer).
 */

/** The longest title a quick fix may have. */
export const MAX_FIX_TITLE = 80;

/** Per language, the first of the titles that fits; the last when none does. */
export function fittingTitle(...titles: readonly Localized[]): Localized {
  const first = (taal: keyof Localized) => (titles.find((t) => t[taal].length <= MAX_FIX_TITLE) ?? titles[titles.length - 1]!)[taal];
  return { nl: first('nl'), en: first('en') };
}

/**
 * A title made with `value` (a citation key, the words of a commitment, a list of names), the value cut short with "…"
 * where the whole would not fit: after a word (`between` ' '), or after a whole item of a list (`between` ', ': "Zet
 * Kathmann, Van Baarle, … eronder", not "Van der…"). Left whole where fewer than a few characters of it would be left:
 * offer a shorter title after it to `fittingTitle`.
 */
export function titleWith(make: (value: string) => string, value: string, between = ' '): string {
  const room = MAX_FIX_TITLE - make('').length - 1;
  if (value.length <= room + 1 || room < 12) return make(value);
  const list = between !== ' ';
  const cut = value.slice(0, list ? room - 1 : room);
  // After a word (or item) where one ends near the end; a key is cut anywhere (its first characters tell keys apart).
  const at = cut.lastIndexOf(between);
  if (list && at > 0) return make(`${cut.slice(0, at + between.length)}…`);
  return make(`${(at >= room / 2 ? cut.slice(0, at) : cut).trimEnd()}…`);
}
