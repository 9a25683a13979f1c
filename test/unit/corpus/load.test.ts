import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CITATION_KEY_PATTERN, keyOf, loadCorpus, parseCitationKey } from '../../../src/core/corpus/load';
import type { DataProblem } from '../../../src/core/types';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (name: string): string => readFileSync(path.join(ROOT, 'test/fixtures/corpus', name), 'utf8');
const TAGS = ['digitale-overheid', 'digitale-autonomie', 'democratie', 'inkoop'];

/** The exact source text a problem points at. */
function covered(text: string, p: DataProblem): string {
  const lines = text.split('\n');
  if (p.line === p.endLine) return lines[p.line]!.slice(p.character, p.endCharacter);
  return [lines[p.line]!.slice(p.character), ...lines.slice(p.line + 1, p.endLine), lines[p.endLine]!.slice(0, p.endCharacter)].join('\n');
}

interface Expectation {
  line: number;
  severity: string;
  code: string;
  text: string;
}

/** `# expect error duplicate-id "goed-een"` at the end of the line the problem is about (several with `;`). */
function expectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split('\n').forEach((l, line) => {
    const at = l.indexOf('# expect ');
    if (at < 0) return;
    for (const m of l.slice(at).matchAll(/(error|warning) ([\w-]+) "((?:[^"\\]|\\.)*)"/g)) {
      out.push({ line, severity: m[1]!, code: m[2]!, text: JSON.parse(`"${m[3]}"`) as string });
    }
  });
  return out;
}

/** Every problem matches one expectation on its line (same severity, code and exact text), and vice versa. */
function checkExpectations(name: string): ReturnType<typeof loadCorpus> {
  const text = fixture(name);
  const result = loadCorpus(text, `file:///${name}`, { knownTags: TAGS });
  const expected = expectations(text);
  expect(expected.length, 'fixture without expectations').toBeGreaterThan(0);
  const actual = result.problems.map((p) => ({ line: p.line, severity: p.severity, code: p.code, text: covered(text, p) }));
  expect(actual).toEqual(expected);
  return result;
}

describe('loadCorpus on a valid file', () => {
  const text = fixture('valid.akkoord.yaml');
  const { corpus, problems } = loadCorpus(text, 'file:///valid.akkoord.yaml', { knownTags: TAGS });

  it('has no problems and all metadata', () => {
    expect(problems).toEqual([]);
    expect(corpus).toMatchObject({
      uri: 'file:///valid.akkoord.yaml',
      format: 1,
      id: 'voorbeeld-2026',
      kind: 'toezeggingen',
      parties: ['D66', 'VVD', 'CDA'],
      date: '2026-03-12',
      complete: false,
      replaces: ['voorbeeld-2025'],
      language: 'nl',
      source: { verified: 'original', document: 'Verslag van het commissiedebat, blz. 4-9', quotedIn: [] },
    });
  });

  it('normalises commitments: key, ministry as list, deadline as text, merged source', () => {
    const [a, b, c] = corpus!.commitments;
    expect(a).toMatchObject({ key: 'voorbeeld-2026:brief-digitale-dienst', ministry: ['BZK'], deadline: '2026', page: 4, section: 'Nederlandse Digitale Dienst', fragments: [] });
    expect(a!.source).toEqual({ verified: 'original', document: 'Verslag van het commissiedebat, blz. 4-9', quotedIn: [] });
    expect(b!.source).toEqual({
      verified: 'quoted',
      document: 'Verslag van het commissiedebat, blz. 4-9',
      quotedIn: [{ publication: 'voorbeeldkrant.nl', url: 'https://voorbeeldkrant.nl/artikel', date: '2026-03-13', excerpt: 'soevereiniteit wordt een harde eis' }],
    });
    expect(b).toMatchObject({ ministry: ['BZK', 'EZ'], fragments: ['soevereiniteit wordt een harde eis'], amount: '€ 5 mln', note: 'Alleen bekend uit een citaat.' });
    expect(c).toMatchObject({ firmness: 'onderzoek', tags: ['inkoop', 'digitale-overheid'], ministry: [] });
  });

  it('records where each entry is, so the editor can jump there', () => {
    const lines = text.split('\n');
    for (const c of corpus!.commitments) {
      expect(lines[c.line]).toBe(`  - id: ${c.id}`);
      expect(c.character).toBe(4);
      expect(text.slice(c.span.start, c.span.start + 4 + c.id.length)).toBe(`id: ${c.id}`);
      expect(text.slice(c.span.start, c.span.end)).toContain(c.text);
    }
    const [title, context] = corpus!.passages;
    expect(title).toMatchObject({ kind: 'title', text: 'Digitale overheid', source: { verified: 'original' } });
    expect(context).toMatchObject({ kind: 'context', paragraph: 1 });
    expect(lines[context!.line]).toContain('De digitale overheid is van ons allemaal.');
  });

  it('accepts a YAML 1.1 timestamp as a date', () => {
    const r = loadCorpus(`%YAML 1.1\n---\n${text.replace(/^# .*\n/gm, '')}`, 'x', { knownTags: TAGS });
    expect(r.problems).toEqual([]);
    expect(r.corpus!.date).toBe('2026-03-12');
  });
});

describe('loadCorpus on broken files: each problem at its exact place, the valid rest loads', () => {
  it('entry errors skip only that entry', () => {
    const { corpus } = checkExpectations('broken-entries.akkoord.yaml');
    expect(corpus!.commitments.map((c) => c.id)).toEqual(['goed-een', 'vertaald', 'onbekende-tag', 'tag-met-hoofdletter', 'zonder-stelligheid']);
    expect(corpus!.commitments.find((c) => c.id === 'tag-met-hoofdletter')!.tags).toEqual(['digitale-autonomie', 'inkoop-beleid']);
    expect(corpus!.commitments[0]!.text).toBe('Deze toezegging is in orde.');
    expect(corpus!.commitments.find((c) => c.id === 'onbekende-tag')!.ministry).toEqual(['bzk', 'MinDef']);
    expect(corpus!.commitments.find((c) => c.id === 'zonder-stelligheid')!.firmness).toBeUndefined();
    expect(corpus!.passages.map((p) => p.text)).toEqual(['Goede passage.']);
  });

  it('seeAlso keeps the ids of this file and warns about the rest', () => {
    const { corpus } = checkExpectations('see-also.akkoord.yaml');
    const byId = new Map(corpus!.commitments.map((c) => [c.id, c]));
    expect(byId.get('griffierechten-verlagen')!.seeAlso).toEqual(['griffierechten-25-procent']);
    expect(byId.get('griffierechten-25-procent')!.seeAlso).toEqual(['griffierechten-verlagen']);
    expect(byId.get('fouten')!.seeAlso).toEqual(['griffierechten-verlagen']);
    expect(byId.get('geen-lijst')!.seeAlso).toEqual(['griffierechten-verlagen']);
  });

  it('seeAlso is optional and absent when empty', () => {
    const { corpus, problems } = loadCorpus('format: 1\nid: k\ntitle: t\nkind: overig\nsource: { verified: original }\ncommitments:\n  - { id: a, text: "A.", firmness: besluit, seeAlso: [] }\n  - { id: b, text: "B.", firmness: besluit }\n', 'x');
    expect(problems).toEqual([]);
    expect(corpus!.commitments.map((c) => c.seeAlso)).toEqual([undefined, undefined]);
  });

  it('header errors are reported but do not stop the commitments', () => {
    const { corpus } = checkExpectations('broken-header.akkoord.yaml');
    expect(corpus!.id).toBe('kapotte-kop');
    expect(corpus!.kind).toBe('overig');
    expect(corpus!.date).toBeUndefined();
    expect(corpus!.complete).toBe(false);
    // The loader only checks the syntax of ids it refers to; whether "bestaat-niet" exists is the registry's job.
    expect(corpus!.replaces).toEqual(['bestaat-niet']);
    expect(corpus!.source.verified).toBe('unknown');
    expect(corpus!.commitments.map((c) => c.key)).toEqual(['kapotte-kop:laadt-toch']);
  });

  it('without an id there is no corpus, and the problem says why', () => {
    const { corpus, problems } = checkExpectations('no-id.akkoord.yaml');
    expect(corpus).toBeUndefined();
    expect(problems[0]!.message).toContain('id');
    expect(problems[0]!.messageEn).toContain('without an id');
  });

  it('reports every YAML syntax error, skips the entries that contain one, loads the rest', () => {
    const text = fixture('syntax-error.akkoord.yaml');
    const { corpus, problems } = loadCorpus(text, 'x', { knownTags: TAGS });
    const syntax = problems.filter((p) => p.code === 'yaml-syntax');
    expect(syntax.map((p) => [p.line, p.character])).toEqual([
      [10, 10], // the opening quote of `text: "Niet afgesloten, …`, which is never closed
      [14, 4], // `firmness:` after the unclosed `[democratie`
    ]);
    expect(syntax.every((p) => p.severity === 'error' && p.message.startsWith('YAML-fout') && p.messageEn?.startsWith('YAML error'))).toBe(true);
    expect(corpus!.commitments.map((c) => c.id)).toEqual(['voor-de-fout']);
  });

  it('an unclosed quote that runs to the end of the file is reported at the opening quote, where the user must edit', () => {
    const lines = ['format: 1', 'id: proef', 'title: "Proef"', 'kind: overig', 'source: { verified: original }', 'commitments:', '  - id: een', '    text: "We doen iets goeds.', '    firmness: besluit', '  - id: twee', '    text: Nog iets.', ''];
    const { problems } = loadCorpus(lines.join('\n'), 'x');
    const syntax = problems.filter((p) => p.code === 'yaml-syntax');
    expect(syntax.map((p) => [p.line, p.character, p.endCharacter])).toEqual([[7, 10, 11]]);
    expect(syntax[0]!.message).toMatch(/aanhalingsteken wordt niet gesloten/);
    expect(syntax[0]!.messageEn).toMatch(/quote is never closed/);
    // A closed string with an escaped quote at its end is not taken for an unclosed one.
    const escaped = loadCorpus(lines.join('\n').replace('"We doen iets goeds.', '"We doen \\"iets\\" goeds."'), 'x');
    expect(escaped.problems.filter((p) => p.code === 'yaml-syntax')).toEqual([]);
  });

  it('names a duplicate key and underlines it; an unquoted colon in a text gets the hint to quote it (a staffer\'s trial)', () => {
    const lines = ['format: 1', 'id: proef', 'title: "Proef"', 'kind: overig', 'source: { verified: original }', 'commitments:', '  - id: een', '    text: "Tekst een."', '    text: "Tekst een bis."', '    firmness: besluit', '  - id: twee', '    text: Toezegging: de minister stuurt een brief.', '    firmness: besluit', ''];
    const text = lines.join('\n');
    const syntax = loadCorpus(text, 'x').problems.filter((p) => p.code === 'yaml-syntax');
    const dup = syntax.find((p) => p.line === 8)!;
    expect(dup.message).toBe('YAML-fout: dubbele sleutel "text": elke sleutel mag maar één keer voorkomen (in dezelfde map).');
    expect(dup.messageEn).toMatch(/^YAML error: duplicate key "text": each key may occur only once/);
    expect(covered(text, dup)).toBe('text');
    const colon = syntax.find((p) => p.line === 11)!;
    expect(colon.message).toMatch(/^YAML-fout: geneste map op een plek waar dat niet mag\. .*Zet de tekst dan tussen aanhalingstekens \(text: "Toezegging: …"\)\.$/);
    expect(colon.messageEn).toMatch(/Then put the text in quotes/);
    // A quoted key is named without its quotes.
    const quoted = loadCorpus('format: 1\n"id": a\n"id": b\n', 'x').problems.find((p) => p.code === 'yaml-syntax')!;
    expect(quoted.message).toContain('dubbele sleutel "id"');
  });

  it('a list at the top is not a corpus', () => {
    const { corpus, problems } = loadCorpus(fixture('list-at-top.akkoord.yaml'), 'x');
    expect(corpus).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 0, character: 0, endLine: 0, endCharacter: 9, severity: 'error', code: 'wrong-type' });
  });

  it('gives Dutch messages with an English twin, and suggests the field meant', () => {
    const { problems } = loadCorpus('format: 1\nid: x\ntitel: T\nkind: overig\nsource: {verified: original}\ncommitments: []\n', 'x');
    expect(problems.map((p) => p.message)).toContain('Onbekend veld "titel": bedoelde u "title"?');
    expect(problems.map((p) => p.messageEn)).toContain('Unknown field "titel": did you mean "title"?');
  });

  it('without a tag list, tags are only checked for their syntax', () => {
    const { problems } = loadCorpus(fixture('broken-entries.akkoord.yaml'), 'x');
    expect(problems.some((p) => p.code === 'unknown-tag')).toBe(false);
  });
});

describe('loadCorpus never throws', () => {
  const inputs: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace', '  \n\n  '],
    ['comment only', '# niets\n'],
    ['a scalar', 'hallo'],
    ['a number', '42'],
    ['garbage', '\u0000\u0001{{{[[[:::"\'\t- - -'],
    ['binary-ish', String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i))],
    ['unbalanced', 'commitments: [\n  {id: a, text: "b"\n'],
    ['aliases', 'a: &x [1, 2]\nid: t\ntitle: T\nkind: overig\nsource: {verified: original}\ncommitments:\n  - id: *x\n    text: *x\n'],
    ['deep nesting', `${'['.repeat(2000)}${']'.repeat(2000)}`],
    ['two documents', 'id: a\n---\nid: b\n'],
    ['commitments as map', 'format: 1\nid: t\ntitle: T\nkind: overig\nsource: {verified: original}\ncommitments: {a: 1}\n'],
  ];
  it.each(inputs)('%s', (_, input) => {
    const r = loadCorpus(input, 'x');
    expect(Array.isArray(r.problems)).toBe(true);
    for (const p of r.problems) {
      expect(p.line).toBeGreaterThanOrEqual(0);
      expect(p.character).toBeGreaterThanOrEqual(0);
      expect(p.endLine * 1e6 + p.endCharacter).toBeGreaterThanOrEqual(p.line * 1e6 + p.character);
      expect(p.message.length).toBeGreaterThan(0);
    }
  });

  it('reports an empty file as such', () => {
    expect(loadCorpus('', 'x').problems.map((p) => p.code)).toEqual(['empty-file']);
  });

  it('treats aliases as missing values, with a problem', () => {
    const r = loadCorpus(inputs[8]![1], 'x');
    expect(r.problems.some((p) => p.code === 'alias-not-supported')).toBe(true);
    expect(r.corpus!.commitments).toEqual([]);
  });

  it('loads a huge file', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `  - id: t-${i}\n    text: "Toezegging nummer ${i}."\n    firmness: besluit\n`).join('');
    const text = `format: 1\nid: groot\ntitle: Groot\nkind: overig\nsource: {verified: original}\ncommitments:\n${items}`;
    const r = loadCorpus(text, 'x');
    expect(r.problems).toEqual([]);
    expect(r.corpus!.commitments).toHaveLength(20_000);
    expect(r.corpus!.commitments[19_999]!.line).toBe(6 + 3 * 19_999);
  });
});

describe('citation keys', () => {
  it('builds and parses keys', () => {
    expect(keyOf('ca2026', 'nederlandse-digitale-dienst')).toBe('ca2026:nederlandse-digitale-dienst');
    expect(parseCitationKey('ca2026:nederlandse-digitale-dienst')).toEqual({ corpusId: 'ca2026', id: 'nederlandse-digitale-dienst' });
    expect(parseCitationKey('ca2026')).toBeUndefined();
    expect(parseCitationKey('CA2026:x')).toBeUndefined();
  });

  it('exports a pattern that finds keys in text', () => {
    const re = new RegExp(CITATION_KEY_PATTERN, 'g');
    expect('Zie [^ca2026:nederlandse-digitale-dienst] en ca2021:griffierechten-verlagen.'.match(re)).toEqual([
      'ca2026:nederlandse-digitale-dienst',
      'ca2021:griffierechten-verlagen',
    ]);
  });
});
