/**
 * Readable ids for commitments, from the distinctive words of each unit: the two rarest content words (in text
 * order) plus the action verb nearest to the rarest one ("toegang-griffierechten-verlagen"), or three words when
 * there is no such verb. Words of the sentence that decided the firmness (the lead) go before words of the unit's
 * other sentences; a unit with fewer than two content words of its own borrows from its heading, then its amount
 * ("media-30-mln"). Collisions get the next word, then a number, in document order. Deterministic: the same texts
 * give the same ids. Keeping ids stable across builds is lock.ts's work.
 */

import { fold } from './match';
import type { IdRules } from './rules';
import { asciiSlug, tokens } from './words';
import type { Token } from './words';

const NUMBER_WORDS = new Set(['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'honderd', 'duizend']);

/**
 * An id that says too little to be cited: fewer than two parts that carry meaning (a content word, an action verb of
 * idVerbs, or a number next to one: "defensie-10-7-miljard", "twee-nieuwe-kerncentrales"), or a part that only
 * points elsewhere (idPointers: "hier", "boven").
 */
export function weakId(id: string, rules: IdRules): boolean {
  const parts = id.split('-');
  if (parts.some((p) => rules.idPointers.has(p))) return true;
  const meaningful = (p: string) =>
    rules.idVerbNames.has(p) || rules.idShortWords.has(p) || (p.length >= 3 && !/^\d/.test(p) && !rules.idStopwords.has(p) && !rules.verbForms.has(p));
  const words = parts.filter(meaningful).length;
  const numbers = parts.some((p) => /^\d/.test(p) || NUMBER_WORDS.has(p)) ? 1 : 0;
  return words === 0 || words + numbers < 2;
}

const NOUN_SUFFIX = /(ing|heid|schap|isme|teit|tie|recht|rechten|wet|plan|fonds|beleid|zorg|stelsel|dienst|diensten|akkoord|register|heffing|toeslag|programma|agenda|norm|raad|bank|markt|loon|beurs|verbod|plicht)$/;
const ADJECTIVE = /(ige|lijke|ische|isch|iele|ele|ale|bare|ieve|ende|ste|ere)$/;

/** Words after which a noun usually follows (articles, possessives, prepositions). */
const BEFORE_NOUN = new Set(['de', 'het', 'een', 'onze', 'ons', 'deze', 'dit', 'hun', 'haar', 'elke', 'ieder', 'iedere', 'alle', 'geen', 'extra', 'van', 'voor', 'in', 'op', 'met', 'aan', 'naar', 'over', 'bij', 'tot', 'door', 'tegen', 'via', 'zoals', 'en']);

function score(t: Token, df: Map<string, number>, n: number): number {
  const idf = Math.log((n + 1) / ((df.get(t.slug) ?? 0) + 1));
  let s = idf + Math.min(t.slug.length, 14) / 28;
  if (NOUN_SUFFIX.test(t.slug)) s += 0.4;
  if (ADJECTIVE.test(t.slug) && !t.acronym) s -= 0.6;
  if (t.acronym) s += 0.3;
  if (t.nounContext) s += 0.6;
  if (t.proper) s += 0.3;
  if (/^\d/.test(t.slug)) s = 0.5;
  // Words of the lead come first; then the rest of the unit; the heading and the amount only when needed.
  if (t.borrowed === 1) s -= 1;
  if (t.borrowed === 2) s -= 3;
  if (t.borrowed === 3) s -= 4;
  return s;
}

function candidates(lead: string, rules: IdRules): Token[] {
  const seen = new Set<string>();
  const all = tokens(lead, rules);
  all.forEach((t, i) => {
    const p1 = all[i - 1]?.word.toLowerCase();
    const p2 = all[i - 2]?.word.toLowerCase();
    t.nounContext = (p1 !== undefined && BEFORE_NOUN.has(p1)) || (p2 !== undefined && BEFORE_NOUN.has(p2) && ADJECTIVE.test(all[i - 1]!.slug));
    t.proper = i > 0 && /^\p{Lu}/u.test(t.word) && !t.acronym;
  });
  return all.filter((t) => {
    const lower = t.word.toLowerCase();
    if (!t.slug || seen.has(t.slug)) return false;
    if (/^\d/.test(t.slug) && !/^(19|20)\d\d$/.test(t.slug)) return false;
    if (rules.idShortWords.has(lower)) t.acronym = true;
    if (!t.acronym && t.slug.length < 4) return false;
    if ((rules.idStopwords.has(lower) || rules.verbForms.has(lower)) && !lower.includes('-')) return false;
    seen.add(t.slug);
    return true;
  });
}

/** One commitment to name. */
export interface IdSource {
  /** The sentence that decided the firmness. */
  lead: string;
  /** The whole unit. */
  text: string;
  /** The most specific heading above it. */
  heading: string;
  /** The amount the unit names ("€30 mln"), if any. */
  amount?: string;
}

const MAX_LENGTH = 60;

/** The candidate words of each unit: its lead, then the rest of the unit, the heading and the amount when needed. */
function candidateLists(sources: readonly IdSource[], rules: IdRules): Token[][] {
  return sources.map((src) => {
    let own = candidates(src.lead, rules);
    const add = (more: Token[], borrowed: 1 | 2 | 3, offset: number) => {
      own = [...own, ...more.filter((t) => !own.some((o) => o.slug === t.slug)).map((t) => ({ ...t, at: offset + t.at, borrowed }))];
    };
    const rest = src.text.replace(src.lead, ' ');
    if (rest.trim()) add(candidates(rest, rules), 1, 50_000);
    // Fewer than two content words (an action verb counts): the heading, then the amount, lend theirs.
    const verbs = rules.idVerbs.filter((v) => {
      v.regex.lastIndex = 0;
      return v.regex.test(fold(src.lead));
    }).length;
    if (own.length + Math.min(verbs, 1) < 2) add(candidates(src.heading, rules), 2, 100_000);
    if (own.length < 2 && src.amount) {
      const slug = asciiSlug(src.amount.replace(/,/g, '-'));
      if (slug) own.push({ word: slug, slug, at: 200_000, acronym: false, borrowed: 3 });
    }
    return own;
  });
}

/** The action verb of idVerbs nearest to the unit's best word, when that word is the lead's own. */
function nearestVerb(lead: string, top: Token | undefined, rules: IdRules): string | undefined {
  if (!top || top.borrowed) return undefined;
  let verb: string | undefined;
  let bestDist = Infinity;
  const folded = fold(lead);
  for (const v of rules.idVerbs) {
    v.regex.lastIndex = 0;
    for (const m of folded.matchAll(v.regex)) {
      const d = Math.abs(m.index - top.at);
      if (d < bestDist) {
        bestDist = d;
        verb = v.slug;
      }
    }
  }
  return verb;
}

/** The slug of the `k` best words in text order, with the verb, at most MAX_LENGTH long. */
function slugOf(ranked: readonly Token[], k: number, verb: string | undefined): string {
  const words = ranked.slice(0, k).sort((a, b) => a.at - b.at).map((t) => t.slug);
  if (verb && !words.some((w) => w.startsWith(verb.slice(0, 6)) || verb.startsWith(w.slice(0, 6)))) words.push(verb);
  let slug = words.join('-');
  while (slug.length > MAX_LENGTH && words.length > 1) {
    words.splice(words.length - (verb ? 2 : 1), 1);
    slug = words.join('-');
  }
  return slug.slice(0, MAX_LENGTH).replace(/-+$/, '') || 'toezegging';
}

/**
 * Fresh ids for the units, in order. `fixed` ids (pinned by hand or kept from a lock) are kept; they and `reserved`
 * (retired and renamed ids) are never given to another unit.
 */
export function deriveIds(sources: readonly IdSource[], rules: IdRules, fixed: readonly (string | undefined)[] = [], reserved: ReadonlySet<string> = new Set()): string[] {
  const lists = candidateLists(sources, rules);
  const df = new Map<string, number>();
  for (const l of lists) for (const s of new Set(l.filter((t) => !t.borrowed).map((t) => t.slug))) df.set(s, (df.get(s) ?? 0) + 1);
  const n = sources.length;
  const used = new Set<string>([...fixed.filter((f): f is string => !!f), ...reserved]);
  const counters = new Map<string, number>();

  return sources.map((src, i) => {
    const pinned = fixed[i];
    if (pinned) return pinned;
    const ranked = [...lists[i]!].sort((a, b) => score(b, df, n) - score(a, df, n) || a.at - b.at);
    const verb = nearestVerb(src.lead, ranked[0], rules);
    // Two words and a verb, or three words; never fewer than two content words when the unit has them.
    let k = verb ? 2 : 3;
    let id = slugOf(ranked, k, verb);
    while (weakId(id, rules) && k < ranked.length) id = slugOf(ranked, ++k, verb);
    for (k++; used.has(id) && k <= ranked.length; k++) id = slugOf(ranked, k, verb);
    if (used.has(id)) {
      const stem = id;
      let c = counters.get(stem) ?? 1;
      do id = `${stem}-${++c}`;
      while (used.has(id));
      counters.set(stem, c);
    }
    used.add(id);
    return id;
  });
}
