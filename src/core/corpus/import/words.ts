/**
 * A compact Dutch word list for deciding whether a word broken at a line end is one word ("kabinets- periode") or a
 * word with a real hyphen ("ICT- projecten"). The list is derived at build time from OpenTaal's Hunspell dictionary
 * (`tools/nl-words.mjs`): its word forms, each marked with whether the dictionary lets it begin or end a compound,
 * so compounds the dictionary accepts but does not list ("stikstof" + "crisis") are words too.
 *
 * Format, one entry a line after `#` header lines, sorted: a character for how many leading characters the entry
 * shares with the one before (code − 48), a character for its marks (code − 48: 1 may begin a compound, 2 may end
 * one, 4 is a word on its own), then the rest of the word.
 */

const BEGINS = 1;
const ENDS = 2;
const ALONE = 4;
/** Compound parts shorter than this are not tried (they would make almost anything a compound). */
const MIN_PART = 3;
const MAX_PARTS = 4;

/** Membership questions about Dutch words; every argument is compared in lower case. */
export interface WordList {
  /** The word itself is in the list (as a word on its own). */
  listed(word: string): boolean;
  /** Listed, or a compound of listed parts the dictionary allows (a beginning, middles and an end). */
  accepts(word: string): boolean;
  readonly size: number;
}

/** A list that knows no words: hyphenation is then rejoined only where the document itself shows the word. */
export const emptyWordList: WordList = { listed: () => false, accepts: () => false, size: 0 };

/** Read the compact list (see the module comment). Lines that do not fit the format are skipped; never throws. */
export function parseWordList(text: string): WordList {
  const marks = new Map<string, number>();
  let previous = '';
  for (const line of text.split('\n')) {
    if (line.length < 2 || line.startsWith('#')) continue;
    const shared = line.charCodeAt(0) - 48;
    const mark = line.charCodeAt(1) - 48;
    if (shared < 0 || shared > previous.length || mark < 0 || mark > 7) continue;
    const word = previous.slice(0, shared) + line.slice(2);
    marks.set(word, (marks.get(word) ?? 0) | mark);
    previous = word;
  }
  return wordListOf(marks);
}

/** A word list over `marks` (word → BEGINS | ENDS | ALONE bits); exported for tests that build a small list. */
export function wordListOf(marks: ReadonlyMap<string, number>): WordList {
  const has = (w: string, bit: number) => ((marks.get(w) ?? 0) & bit) !== 0;
  /** `w` can close a compound: an end part, or a middle part followed by more parts. */
  const closes = (w: string, parts: number): boolean => {
    if (has(w, ENDS)) return true;
    if (parts >= MAX_PARTS) return false;
    for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
      if (has(w.slice(0, i), BEGINS) && closes(w.slice(i), parts + 1)) return true;
    }
    return false;
  };
  return {
    size: marks.size,
    listed: (word) => has(word.toLowerCase(), ALONE),
    accepts: (word) => {
      const w = word.toLowerCase();
      if (has(w, ALONE)) return true;
      for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
        if (has(w.slice(0, i), BEGINS) && closes(w.slice(i), 2)) return true;
      }
      return false;
    },
  };
}

/** The compact form of `entries` (word → marks), as `parseWordList` reads it; the build tool writes this. */
export function encodeWordList(entries: ReadonlyMap<string, number>, header: readonly string[] = []): string {
  const words = [...entries.keys()].sort();
  const out = header.map((h) => `# ${h}`);
  let previous = '';
  for (const w of words) {
    let shared = 0;
    const max = Math.min(previous.length, w.length, 70);
    while (shared < max && previous[shared] === w[shared]) shared++;
    out.push(String.fromCharCode(48 + shared) + String.fromCharCode(48 + entries.get(w)!) + w.slice(shared));
    previous = w;
  }
  return out.join('\n') + '\n';
}

export const WORD_MARKS = { BEGINS, ENDS, ALONE } as const;
