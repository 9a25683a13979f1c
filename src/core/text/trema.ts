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
  return (table ??= makeTable());
}

/**
 * The table, built from the whole word list at once: `withoutTrema` maps one letter to one, and a space to itself, so
 * the list without its diaereses splits into the words without theirs, in the same order. One plain replacement per letter of `PLAIN` over
 * 41 kB, where `withoutTrema` word by word made 2,849 calls of a replacement function in code not yet compiled: the
 * table was ~3 ms of a server's first check (a fresh process on a busy machine, medians of five: 13 → 3 ms).
 */
function makeTable(): Map<string, string> {
  const words = TREMA_WORDS.split(' ');
  let plainList = TREMA_WORDS;
  for (const [marked, letter] of Object.entries(PLAIN)) plainList = plainList.replaceAll(marked, letter);
  const plain = plainList.split(' ');
  const made = new Map<string, string>();
  for (let i = 0; i < words.length; i++) made.set(plain[i]!, words[i]!);
  return made;
}
