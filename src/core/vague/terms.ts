import type { TextReader } from '../text/blanked';
import { constant, either, list, localized, mapOf, object, optional, required, string, text, withDefault } from '../data/schema';
import type { Infer, Issues, Written } from '../data/schema';
import { readData, readPlainValue } from '../data/reader';
import type { DataProblem, Localized, Span } from '../types';
import { insidePair } from '../text/positions';
import { letterRunEnd, letterRunStart } from '../text/letterRuns';
import { setOwn } from '../text/own';

/** One vague policy term with the reason it is vague and what firmer wording exists. */
export interface VagueTerm {
  id: string;
  /** Surface forms, lower case; `…` stands for a gap of up to four words ("zet … in op"). */
  forms: string[];
  category: string;
  why: Localized;
  instead: Localized;
  /**
   * Drop-in replacements per form (lower case form → replacement) for the quick fix. An empty replacement means:
   * strike the hedge ("waar mogelijk"); that fix is offered but never preferred, because it changes what is asked.
   */
  replacements: Record<string, string>;
  /**
   * Firmer words to choose from, each with what it means (`means` in a few words for the quick fix's title, `explains`
   * in full for the hover), none preferred (which one fits depends on what the member
   * wants: "doorzettingsmacht" over the autonomous countries of the Kingdom would be wrong). Per alternative, the
   * replacement of each form it fits.
   */
  alternatives?: { term: string; means: Localized; explains?: Localized; replacements: Record<string, string> }[];
  /** Where the term counts (part kinds such as `dictum`, `vraag`, `overweging`); everywhere when absent. */
  places?: string[];
  /**
   * Phrases that contain a form but are not vague ("achteraf bezien", "realiseert u zich", "in eigen regie"). They
   * are matched like forms and then dropped, so the form inside them is not reported.
   */
  except?: string[];
  /** A side-by-side comparison shown in the hover (the flagship: regie versus doorzettingsmacht). */
  compare?: { term: Localized; firm: Localized; termMeans: Localized; firmMeans: Localized };
  sources: { url: string; note?: string }[];
  /** Where the entry came from: the built-in lexicon, the settings, or a workspace file. */
  origin: string;
}

export interface VagueMatch extends Span {
  term: VagueTerm;
  form: string;
}

export interface VagueLexicon {
  terms: VagueTerm[];
  /** All matches in `text` between `from` and `to`, longest form first, non-overlapping. */
  match(text: TextReader, from?: number, to?: number): VagueMatch[];
}

/**
 * A letter or digit, as a form's boundaries and gaps read it: `[\p{L}\p{N}]`, or (see `wordClasses`) the same class
 * spelled out over the characters the matcher can meet.
 */
interface WordClass {
  /** One letter or digit. */
  word: string;
  /** The characters of a word in a gap ("zich … in te spannen"): letters, digits, apostrophes and hyphens. */
  gapWord: string;
  /** The flags of the expressions (`u` only with Unicode property classes). */
  flags: string;
}

const UNICODE_CLASSES: WordClass = { word: '[\\p{L}\\p{N}]', gapWord: "[\\p{L}\\p{N}’'-]", flags: 'uy' };

function formToPattern(form: string, classes: WordClass): string {
  const words = form.trim().toLowerCase().split(/\s+/);
  return words
    .map((w) => (w === '…' || w === '...' ? `(?:${classes.gapWord}+\\s+){0,4}?` : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s+'))
    .join('')
    .replace(/\\s\+$/, '');
}

const IS_WORD = /^[\p{L}\p{N}]$/u;
/** Letters to stand in for the letters and digits no form contains (the first one no form uses is taken). */
const STAND_INS = ['ǂ', 'ǁ', 'ǀ', 'ʘ'];
const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Word classes without Unicode properties, and the mapping of a text that makes them exact. An expression with
 * `[\p{L}\p{N}]` costs V8 ~0.8 ms to compile (its ~800 ranges, in each boundary and gap), and a lexicon has ~150 of them,
 * compiled as a draft first uses each: ~120 ms in all, paid by a server's first diagnostics and by keystrokes that
 * type a word no earlier one did. Spelled out over ASCII and the letters the forms contain, one compiles in ~0.04 ms.
 * For that to be exact, the text is mapped first (`standIn`): every other letter or digit becomes a stand-in letter
 * that the class holds and no form does; nothing else changes, and no offset moves (a character outside the BMP
 * becomes two stand-ins, which the class, without `u`, reads as the two letters it is made of). Undefined when a form
 * holds a character outside the BMP or half of one (a lone surrogate: without `u` it would match half a pair of the
 * text), or every stand-in letter: then the Unicode classes are used as they are (as fast as before this, no faster).
 */
function wordClasses(forms: readonly string[]): { classes: WordClass; standIn: (window: string) => string } | undefined {
  if (forms.some((f) => /[\ud800-\udfff]/.test(f))) return undefined;
  const formChars = new Set<string>();
  for (const f of forms) for (const c of f) formChars.add(c);
  const standInLetter = STAND_INS.find((c) => !formChars.has(c));
  if (!standInLetter) return undefined;
  const formLetters = [...formChars].filter((c) => c > '\x7f' && IS_WORD.test(c)).sort();
  const letters = `a-zA-Z0-9${[...formLetters, standInLetter].map(hex).join('')}`;
  // Every character outside ASCII that no form contains; the letters and digits among them are replaced.
  const other = new RegExp(`[^\\x00-\\x7f${[...formChars].filter((c) => c > '\x7f').map(hex).join('')}]`, 'gu');
  const standIn = (window: string) => window.replace(other, (c) => (IS_WORD.test(c) ? standInLetter.repeat(c.length) : c));
  return { classes: { word: `[${letters}]`, gapWord: `[${letters}’'-]`, flags: 'y' }, standIn };
}

function normalizeForm(f: string): string {
  return f.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.\.\./g, '…');
}

/** The first word of a form: every form starts with one (forms and excepts are phrases of words). */
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
/** Form groups by the first two code units of their first word (`groupAt`): 1,024 buckets, each checked in full. */
const BUCKETS = 1024;
const bucketOf = (c0: number, c1: number) => (c0 * 31 + c1) & (BUCKETS - 1);

/** The groups of forms by their first word, found for a word of a text without copying it out (a `Map` lookup of the copied word gives the same: `test/unit/vague/firstWordTable.test.ts`). */
export function firstWordTable<G>(byFirstWord: ReadonlyMap<string, G>): (text: string, start: number, end: number) => G | undefined {
  const buckets: { word: string; group: G }[][] = [];
  let longest = 0;
  for (const [word, group] of byFirstWord) {
    const at = bucketOf(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0);
    (buckets[at] ??= []).push({ word, group });
    longest = Math.max(longest, word.length);
  }
  return (text, start, end) => {
    const length = end - start;
    if (length > longest) return undefined;
    const bucket = buckets[bucketOf(text.charCodeAt(start), length > 1 ? text.charCodeAt(start + 1) : 0)];
    if (bucket) for (const e of bucket) if (e.word.length === length && text.startsWith(e.word, start)) return e.group;
    return undefined;
  };
}

/** `text` in lower case with every offset kept (a character whose lower case is longer, such as "İ", stays as it is). */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const c of text) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

/**
 * Compile terms into one matcher. The first term that claims a form keeps it.
 *
 * Forms are grouped by their first word, and the text's words are looked up in that table: only a word that starts
 * some form runs that word's expression (its forms longest first, anchored at the word). One alternation of all ~300
 * forms, as before, cost 25–50 ms to compile on a server's first draft and ~0.1 ms per run after it; the table costs
 * nothing to build, and each small expression compiles on first use. The result is the same: at each word, from left
 * to right, the longest form that matches there, then on after it.
 */
export function createVagueLexicon(terms: VagueTerm[], options: { unicodeClasses?: boolean } = {}): VagueLexicon {
  const byForm = new Map<string, VagueTerm | null>();
  const forms: string[] = [];
  const add = (f: string, t: VagueTerm | null) => {
    const key = normalizeForm(f);
    if (key.length === 0 || byForm.has(key)) return;
    byForm.set(key, t);
    forms.push(key);
  };
  // Forms first: a phrase that one term excepts but another lists ("eigen regie") belongs to the term that lists it.
  for (const t of terms) for (const f of t.forms) add(f, t);
  for (const t of terms) for (const f of t.except ?? []) add(f, null);
  forms.sort((a, b) => b.length - a.length);
  const byFirstWord = new Map<string, { forms: string[]; re?: RegExp }>();
  for (const form of forms) {
    const first = FIRST_WORD.exec(form)?.[0];
    if (!first) continue;
    const group = byFirstWord.get(first) ?? byFirstWord.set(first, { forms: [] }).get(first)!;
    group.forms.push(form);
  }
  const groupAt = firstWordTable(byFirstWord);
  // `unicodeClasses`: the expressions as written with `\p{…}` (the reference the tests compare the default with).
  const spelledOut = options.unicodeClasses ? undefined : wordClasses(forms);
  const classes = spelledOut?.classes ?? UNICODE_CLASSES;
  const W = classes.word;
  // Matched against the lower-cased text, not with the `i` flag: case-insensitive Unicode classes (`\p{L}` in the
  // word boundaries) make V8 build the case closure of every letter, ~5 ms per expression.
  const expressionOf = (group: { forms: string[]; re?: RegExp }) =>
    (group.re ??= new RegExp(`(?<!${W}|-)(?:${group.forms.map((f) => `(${formToPattern(f, classes)})`).join('|')})(?!${W}|-${W})`, classes.flags));
  return {
    terms,
    match(text, from = 0, to = text.length) {
      const out: VagueMatch[] = [];
      if (byFirstWord.size === 0) return out;
      // Scan only the requested range (one character of context on each side for the word-boundary checks), so
      // matching every part of a long draft stays linear in the draft.
      // A character of context is a whole one: both halves of a pair of surrogates ("𝐀regie" from 2 is no match).
      const base = Math.max(0, from - (insidePair(text, from - 1) ? 2 : 1));
      const windowEnd = Math.min(text.length, to + (insidePair(text, to + 1) ? 2 : 1));
      const window = lowerInPlace(text.slice(base, windowEnd));
      // What the expressions read (the same length; the words are found in the window itself).
      let mapped: string | undefined;
      // The words of the window (runs of letters and digits, `letterRunStart`), each looked up without a copy.
      for (let at = letterRunStart(window, from - base); at >= 0; ) {
        const wordEnd = letterRunEnd(window, at);
        let next = wordEnd;
        const group = groupAt(window, at, wordEnd);
        const re = group && expressionOf(group);
        if (re) {
          re.lastIndex = at;
          mapped ??= spelledOut ? spelledOut.standIn(window) : window;
          const m = re.exec(mapped);
          if (m) {
            const start = base + m.index;
            const end = start + m[0].length;
            if (end > to) break;
            const form = group.forms[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]!;
            const term = byForm.get(form);
            if (term) out.push({ start, end, term, form });
            next = Math.max(next, m.index + m[0].length);
          }
        }
        at = letterRunStart(window, next);
      }
      return out;
    },
  };
}

/** The places a term can be limited to (part kinds of a motie and of Kamervragen). */
export const PLACES: readonly string[] = ['kop', 'aanhef', 'beraadslaging', 'overweging', 'dictum', 'header', 'vraag', 'toelichting'];

/** A readable id from a form: "quick win" → `quick-win`. */
function slugify(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const ALTERNATIVE = object(
  { one: { nl: 'een alternatief', en: 'an alternative' }, many: { nl: 'alternatieven', en: 'alternatives' } },
  {
    term: required(text(), 'het stevigere woord'),
    means: required(localized(), 'wat het betekent, in een paar woorden'),
    explains: optional(localized(), 'wat het betekent, voluit'),
    replacements: withDefault(mapOf(string()), {}, 'de vervanging per vorm van het begrip'),
  },
);

const COMPARE = object(
  { one: { nl: 'een vergelijking', en: 'a comparison' }, many: { nl: 'vergelijkingen', en: 'comparisons' } },
  { term: required(localized()), firm: required(localized()), termMeans: required(localized()), firmMeans: required(localized()) },
);

const SOURCE_REF = either<{ url: string; note?: string }>({
  scalar: text(),
  object: object({ one: { nl: 'een bron', en: 'a source' }, many: { nl: 'bronnen', en: 'sources' } }, { url: required(text()), note: optional(text()) }),
  fromScalar: (url: string) => ({ url }),
  fromObject: (o: { url: string; note?: string }) => o,
});

/** A form claimed by an earlier term stays with that term (`createVagueLexicon`). */
const FORMS_UNIQUE = [{ code: 'duplicate-form', key: normalizeForm, scope: 'file', keep: true }] as const;

const TERM_NAME = { one: { nl: 'een begrip', en: 'a term' }, many: { nl: 'begrippen', en: 'terms' } };
const NOT_A_TERM = { nl: 'Een begrip moet een object zijn (id, forms, why, instead).', en: 'A term must be an object (id, forms, why, instead).' };

/** The fields of a term. In the lexicon file `forms`, `why` and `instead` are required; a setting may be short. */
function termFields(inFile: boolean) {
  const must = inFile ? required : optional;
  return {
    id: optional(string(), 'vaste sleutel (kebab-case); anders gemaakt uit de eerste vorm'),
    forms: must(list(text(), { unique: FORMS_UNIQUE }), 'de vormen zoals ze geschreven worden; "…" is een gat van hoogstens vier woorden'),
    category: withDefault(string(), 'vaag'),
    why: must(localized(), 'waarom het vaag is (staat in de hover)'),
    instead: must(localized(), 'wat u in plaats daarvan schrijft (kort: staat in de melding)'),
    replacements: withDefault(mapOf(string({ nullAsEmpty: true })), {}, 'directe vervanging per vorm; een lege betekent schrappen'),
    alternatives: optional(list(ALTERNATIVE, { entries: true }), 'stevigere woorden om uit te kiezen, geen enkele voorkeur'),
    compare: optional(COMPARE, 'het vage begrip naast het stevige'),
    sources: withDefault(list(SOURCE_REF), [], 'bronnen (URL en enkele woorden)'),
    places: optional(list(string()), `alleen op deze plaatsen: ${PLACES.join(', ')}`),
    except: optional(list(string()), 'woordgroepen met een vorm erin die níet vaag zijn'),
  };
}

/** A term as the reader gives it, before the checks across its fields. */
type TermInput = Infer<typeof SETTINGS_TERM_INPUT>;
const SETTINGS_TERM_INPUT = object(TERM_NAME, {
  ...termFields(false),
  term: optional(text(), 'één vorm (korte schrijfwijze in de instellingen)'),
  replacement: optional(string(), 'de vervanging van die ene vorm'),
});

/**
 * The checks across a term's fields, and the term as the matcher wants it: forms normalised, replacements keyed by
 * form, alternatives only with replacements of the term's own forms.
 */
function buildTerm(raw: TermInput, issues: Issues): Omit<VagueTerm, 'origin'> | undefined {
  const single = raw.term;
  const forms = (raw.forms ?? (single ? [single] : [])).filter((f) => f.trim() !== '').map(normalizeForm);
  const id = raw.id ?? (forms[0] ? slugify(forms[0]) : undefined);
  if (!id) issues.error('missing-field', { nl: 'Begrip zonder "id".', en: 'Term without "id".' });
  if (forms.length === 0) issues.error('missing-field', { nl: `Begrip "${id ?? '?'}" heeft geen "forms".`, en: `Term "${id ?? '?'}" has no "forms".` });
  const why = raw.why ?? (single ? { nl: 'Door de gebruiker als vaag aangemerkt.', en: 'Marked as vague by the user.' } : undefined);
  const instead = raw.instead ?? (single ? { nl: 'Formuleer concreet: wie doet wat vóór wanneer.', en: 'Be concrete: who does what by when.' } : undefined);
  if (!why || !instead) issues.error('missing-field', { nl: `Begrip "${id ?? '?'}" mist "why" of "instead".`, en: `Term "${id ?? '?'}" lacks "why" or "instead".` });
  if (!id || forms.length === 0 || !why || !instead) return undefined;
  const replacements: Record<string, string> = {};
  const shorthand = single !== undefined && raw.replacement !== undefined ? { [single]: raw.replacement } : {};
  for (const [k, v] of Object.entries({ ...shorthand, ...raw.replacements })) setOwn(replacements, normalizeForm(k), v);
  const term: Omit<VagueTerm, 'origin'> = { id, forms, category: raw.category, why, instead, replacements, sources: raw.sources };
  const places = (raw.places ?? []).map(normalizeForm);
  const unknownPlaces = places.filter((p) => !PLACES.includes(p));
  if (unknownPlaces.length > 0) {
    const list = unknownPlaces.map((p) => `"${p}"`).join(', ');
    issues.warning('bad-value', { nl: `Begrip "${id}": onbekende plaats ${list} (bekend: ${PLACES.join(', ')}).`, en: `Term "${id}": unknown place ${list} (known: ${PLACES.join(', ')}).` });
  }
  if (places.length > 0) term.places = places.filter((p) => PLACES.includes(p));
  const except = (raw.except ?? []).map(normalizeForm);
  if (except.length > 0) term.except = except;
  for (const k of Object.keys(replacements)) {
    if (!forms.includes(k)) issues.warning('bad-value', { nl: `Begrip "${id}": vervanging voor "${k}", maar dat is geen vorm van het begrip.`, en: `Term "${id}": a replacement for "${k}", which is not one of its forms.` });
  }
  const alternatives = (raw.alternatives ?? []).flatMap((a) => {
    const table = Object.fromEntries(Object.entries(a.replacements).filter(([k]) => forms.includes(normalizeForm(k))).map(([k, v]) => [normalizeForm(k), v]));
    if (Object.keys(table).length > 0) return [{ term: a.term, means: a.means, ...(a.explains ? { explains: a.explains } : {}), replacements: table }];
    issues.warning('bad-value', { nl: `Begrip "${id}": alternatief "${a.term}" vervangt geen enkele vorm van het begrip.`, en: `Term "${id}": alternative "${a.term}" replaces none of the term's forms.` });
    return [];
  });
  if (alternatives.length > 0) term.alternatives = alternatives;
  if (raw.compare) term.compare = raw.compare;
  return term;
}

/** A term in the lexicon file. */
export const VAGUE_TERM = object(TERM_NAME, termFields(true), { notAMap: NOT_A_TERM, build: buildTerm });
/** A term in the settings (`lexicon.extra`): also `"woord"` or `{ term, instead, replacement }`. */
export const SETTINGS_TERM = object(TERM_NAME, SETTINGS_TERM_INPUT.fields, { notAMap: NOT_A_TERM, build: buildTerm });
/** An entry of `lexicon.extra` (settings and the config file): a term's words alone (`"quick win"`), or an object. */
export const EXTRA_TERM = either<Omit<VagueTerm, 'origin'> | undefined, string | Written<typeof SETTINGS_TERM>>({
  // A term has letters: `42` is a mistake, not a word to flag.
  scalar: text({ trim: true, check: (v) => (/\p{L}/u.test(v) ? undefined : { severity: 'error', code: 'wrong-type', message: NOT_A_TERM }) }),
  object: SETTINGS_TERM,
  fromScalar: (term: string) => readPlainValue({ term }, SETTINGS_TERM).value,
  fromObject: (term: Omit<VagueTerm, 'origin'>) => term,
});

export const VAGUE_TERM_FILE = object(
  { one: { nl: 'een lexicon van vage begrippen', en: 'a vague-term lexicon' }, many: { nl: 'lexicons', en: 'lexicons' } },
  {
    format: optional(constant(1, 'unsupported-format')),
    // `terms: 3` was always reported as `missing-terms`.
    terms: required(list(VAGUE_TERM, { entries: true, key: 'id', codes: { 'wrong-type': 'missing-terms', 'missing-field': 'missing-terms' } }), 'de begrippen', {
      hint: { nl: 'een lijst "terms:" met begrippen', en: 'a list "terms:" of terms' },
    }),
  },
);

/**
 * Read a vague-term lexicon (YAML: `terms: [{id, forms, category, why, instead, replacements, compare, sources}]`).
 * Every problem has a line and column; entries with problems are skipped, the rest loads. Never throws.
 */
export function loadVagueTerms(text: string, origin: string): { terms: VagueTerm[]; problems: DataProblem[] } {
  const read = readData(text, VAGUE_TERM_FILE);
  return { terms: (read.value?.terms ?? []).map((t) => ({ ...t, origin })), problems: read.problems() };
}
