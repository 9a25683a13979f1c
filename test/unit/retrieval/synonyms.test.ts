import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/retrieval/synonyms';
import { synonymsYaml } from '../../data/retrieval/load';

describe('synonym lexicon: the shipped file', () => {
  const { value, problems } = parseLexicon(synonymsYaml());
  it('parses without problems into at least 60 argued groups', () => {
    expect(problems).toEqual([]);
    expect(value.groups.length).toBeGreaterThanOrEqual(60);
    for (const g of value.groups) {
      expect(g.note.length, g.id).toBeGreaterThan(10);
      expect(g.terms.length, g.id).toBeGreaterThanOrEqual(2);
    }
  });

  it.each([
    ['ai', ['AI', 'kunstmatige intelligentie']],
    ['nis2', ['NIS2', 'Cyberbeveiligingswet']],
    ['bzk', ['BZK', 'Binnenlandse Zaken', 'Binnenlandse Zaken en Koninkrijksrelaties']],
    ['ndd', ['NDD', 'Nederlandse Digitale Dienst']],
    ['acm', ['ACM', 'Autoriteit Consument en Markt']],
    ['inlichtingendiensten', ['AIVD', 'MIVD', 'inlichtingendiensten']],
    ['nctv', ['NCTV']],
    ['ncsc', ['NCSC', 'Nationaal Cyber Security Centrum']],
    ['cloud', ['cloud', 'clouddiensten']],
    ['mkb', ['mkb', 'midden- en kleinbedrijf']],
    ['wiv', ['Wiv', 'Wet op de inlichtingen- en veiligheidsdiensten']],
    ['wnt', ['WNT', 'Wet normering topinkomens']],
    ['coa', ['COA']],
    ['ap', ['AP', 'Autoriteit Persoonsgegevens']],
    ['digitale-autonomie', ['digitale soevereiniteit', 'digitale autonomie']],
  ])('has group %s with %j', (id, terms) => {
    const g = value.groups.find((x) => x.id === id);
    expect(g).toBeDefined();
    expect(g!.terms).toEqual(expect.arrayContaining(terms));
  });
});

describe('synonym lexicon: problems as values with positions', () => {
  it('reports a YAML syntax error with its line', () => {
    const r = parseLexicon('groups:\n  - id: ai\n    terms: [AI, "kunstmatige\n');
    expect(r.value.groups).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' });
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports duplicate ids, unknown fields, missing notes and short groups at their place', () => {
    const text = [
      'groups:',
      '  - id: ai',
      '    note: AI and its Dutch name.',
      '    terms: [AI, kunstmatige intelligentie]',
      '  - id: ai',
      '    note: again',
      '    terms: [A, B]',
      '  - id: wnt',
      '    terms: [WNT, Wet normering topinkomens]',
      '    colour: red',
      '  - id: solo',
      '    note: only one term here',
      '    terms: [alleen]',
      '  - id: Not_Kebab',
      '    note: bad id',
      '    terms: [x, y]',
      'extra: 1',
    ].join('\n');
    const r = parseLexicon(text);
    expect(r.value.groups.map((g) => g.id)).toEqual(['ai', 'wnt']);
    const by = (code: string) => r.problems.filter((p) => p.code === code);
    expect(by('duplicate-id')[0]).toMatchObject({ line: 4, character: 8, severity: 'error' });
    expect(by('missing-note')[0]).toMatchObject({ line: 7, severity: 'warning' });
    expect(by('unknown-field').map((p) => p.line)).toEqual([9, 16]);
    expect(by('invalid-terms')[0]).toMatchObject({ line: 12 });
    expect(by('invalid-id')[0]).toMatchObject({ line: 13 });
    expect(r.value.groups[1]!.line).toBe(7);
  });

  it('warns about a term listed in two groups', () => {
    const r = parseLexicon('groups:\n  - id: a\n    note: first group here\n    terms: [x, y]\n  - id: b\n    note: second group here\n    terms: [y, z]\n');
    expect(r.problems).toEqual([expect.objectContaining({ code: 'duplicate-term', line: 6, severity: 'warning' })]);
    expect(r.value.groups).toHaveLength(2);
  });

  it('never throws on any input', () => {
    for (const s of ['', '---', '[1, 2]', 'groups: 3', 'groups:\n  - 5\n  - [a]', '\u0000\uFFFF', ': : :', 'groups:\n  - id: x\n    terms: [[a], {b: 1}]']) {
      expect(() => parseLexicon(s)).not.toThrow();
    }
    expect(parseLexicon('').problems).toEqual([]);
    expect(parseLexicon('[1, 2]').problems[0]!.code).toBe('invalid-root');
    expect(parseLexicon('groups: 3').problems[0]!.code).toBe('missing-groups');
  });
});
