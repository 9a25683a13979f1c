import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline, loadAgreementList, type AgreementDef } from '../../../src/core/corpus/agreements';
import { loadCorpus } from '../../../src/core/corpus/load';
import type { Corpus } from '../../../src/core/corpus/types';
import type { DataProblem } from '../../../src/core/types';

const ROOT = path.resolve(__dirname, '../../..');
const BUILTIN = loadAgreementList(readFileSync(path.join(ROOT, 'corpus', 'agreements.yaml'), 'utf8'));
const CALENDAR: readonly AgreementDef[] = BUILTIN.agreements;

/** A loaded coalitieakkoord with `extra` header lines (`period: …`, `date: …`). */
function corpus(id: string, extra = 'date: 2026-01-30\n'): Corpus {
  const text = `format: 1\nid: ${id}\ntitle: "Akkoord ${id}"\nkind: coalitieakkoord\n${extra}complete: false\nsource: { verified: original }\ncommitments: []\n`;
  const { corpus: c, problems } = loadCorpus(text, `file:///${id}.akkoord.yaml`);
  expect(problems).toEqual([]);
  return c!;
}

/** The exact source text a problem points at. */
const covered = (text: string, p: DataProblem) => text.split('\n')[p.line]!.slice(p.character, p.endLine === p.line ? p.endCharacter : undefined);

describe('the built-in agreement calendar', () => {
  it('loads without problems', () => {
    expect(BUILTIN.problems).toEqual([]);
  });

  it('holds the five agreements since 2012, each with the day it was presented, its cabinet and parties', () => {
    expect(CALENDAR.map((a) => [a.id, a.title, a.kind, a.cabinet, a.presented])).toEqual([
      ['ra2012', 'Bruggen slaan', 'regeerakkoord', 'Rutte II', '2012-10-29'],
      ['ra2017', 'Vertrouwen in de toekomst', 'regeerakkoord', 'Rutte III', '2017-10-10'],
      ['ca2021', 'Omzien naar elkaar, vooruitkijken naar de toekomst', 'coalitieakkoord', 'Rutte IV', '2021-12-15'],
      ['hla2024', 'Hoop, lef en trots', 'hoofdlijnenakkoord', 'Schoof', '2024-05-16'],
      ['ca2026', 'Aan de slag. Bouwen aan een beter Nederland', 'coalitieakkoord', 'Jetten', '2026-01-30'],
    ]);
    expect(CALENDAR.find((a) => a.id === 'ca2026')!.parties).toEqual(['D66', 'VVD', 'CDA']);
    expect(CALENDAR.find((a) => a.id === 'hla2024')!.parties).toEqual(['PVV', 'VVD', 'NSC', 'BBB']);
    for (const a of CALENDAR) expect(a.source, a.id).toBeTruthy();
  });
});

describe('loading a broken calendar', () => {
  const text = [
    'format: 1', //                           0
    'agreements:',
    '  - id: a2012', //                       2
    '    title: "Eerste"',
    '    presented: 2012-10-29',
    '  - id: Fout Id', //                     5: not a slug
    '    title: "Tweede"',
    '    presented: 2017-10-10',
    '  - id: b2017', //                       8: no title
    '    presented: 2017-10-10',
    '  - id: c2021',
    '    title: "Derde"',
    '    presented: 2021-12', //              12: not a full day
    '  - id: a2012', //                       13: duplicate
    '    title: "Dubbel"',
    '    presented: 2022-01-01',
    '  - id: d2024',
    '    title: "Vierde"',
    '    presented: 31-02-2024', //           18: no ISO date
    '  - id: e2026',
    '    title: "Vijfde"',
    '    presented: 2026-01-30',
    '    kleur: rood', //                     22: unknown field (a warning; the entry stays)
    '  - gewoon tekst', //                    23: not a map
    '  - id: f2027', //                       24: no presented
    '    title: "Zesde"',
  ].join('\n');
  const r = loadAgreementList(text);

  it('reports every problem at its line, with the text it is about', () => {
    expect(r.problems.map((p) => [p.line, p.severity, p.code, covered(text, p)])).toEqual([
      [5, 'error', 'invalid-slug', 'Fout Id'],
      [8, 'error', 'missing-field', 'id: b2017'],
      [12, 'error', 'bad-date', '2021-12'],
      [13, 'error', 'duplicate-id', 'a2012'],
      [18, 'error', 'bad-date', '31-02-2024'],
      [22, 'warning', 'unknown-field', 'kleur'],
      [23, 'error', 'wrong-type', 'gewoon tekst'],
      [24, 'error', 'missing-field', 'id: f2027'],
    ]);
  });

  it('keeps the valid rest (the first of a duplicate id)', () => {
    expect(r.agreements.map((a) => [a.id, a.title, a.presented])).toEqual([
      ['a2012', 'Eerste', '2012-10-29'],
      ['e2026', 'Vijfde', '2026-01-30'],
    ]);
    expect(r.agreements[0]!.kind).toBe('coalitieakkoord');
  });

  it('never throws, and says what is wrong with the whole', () => {
    for (const g of ['', 'x', '[1, 2]', 'format: 1', 'format: 1\nagreements: 3', '\u0000', ': :', 'agreements:\n  - [']) {
      expect(() => loadAgreementList(g), g).not.toThrow();
      const { agreements, problems } = loadAgreementList(g);
      expect(agreements, g).toEqual([]);
      expect(problems.length, g).toBeGreaterThan(0);
    }
    expect(loadAgreementList('format: 1').problems.map((p) => p.code)).toEqual(['missing-field']);
    expect(loadAgreementList('[1, 2]').problems.map((p) => p.code)).toEqual(['wrong-type']);
  });
});

describe('buildTimeline', () => {
  const timeline = buildTimeline(CALENDAR, []);

  it('gives each agreement the days until the next one was presented; the last is open-ended', () => {
    expect(timeline.periods.map((p) => [p.id, p.from, p.until, p.loaded])).toEqual([
      ['ra2012', '2012-10-29', '2017-10-09', false],
      ['ra2017', '2017-10-10', '2021-12-14', false],
      ['ca2021', '2021-12-15', '2024-05-15', false],
      ['hla2024', '2024-05-16', '2026-01-29', false],
      ['ca2026', '2026-01-30', undefined, false],
    ]);
  });

  const on: [string, string | undefined][] = [
    ['2011-12-31', undefined],
    ['2012-10-28', undefined],
    ['2012-10-29', 'ra2012'],
    ['2017-10-09', 'ra2012'],
    ['2017-10-10', 'ra2017'],
    ['2021-12-14', 'ra2017'],
    ['2021-12-15', 'ca2021'],
    ['2022-07-12', 'ca2021'],
    ['2024-05-15', 'ca2021'],
    ['2024-05-16', 'hla2024'],
    ['2026-01-29', 'hla2024'],
    ['2026-01-30', 'ca2026'],
    ['2031-06-01', 'ca2026'],
  ];
  for (const [date, id] of on) it(`on ${date}: ${id ?? 'none'}`, () => expect(timeline.on(date)?.id).toBe(id));

  it('finds a period by id', () => {
    expect(timeline.get('hla2024')).toMatchObject({ title: 'Hoop, lef en trots', kind: 'hoofdlijnenakkoord', cabinet: 'Schoof', from: '2024-05-16', until: '2026-01-29' });
    expect(timeline.get('bestaat-niet')).toBeUndefined();
  });

  it('isSucceeded: whether a later agreement was presented', () => {
    expect(['ra2012', 'ra2017', 'ca2021', 'hla2024'].every((id) => timeline.isSucceeded(id))).toBe(true);
    expect(timeline.isSucceeded('ca2026')).toBe(false);
    expect(timeline.isSucceeded('bestaat-niet')).toBe(false);
  });

  it('marks the agreements whose text is loaded, with the loaded title', () => {
    const t = buildTimeline(CALENDAR, [corpus('ca2021', 'date: 2021-12-15\n'), corpus('ca2026')]);
    expect(t.periods.filter((p) => p.loaded).map((p) => p.id)).toEqual(['ca2021', 'ca2026']);
    expect(t.get('ca2021')!.title).toBe('Akkoord ca2021');
    expect(t.get('hla2024')!.loaded).toBe(false);
  });

  it('a loaded agreement’s own `period` moves its start and the end of the one before', () => {
    const t = buildTimeline(CALENDAR, [corpus('hla2024', 'date: 2024-05-16\nperiod: { from: 2024-07-02 }\n')]);
    expect(t.get('ca2021')!.until).toBe('2024-07-01');
    expect(t.get('hla2024')).toMatchObject({ from: '2024-07-02', until: '2026-01-29', loaded: true });
    expect(t.on('2024-07-01')?.id).toBe('ca2021');
    expect(t.on('2024-07-02')?.id).toBe('hla2024');
  });

  it('a loaded agreement the calendar does not know starts on its `period.from`, or else its `date`, and counts from then', () => {
    const t = buildTimeline(CALENDAR, [corpus('ca2028', 'date: 2028-03\n')]);
    // The calendar's last agreement stays open; from the day the later one starts, the later one counts.
    expect(t.on('2028-02-29')?.id).toBe('ca2026');
    expect(t.get('ca2028')).toMatchObject({ from: '2028-03-01', loaded: true });
    expect(t.get('ca2028')!.until).toBeUndefined();
    expect(t.on('2028-03-01')?.id).toBe('ca2028');
    expect(t.isSucceeded('ca2026')).toBe(true);
    const own = buildTimeline(CALENDAR, [corpus('ca2028', 'date: 2027-01-01\nperiod: { from: 2028-04-01 }\n')]);
    expect(own.get('ca2028')!.from).toBe('2028-04-01');
  });

  it('a declared end holds, also for the last agreement', () => {
    const t = buildTimeline(CALENDAR, [corpus('ca2026', 'date: 2026-01-30\nperiod: { from: 2026-01-30, until: 2029-12-31 }\n')]);
    expect(t.get('ca2026')!.until).toBe('2029-12-31');
    expect(t.on('2029-12-31')?.id).toBe('ca2026');
    expect(t.on('2030-01-01')).toBeUndefined();
  });

  it('a declared end written as a year or a month (which the corpus loader accepts) runs to the end of that year or month', () => {
    const year = buildTimeline(CALENDAR, [corpus('ca2026', 'date: 2026-01-30\nperiod: { from: 2026-01-30, until: 2029 }\n')]);
    expect(year.on('2029-06-01')?.id).toBe('ca2026');
    expect(year.on('2030-01-01')).toBeUndefined();
    const month = buildTimeline(CALENDAR, [corpus('hla2024', 'date: 2024-05-16\nperiod: { from: 2024-05-16, until: 2026-01 }\n')]);
    expect(month.on('2026-01-15')?.id).toBe('hla2024');
  });

  it('only coalition agreements take part; without a calendar the loaded ones make the timeline', () => {
    const programme = { ...corpus('programma', 'date: 2025-01-01\n'), kind: 'overig' } as Corpus;
    expect(buildTimeline(CALENDAR, [programme]).get('programma')).toBeUndefined();
    const t = buildTimeline([], [corpus('ca2026'), corpus('ca2021', 'date: 2021-12-15\n')]);
    expect(t.periods.map((p) => [p.id, p.from])).toEqual([
      ['ca2021', '2021-12-15'],
      ['ca2026', '2026-01-30'],
    ]);
    expect(t.on('2026-01-29')?.id).toBe('ca2021');
    expect(t.on('2026-01-30')?.id).toBe('ca2026');
    expect(buildTimeline([], []).on('2026-01-30')).toBeUndefined();
  });
});
