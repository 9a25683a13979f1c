import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { comparisonForm, makeIds as makeStableIds, ProblemList, readIdLock, readRenamed, sha1Hex, unitKey } from '../../../../src/core/corpus/build';
import type { IdLockOptions, IdRules, IdUnit } from '../../../../src/core/corpus/build';
import { rules } from './ca2021Table';

const OPTIONS: IdLockOptions = { lockFile: 'ids.lock.tsv', renamedFile: 'renamed.tsv', pinnedBy: 'overrides.yaml', lockHeader: ['lock'], renamedHeader: ['renamed'] };

const makeIds = (units: IdUnit[], r: IdRules, lockText: string, renamedText: string) => makeStableIds(units, r, { lock: lockText, renamed: renamedText }, OPTIONS);
const lock = (rows: [string, string][]) => rows.map(([id, text]) => `${id}\t${createKey(text)}\t${text.slice(0, 60)}`).join('\n');
const createKey = (text: string) => unitKey(text, new Map());
const unit = (sentences: string[], pinned?: string) => ({ lead: sentences[0]!, text: sentences.join(' '), heading: 'Kop', sentences, ...(pinned ? { pinned } : {}) });
const A = 'We investeren deze kabinetsperiode €10,7 miljard in onderhoud en intensivering van onze defensie uitgaven.';
const B = 'Structureel trekken we €3 miljard uit.';

describe('renamed ids', () => {

  it('a unit that grew keeps the id of its first part; the glued part is renamed to it', () => {
    const r = makeIds([unit([A, B])], rules, lock([['defensie-10-7-miljard', A], ['defensie', B]]), '');
    expect(r.ids).toEqual(['defensie-10-7-miljard']);
    expect([...r.renamedNow]).toEqual([['defensie', 'defensie-10-7-miljard']]);
    expect(r.renamedFile).toContain('defensie\tdefensie-10-7-miljard\n');
    expect(r.dropped).toEqual([]);
  });

  it('a retired id is not taken from the lock and is renamed', () => {
    const r = makeIds([unit([B])], { ...rules, retiredIds: new Map([['defensie', 'test']]) }, lock([['defensie', B]]), '');
    expect(r.ids[0]).not.toBe('defensie');
    expect(r.renamedNow.get('defensie')).toBe(r.ids[0]);
  });

  it('keeps earlier renames, follows them to the newest id, and never gives an old id again', () => {
    const before = '# kop\noud\tdefensie\n';
    const r = makeIds([unit([A, B])], rules, lock([['defensie-10-7-miljard', A], ['defensie', B]]), before);
    expect(r.renamedFile.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['defensie\tdefensie-10-7-miljard', 'oud\tdefensie-10-7-miljard']);
    expect(makeIds([unit([A], 'oud')], rules, '', before).problems.map((p) => p.message.nl).join('\n')).toMatch(/hernoemd/);
  });

  it('reports an id whose text is no commitment any more', () => {
    const r = makeIds([unit([A])], rules, lock([['defensie-10-7-miljard', A], ['defensie', B]]), '');
    expect(r.dropped).toEqual(['defensie']);
    expect(r.renamedNow.size).toBe(0);
  });


  it('keeps every id of an unchanged text, even when other units appear', () => {
    const first = makeIds([unit([A]), unit([B])], rules, '', '');
    const again = makeIds([unit(['We bouwen nieuwe dijken langs de kust.']), unit([B]), unit([A])], rules, first.idLock, first.renamedFile);
    expect(again.ids[1]).toBe(first.ids[1]);
    expect(again.ids[2]).toBe(first.ids[0]);
    expect(again.fromLock).toBe(2);
    expect(again.fresh).toBe(1);
  });
});

describe('the lock files', () => {
  it('key a text by the SHA-1 of its comparison form, numbering repeats', () => {
    const seen = new Map<string, number>();
    const key = unitKey('We bouwen, dijken!', seen);
    expect(key).toBe(createHash('sha1').update(comparisonForm('We bouwen dijken')).digest('hex').slice(0, 16));
    expect(unitKey('we bouwen dijken', seen)).toBe(`${key}#2`);
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });

  it('report malformed lines as problems instead of throwing', () => {
    const problems = new ProblemList();
    expect(readIdLock('# kop\nalleen-een-id\nid\tsleutel\n', 'lock', problems)).toEqual(new Map([['sleutel', 'id']]));
    expect(readRenamed('a\tb\nc\na\tc\n', 'renamed', problems)).toEqual(new Map([['a', 'b']]));
    expect(problems.problems.map((p) => p.code)).toEqual(['lock-bad-line', 'renamed-bad-line', 'renamed-twice']);
  });

  it('give every problem of pinned ids at once', () => {
    const r = makeIds([unit([A], 'x'), unit([B], 'x')], { ...rules, retiredIds: new Map([['x', 'test']]) }, '', '');
    expect(r.problems.map((p) => p.code)).toEqual(['id-retired', 'id-twice', 'id-retired']);
    expect(r.problems[0]!.message.en).toMatch(/retired/);
  });
});
