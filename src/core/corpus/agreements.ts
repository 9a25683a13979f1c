/**
 * The agreement calendar (`corpus/agreements.yaml`): the cabinets' agreements and the days each governed, whether or
 * not its text is loaded. A draft dated 12 July 2022 is measured against the agreement in force that day. Pure: text in,
 * values and problems out; never throws.
 */

import { isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { DataProblem } from '../types';
import { EntryReader, readFields } from '../data/fieldReader';
import type { Corpus } from './types';
import { firstLineOf, parseYaml, rangeOf } from '../data/yamlNodes';

/** One agreement of the calendar. */
export interface AgreementDef {
  /** The corpus id a loaded text of this agreement uses (`ca2021`). */
  id: string;
  title: string;
  kind: string;
  /** The cabinet that governed on it ("Rutte IV"). */
  cabinet?: string;
  parties: string[];
  /** The day it was presented: it governs from then until the next one was presented. */
  presented: string;
  source?: string;
}

/** An agreement with the days it governs, and whether its text is loaded. */
export interface AgreementPeriod {
  id: string;
  title: string;
  /** coalitieakkoord, regeerakkoord, hoofdlijnenakkoord. */
  kind: string;
  cabinet?: string;
  parties: readonly string[];
  /** First day (ISO). */
  from: string;
  /** Last day (ISO, inclusive); open-ended for the agreement in force. */
  until?: string;
  /** The loaded corpus with this id, if any. */
  loaded: boolean;
}

/** The agreements in order of their periods. */
export interface AgreementTimeline {
  readonly periods: readonly AgreementPeriod[];
  /** The agreement in force on `date` (`YYYY-MM-DD`); undefined before the first known one. */
  on(date: string): AgreementPeriod | undefined;
  /** The period of an agreement by id. */
  get(id: string): AgreementPeriod | undefined;
  /** Whether a later agreement has been presented after this one. */
  isSucceeded(id: string): boolean;
}

const FIELDS = ['id', 'title', 'kind', 'cabinet', 'parties', 'presented', 'source'] as const;

export function loadAgreementList(text: string): { agreements: AgreementDef[]; problems: DataProblem[] } {
  const { doc, reporter: rep } = parseYaml(typeof text === 'string' ? text : '');
  const root = doc.contents as Node | null;
  const agreements: AgreementDef[] = [];
  if (!isMap(root)) {
    rep.error(firstLineOf(text, [0, text.length]), 'wrong-type', 'De akkoordenkalender moet een map zijn met "format: 1" en "agreements: [...]".', 'The agreement calendar must be a map with "format: 1" and "agreements: [...]".');
    return { agreements, problems: rep.sorted() };
  }
  const top = readFields(root, ['format', 'agreements'], rep, { nl: 'de akkoordenkalender', en: 'the agreement calendar' });
  const list = top.get('agreements')?.value;
  if (!isSeq(list)) {
    rep.error(firstLineOf(text, rangeOf(root)), 'missing-field', 'Verplicht veld "agreements" (een lijst) ontbreekt.', 'Required field "agreements" (a list) is missing.');
    return { agreements, problems: rep.sorted() };
  }
  const seen = new Set<string>();
  for (const item of list.items as Node[]) {
    if (!isMap(item)) {
      rep.error(rangeOf(item), 'wrong-type', 'Een akkoord moet een map zijn (id, title, presented …).', 'An agreement must be a map (id, title, presented …).');
      continue;
    }
    const head = firstLineOf(text, rangeOf(item));
    const entry = new EntryReader(rep, text);
    const fields = readFields(item, FIELDS, rep, { nl: 'een akkoord', en: 'an agreement' });
    const id = entry.slug(fields.get('id'));
    const title = entry.requiredString(fields, 'title', head);
    const presented = entry.date(fields.get('presented'));
    if (!fields.has('id')) entry.error(head, 'missing-field', 'Verplicht veld "id" ontbreekt.', 'Required field "id" is missing.');
    if (!fields.has('presented')) entry.error(head, 'missing-field', 'Verplicht veld "presented" (de dag van presentatie) ontbreekt.', 'Required field "presented" (the day it was presented) is missing.');
    else if (presented !== undefined && presented.length !== 10) entry.error(rangeOf(fields.get('presented')!.value), 'bad-date', 'Geef de dag van presentatie volledig: JJJJ-MM-DD.', 'Give the full day it was presented: YYYY-MM-DD.');
    if (id !== undefined && seen.has(id)) entry.error(rangeOf(fields.get('id')!.value), 'duplicate-id', `Dubbel akkoord "${id}".`, `Duplicate agreement "${id}".`);
    if (entry.failed || id === undefined || title === undefined || presented === undefined) continue;
    seen.add(id);
    const def: AgreementDef = { id, title, kind: entry.string(fields.get('kind')) ?? 'coalitieakkoord', parties: entry.stringList(fields.get('parties')) ?? [], presented };
    const cabinet = entry.string(fields.get('cabinet'));
    if (cabinet !== undefined) def.cabinet = cabinet;
    const source = entry.string(fields.get('source'));
    if (source !== undefined) def.source = source;
    agreements.push(def);
  }
  return { agreements, problems: rep.sorted() };
}

/** The day before an ISO date. */
function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A full day from a possibly partial ISO date: `2021` → `2021-01-01`, `2021-12` → `2021-12-01`. */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of a possibly partial ISO date: `2029` → `2029-12-31`, `2026-01` → `2026-01-31`. */
function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

/**
 * The timeline from the calendar and the loaded agreements. The calendar's agreements follow each other: each governs
 * from its presentation until the day before the next one's (a loaded corpus with a calendar id may set its own
 * `period`). An agreement the calendar does not know starts on its `period.from`, or else its `date`, and governs until
 * its `period.until` or until a later one starts: on a day two periods cover, the one that started last counts.
 */
export function buildTimeline(calendar: readonly AgreementDef[], corpora: readonly Corpus[]): AgreementTimeline {
  const loaded = new Map(corpora.filter((c) => c.kind === 'coalitieakkoord').map((c) => [c.id, c] as const));
  const startOf = (def: AgreementDef) => {
    const c = loaded.get(def.id);
    return c?.period?.from ? firstDay(c.period.from) : def.presented;
  };
  const chain = [...calendar].sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const periods: AgreementPeriod[] = chain.map((def, i) => {
    const c = loaded.get(def.id);
    const next = chain[i + 1];
    const until = c?.period?.until ? lastDay(c.period.until) : next ? dayBefore(startOf(next)) : undefined;
    return { id: def.id, title: c?.title ?? def.title, kind: def.kind, parties: def.parties, ...(def.cabinet ? { cabinet: def.cabinet } : {}), from: startOf(def), ...(until ? { until } : {}), loaded: !!c };
  });
  for (const c of loaded.values()) {
    const from = c.period?.from ?? c.date;
    if (calendar.some((d) => d.id === c.id) || !from) continue;
    periods.push({ id: c.id, title: c.title, kind: c.kind, parties: c.parties, from: firstDay(from), ...(c.period?.until ? { until: lastDay(c.period.until) } : {}), loaded: true });
  }
  periods.sort((a, b) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id));
  const byId = new Map(periods.map((p) => [p.id, p] as const));
  return {
    periods,
    on(date) {
      let found: AgreementPeriod | undefined;
      for (const p of periods) if (p.from <= date && (p.until === undefined || date <= p.until) && (!found || p.from >= found.from)) found = p;
      return found;
    },
    get: (id) => byId.get(id),
    isSucceeded(id) {
      const p = byId.get(id);
      return !!p && periods.some((q) => q.from > p.from);
    },
  };
}

export const emptyTimeline: AgreementTimeline = buildTimeline([], []);
