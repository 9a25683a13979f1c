import { TREMA_WORDS } from './tremaWords';

/** Each word of `TREMA_WORDS` by its letters without the diaeresis; made on first use. */
let table: ReadonlyMap<string, string> | undefined;

const PLAIN: Readonly<Record<string, string>> = { ë: 'e', ï: 'i', ö: 'o', ü: 'u' };
/** A word without its diaereses ("geïnformeerd" → "geinformeerd"): the table's keys, and what `tools/trema-words.ts` checks. */
export const withoutTrema = (w: string): string => w.replace(/[ëïöü]/g, (c) => PLAIN[c]!);

/**
 * The word as it is spelt, when it was written without its diaeresis ("geinformeerd" → "geïnformeerd", "Artificiele" →
 * "Artificiële"); undefined for every other word. A word in capitals throughout (a heading, an abbreviation) is left
 * alone; a capital at the start is kept.
 */
export function withTrema(word: string): string | undefined {
  const lower = word.toLowerCase();
  const right = tremaTable().get(lower);
  if (right === undefined || word === lower) return right;
  if (word.slice(1) !== lower.slice(1)) return undefined;
  return right[0]!.toUpperCase() + right.slice(1);
}

/** Whether a word in lower case is one `withTrema` knows: one lookup, for the words of every part on every check. */
export function lacksTrema(lower: string): boolean {
  return tremaTable().has(lower);
}

function tremaTable(): ReadonlyMap<string, string> {
  return (table ??= new Map(TREMA_WORDS.split(' ').map((w) => [withoutTrema(w), w])));
}
