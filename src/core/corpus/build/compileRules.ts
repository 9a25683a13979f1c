/**
 * Reading and compiling a rule table (the format of `corpus/sources/ca2021/rules.yaml`). Strict: an unknown key,
 * tag, ministry or firmness is a problem; never throws. The caller decides what a problem means (the build tool
 * stops, an importer shows them).
 */

import { parseDocument } from 'yaml';
import { FIRMNESS_VALUES, MINISTRIES } from '../types';
import type { Firmness } from '../types';
import type { Matcher } from './match';
import type { BuildProblem } from './problems';
import type { FirmnessRule, HeadingDefaults, IdRules, RepeatRules, Rules, TagRules, UnitRules } from './rules';
import { TableReader } from './tableReader';
import type { Table } from './tableReader';
import { overlayRuleTable } from './overlay';
import { presentForms } from './verbForms';
import { own } from '../../text/own';

export interface RuleOptions {
  /** The tag ids a rule may name (corpus/tags.yaml). */
  knownTags: ReadonlySet<string>;
  /** The file name used in problems. */
  file?: string;
}

export interface CompiledRules {
  /** Present also when there are problems (with the faulty parts left empty), so a caller may go on for a preview. */
  rules: Rules;
  problems: BuildProblem[];
}

const TOP_LEVEL = ['gluedHeadings', 'missingStops', 'attach', 'firmness', 'maxTags', 'tags', 'defaults', 'maxMinistries', 'tagMinistry', 'idStopwords', 'idVerbs', 'idShortWords', 'idPointers', 'idPhrases', 'retiredIds', 'duplicates'];
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** One layer of a rule table: its YAML text and the file name used in problems. */
export interface RuleLayer {
  text: string;
  file: string;
}

/** Parse one layer; a YAML error (or a document that expands too many aliases) is a problem, not a crash. */
function parseLayer(layer: RuleLayer): { table: unknown; problems: BuildProblem[] } {
  const doc = parseDocument(layer.text);
  const problem = (message: string): BuildProblem => ({ code: 'rules-yaml', where: layer.file, message: { nl: `YAML-fout: ${message}`, en: `YAML error: ${message}` } });
  if (doc.errors.length > 0) return { table: {}, problems: doc.errors.map((e) => problem(e.message)) };
  try {
    return { table: doc.toJS(), problems: [] };
  } catch (e) {
    // toJS refuses documents that expand too many aliases (a "billion laughs" file).
    return { table: {}, problems: [problem(String(e))] };
  }
}

/** Parse and compile a rule table from its YAML text. */
export function readRules(text: string, options: RuleOptions): CompiledRules {
  return readRuleLayers([{ text, file: options.file ?? 'rules' }], options);
}

/**
 * Parse rule tables in layers and compile what they make together: the generic table first, then the tables over
 * it (see `overlayRuleTable`). Problems name the layer they are in; a YAML error in any layer gives the empty table.
 */
export function readRuleLayers(layers: readonly RuleLayer[], options: Omit<RuleOptions, 'file'>): CompiledRules {
  const parsed = layers.map(parseLayer);
  const file = layers.map((l) => l.file).join(' + ') || 'rules';
  const syntax = parsed.flatMap((p) => p.problems);
  if (syntax.length) return { rules: compileRules({}, { ...options, file }).rules, problems: syntax };
  const table = parsed.reduce<unknown>((base, p) => overlayRuleTable(base, p.table), undefined);
  return compileRules(table, { ...options, file });
}

/** Compile a rule table already parsed into plain data. */
export function compileRules(table: unknown, options: RuleOptions): CompiledRules {
  const reader = new TableReader(options.file ?? 'rules');
  const root = reader.map(table, '');
  reader.keys(root, TOP_LEVEL, '');
  const tag = (t: unknown, where: string): string => {
    if (typeof t !== 'string' || !options.knownTags.has(t)) {
      reader.problem('rules-unknown-tag', where, `tag ${JSON.stringify(t)} staat niet in corpus/tags.yaml.`, `tag ${JSON.stringify(t)} is not in corpus/tags.yaml.`);
    }
    return String(t);
  };
  const firmness = readFirmness(reader, root['firmness']);
  const rules: Rules = {
    gluedHeadings: readPairs(reader, root['gluedHeadings'], 'gluedHeadings', 'chapter', 'title').map(([chapter, title]) => ({ chapter, title })),
    ...readUnitRules(reader, root),
    firmness: firmness.rules,
    ...readTagRules(reader, root, tag),
    ...readIdRules(reader, root, firmness.verbForms),
    duplicates: readRepeatRules(reader, root['duplicates']),
  };
  return { rules, problems: reader.problems.problems };
}

/** A list of `{ a, b, reason }` entries. */
function readPairs(reader: TableReader, value: unknown, where: string, a: string, b: string): [string, string][] {
  return reader.list(value, where).map((entry, i) => {
    const at = `${where}[${i}]`;
    const o = reader.map(entry, at);
    reader.keys(o, [a, b, 'reason'], at);
    reader.reason(o, at);
    return [String(o[a]), String(o[b])];
  });
}

function readUnitRules(reader: TableReader, root: Table): UnitRules {
  const attach = reader.map(root['attach'], 'attach');
  reader.keys(attach, ['maxSentences', 'starters', 'weakStarters', 'anaphora', 'earlyAnaphora', 'earlyWithin', 'anaphoraAnywhere', 'clauseEnd', 'notContent', 'sentences'], 'attach');
  const attachSentences = reader.list(attach['sentences'], 'attach.sentences').map((entry, i) => {
    const at = `attach.sentences[${i}]`;
    const o = reader.map(entry, at);
    reader.keys(o, ['start', 'reason'], at);
    reader.reason(o, at);
    if (typeof o['start'] !== 'string' || !o['start'].trim()) {
      reader.problem('rules-missing-field', at, '"start" ontbreekt.', '"start" is missing.');
      return '\u0000';
    }
    return o['start'];
  });
  const clauseEnd = attach['clauseEnd'];
  if (typeof clauseEnd !== 'string') reader.problem('rules-not-a-pattern', 'attach.clauseEnd', 'verwacht een patroon.', 'expected a pattern.');
  return {
    missingStops: readPairs(reader, root['missingStops'], 'missingStops', 'after', 'at').map(([after, at]) => ({ after, at })),
    attachStarters: reader.strings(attach['starters'], 'attach.starters').map((w) => starterPattern(reader, w, 'attach.starters')),
    attachWeakStarters: reader.strings(attach['weakStarters'], 'attach.weakStarters').map((w) => starterPattern(reader, w, 'attach.weakStarters')),
    attachAnaphora: reader.matchers(attach['anaphora'], 'attach.anaphora'),
    attachEarlyAnaphora: reader.matchers(attach['earlyAnaphora'], 'attach.earlyAnaphora'),
    earlyWithin: reader.positiveInteger(attach['earlyWithin'], 'attach.earlyWithin'),
    attachAnaphoraAnywhere: reader.matchers(attach['anaphoraAnywhere'], 'attach.anaphoraAnywhere'),
    clauseEnd: typeof clauseEnd === 'string' ? reader.matcher(clauseEnd, 'attach.clauseEnd').re : /(?!)/gu,
    notContent: reader.strings(attach['notContent'], 'attach.notContent').map((p) => reader.regex(`^(?:${p})$`, 'attach.notContent')),
    attachSentences,
    maxSentences: reader.positiveInteger(attach['maxSentences'], 'attach.maxSentences'),
  };
}

/**
 * A starter as a pattern on the start of a sentence: one that ends in a space ("Zo ", "Wel ") is a literal prefix;
 * any other is a pattern that must end at a word boundary ("Dit" does not start "Ditmaal").
 */
function starterPattern(reader: TableReader, starter: string, where: string): RegExp {
  if (starter.endsWith(' ')) return new RegExp(`^${starter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  return reader.regex(`^${starter}(?![\\p{L}\\p{N}])`, where);
}

/**
 * The firmness rules in order (the order is the rank). `verbs` become "we <verb>" and "<verb> we"; `passives`
 * become "wordt/worden … <participle>" unless a modal makes it a mere possibility.
 */
function readFirmness(reader: TableReader, value: unknown): { rules: FirmnessRule[]; verbForms: Set<string> } {
  const verbForms = new Set<string>();
  const rules = reader.list(value, 'firmness').map((entry, rank) => {
    const where = `firmness[${rank}]`;
    const o = reader.map(entry, where);
    reader.keys(o, ['firmness', 'specific', 'verbs', 'passives', 'patterns'], where);
    const name = o['firmness'];
    if (typeof name !== 'string' || !(FIRMNESS_VALUES as readonly string[]).includes(name)) {
      reader.problem('rules-unknown-firmness', where, `onbekende firmness ${JSON.stringify(name)}.`, `unknown firmness ${JSON.stringify(name)}.`);
    }
    const regexes: Matcher[] = [];
    const verbs = reader.strings(o['verbs'], `${where}.verbs`);
    const passives = reader.strings(o['passives'], `${where}.passives`);
    for (const v of [...verbs, ...passives]) verbForms.add(v.toLowerCase());
    for (const v of verbs) for (const f of presentForms(v.toLowerCase())) verbForms.add(f);
    if (verbs.length) {
      const alt = [...new Set(verbs)].join('|');
      regexes.push(reader.matcher(`\\b(we|wij) (${alt})\\b`, where), reader.matcher(`\\b(${alt}) (we|wij)\\b`, where));
    }
    if (passives.length) {
      const alt = [...new Set(passives)].join('|');
      // "kan worden ingezet" states a possibility, not a promise.
      regexes.push(
        reader.matcher(`(?<!\\b(kan|kunnen|zou|zouden) )\\b(wordt|worden)\\b[^.;:]{0,120}?\\b(${alt})\\b`, where),
        reader.matcher(`\\b(${alt}) (wordt|worden)\\b(?! [^.;:]{0,40}\\b(kan|kunnen)\\b)`, where),
      );
    }
    regexes.push(...reader.matchers(o['patterns'], `${where}.patterns`));
    return { firmness: name as Firmness, rank, specific: o['specific'] === true, regexes };
  });
  return { rules, verbForms };
}

function readTagRules(reader: TableReader, root: Table, tag: (t: unknown, where: string) => string): TagRules {
  const ministry = (m: unknown, where: string): string => {
    if (typeof m !== 'string' || own(MINISTRIES, m) === undefined) {
      reader.problem('rules-unknown-ministry', where, `onbekend ministerie ${JSON.stringify(m)}.`, `unknown ministry ${JSON.stringify(m)}.`);
    }
    return String(m);
  };
  const readDefaults = (value: unknown, where: string): Map<string, HeadingDefaults> => {
    const out = new Map<string, HeadingDefaults>();
    for (const [heading, entry] of Object.entries(reader.map(value, where))) {
      const at = `${where}.${heading}`;
      const o = reader.map(entry, at);
      reader.keys(o, ['tags', 'ministry'], at);
      const defaults: HeadingDefaults = { tags: reader.strings(o['tags'], `${at}.tags`).map((t) => tag(t, at)) };
      if (o['ministry'] !== undefined) defaults.ministry = ministry(o['ministry'], at);
      out.set(heading, defaults);
    }
    return out;
  };
  const defaults = reader.map(root['defaults'], 'defaults');
  reader.keys(defaults, ['chapters', 'headings'], 'defaults');
  const tagMinistry = new Map<string, string>();
  for (const [t, m] of Object.entries(reader.map(root['tagMinistry'], 'tagMinistry'))) tagMinistry.set(tag(t, 'tagMinistry'), ministry(m, `tagMinistry.${t}`));
  return {
    tags: Object.entries(reader.map(root['tags'], 'tags')).map(([t, patterns]) => ({ tag: tag(t, `tags.${t}`), regexes: reader.matchers(patterns, `tags.${t}`) })),
    maxTags: reader.positiveInteger(root['maxTags'], 'maxTags'),
    chapterDefaults: readDefaults(defaults['chapters'], 'defaults.chapters'),
    headingDefaults: readDefaults(defaults['headings'], 'defaults.headings'),
    tagMinistry,
    maxMinistries: reader.positiveInteger(root['maxMinistries'], 'maxMinistries'),
  };
}

function readIdRules(reader: TableReader, root: Table, verbForms: Set<string>): IdRules {
  const lower = (value: unknown, where: string) => new Set(reader.strings(value, where).map((w) => w.toLowerCase()));
  const idVerbs = reader.map(root['idVerbs'], 'idVerbs');
  const retiredIds = new Map<string, string>();
  reader.list(root['retiredIds'], 'retiredIds').forEach((entry, i) => {
    const at = `retiredIds[${i}]`;
    const o = reader.map(entry, at);
    reader.keys(o, ['id', 'reason'], at);
    reader.reason(o, at);
    if (typeof o['id'] !== 'string' || !SLUG.test(o['id'])) reader.problem('rules-not-a-slug', at, '"id" moet een slug zijn.', '"id" must be a slug.');
    else retiredIds.set(o['id'], String(o['reason']));
  });
  return {
    idStopwords: lower(root['idStopwords'], 'idStopwords'),
    idVerbs: Object.entries(idVerbs).map(([slug, p]) => ({ slug, regex: reader.matcher(String(p), `idVerbs.${slug}`).re })),
    idVerbNames: new Set(Object.keys(idVerbs)),
    idPointers: lower(root['idPointers'], 'idPointers'),
    idPhrases: reader.strings(root['idPhrases'], 'idPhrases').map((w) => ({
      words: w.toLowerCase().replace(/ /g, '-'),
      re: new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'),
    })),
    retiredIds,
    verbForms,
    idShortWords: lower(root['idShortWords'], 'idShortWords'),
  };
}

function readRepeatRules(reader: TableReader, value: unknown): RepeatRules {
  const dup = reader.map(value, 'duplicates');
  reader.keys(dup, ['stopwords', 'aliases', 'rareAt', 'minShared', 'strong', 'weak'], 'duplicates');
  const tier = (v: unknown, where: string) => {
    const o = reader.map(v, where);
    reader.keys(o, ['similarity', 'rare'], where);
    return { similarity: reader.fraction(o['similarity'], `${where}.similarity`), rare: reader.positiveInteger(o['rare'], `${where}.rare`) };
  };
  return {
    stopwords: new Set(reader.strings(dup['stopwords'], 'duplicates.stopwords').map((w) => w.toLowerCase())),
    aliases: new Map(Object.entries(reader.map(dup['aliases'] ?? {}, 'duplicates.aliases')).map(([k, v]) => [k.toLowerCase(), String(v).toLowerCase().split(/\s+/)])),
    rareAt: reader.positiveInteger(dup['rareAt'], 'duplicates.rareAt'),
    minShared: reader.positiveInteger(dup['minShared'], 'duplicates.minShared'),
    strong: tier(dup['strong'], 'duplicates.strong'),
    weak: tier(dup['weak'], 'duplicates.weak'),
  };
}
