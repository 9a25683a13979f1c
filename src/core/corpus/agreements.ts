/**
 * The agreement calendar (`corpus/agreements.yaml`): the cabinets' agreements and the days each governed, whether or
 * not its text is loaded. A draft dated 12 July 2022 is measured against the agreement in force that day. Pure: text in,
 * values and problems out; never throws.
 */

import type { DataProblem } from '../types';
import { constant, date, list, object, optional, required, slug, string, text, withDefault } from '../data/schema';
import { readData } from '../data/reader';
import { CORPUS_FORMAT } from './types';
import type { Corpus } from './types';
import { byCodeUnits } from '../text/order';

/** One agreement of the calendar. */
export const AGREEMENT = object(
  { one: { nl: 'een akkoord', en: 'an agreement' }, many: { nl: 'akkoorden', en: 'agreements' } },
  {
    id: required(slug(), 'de corpus-id die een geladen tekst van dit akkoord gebruikt (`ca2021`)'),
    title: required(text(), 'titel van het akkoord'),
    kind: withDefault(string(), 'coalitieakkoord', '`coalitieakkoord`, `regeerakkoord` of `hoofdlijnenakkoord`'),
    cabinet: optional(string(), 'het kabinet dat erop regeerde ("Rutte IV")'),
    parties: withDefault(list(string()), [], 'de partijen'),
    presented: required(date({ fullDay: true }), 'de dag van presentatie: het geldt vanaf dan tot het volgende werd gepresenteerd', {
      hint: { nl: 'de dag van presentatie', en: 'the day it was presented' },
    }),
    source: optional(text(), 'waar de presentatie te vinden is'),
  },
);

export const AGREEMENT_FILE = object(
  { one: { nl: 'de akkoordenkalender', en: 'the agreement calendar' }, many: { nl: 'akkoordenkalenders', en: 'agreement calendars' } },
  {
    format: optional(constant(CORPUS_FORMAT, 'unsupported-format')),
    agreements: required(list(AGREEMENT, { entries: true, key: 'id' })),
  },
);

/** One agreement of the calendar (checked against `AGREEMENT` by test/unit/data/schemaTypes.test.ts, as the corpus types are). */
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
  /** Whether the agreement `id` (of the calendar) was presented only after `date` (`YYYY-MM-DD`): it did not exist yet. */
  presentedAfter(id: string, date: string): boolean;
}

/** Read the calendar (`corpus/agreements.yaml`); a broken agreement is reported and skipped. Never throws. */
export function loadAgreementList(text: string): { agreements: AgreementDef[]; problems: DataProblem[] } {
  const read = readData(text, AGREEMENT_FILE);
  return { agreements: read.value?.agreements ?? [], problems: read.problems() };
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
  const chain = [...calendar].sort((a, b) => byCodeUnits(startOf(a), startOf(b)));
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
  periods.sort((a, b) => byCodeUnits(a.from, b.from) || byCodeUnits(a.id, b.id));
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
    presentedAfter: (id, date) => (byId.get(id)?.from ?? '') > date,
  };
}

export const emptyTimeline: AgreementTimeline = buildTimeline([], []);
