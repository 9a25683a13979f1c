import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load';
import { loadTagList } from '../../../src/core/corpus/tags';
import { MINISTRIES } from '../../../src/core/corpus/types';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

describe('corpus/tags.yaml', () => {
  const { tags, problems } = loadTagList(read('corpus/tags.yaml'), 'corpus/tags.yaml');
  const ids = tags.map((t) => t.id);

  it('loads without problems', () => {
    expect(problems).toEqual([]);
  });

  it('has the agreed tags, each documented in Dutch and English', () => {
    const required = 'digitale-overheid digitale-autonomie cybersecurity ai data inkoop platforms online-veiligheid desinformatie inlichtingen politie justitie rechtsstaat democratie bestuur asiel migratie integratie stikstof landbouw natuur klimaat energie wonen infrastructuur mobiliteit defensie buitenland europa ontwikkelingssamenwerking onderwijs wetenschap innovatie economie ondernemers arbeidsmarkt sociale-zekerheid armoede belastingen financien zorg gezondheid cultuur media koninkrijk toeslagen groningen emancipatie sport'.split(' ');
    for (const r of required) expect(ids).toContain(r);
    for (const t of tags) {
      expect(t.nl.length, t.id).toBeGreaterThan(1);
      expect(t.en.length, t.id).toBeGreaterThan(1);
      expect(t.description.length, t.id).toBeGreaterThan(10);
      if (t.ministry) expect(Object.keys(MINISTRIES), t.id).toContain(t.ministry);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every tag the built-in corpora use', () => {
    for (const file of ['corpus/ca2026.akkoord.yaml', 'corpus/ca2021.akkoord.yaml']) {
      const { corpus } = loadCorpus(read(file), file);
      for (const c of corpus!.commitments) for (const t of c.tags) expect(ids, `${c.key}`).toContain(t);
    }
  });
});

describe('loadTagList on broken input', () => {
  it('reports duplicates, missing fields and unknown fields at their place', () => {
    const text = [
      'format: 1',
      'tags:',
      '  - id: een',
      '    nl: Een',
      '    en: One',
      '    description: De eerste tag.',
      '  - id: een',
      '    nl: Twee',
      '    en: Two',
      '    description: Dubbel.',
      '  - id: drie',
      '    en: Three',
      '    omschrijving: Verkeerd veld.',
      '',
    ].join('\n');
    const { tags, problems } = loadTagList(text, 'x');
    expect(tags.map((t) => t.id)).toEqual(['een']);
    expect(problems.map((p) => [p.line, p.character, p.code])).toEqual([
      [6, 8, 'duplicate-id'],
      [10, 4, 'missing-field'],
      [10, 4, 'missing-field'],
      [12, 4, 'unknown-field'],
    ]);
    expect(problems[3]!.message).toBe('Onbekend veld "omschrijving": bedoelde u "description"?');
  });

  it('never throws', () => {
    for (const input of ['', '- a', 'tags: 3', '{{{', 'tags:\n  - 3\n']) {
      expect(() => loadTagList(input, 'x')).not.toThrow();
      expect(loadTagList(input, 'x').problems.length).toBeGreaterThan(0);
    }
  });
});
