import { TextMemo } from './textMemo';
import type { WordList } from './words';

/**
 * A careful spelling check for Dutch prose, made to be trusted: it names a word only when the word is not Dutch by
 * OpenTaal's list (with its compounds) and a word one keystroke away is, and it stays silent on what a word list
 * cannot judge. Published moties and Kamervragen are full of words no dictionary lists: new compounds
 * ("vrachtwagenheffing", "piekbelasters"), derivations ("uitvoerbaarder", "revolverend"), separable verbs ("uitkunnen"),
 * English loans. So a word is taken as Dutch when it is a compound of listed or English words (with the linking s, e
 * or en: "techbedrijven"), a listed word with a derivational ending (-end, -er, -heid, -baar, -lijk, -ing, -isch,
 * -isme, …), or a verb particle before a listed word.
 * What remains and has a listed neighbour (one letter added, dropped, changed or two swapped; an apostrophe for a
 * plural: "swastika's") is a likely slip ("speekt" for "spreekt", "lsolatieprogramma"), unless it is an English word
 * ("hiring", "tech": the list marks SCOWL's English forms). A word that lacks only the diaeresis or accent of a
 * listed word is always one ("geinformeerd", "ministeriele", "patienten"), and so is a plural of a word ending in a
 * vowel without its apostrophe ("swastikas", "agendas"): those are caught from four letters on, the rest from six
 * (shorter words are mostly abbreviations and loans).
 */

/** What the check says of a word that looks misspelt: the listed words it may be, best first. */
export interface SpellingSuggestion {
  /** Listed words one edit away (at most `MAX_SUGGESTIONS`). */
  candidates: string[];
  /** The word differs from its candidates by diacritics only ("geinformeerd" → "geïnformeerd"). */
  diacritics: boolean;
}

export interface Speller {
  /** Whether a lower-case word is Dutch by the list, leniently (compounds, derivations, particles). */
  known(word: string): boolean;
  /** A suggestion for a lower-case word that looks misspelt; undefined for a word that looks fine or cannot be judged. */
  check(word: string): SpellingSuggestion | undefined;
}

const MAX_SUGGESTIONS = 3;
/** Shorter words are judged only on their diacritics: most unknown short words are abbreviations and loans. */
const MIN_EDIT_LENGTH = 6;
/** Longer words are judged on their marks only: an edit search on them costs more than a keystroke may. */
const MAX_EDIT_LENGTH = 30;
const MIN_LENGTH = 4;
/** Longer than any word of the list (the longest compounds have some 40 letters): not checked. */
const MAX_LENGTH = 64;
/** The letters an edit may add or change: Dutch letters with their diacritics, and the apostrophe of "auto's". */
const LETTERS = "abcdefghijklmnopqrstuvwxyzëïéèöüäáóúêô'";
/** Verb particles and prepositions that start separable verbs and other compounds ("uit" + "kunnen"). */
const PARTICLES = new Set(['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'tegen', 'terug', 'toe', 'uit', 'voor', 'weg']);
/** Derivational endings Dutch makes words with freely: a listed word before one of them makes a word. */
const DERIVATION = /^(.{3,}?)(ende|end|ers|er|der|en|heid|heden|baar|baarheid|lijk|lijke|ing|ingen|isch|ische|isme|ist|isten)$/u;
const LINKING = /^(en|s|e)/;
/** Parts of a lenient compound are listed words of three letters or more ("net" + "congestie"), or particles. */
const MIN_PART = 3;
const MAX_DEPTH = 2;
/** The memos of words checked are cleared when they hold this many characters (some 50,000 words: a long session). */
const MEMO_CHARS = 500_000;

/** The marked forms of each letter: a diaeresis, accent or cedilla Dutch spelling may need. */
const MARKS: Readonly<Record<string, string>> = { a: 'äáàâ', e: 'ëéèê', i: 'ïíìî', o: 'öóòô', u: 'üúùû', c: 'ç', n: 'ñ' };
/** A letter with a mark already: the word is then not judged on its marks. */
const MARKED = /[à-ÿ]/;

/** The word with one of its letters marked ("geinformeerd" → "geïnformeerd", "geinformeërd", …). */
function withOneMark(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) for (const m of MARKS[word[i]!] ?? '') out.push(word.slice(0, i) + m + word.slice(i + 1));
  return out;
}

/**
 * Every string one edit from `word`, in the order typing slips are likely: a letter left out (so inserted here), two
 * neighbours swapped, a letter mistyped, a letter typed too many.
 */
function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) out.add(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < word.length - 1; i++) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i++) for (const c of LETTERS) out.add(word.slice(0, i) + c + word.slice(i + 1));
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  out.delete(word);
  return [...out];
}

/** A speller over a word list (see the module comment). Never throws; remembers what it checked. */
export function createSpeller(words: WordList): Speller {
  const knownMemo = new TextMemo<boolean>(MEMO_CHARS);
  const checkMemo = new TextMemo<SpellingSuggestion | null>(MEMO_CHARS);

  const known = (word: string, depth = 0): boolean => {
    const key = `${depth}${word}`;
    const hit = knownMemo.get(key);
    if (hit !== undefined) return hit;
    let ok = words.accepts(word);
    if (!ok && depth < MAX_DEPTH) {
      const derived = DERIVATION.exec(word);
      const stem = derived?.[1];
      ok = stem !== undefined && (words.accepts(stem) || words.listed(`${stem}en`) || words.listed(`${stem}e`));
      for (let i = 2; i <= word.length - 3 && !ok; i++) {
        const head = word.slice(0, i);
        if (!PARTICLES.has(head) && (i < MIN_PART || !(words.listed(head) || words.accepts(head) || words.foreign(head)))) continue;
        const rest = word.slice(i);
        const linked = LINKING.exec(rest);
        const unlinked = linked ? rest.slice(linked[0].length) : undefined;
        ok =
          words.listed(rest) ||
          (rest.length >= MIN_PART && words.foreign(rest)) ||
          (rest.length >= MIN_PART && known(rest, depth + 1)) ||
          (unlinked !== undefined && unlinked.length >= MIN_PART && (words.listed(unlinked) || known(unlinked, depth + 1)));
      }
    }
    return knownMemo.set(key, ok);
  };

  /**
   * Compounds one edit from `word` whose other part the list knows: for each split where one side may end (or begin)
   * a compound and the other may not, the edits of the other side that may begin (or end) one as a listed word
   * ("lsolatie|programma" → "isolatie|programma"). Each edit costs one lookup, not a compound search of the whole word.
   */
  const compoundRepairs = (word: string): string[] => {
    const out = new Set<string>();
    for (let k = MIN_PART; k <= word.length - MIN_PART; k++) {
      const head = word.slice(0, k);
      const tail = word.slice(k);
      // The slip is on the side the list does not know.
      const headKnown = words.compoundHead(head);
      const tailKnown = words.compoundTail(tail);
      if (tailKnown && !headKnown) for (const h of oneEditAway(head)) if (h.length >= MIN_PART && words.compoundHead(h)) out.add(h + tail);
      if (headKnown && !tailKnown) for (const t of oneEditAway(tail)) if (t.length >= MIN_PART && words.compoundEnd(t)) out.add(head + t);
    }
    return [...out];
  };

  const check = (written: string): SpellingSuggestion | undefined => {
    // Text copied from a PDF may write the Dutch ij as one character (ĳ), as OpenTaal's own files do, and a mark as a
    // letter with a combining character (e + ̈): both are read as the list writes them.
    const word = written.normalize('NFC').replace(/ĳ/g, 'ij');
    // No word of the list is this long: a run of 250,000 letters made a variant with one mark for each of them, and ran
    // out of memory (a reviewer's hostile input, with spelfout switched on).
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || words.size === 0) return undefined;
    const hit = checkMemo.get(word);
    if (hit !== undefined) return hit ?? undefined;
    let result: SpellingSuggestion | null = null;
    if (!words.accepts(word)) {
      // Only a missing mark: "níet" and "wél" carry a stress accent on purpose.
      const accents = !MARKED.test(word) && !words.foreign(word) ? withOneMark(word).filter((w) => words.listed(w)) : [];
      // A Dutch plural of a word ending in a vowel takes an apostrophe, also where English writes none ("agendas").
      const plural = /[aiouy]s$/.test(word) ? `${word.slice(0, -1)}'s` : undefined;
      if (accents.length > 0) result = { candidates: accents.slice(0, MAX_SUGGESTIONS), diacritics: true };
      else if (plural && words.listed(plural)) result = { candidates: [plural], diacritics: false };
      else if (word.length >= MIN_EDIT_LENGTH && word.length <= MAX_EDIT_LENGTH && !words.foreign(word) && !known(word)) {
        const listed = oneEditAway(word).filter((w) => words.listed(w));
        const candidates = (listed.length > 0 ? listed : compoundRepairs(word)).slice(0, MAX_SUGGESTIONS);
        if (candidates.length > 0) result = { candidates, diacritics: false };
      }
    }
    return checkMemo.set(word, result) ?? undefined;
  };

  return { known: (word) => known(word.normalize('NFC').replace(/ĳ/g, 'ij')), check };
}
