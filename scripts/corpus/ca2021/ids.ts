/**
 * Readable, stable ids for the 2021 commitments, from the key words of each unit's lead sentence:
 * the two rarest content words (in text order) plus the action verb nearest to the rarest one
 * ("toegang-griffierechten-verlagen"), or three words when there is no such verb. Collisions get the next word,
 * then a number, in document order. Deterministic: the same text gives the same ids.
 */

import { fold } from './rules';
import type { Rules } from './rules';

export function asciiSlug(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Token {
  word: string;
  slug: string;
  at: number;
  acronym: boolean;
  nounContext?: boolean;
  proper?: boolean;
  /** From the heading, not the sentence: only used when the sentence has too few words. */
  fallback?: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    const w = m[0];
    out.push({ word: w, slug: asciiSlug(w), at: m.index, acronym: /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) });
  }
  return out;
}

const NOUN_SUFFIX = /(ing|heid|schap|isme|teit|tie|recht|rechten|wet|plan|fonds|beleid|zorg|stelsel|dienst|diensten|akkoord|register|heffing|toeslag|programma|agenda|norm|raad|bank|markt|loon|beurs|verbod|plicht)$/;
const ADJECTIVE = /(ige|lijke|ische|iele|ele|ale|bare|ieve|ende|ste|ere)$/;

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
  if (t.fallback) s -= 3;
  return s;
}

function candidates(lead: string, rules: Rules): Token[] {
  const seen = new Set<string>();
  const all = tokens(lead);
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
    if (rules.idStopwords.has(lower) || rules.verbForms.has(lower)) return false;
    seen.add(t.slug);
    return true;
  });
}

const MAX_LENGTH = 60;

/**
 * Ids for the lead sentences, in order. When a lead has fewer than two words of its own, the rest of its unit
 * (`units`) lends words, and when it has none, its heading does. `fixed` ids (from overrides) are kept and reserved. */
export function makeIds(leads: string[], rules: Rules, fixed: (string | undefined)[] = [], headings: string[] = [], units: string[] = []): string[] {
  const lists = leads.map((l, i) => {
    let own = candidates(l, rules);
    // A short lead ("Dat is onacceptabel.") borrows words from the rest of its unit, then from its heading.
    for (const [more, offset] of [[units[i], 50_000], [headings[i], 100_000]] as const) {
      if (own.length >= 2 || !more) continue;
      const extra = candidates(more, rules)
        .filter((t) => !own.some((o) => o.slug === t.slug))
        .map((t) => ({ ...t, at: offset + t.at, fallback: true }));
      if (own.length === 0 || offset === 50_000) own = [...own, ...extra];
    }
    return own;
  });
  const df = new Map<string, number>();
  for (const l of lists) for (const s of new Set(l.map((t) => t.slug))) df.set(s, (df.get(s) ?? 0) + 1);
  const n = leads.length;
  const used = new Set<string>(fixed.filter((f): f is string => !!f));
  const counters = new Map<string, number>();

  return leads.map((lead, i) => {
    const pinned = fixed[i];
    if (pinned) return pinned;
    const ranked = [...lists[i]!].sort((a, b) => score(b, df, n) - score(a, df, n) || a.at - b.at);
    const top = ranked[0];
    let verb: string | undefined;
    if (top) {
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
    }
    const build = (k: number): string => {
      const words = ranked.slice(0, k).sort((a, b) => a.at - b.at).map((t) => t.slug);
      if (verb && !words.some((w) => w.startsWith(verb!.slice(0, 6)) || verb!.startsWith(w.slice(0, 6)))) words.push(verb);
      let slug = words.join('-');
      while (slug.length > MAX_LENGTH && words.length > 1) {
        words.splice(words.length - (verb ? 2 : 1), 1);
        slug = words.join('-');
      }
      return slug.slice(0, MAX_LENGTH).replace(/-+$/, '') || 'toezegging';
    };
    const base = verb ? 2 : 3;
    let id = build(base);
    for (let k = base + 1; used.has(id) && k <= ranked.length; k++) id = build(k);
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
