import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { parseYaml, rangeOf } from '../data/yaml';
import type { DataProblem, Localized, Span } from '../types';

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
   * Firmer words to choose from, each with what it means, none preferred (which one fits depends on what the member
   * wants: "doorzettingsmacht" over the autonomous countries of the Kingdom would be wrong). Per alternative, the
   * replacement of each form it fits.
   */
  alternatives?: { term: string; means: Localized; replacements: Record<string, string> }[];
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
  match(text: string, from?: number, to?: number): VagueMatch[];
}

const WORD = '[\\p{L}\\p{N}]';

function formToPattern(form: string): string {
  const words = form.trim().toLowerCase().split(/\s+/);
  return words
    .map((w) => (w === '…' || w === '...' ? '(?:[\\p{L}\\p{N}’\'-]+\\s+){0,4}?' : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s+'))
    .join('')
    .replace(/\\s\+$/, '');
}

function normalizeForm(f: string): string {
  return f.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.\.\./g, '…');
}

/** Compile terms into one matcher (one regex pass per text). The first term that claims a form keeps it. */
export function createVagueLexicon(terms: VagueTerm[]): VagueLexicon {
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
  const source = forms.map((f) => `(${formToPattern(f)})`).join('|');
  const re = forms.length > 0 ? new RegExp(`(?<!${WORD}|-)(?:${source})(?!${WORD}|-${WORD})`, 'giu') : undefined;
  return {
    terms,
    match(text, from = 0, to = text.length) {
      if (!re) return [];
      const out: VagueMatch[] = [];
      // Scan only the requested range (one character of context on each side for the word-boundary checks), so
      // matching every part of a long draft stays linear in the draft.
      const base = Math.max(0, from - 1);
      const window = text.slice(base, Math.min(text.length, to + 1));
      re.lastIndex = from - base;
      let m: RegExpExecArray | null;
      while ((m = re.exec(window))) {
        const start = base + m.index;
        const end = start + m[0].length;
        if (end > to) break;
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        const form = forms[group - 1]!;
        const term = byForm.get(form);
        if (term) out.push({ start, end, term, form });
        if (m[0].length === 0) re.lastIndex++;
      }
      return out;
    },
  };
}

const FIELDS = new Set(['id', 'forms', 'category', 'why', 'instead', 'replacements', 'alternatives', 'compare', 'sources', 'places', 'except']);

/** The places a term can be limited to (part kinds of a motie and of Kamervragen). */
export const PLACES: readonly string[] = ['kop', 'aanhef', 'beraadslaging', 'overweging', 'dictum', 'header', 'vraag', 'toelichting'];

function localized(node: unknown): Localized | undefined {
  if (typeof node === 'string') return { nl: node, en: node };
  if (node && typeof node === 'object' && 'nl' in node) {
    const o = node as Record<string, unknown>;
    const nl = typeof o['nl'] === 'string' ? o['nl'] : undefined;
    const en = typeof o['en'] === 'string' ? o['en'] : nl;
    return nl ? { nl, en: en ?? nl } : undefined;
  }
  return undefined;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Validate one term given as a plain value. A settings entry may be short: a string "term" or
 * `{term: "x", instead: "…"}`; the full form is the lexicon's `{id, forms, why, instead, …}`.
 */
export function termFromValue(value: unknown, origin: string): { term?: VagueTerm; errors: Localized[]; warnings: Localized[] } {
  const errors: Localized[] = [];
  const warnings: Localized[] = [];
  if (typeof value === 'string') value = { term: value };
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { errors: [{ nl: 'Een begrip moet een object zijn (id, forms, why, instead).', en: 'A term must be an object (id, forms, why, instead).' }], warnings };
  const js = value as Record<string, unknown>;
  const single = typeof js['term'] === 'string' ? js['term'] : undefined;
  const forms = Array.isArray(js['forms']) ? js['forms'].filter((f): f is string => typeof f === 'string' && f.trim() !== '') : single ? [single] : [];
  const id = typeof js['id'] === 'string' ? js['id'] : forms[0] ? slug(forms[0]) : undefined;
  if (!id) errors.push({ nl: 'Begrip zonder "id".', en: 'Term without "id".' });
  if (forms.length === 0) errors.push({ nl: `Begrip "${id ?? '?'}" heeft geen "forms".`, en: `Term "${id ?? '?'}" has no "forms".` });
  const why = localized(js['why']) ?? (single ? { nl: 'Door de gebruiker als vaag aangemerkt.', en: 'Marked as vague by the user.' } : undefined);
  const instead = localized(js['instead']) ?? (single ? { nl: 'Formuleer concreet: wie doet wat vóór wanneer.', en: 'Be concrete: who does what by when.' } : undefined);
  if (!why || !instead) errors.push({ nl: `Begrip "${id ?? '?'}" mist "why" of "instead".`, en: `Term "${id ?? '?'}" lacks "why" or "instead".` });
  if (errors.length > 0 || !id || !why || !instead) return { errors, warnings };
  const replacements: Record<string, string> = {};
  const rep = js['replacements'] ?? (typeof js['replacement'] === 'string' && single ? { [single]: js['replacement'] } : undefined);
  if (rep && typeof rep === 'object' && !Array.isArray(rep)) {
    for (const [k, v] of Object.entries(rep)) if (typeof v === 'string') replacements[normalizeForm(k)] = v;
    for (const [k, v] of Object.entries(rep)) if (v === null) replacements[normalizeForm(k)] = '';
  }
  const list = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map(normalizeForm) : undefined;
  const places = list(js['places']);
  const unknownPlaces = (places ?? []).filter((p) => !PLACES.includes(p));
  if (unknownPlaces.length > 0) {
    const list = unknownPlaces.map((p) => `"${p}"`).join(', ');
    warnings.push({ nl: `Begrip "${id}": onbekende plaats ${list} (bekend: ${PLACES.join(', ')}).`, en: `Term "${id}": unknown place ${list} (known: ${PLACES.join(', ')}).` });
  }
  const except = list(js['except']);
  const term: VagueTerm = {
    id,
    forms: forms.map(normalizeForm),
    category: typeof js['category'] === 'string' ? js['category'] : 'vaag',
    why,
    instead,
    replacements,
    sources: Array.isArray(js['sources'])
      ? js['sources'].flatMap((s) =>
          typeof s === 'string' ? [{ url: s }] : s && typeof s === 'object' && typeof (s as { url?: unknown }).url === 'string' ? [s as { url: string; note?: string }] : [],
        )
      : [],
    origin,
  };
  if (places && places.length > 0) term.places = places.filter((p) => PLACES.includes(p));
  if (except && except.length > 0) term.except = except;
  for (const k of Object.keys(replacements)) {
    if (!term.forms.includes(normalizeForm(k)))
      warnings.push({ nl: `Begrip "${id}": vervanging voor "${k}", maar dat is geen vorm van het begrip.`, en: `Term "${id}": a replacement for "${k}", which is not one of its forms.` });
  }
  if (Array.isArray(js['alternatives'])) {
    const alternatives: NonNullable<VagueTerm['alternatives']> = [];
    for (const a of js['alternatives'] as unknown[]) {
      const o = a && typeof a === 'object' ? (a as Record<string, unknown>) : {};
      const means = localized(o['means']);
      const reps = o['replacements'] && typeof o['replacements'] === 'object' ? (o['replacements'] as Record<string, unknown>) : {};
      const table: Record<string, string> = {};
      for (const [k, v] of Object.entries(reps)) if (typeof v === 'string' && term.forms.includes(normalizeForm(k))) table[normalizeForm(k)] = v;
      if (typeof o['term'] !== 'string' || !means || Object.keys(table).length === 0) {
        warnings.push({ nl: `Begrip "${id}": een alternatief mist "term", "means" of vervangingen van vormen van het begrip.`, en: `Term "${id}": an alternative lacks "term", "means" or replacements of the term's forms.` });
        continue;
      }
      alternatives.push({ term: o['term'], means, replacements: table });
    }
    if (alternatives.length > 0) term.alternatives = alternatives;
  }
  const cmp = js['compare'] as Record<string, unknown> | undefined;
  if (cmp && typeof cmp === 'object') {
    const t = localized(cmp['term']);
    const f = localized(cmp['firm']);
    const tm = localized(cmp['termMeans']);
    const fm = localized(cmp['firmMeans']);
    if (t && f && tm && fm) term.compare = { term: t, firm: f, termMeans: tm, firmMeans: fm };
  }
  return { term, errors, warnings };
}

/** Terms from a settings value (a list); problems as messages (settings have no line numbers). */
export function loadVagueTermsFromValue(value: unknown, origin: string): { terms: VagueTerm[]; problems: string[] } {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const terms: VagueTerm[] = [];
  const problems: string[] = [];
  list.forEach((item, i) => {
    const { term, errors, warnings } = termFromValue(item, origin);
    problems.push(...[...errors, ...warnings].map((e) => `begrip ${i + 1}: ${e.nl}`));
    if (term) terms.push(term);
  });
  return { terms, problems };
}

/**
 * Read a vague-term lexicon (YAML: `terms: [{id, forms, category, why, instead, replacements, compare, sources}]`).
 * Every problem has a line and column; entries with problems are skipped, the rest loads. Never throws.
 */
export function loadVagueTerms(text: string, origin: string): { terms: VagueTerm[]; problems: DataProblem[] } {
  const { doc, reporter } = parseYaml(text);
  const at = (node: YamlNode | null | undefined, code: string, m: Localized, severity: DataProblem['severity'] = 'error') => reporter.report(rangeOf(node), severity, code, m.nl, m.en);
  const terms: VagueTerm[] = [];
  const root = doc.contents;
  const list = isMap(root) ? root.get('terms', true) : undefined;
  if (!isSeq(list)) {
    if (doc.errors.length === 0) at(root, 'missing-terms', { nl: 'Verwacht een lijst "terms:" met begrippen.', en: 'Expected a list "terms:" of terms.' });
    return { terms, problems: reporter.problems };
  }
  const seen = new Set<string>();
  const formOwner = new Map<string, string>();
  for (const item of list.items as YamlNode[]) {
    if (!isMap(item)) {
      at(item, 'wrong-type', { nl: 'Een begrip moet een object zijn (id, forms, why, instead).', en: 'A term must be an object (id, forms, why, instead).' });
      continue;
    }
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!FIELDS.has(key)) at(pair.key as YamlNode | null, 'unknown-field', { nl: `Onbekend veld "${key}".`, en: `Unknown field "${key}".` }, 'warning');
    }
    const { term, errors, warnings } = termFromValue(item.toJSON(), origin);
    for (const e of errors) at(item, 'missing-field', e);
    for (const w of warnings) at(item, 'bad-value', w, 'warning');
    if (!term) continue;
    const taken = term.forms.filter((f) => formOwner.has(f));
    if (taken.length > 0) {
      const nl = taken.map((f) => `"${f}" (al bij "${formOwner.get(f)}")`).join(', ');
      const en = taken.map((f) => `"${f}" (already in "${formOwner.get(f)}")`).join(', ');
      const forms = (item.get('forms', true) as YamlNode | undefined) ?? item;
      at(forms, 'duplicate-form', { nl: `Begrip "${term.id}": dubbele vorm ${nl}; de eerste telt.`, en: `Term "${term.id}": duplicate form ${en}; the first one counts.` }, 'warning');
    }
    if (seen.has(term.id)) {
      at((item.get('id', true) as YamlNode | undefined) ?? item, 'duplicate-id', { nl: `Dubbel id "${term.id}".`, en: `Duplicate id "${term.id}".` });
      continue;
    }
    seen.add(term.id);
    for (const f of term.forms) if (!formOwner.has(f)) formOwner.set(f, term.id);
    terms.push(term);
  }
  return { terms, problems: reporter.problems };
}
