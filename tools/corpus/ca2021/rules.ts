/**
 * The classification rules of the 2021 agreement (corpus/sources/ca2021/rules.yaml), read and compiled.
 * Every check is strict: an unknown key, tag, ministry or firmness stops the build.
 */

import { parse } from 'yaml';
import { FIRMNESS_VALUES, MINISTRIES } from '../../../src/core/corpus/types';
import type { Firmness } from '../../../src/core/corpus/types';
import { fail } from '../util';
import type { DuplicateRules } from './duplicates';

export const RULES_FILE = 'corpus/sources/ca2021/rules.yaml';

/**
 * Rules match on a folded copy of the text: every accented letter replaced by its base letter (ë → e, ç → c) and any
 * other non-ASCII letter by `x`, one code unit for one, so offsets stay the same. JavaScript's `\b` only knows ASCII
 * letters; on the folded text it is a correct (and fast) word boundary for Dutch.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD')[0]!;
    if (base.charCodeAt(0) < 0x80 && /[A-Za-z]/.test(base)) out += base;
    else out += /\p{L}/u.test(ch) ? 'x' : ch;
  }
  return out;
}

/** A compiled rule pattern. `hint`: a literal the text must contain (lower case) for the pattern to match. */
export interface Matcher {
  re: RegExp;
  hint?: string;
}

/** The pattern as a plain literal once word boundaries and lookarounds are left out, if it is one. */
function literalHint(pattern: string): string | undefined {
  let core = pattern.replace(/\\b/g, '');
  for (let prev = ''; prev !== core; ) {
    prev = core;
    core = core.replace(/\(\?<?[=!][^()]*\)/g, '');
  }
  if (core.length < 2 || /[\\^$.|?*+()[\]{}]/.test(core)) return undefined;
  return core.toLowerCase();
}

export function compile(pattern: string, where: string): Matcher {
  try {
    const folded = fold(pattern);
    const m: Matcher = { re: new RegExp(folded, 'giu') };
    const hint = literalHint(folded);
    if (hint) m.hint = hint;
    return m;
  } catch (e) {
    return fail(`${where}: ongeldig patroon ${JSON.stringify(pattern)}: ${String(e)}`);
  }
}

export interface FirmnessRule {
  firmness: Firmness;
  /** Rank: lower wins among specific rules. */
  rank: number;
  /** A specific rule (onderzoek, wetgeving, financiering, doel) wins over the generic ones wherever it matches. */
  specific: boolean;
  regexes: Matcher[];
}

export interface Defaults {
  tags: string[];
  ministry?: string;
}

export interface Rules {
  gluedHeadings: { chapter: string; title: string }[];
  missingStops: { after: string; at: string }[];
  attachStarters: string[];
  /** Starters that attach only a sentence that promises nothing by itself. */
  attachWeakStarters: string[];
  /** Patterns that make a sentence refer back (hier-/daar-words, "dit", "dit doel"), searched in its first clause. */
  attachAnaphora: Matcher[];
  /** hier- and daar-words: they refer back only among the first `earlyWithin` words of the first clause. */
  attachEarlyAnaphora: Matcher[];
  earlyWithin: number;
  /** Back references anywhere in the sentence ("… ondersteunt dit.", "om dat te doen"). */
  attachAnaphoraAnywhere: Matcher[];
  /** Where a sentence's first clause ends (punctuation, subordinating conjunctions). */
  clauseEnd: RegExp;
  /** Words that do not count as the sentence's own subject matter (adverbs, adjectives) for the zero-content rule. */
  notContent: RegExp[];
  /** Starts of sentences that always continue the unit before them (exceptions, each with a reason). */
  attachSentences: string[];
  maxSentences: number;
  firmness: FirmnessRule[];
  tags: { tag: string; regexes: Matcher[] }[];
  maxTags: number;
  chapterDefaults: Map<string, Defaults>;
  headingDefaults: Map<string, Defaults>;
  tagMinistry: Map<string, string>;
  maxMinistries: number;
  idStopwords: Set<string>;
  idVerbs: { slug: string; regex: RegExp }[];
  /** Short lower-case words allowed in ids (mkb, ggz, ov …). */
  idShortWords: Set<string>;
  /** Every verb form named in the firmness rules (never used as an id noun). */
  verbForms: Set<string>;
  /** Fixed terms that stay one word in an id ("eigen risico" → "eigen-risico"). */
  idPhrases: { words: string; re: RegExp }[];
  /** Words that only point elsewhere ("hier", "boven"): an id with one says nothing. */
  idPointers: Set<string>;
  /** The verb slugs of idVerbs ("verlagen"): not content words of an id. */
  idVerbNames: Set<string>;
  /** When two commitments repeat the same promise (seeAlso); see duplicates.ts. */
  duplicates: DuplicateRules;
  /** Ids given once and withdrawn (they said nothing or something wrong): never taken from the lock or given again. */
  retiredIds: Map<string, string>;
}

/**
 * The third person present of an infinitive ("moderniseren" → "moderniseert"), so that "Defensie
 * moderniseert …" gives no id word. Dutch spelling is not fully regular: both the short and the long vowel are
 * produced ("bevorderen" → "bevordert" and "bevordeert"); a form that is no word does no harm.
 */
export function presentForms(infinitive: string): string[] {
  if (!infinitive.endsWith('en') || infinitive.length < 5) return [];
  let stem = infinitive.slice(0, -2);
  // A doubled consonant keeps the vowel short ("zetten" → "zet"); otherwise the vowel may be long ("maken" → "maak").
  const short = /(.)\1$/.test(stem);
  if (short) stem = stem.slice(0, -1);
  stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  const stems = [stem];
  const m = short ? null : /^(.*[^aeiou])([aeou])([^aeiouy])$/.exec(stem);
  if (m) stems.push(`${m[1]}${m[2]}${m[2]}${m[3]}`);
  // Only the third person: the bare stem is often a noun too ("werk", "zorg").
  return stems.map((x) => (x.endsWith('t') ? x : `${x}t`));
}

function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${where}: verwacht een map.`);
  return v as Record<string, unknown>;
}

function list(v: unknown, where: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(`${where}: verwacht een lijst.`);
  return v;
}

function strings(v: unknown, where: string): string[] {
  const l = list(v, where);
  if (l.some((x) => typeof x !== 'string')) fail(`${where}: verwacht een lijst met teksten.`);
  return l as string[];
}

function keys(o: Record<string, unknown>, allowed: string[], where: string): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(`${where}: onbekend veld "${k}".`);
}

function ministry(m: unknown, where: string): string {
  if (typeof m !== 'string' || !(m in MINISTRIES)) fail(`${where}: onbekend ministerie ${JSON.stringify(m)}.`);
  return m;
}

function needReason(o: Record<string, unknown>, where: string): void {
  if (typeof o['reason'] !== 'string' || o['reason'].trim() === '') fail(`${where}: elke regel hier moet een "reason" hebben.`);
}

export function readRules(text: string, knownTags: ReadonlySet<string>): Rules {
  const root = obj(parse(text), RULES_FILE);
  keys(root, ['gluedHeadings', 'missingStops', 'attach', 'firmness', 'maxTags', 'tags', 'defaults', 'maxMinistries', 'tagMinistry', 'idStopwords', 'idVerbs', 'idShortWords', 'idPointers', 'idPhrases', 'retiredIds', 'duplicates'], RULES_FILE);
  const tag = (t: unknown, where: string): string => {
    if (typeof t !== 'string' || !knownTags.has(t)) fail(`${where}: tag ${JSON.stringify(t)} staat niet in corpus/tags.yaml.`);
    return t;
  };

  const gluedHeadings = list(root['gluedHeadings'], 'gluedHeadings').map((g, i) => {
    const o = obj(g, `gluedHeadings[${i}]`);
    keys(o, ['chapter', 'title', 'reason'], `gluedHeadings[${i}]`);
    needReason(o, `gluedHeadings[${i}]`);
    return { chapter: String(o['chapter']), title: String(o['title']) };
  });
  const missingStops = list(root['missingStops'], 'missingStops').map((g, i) => {
    const o = obj(g, `missingStops[${i}]`);
    keys(o, ['after', 'at', 'reason'], `missingStops[${i}]`);
    needReason(o, `missingStops[${i}]`);
    return { after: String(o['after']), at: String(o['at']) };
  });
  const attach = obj(root['attach'], 'attach');
  keys(attach, ['maxSentences', 'starters', 'weakStarters', 'anaphora', 'earlyAnaphora', 'earlyWithin', 'anaphoraAnywhere', 'clauseEnd', 'notContent', 'sentences'], 'attach');
  const attachSentences = list(attach['sentences'], 'attach.sentences').map((g, i) => {
    const o = obj(g, `attach.sentences[${i}]`);
    keys(o, ['start', 'reason'], `attach.sentences[${i}]`);
    needReason(o, `attach.sentences[${i}]`);
    if (typeof o['start'] !== 'string' || !o['start'].trim()) fail(`attach.sentences[${i}]: "start" ontbreekt.`);
    return o['start'];
  });
  const regex = (v: unknown, where: string): RegExp => {
    if (typeof v !== 'string') fail(`${where}: verwacht een patroon.`);
    return compile(v, where).re;
  };

  const verbForms = new Set<string>();
  const firmness = list(root['firmness'], 'firmness').map((f, rank) => {
    const where = `firmness[${rank}]`;
    const o = obj(f, where);
    keys(o, ['firmness', 'specific', 'verbs', 'passives', 'patterns'], where);
    const name = o['firmness'];
    if (typeof name !== 'string' || !(FIRMNESS_VALUES as readonly string[]).includes(name)) fail(`${where}: onbekende firmness ${JSON.stringify(name)}.`);
    const regexes: Matcher[] = [];
    const verbs = strings(o['verbs'], `${where}.verbs`);
    for (const v of [...verbs, ...strings(o['passives'], `${where}.passives`)]) verbForms.add(v.toLowerCase());
    for (const v of verbs) for (const f of presentForms(v.toLowerCase())) verbForms.add(f);
    if (verbs.length) {
      const alt = [...new Set(verbs)].join('|');
      regexes.push(compile(`\\b(we|wij) (${alt})\\b`, where), compile(`\\b(${alt}) (we|wij)\\b`, where));
    }
    const passives = strings(o['passives'], `${where}.passives`);
    if (passives.length) {
      const alt = [...new Set(passives)].join('|');
      // "kan worden ingezet" states a possibility, not a promise.
      regexes.push(compile(`(?<!\\b(kan|kunnen|zou|zouden) )\\b(wordt|worden)\\b[^.;:]{0,120}?\\b(${alt})\\b`, where), compile(`\\b(${alt}) (wordt|worden)\\b(?! [^.;:]{0,40}\\b(kan|kunnen)\\b)`, where));
    }
    for (const p of strings(o['patterns'], `${where}.patterns`)) regexes.push(compile(p, where));
    return { firmness: name as Firmness, rank, specific: o['specific'] === true, regexes };
  });

  const tagRules = Object.entries(obj(root['tags'], 'tags')).map(([t, pats]) => ({
    tag: tag(t, `tags.${t}`),
    regexes: strings(pats, `tags.${t}`).map((p) => compile(p, `tags.${t}`)),
  }));

  const defaults = obj(root['defaults'], 'defaults');
  keys(defaults, ['chapters', 'headings'], 'defaults');
  const readDefaults = (v: unknown, where: string): Map<string, Defaults> => {
    const m = new Map<string, Defaults>();
    for (const [k, d] of Object.entries(obj(v, where))) {
      const o = obj(d, `${where}.${k}`);
      keys(o, ['tags', 'ministry'], `${where}.${k}`);
      const def: Defaults = { tags: strings(o['tags'], `${where}.${k}.tags`).map((t) => tag(t, `${where}.${k}`)) };
      if (o['ministry'] !== undefined) def.ministry = ministry(o['ministry'], `${where}.${k}`);
      m.set(k, def);
    }
    return m;
  };

  const tagMinistry = new Map<string, string>();
  for (const [t, m] of Object.entries(obj(root['tagMinistry'], 'tagMinistry'))) tagMinistry.set(tag(t, 'tagMinistry'), ministry(m, `tagMinistry.${t}`));

  const num = (v: unknown, where: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) fail(`${where}: verwacht een positief geheel getal.`);
    return v;
  };
  const dup = obj(root['duplicates'], 'duplicates');
  keys(dup, ['stopwords', 'aliases', 'rareAt', 'minShared', 'strong', 'weak'], 'duplicates');
  const fraction = (v: unknown, where: string): number => {
    if (typeof v !== 'number' || !(v > 0 && v <= 1)) fail(`${where}: verwacht een getal tussen 0 en 1.`);
    return v;
  };
  const tier = (v: unknown, where: string) => {
    const o = obj(v, where);
    keys(o, ['similarity', 'rare'], where);
    return { similarity: fraction(o['similarity'], `${where}.similarity`), rare: num(o['rare'], `${where}.rare`) };
  };
  const duplicates: DuplicateRules = {
    stopwords: new Set(strings(dup['stopwords'], 'duplicates.stopwords').map((w) => w.toLowerCase())),
    aliases: new Map(Object.entries(obj(dup['aliases'] ?? {}, 'duplicates.aliases')).map(([k, v]) => [k.toLowerCase(), String(v).toLowerCase().split(/\s+/)])),
    rareAt: num(dup['rareAt'], 'duplicates.rareAt'),
    minShared: num(dup['minShared'], 'duplicates.minShared'),
    strong: tier(dup['strong'], 'duplicates.strong'),
    weak: tier(dup['weak'], 'duplicates.weak'),
  };

  return {
    gluedHeadings,
    duplicates,
    missingStops,
    attachStarters: strings(attach['starters'], 'attach.starters'),
    attachWeakStarters: strings(attach['weakStarters'], 'attach.weakStarters'),
    attachAnaphora: strings(attach['anaphora'], 'attach.anaphora').map((p) => compile(p, 'attach.anaphora')),
    attachEarlyAnaphora: strings(attach['earlyAnaphora'], 'attach.earlyAnaphora').map((p) => compile(p, 'attach.earlyAnaphora')),
    earlyWithin: num(attach['earlyWithin'], 'attach.earlyWithin'),
    attachAnaphoraAnywhere: strings(attach['anaphoraAnywhere'], 'attach.anaphoraAnywhere').map((p) => compile(p, 'attach.anaphoraAnywhere')),
    clauseEnd: regex(attach['clauseEnd'], 'attach.clauseEnd'),
    notContent: strings(attach['notContent'], 'attach.notContent').map((p) => new RegExp(`^(?:${p})$`, 'u')),
    attachSentences,
    maxSentences: num(attach['maxSentences'], 'attach.maxSentences'),
    firmness,
    tags: tagRules,
    maxTags: num(root['maxTags'], 'maxTags'),
    chapterDefaults: readDefaults(defaults['chapters'], 'defaults.chapters'),
    headingDefaults: readDefaults(defaults['headings'], 'defaults.headings'),
    tagMinistry,
    maxMinistries: num(root['maxMinistries'], 'maxMinistries'),
    idStopwords: new Set(strings(root['idStopwords'], 'idStopwords').map((w) => w.toLowerCase())),
    idVerbs: Object.entries(obj(root['idVerbs'], 'idVerbs')).map(([slug, p]) => ({ slug, regex: compile(String(p), `idVerbs.${slug}`).re })),
    idVerbNames: new Set(Object.keys(obj(root['idVerbs'], 'idVerbs'))),
    idPointers: new Set(strings(root['idPointers'], 'idPointers').map((w) => w.toLowerCase())),
    idPhrases: strings(root['idPhrases'], 'idPhrases').map((w) => ({
      words: w.toLowerCase().replace(/ /g, '-'),
      re: new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'),
    })),
    retiredIds: new Map(
      list(root['retiredIds'], 'retiredIds').map((g, i) => {
        const o = obj(g, `retiredIds[${i}]`);
        keys(o, ['id', 'reason'], `retiredIds[${i}]`);
        needReason(o, `retiredIds[${i}]`);
        if (typeof o['id'] !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(o['id'])) fail(`retiredIds[${i}]: "id" moet een slug zijn.`);
        return [o['id'], String(o['reason'])] as const;
      }),
    ),
    verbForms,
    idShortWords: new Set(strings(root['idShortWords'], 'idShortWords').map((w) => w.toLowerCase())),
  };
}

/**
 * The first match of any matcher in `text`: its position, or -1. Pass the text through `fold` first (positions
 * are the same as in the original); `lower` is its lower case.
 */
export function firstIndex(matchers: Matcher[], text: string, lower = text.toLowerCase()): number {
  let best = -1;
  for (const m of matchers) {
    if (m.hint !== undefined && !lower.includes(m.hint)) continue;
    m.re.lastIndex = 0;
    const r = m.re.exec(text);
    if (r && (best < 0 || r.index < best)) best = r.index;
  }
  return best;
}
