import { describe, expect, it } from 'vitest';
import { readData, readPlainValue } from '../../../src/core/data/reader';
import { bool, date, either, int, list, localized, mapOf, object, oneOf, openList, optional, recommended, required, slug, string, text, withDefault } from '../../../src/core/data/schema';
import type { DataProblem } from '../../../src/core/types';

/** The exact source text a problem points at. */
function covered(source: string, p: DataProblem): string {
  const lines = source.split('\n');
  return p.line === p.endLine ? lines[p.line]!.slice(p.character, p.endCharacter) : `${lines[p.line]!.slice(p.character)}…`;
}
const summary = (source: string, problems: DataProblem[]) => problems.map((p) => `${p.line} ${p.severity} ${p.code} "${covered(source, p)}"`);

const ITEM = object(
  { one: { nl: 'een ding', en: 'a thing' }, many: { nl: 'dingen', en: 'things' } },
  {
    id: required(slug()),
    text: required(text()),
    count: optional(int({ min: 1 })),
    done: withDefault(bool(), false),
    on: optional(date()),
    kind: recommended(oneOf(['a', 'b'] as const, { code: 'unknown-kind', label: { nl: 'soort', en: 'kind' }, codes: { 'missing-field': 'missing-kind' } })),
    tags: withDefault(list(openList({ list: 'tags', slug: true, code: 'unknown-tag', label: { nl: 'tag', en: 'tag' } }), { unique: [{ code: 'duplicate-tag' }] }), []),
    words: optional(list(string({ trim: true }), { unique: [{ code: 'duplicate-word', scope: 'file', keep: true, key: (s) => s.toLowerCase() }] })),
  },
);
const FILE = object(
  { one: { nl: 'een lijst', en: 'a list' }, many: { nl: 'lijsten', en: 'lists' } },
  { title: required(text()), items: required(list(ITEM, { entries: true, key: 'id', located: true })) },
);

describe('readData: one reader along a schema', () => {
  const source = [
    'title: Dingen', //                                             0
    'items:',
    '  - id: een', //                                               2
    '    text: Het eerste.',
    '    kind: a',
    '    tags: [x, x, onbekend]', //                                5: a repeat dropped, an unknown tag kept
    '    words: [Alpha, beta]',
    '  - id: een', //                                               7: duplicate id
    '    text: Dubbel.',
    '    kind: b',
    '  - id: twee', //                                              10: no kind (a warning)
    '    tekst: Vertaald.', //                                      11: unknown field, the one meant suggested
    '    text: Toch goed.',
    '    count: nul', //                                            13: wrong type
    '  - id: drie', //                                              14: no text; no kind (a warning)
    '    words: [ALPHA]', //                                        15: already in the file (kept)
    '  - id: Vier', //                                              16: not an id
    '    text: Vier.',
    '    kind: c', //                                               18: not one of the values
    '    on: 2026-02-30', //                                        19: no such day
    '  - gewoon tekst', //                                          20: not a map
    '  - id: vijf',
    '    text: Vijf.',
    '    kind: b',
    '    done: ja', //                                              24: not a boolean
  ].join('\n');
  const read = readData(source, FILE, { known: { tags: ['x', 'y'] } });

  it('reports every problem at its node, in text order', () => {
    expect(summary(source, read.problems())).toEqual([
      '5 warning duplicate-tag "x"',
      '5 warning unknown-tag "onbekend"',
      '7 error duplicate-id "een"',
      '10 warning missing-kind "id: twee"',
      '11 warning unknown-field "tekst"',
      '13 error wrong-type "nul"',
      '14 error missing-field "id: drie"',
      '14 warning missing-kind "id: drie"',
      '15 warning duplicate-word "ALPHA"',
      '16 error invalid-slug "Vier"',
      '18 error unknown-kind "c"',
      '19 error bad-date "2026-02-30"',
      '20 error wrong-type "gewoon tekst"',
      '24 error wrong-type "ja"',
    ]);
  });

  it('keeps the valid entries, with defaults, and where each stood', () => {
    expect(read.ok).toBe(true);
    expect(read.value!.title).toBe('Dingen');
    expect(read.value!.items!.map((e) => [e.value, e.line, e.character])).toEqual([[{ id: 'een', text: 'Het eerste.', done: false, kind: 'a', tags: ['x', 'onbekend'], words: ['Alpha', 'beta'] }, 2, 4]]);
  });

  it('speaks Dutch and English, and suggests the field meant', () => {
    const unknown = read.problems().find((p) => p.code === 'unknown-field')!;
    expect(unknown.message).toBe('Onbekend veld "tekst": bedoelde u "text"?');
    expect(unknown.messageEn).toBe('Unknown field "tekst": did you mean "text"?');
    const kind = read.problems().find((p) => p.code === 'unknown-kind')!;
    expect(kind.message).toBe('Onbekende soort "c": bedoelde u "a"? Toegestaan: a, b.');
  });

  it('without the list an open word list names, only the form of its words is checked', () => {
    const r = readData(source, FILE);
    expect(r.problems().some((p) => p.code === 'unknown-tag')).toBe(false);
  });

  it('a broken root is still read as far as it goes', () => {
    const r = readData('title: [a]\nitems:\n  - { id: a, text: A., kind: a }\n', FILE);
    expect(r.ok).toBe(false);
    expect(r.value!.title).toBeUndefined();
    expect(r.value!.items!.map((e) => e.value.id)).toEqual(['a']);
  });

  it('an entry with a YAML syntax error is skipped, its other problems left to the syntax error', () => {
    const text = 'title: T\nitems:\n  - id: a\n    text: "open\n  - id: b\n    text: B.\n    kind: b\n';
    const r = readData(text, FILE);
    expect(r.problems().map((p) => p.code)).toContain('yaml-syntax');
    expect(r.problems().every((p) => p.code.startsWith('yaml'))).toBe(true);
  });

  it('says what the whole file should be, and never throws', () => {
    expect(readData('', FILE).problems().map((p) => [p.code, p.message])).toEqual([['empty-file', 'Het bestand is leeg: een lijst begint met title en items.']]);
    expect(readData('- a', FILE).problems().map((p) => p.code)).toEqual(['wrong-type']);
    for (const s of ['\u0000', ': :', '{{{', '[[[', 'items: *x', 'title: &a x\nitems: [*a]', `${'['.repeat(500)}`]) {
      expect(() => readData(s, FILE).problems(), s).not.toThrow();
    }
  });
});

describe('readData: the shapes', () => {
  const one = <T>(field: Parameters<typeof object>[1][string], yaml: string) => {
    const shape = object({ one: { nl: 'een test', en: 'a test' }, many: { nl: 'tests', en: 'tests' } }, { v: field });
    const r = readData(yaml, shape);
    return { value: (r.value as { v?: T } | undefined)?.v, problems: r.problems().map((p) => p.code) };
  };

  it('text reads numbers as written; an empty required value is reported', () => {
    expect(one(required(text()), 'v: 2030').value).toBe('2030');
    expect(one(required(text()), 'v: 1.50').value).toBe('1.50');
    expect(one(required(text()), 'v: ""').problems).toEqual(['missing-field']);
    expect(one(required(text()), 'v:').problems).toEqual(['missing-field']);
  });

  it('a list takes one value as a list of one, and a null list as empty', () => {
    expect(one(optional(list(string())), 'v: a').value).toEqual(['a']);
    expect(one(required(list(string())), 'v:').value).toEqual([]);
    expect(one(required(list(string(), { min: 2 })), 'v: [a]').problems).toEqual(['too-few']);
  });

  it('a map of values, a localized text in either form', () => {
    expect(one(optional(mapOf(string({ nullAsEmpty: true }))), 'v: { a: b, c: }').value).toEqual({ a: 'b', c: '' });
    expect(one(required(localized()), 'v: tekst').value).toEqual({ nl: 'tekst', en: 'tekst' });
    expect(one(required(localized()), 'v: { nl: tekst, en: text }').value).toEqual({ nl: 'tekst', en: 'text' });
    expect(one(required(localized()), 'v: { en: text }').problems).toEqual(['missing-field']);
    const urlOrPair = either<string>({ scalar: text(), object: object({ one: { nl: 'x', en: 'x' }, many: { nl: 'x', en: 'x' } }, { url: required(text()) }), fromScalar: (s: string) => s, fromObject: (o: { url: string }) => o.url });
    expect(one(required(urlOrPair), 'v: [a]').problems).toEqual(['wrong-type']);
  });

  it('YAML 1.1 timestamps are dates; a full day can be demanded', () => {
    expect(one(required(date()), '%YAML 1.1\n---\nv: 2026-03-12').value).toBe('2026-03-12');
    expect(one(required(date()), 'v: 2026-03').value).toBe('2026-03');
    expect(one(required(date({ fullDay: true })), 'v: 2026-03').problems).toEqual(['bad-date']);
  });

  it('aliases are not followed', () => {
    expect(one(optional(text()), 'a: &x t\nv: *x').problems).toEqual(['unknown-field', 'alias-not-supported']);
  });

  it('a build step checks across fields and reports at the field it names', () => {
    const period = object(
      { one: { nl: 'een periode', en: 'a period' }, many: { nl: 'periodes', en: 'periods' } },
      { from: required(int()), until: required(int()) },
      {
        build(p, issues) {
          if (p.until >= p.from) return p.until - p.from;
          issues.error('bad-period', { nl: 'Eindigt voor het begin.', en: 'Ends before it starts.' }, 'until');
          return undefined;
        },
      },
    );
    expect(one(required(period), 'v: { from: 3, until: 5 }').value).toBe(2);
    const yaml = 'v:\n  from: 3\n  until: 1\n';
    const r = readData(yaml, object({ one: { nl: 't', en: 't' }, many: { nl: 't', en: 't' } }, { v: required(period) }));
    expect(summary(yaml, r.problems())).toEqual(['2 error bad-period "1"']);
  });
});

describe('readPlainValue: a setting read along the same shape', () => {
  const THING = object({ one: { nl: 'een ding', en: 'a thing' }, many: { nl: 'dingen', en: 'things' } }, { id: required(slug()), n: optional(int()) });
  it('gives the value, or the problems as messages', () => {
    expect(readPlainValue({ id: 'a', n: 2 }, THING)).toEqual({ value: { id: 'a', n: 2 }, problems: [] });
    const bad = readPlainValue({ id: 'A B', kleur: 'rood' }, THING);
    expect(bad.value).toBeUndefined();
    expect(bad.problems.map((p) => [p.code, p.message])).toEqual([
      ['unknown-field', 'Onbekend veld "kleur" in een ding.'],
      ['invalid-slug', '"A B" is geen geldige id: gebruik kleine letters, cijfers en koppeltekens (bijv. "nederlandse-digitale-dienst").'],
    ]);
    expect(readPlainValue(42, list(THING)).problems.map((p) => p.message)).toEqual(['De waarde moet een lijst van dingen zijn.']);
    expect(readPlainValue(42, THING).problems.map((p) => p.message)).toEqual(['Een ding moet uit velden bestaan (id, …).']);
  });
});

describe('a check that throws', () => {
  it('is a problem of its own, never an exception', () => {
    const shape = object({ one: { nl: 'een ding', en: 'a thing' }, many: { nl: 'dingen', en: 'things' } }, { id: required(text({ check: () => { throw new Error('kapot'); } })) });
    const r = readData('id: x', shape);
    expect(r.value).toBeUndefined();
    expect(r.problems().map((p) => [p.code, p.messageEn])).toEqual([['internal-error', 'Internal error while reading: Error: kapot']]);
    expect(readPlainValue({ id: 'x' }, shape).problems.map((p) => p.code)).toEqual(['internal-error']);
  });
});
