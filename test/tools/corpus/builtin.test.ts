import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load';
import { loadTagList } from '../../../src/core/corpus/tags';
import type { Corpus } from '../../../src/core/corpus/types';
import { splitSentences } from '../../../src/core/text/sentences';
import { buildCa2026 } from '../../../tools/corpus/ca2026';
import { generateAll } from '../../../tools/corpus/generate';
import { QUOTE_FILES, readQuoteRows } from '../../../tools/corpus/quotes';
import { BuildError, norm } from '../../../tools/corpus/util';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');
const tags = loadTagList(read('corpus/tags.yaml'), 'corpus/tags.yaml').tags;
const knownTags = tags.map((t) => t.id);

function load(rel: string): Corpus {
  const { corpus, problems } = loadCorpus(read(rel), rel, { knownTags });
  expect(problems).toEqual([]);
  expect(corpus).toBeDefined();
  return corpus!;
}

describe('generated files', () => {
  const generated = generateAll(read);

  it.each(generated.files.map((f) => [f.path, f.text]))('%s is committed exactly as generated (run `npm run corpus:build`)', (file, text) => {
    expect(read(file)).toBe(text);
  });

  it('start with the yaml-language-server schema line', () => {
    for (const f of generated.files.filter((x) => x.path.endsWith('.yaml'))) {
      expect(f.text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema/akkoord.schema.json');
    }
  });

  it('are deterministic', () => {
    const again = generateAll(read);
    expect(again.files.map((f) => f.text)).toEqual(generated.files.map((f) => f.text));
  });

  it('offer every tag of tags.yaml in the schema', () => {
    const schema = JSON.parse(read('corpus/schema/akkoord.schema.json')) as {
      definitions: { commitment: { properties: { tags: { items: { anyOf: [{ enum: string[] }] } }; firmness: { enum: string[] } } } };
    };
    expect(schema.definitions.commitment.properties.tags.items.anyOf[0].enum).toEqual(knownTags);
    expect(schema.definitions.commitment.properties.firmness.enum).toEqual(['besluit', 'wetgeving', 'financiering', 'inzet', 'onderzoek', 'doel', 'standpunt']);
  });
});

describe.each(['corpus/ca2026.akkoord.yaml', 'corpus/ca2021.akkoord.yaml'])('%s', (file) => {
  const corpus = load(file);

  it('loads with zero problems', () => {
    expect(corpus.commitments.length).toBeGreaterThan(40);
  });

  it('every commitment has text, at least one known tag, a firmness and provenance', () => {
    for (const c of corpus.commitments) {
      expect(c.text.trim(), c.key).not.toBe('');
      expect(c.tags.length, c.key).toBeGreaterThan(0);
      for (const t of c.tags) expect(knownTags, c.key).toContain(t);
      expect(c.firmness, c.key).toBeDefined();
      expect(['original', 'quoted'], c.key).toContain(c.source.verified);
      if (c.source.verified === 'quoted') expect(c.source.quotedIn.length, c.key).toBeGreaterThan(0);
      else expect(c.source.document, c.key).toBeTruthy();
    }
  });

  it('has unique ids and keys in the corpus namespace', () => {
    const keys = corpus.commitments.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k.startsWith(`${corpus.id}:`)).toBe(true);
  });
});

describe('ca2026', () => {
  const corpus = load('corpus/ca2026.akkoord.yaml');

  it('has the agreed metadata', () => {
    expect(corpus).toMatchObject({
      id: 'ca2026',
      title: 'Aan de slag. Bouwen aan een beter Nederland',
      shortTitle: 'Aan de slag',
      kind: 'coalitieakkoord',
      parties: ['D66', 'VVD', 'CDA'],
      date: '2026-01-30',
      published: 'Tweede Kamer, 2026D04554',
      complete: false,
      replaces: ['hla2024'],
      source: { verified: 'quoted' },
    });
  });

  it('accounts for every row of the quote tables', () => {
    const rows = readQuoteRows(read);
    expect(rows.filter((r) => r.file === 'seeds')).toHaveLength(33);
    expect(rows.filter((r) => r.file === 'news')).toHaveLength(42);
    const wordings = new Set<string>();
    for (const c of corpus.commitments) {
      wordings.add(norm(c.text));
      for (const f of c.fragments) wordings.add(norm(f));
      for (const q of c.source.quotedIn) if (q.excerpt) wordings.add(norm(q.excerpt));
    }
    for (const p of corpus.passages) wordings.add(norm(p.text));
    const all = [...wordings].join(' | ');
    for (const row of rows) {
      // The row's wording (or each of its sentences, when it was split) is in the corpus.
      const parts = splitSentences(row.text).map((s) => norm(row.text.slice(s.start, s.end)));
      for (const part of parts) expect(all, `${QUOTE_FILES[row.file]}:${row.line}`).toContain(part);
    }
  });

  it('fails loudly when a new row has no annotation', () => {
    const withNewRow = (rel: string): string =>
      rel === QUOTE_FILES.news ? `${read(rel)}Een nieuwe zin uit het akkoord.\tdigitaal\thttps://example.nl/x\t\n` : read(rel);
    expect(() => buildCa2026(withNewRow, new Set(knownTags))).toThrow(BuildError);
    expect(() => buildCa2026(withNewRow, new Set(knownTags))).toThrow(/Rijen zonder annotatie.*\n.*Een nieuwe zin/);
  });

  it('fails loudly when an annotation matches no row', () => {
    const broken = (rel: string): string => (rel.endsWith('annotations.yaml') ? read(rel).replace('"We richten een Nederlandse Digitale Dienst op"', '"We richten een Digitale Brigade op"') : read(rel));
    expect(() => buildCa2026(broken, new Set(knownTags))).toThrow(/geen rij .* begint met "We richten een Digitale Brigade op"/);
  });

  it('fails loudly when a row is used twice', () => {
    const twice = (rel: string): string =>
      rel.endsWith('annotations.yaml') ? read(rel).replace('rows: [{ seeds: "We maken verantwoorde inzet van data en AI" }]', 'rows: [{ seeds: "We maken verantwoorde inzet van data en AI" }, { seeds: "We maken verantwoorde inzet van data en AI" }]') : read(rel);
    expect(() => buildCa2026(twice, new Set(knownTags))).toThrow(/al gebruikt/);
  });

  it('repairs the quoters\' text and keeps their marks', () => {
    const byId = new Map(corpus.commitments.map((c) => [c.id, c]));
    const all = JSON.stringify(corpus);
    expect(all).not.toMatch(/[ÃÂâ]|\*\*/);
    expect(byId.get('wnt-tegen-het-licht')!.text).toBe('Daarvoor houden we de Wet normering topinkomens tegen het licht, geïnspireerd op Singapore.');
    expect(byId.get('externe-inhuur-roemernorm')!.text).toContain('(de ‘Roemernorm’)');
    expect(byId.get('koploper-digitale-innovatie')!.text).toContain('niet langer alleen een ‘pilotland’ maar worden ook een ‘opschaalland’');
    expect(byId.get('it-projecten-centrale-toets')!.text).toContain('(> €5 mln.)');
    expect(byId.get('strategische-afhankelijkheden-stresstests')!.text).toContain('risico’s voor het landsbelang');
    expect(byId.get('ai-rekenkrachtplan')!.text).toMatch(/^Conform het Nationaal AI-Deltaplan, werken we onder andere aan een AI-Rekenkrachtplan, beslechten we structurele barrières/);
    expect(byId.get('ai-fabriek-noord-nederland')!.text).toContain('Europees-autonome datacentra');
    expect(byId.get('datadeling-private-partijen')!.text).toContain('een gecoördineerde aanpak');
    expect(byId.get('wijkagenten-rechercheurs-politieposten')!.text).toContain('cyber- en zedenrechercheurs');
    expect(byId.get('digitale-inkoop-gecentraliseerd')!.text).toContain('gestandaardiseerd en gecentraliseerd, gestuurd');
    expect(byId.get('salarispad-it-specialisten')!.text).toMatch(/scholen in technologie \(…\)$/);
    expect(byId.get('salarispad-it-specialisten')!.fragments).toEqual(['We versterken de technische capaciteit van de overheid door […] ambtenaren te scholen in […] het gebruik van AI']);
    expect(byId.get('digitale-toezichthouders-talent')!.text.startsWith('[Digitale] toezichthouders')).toBe(true);
    expect(byId.get('digitale-toezichthouders-talent')!.note).toMatch(/ingevoegd door de citerende bron/);
  });

  it('merges the parts and quoters of one passage into one commitment', () => {
    const byId = new Map(corpus.commitments.map((c) => [c.id, c]));
    const infra = byId.get('europese-digitale-infrastructuur')!;
    expect(infra.text).toMatch(/^We kiezen voor een Europese digitale infrastructuur, .* mkb’ers kunnen meedoen\.$/);
    expect(infra.source.quotedIn.map((q) => q.publication)).toEqual(['security.nl', 'berthub.eu']);
    const koploper = byId.get('koploper-digitale-innovatie')!;
    expect(koploper.source.quotedIn.map((q) => q.publication)).toEqual(['berthub.eu', 'nieuwsartikel (seed 004)', 'techzine.nl']);
    expect(byId.get('nieuwe-wiv-techniekneutraal')!.source.quotedIn.map((q) => q.publication)).toContain('aboutict.nl');
    const defensie = corpus.commitments.filter((c) => c.page === 31).map((c) => c.id);
    expect(defensie).toEqual(['krijgsmacht-afschrikken-doorbijten', 'krijgsmacht-122000-mensen', 'dienjaar-verplichte-enquete', 'selectieve-opkomstplicht-overwegen', 'defensie-startups-aanbesteding']);
    expect(byId.get('nederlandse-digitale-dienst')).toMatchObject({ chapter: 'Nederland koploper in een digitale wereld', ministry: ['BZK'], firmness: 'besluit' });
    expect(byId.get('spreidingswet-overbodig')!.chapter).toBe('Asiel en migratie');
  });

  it('keeps bare fragments and titles out of the commitments', () => {
    const passages = new Map(corpus.passages.map((p) => [p.text, p]));
    expect(passages.get('grip en sturing')!.kind).toBe('fragment');
    expect(passages.get('Nederland koploper in een digitale wereld')!.kind).toBe('title');
    expect(passages.get('Aan de slag. Bouwen aan een beter Nederland')!.kind).toBe('title');
    for (const c of corpus.commitments) expect(c.text.split(' ').length, c.id).toBeGreaterThan(4);
  });
});
