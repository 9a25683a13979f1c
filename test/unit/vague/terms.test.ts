import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigValue } from '../../../src/core/config';
import { RULE_IDS } from '../../../src/core/rules/index';
import { createVagueLexicon, loadVagueTerms } from '../../../src/core/vague/terms';

const TEXT = readFileSync(path.resolve(__dirname, '../../../lexicon/vague-terms.yaml'), 'utf8');
const { terms, problems } = loadVagueTerms(TEXT, 'ingebouwd');
const lexicon = createVagueLexicon(terms);
/** Matches in a sentence as [term id, matched text]. */
const found = (s: string) => lexicon.match(s).map((m) => [m.term.id, s.slice(m.start, m.end)]);

describe('the built-in vague-term lexicon', () => {
  it('loads without problems: 25–40 terms with unique kebab-case ids', () => {
    expect(problems).toEqual([]);
    expect(terms.length).toBeGreaterThanOrEqual(25);
    expect(terms.length).toBeLessThanOrEqual(40);
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('every term says why (nl, en) and what instead, short enough for a diagnostic', () => {
    for (const t of terms) {
      expect(t.why.nl.length, t.id).toBeGreaterThan(30);
      expect(t.why.en.length, t.id).toBeGreaterThan(30);
      expect(t.why.en, t.id).not.toBe(t.why.nl);
      for (const s of [t.instead.nl, t.instead.en]) {
        expect(s.length, `${t.id}: ${s}`).toBeLessThanOrEqual(110);
        expect(s, t.id).toMatch(/^[a-z].*\.$/); // it follows "Vaag begrip “x”: " in the message
      }
      for (const s of t.sources) {
        expect(s.url, t.id).toMatch(/^https?:\/\/\S+$/);
        expect((s.note ?? '').length, `${t.id}: a few words, never the article's prose`).toBeLessThanOrEqual(80);
      }
    }
  });

  it('the flagship compares regie with doorzettingsmacht', () => {
    const regie = terms.find((t) => t.id === 'regie')!;
    expect(regie.compare?.term.nl).toBe('regie');
    expect(regie.compare?.firm.nl).toBe('doorzettingsmacht');
    expect(regie.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('every form is found as itself, and by its own term (no other term or exception hides it)', () => {
    for (const t of terms) {
      for (const form of t.forms) {
        const written = form.replace(/…/g, 'de regering');
        const s = `Zij zeggen ${written} vandaag.`;
        const m = lexicon.match(s);
        expect(m.map((x) => [x.term.id, s.slice(x.start, x.end).toLowerCase()]), `${t.id}: "${form}"`).toContainEqual([t.id, written]);
      }
    }
  });

  it('every replacement belongs to a form of its term', () => {
    for (const t of terms) for (const k of Object.keys(t.replacements)) expect(t.forms, t.id).toContain(k);
  });

  describe('inflections and multi-word forms', () => {
    const cases: [string, string, string][] = [
      ['de regie nemen', 'regie', 'regie nemen'],
      ['de NDD neemt de regie over de cloud', 'regie', 'neemt de regie'],
      ['de regie over de ICT te voeren', 'regie', 'regie over de ICT te voeren'],
      ['de regie over de hele digitale overheid te voeren', 'regie', 'regie'], // a gap of at most four words
      ['een regierol voor de NDD', 'regie', 'regierol'],
      ['Centrale regie op cybersecurity', 'regie', 'Centrale regie op'],
      ['het kabinet zet vooral in op open source', 'inzetten-op', 'zet vooral in op'],
      ['er wordt ingezet op open source', 'inzetten-op', 'wordt ingezet op'],
      ['de kwaliteit wordt geborgd', 'borgen', 'geborgd'],
      ['de minister borgt de kwaliteit', 'borgen', 'borgt'],
      ['de borging van de kwaliteit', 'borgen', 'borging'],
      ['de overheid stimuleert open source', 'stimuleren', 'stimuleert'],
      ['open source wordt gestimuleerd', 'stimuleren', 'gestimuleerd'],
      ['het kabinet verkent de opties', 'verkennen', 'verkent'],
      ['de opties zijn verkend', 'verkennen', 'verkend'],
      ['een verkenning naar de cloud', 'verkennen', 'verkenning'],
      ['het kabinet zal dit bezien', 'bezien', 'bezien'],
      ['dit wordt nader bezien', 'nader-uitwerken', 'nader bezien'],
      ['dit zal in samenhang worden bezien', 'in-samenhang', 'in samenhang'],
      ['op korte termijn', 'termijn-vaag', 'op korte termijn'],
      ['binnenkort', 'termijn-vaag', 'binnenkort'],
      ['op termijn', 'op-termijn', 'op termijn'],
      ['zoveel mogelijk', 'waar-mogelijk', 'zoveel mogelijk'],
      ['zich maximaal in te spannen', 'inspannen', 'zich maximaal in te spannen'],
      ['ernaar te streven', 'streven', 'ernaar te streven'],
      ['extra middelen vrij te maken', 'middelen', 'extra middelen'],
      ['financiële middelen', 'middelen', 'financiële middelen'],
      ['de afhankelijkheid van Amerikaanse clouddiensten af te bouwen', 'afhankelijkheid-verminderen', 'afhankelijkheid van Amerikaanse clouddiensten af te bouwen'],
    ];
    for (const [sentence, id, text] of cases) {
      it(`"${sentence}" → ${id} "${text}"`, () => expect(found(sentence)).toContainEqual([id, text]));
    }
  });

  describe('no false positives', () => {
    const cases = [
      'in elke regio', // not "regie"
      'de borgsom voor huurders', // a compound with "borg"
      'de huurder staat borg voor de schade', // "borg" as a noun is not listed
      'de bouw in eigen regie uitvoeren', // in-house, not the vague "eigen regie"
      'achteraf bezien was het een fout', // "considered in hindsight"
      'op zichzelf bezien klopt dat',
      'Realiseert u zich dat dit fout ging?', // to be aware
      'Realiseert de minister zich dat?',
      'constaterende dat zij zich realiseert dat',
      'het rapport integraal openbaar maken', // "in full"
      'passend onderwijs voor elk kind', // a policy name
      'artikel 3 in samenhang met artikel 5 van de Awb', // legal reading together
      'de regiodirecteur', // a compound
      'de doorzettingsmacht over ICT', // the firm word itself
      'het stimuleringsfonds', // a compound
      'de middelen van de politie', // "middelen" alone: tools, not money
      'een regie-instrument', // hyphenated compound
      // Forms judged routine on real moties and removed from the lexicon:
      'de Kamer zo spoedig mogelijk te informeren',
      'de realisatie van windparken',
      'windparken te realiseren',
      'in overleg met de gemeenten een plan op te stellen',
      'de knelpunten in kaart te brengen',
    ];
    for (const s of cases) it(`"${s}"`, () => expect(found(s)).toEqual([]));
  });

  describe('the firmer words for regie are alternatives, none a direct replacement, and keep the sentence grammatical', () => {
    const regie = terms.find((t) => t.id === 'regie')!;
    it('offers doorzettingsmacht, aanwijzingsbevoegdheid and coördinatie, each with what it means', () => {
      expect(regie.replacements).toEqual({});
      expect(regie.alternatives!.map((a) => a.term)).toEqual(['doorzettingsmacht', 'aanwijzingsbevoegdheid', 'coördinatie']);
      for (const a of regie.alternatives!) {
        expect(a.means.nl.length, a.term).toBeGreaterThan(10);
        expect(a.means.en, a.term).not.toBe(a.means.nl);
        for (const form of Object.keys(a.replacements)) expect(regie.forms, a.term).toContain(form);
      }
    });
    const cases: [string, string, string[]][] = [
      ['de NDD de regie te geven over de ICT', 'regie', ['de NDD de doorzettingsmacht te geven over de ICT', 'de NDD de aanwijzingsbevoegdheid te geven over de ICT', 'de NDD de coördinatie te geven over de ICT']],
      ['er is meer regie nodig', 'meer regie', ['er is doorzettingsmacht nodig', 'er is aanwijzingsbevoegdheid nodig', 'er is meer coördinatie nodig']],
      ['centrale regie op cybersecurity', 'centrale regie op', ['centrale doorzettingsmacht over cybersecurity', 'centrale aanwijzingsbevoegdheid over cybersecurity', 'centrale coördinatie van cybersecurity']],
      ['een regierol voor de NDD', 'regierol', ['een rol met doorzettingsmacht voor de NDD', 'een coördinerende rol voor de NDD']],
      ['de regie op de uitvoering', 'regie op', ['de doorzettingsmacht over de uitvoering', 'de aanwijzingsbevoegdheid over de uitvoering', 'de coördinatie van de uitvoering']],
      ['de regiefunctie van de NDD', 'regiefunctie', ['de functie met doorzettingsmacht van de NDD', 'de coördinerende functie van de NDD']],
    ];
    for (const [before, form, after] of cases) {
      it(`"${before}" → ${after.map((a) => `"${a}"`).join(', ')}`, () => {
        const m = lexicon.match(before);
        expect(m).toHaveLength(1);
        expect(m[0]!.form).toBe(form);
        const replaced = regie.alternatives!.flatMap((a) => (a.replacements[form] ? [before.slice(0, m[0]!.start) + a.replacements[form] + before.slice(m[0]!.end)] : []));
        expect(replaced).toEqual(after);
      });
    }
    it('verb phrases with regie get no alternative ("de regie voeren" → "doorzettingsmacht voeren" is no Dutch)', () => {
      for (const s of ['de regie voeren', 'de regie nemen', 'onder regie van de NDD', 'de regie pakken']) {
        const [m] = lexicon.match(s);
        expect(m!.term.id, s).toBe('regie');
        expect(regie.alternatives!.filter((a) => a.replacements[m!.form]), s).toEqual([]);
      }
    });
  });

  it('place-limited terms say where they count', () => {
    expect(terms.find((t) => t.id === 'onderzoeken')!.places).toEqual(['dictum']);
    expect(terms.find((t) => t.id === 'passend')!.places).toEqual(['dictum', 'overweging']);
  });
});

describe('loading a lexicon', () => {
  it('reports problems with line and column, skips the broken entry and loads the rest', () => {
    const yaml = [
      'terms:',
      '  - id: a', //                                                   line 1
      '    forms: [aaa]',
      '    why: waarom',
      '    instead: anders',
      '    kleur: rood', //                                              line 5: unknown field
      '  - id: a', //                                                   line 6: duplicate id
      '    forms: [bbb]',
      '    why: w',
      '    instead: i',
      '  - id: c', //                                                   line 10: no why
      '    forms: [ccc]',
      '    instead: i',
      '  - id: d', //                                                   line 13: bad place, replacement for no form, taken form
      '    forms: [ddd, aaa]',
      '    places: [dictum, nergens]',
      '    why: w',
      '    instead: i',
      '    replacements: { eee: f }',
    ].join('\n');
    const r = loadVagueTerms(yaml, 'test');
    expect(r.terms.map((t) => t.id)).toEqual(['a', 'd']);
    expect(r.problems.map((p) => [p.code, p.line, p.severity])).toEqual([
      ['unknown-field', 5, 'warning'],
      ['duplicate-id', 6, 'error'],
      ['missing-field', 10, 'error'],
      ['bad-value', 13, 'warning'],
      ['bad-value', 13, 'warning'],
      ['duplicate-form', 14, 'warning'],
    ]);
    expect(r.terms[1]!.places).toEqual(['dictum']);
  });

  it('a replacement keyed "__proto__" is kept as written and reported, not lost to the object\'s prototype', () => {
    const yaml = ['terms:', '  - id: a', '    forms: [aaa]', '    why: w', '    instead: i', '    replacements: { __proto__: f, aaa: b }'].join('\n');
    const r = loadVagueTerms(yaml, 'test');
    const a = r.terms[0]!;
    expect(Object.keys(a.replacements)).toEqual(['__proto__', 'aaa']);
    expect(Object.getPrototypeOf(a.replacements)).toBe(Object.prototype);
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([['bad-value', 'Begrip "a": vervanging voor "__proto__", maar dat is geen vorm van het begrip.']]);
  });

  it('a YAML syntax error has a position; garbage never throws', () => {
    const r = loadVagueTerms('terms:\n  - id: [x\n', 'test');
    expect(r.problems[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' });
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(1);
    for (const g of ['', ':', 'terms: 3', '- a', 'terms:\n  - 5', '\u0000']) expect(() => loadVagueTerms(g, 'x')).not.toThrow();
    expect(loadVagueTerms('terms: 3', 'x').problems.map((p) => p.code)).toEqual(['missing-terms']);
  });

  it('a user entry in settings may be a word, or {term, instead, replacement}, with exceptions', () => {
    const extraSetting = ['transitie', { term: 'quick win', instead: 'noem het resultaat.', replacement: 'snel resultaat' }, { id: 'x', forms: ['kader'], except: ['wettelijk kader'], why: 'w', instead: 'i' }, 42];
    const read = readConfigValue({ lexicon: { extra: extraSetting } }, RULE_IDS, 'instellingen');
    const extra = read.config.extraTerms;
    expect(read.problems.map((p) => p.message)).toEqual(['Een begrip moet een object zijn (id, forms, why, instead).']);
    const lex = createVagueLexicon(extra);
    const s = 'een quick win in de transitie, binnen het kader maar niet het wettelijk kader';
    expect(lex.match(s).map((m) => [m.term.id, s.slice(m.start, m.end), m.term.replacements[m.form] ?? null])).toEqual([
      ['quick-win', 'quick win', 'snel resultaat'],
      ['transitie', 'transitie', null],
      ['x', 'kader', null],
    ]);
    expect(extra.every((t) => t.origin === 'instellingen')).toBe(true);
  });
});
