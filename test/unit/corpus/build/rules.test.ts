import { describe, expect, it } from 'vitest';
import { compileRules, overlayRuleTable, readRuleLayers, readRules } from '../../../../src/core/corpus/build';
import { GENERIC_RULES_FILE, knownTags, read, RULES_FILE, rules } from './ca2021Table';

const codes = (text: string) => readRules(text, { knownTags, file: 'r.yaml' }).problems.map((p) => p.code);
// The generic table is a whole table; the 2021 table only what it adds over it.
const real = read(GENERIC_RULES_FILE);

describe('reading a rule table', () => {
  it('compiles the shipped table without problems', () => {
    expect(rules.firmness.map((f) => f.firmness)).toEqual(['onderzoek', 'wetgeving', 'financiering', 'doel', 'inzet', 'besluit', 'standpunt']);
    expect(rules.firmness.filter((f) => f.specific).map((f) => f.firmness)).toEqual(['onderzoek', 'wetgeving', 'financiering', 'doel']);
    expect(rules.verbForms.has('verduurzaamt')).toBe(true);
    expect(rules.maxSentences).toBe(4);
  });

  it('reports an unknown field, tag, ministry and firmness, each with where it is, in Dutch and English', () => {
    const broken = real
      .replace('maxTags: 5', 'maxTags: 5\nmaxTagz: 3')
      .replace('  sport: ["\\\\bsport"', '  sportief: ["\\\\bsport"')
      .replace('"Defensie": { tags: [defensie], ministry: DEF }', '"Defensie": { tags: [defensie], ministry: OORLOG }')
      .replace('  - firmness: standpunt', '  - firmness: belofte');
    const { problems } = readRules(broken, { knownTags, file: 'r.yaml' });
    expect(problems.map((p) => p.code).sort()).toEqual(['rules-unknown-field', 'rules-unknown-firmness', 'rules-unknown-ministry', 'rules-unknown-tag']);
    const field = problems.find((p) => p.code === 'rules-unknown-field')!;
    expect(field).toMatchObject({ where: 'r.yaml', message: { nl: 'onbekend veld "maxTagz".', en: 'unknown field "maxTagz".' } });
    expect(problems.find((p) => p.code === 'rules-unknown-firmness')!.where).toBe('r.yaml firmness[6]');
    // The name of an Object member is no ministry either (reviewer).
    const odd = readRules(real.replace('"Defensie": { tags: [defensie], ministry: DEF }', '"Defensie": { tags: [defensie], ministry: constructor }'), { knownTags, file: 'r.yaml' });
    expect(odd.problems.map((p) => p.code)).toEqual(['rules-unknown-ministry']);
  });

  it('reports an invalid pattern and a missing reason, and still gives rules that match nothing there', () => {
    const generic = real.replace('ai: ["kunstmatige intelligentie", "\\\\bAI\\\\b"]', 'ai: ["kunstmatige (intelligentie"]');
    const overlay = read(RULES_FILE).replace(', reason: "één woord; de eenheid gaat over vrij kunnen zijn wie je bent (emancipatie)"', '');
    const { rules: partial, problems } = readRuleLayers([{ text: generic, file: 'g.yaml' }, { text: overlay, file: 'r.yaml' }], { knownTags });
    expect(problems.map((p) => p.code)).toEqual(['rules-bad-pattern', 'rules-no-reason']);
    expect(partial.tags.find((t) => t.tag === 'ai')!.regexes[0]!.re.test('kunstmatige (intelligentie')).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['', 'a: [', '- 1\n- 2', 'firmness: 3\nattach: []\ntags: x', '{ duplicates: { strong: { similarity: 7 } } }']) {
      expect(() => readRules(input, { knownTags })).not.toThrow();
      expect(readRules(input, { knownTags }).problems.length, input).toBeGreaterThan(0);
    }
    expect(() => compileRules(null, { knownTags })).not.toThrow();
    expect(codes('a: [')).toEqual(['rules-yaml']);
    expect(codes(real.replace('starters: ["Daarbij"', 'starters: ["Daar (bij"'))).toEqual(['rules-bad-pattern']);
    expect(codes(`a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]`)).toEqual(['rules-yaml']);
  });
});

describe('overlayRuleTable and the names of Object members', () => {
  it('keeps a key "__proto__" of an overlay as its own key, and takes no member of Object for the base\'s', () => {
    const out = overlayRuleTable(JSON.parse('{"attach": {"a": 1}}'), JSON.parse('{"__proto__": {"x": 1}, "attach": {"b": 2}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'attach']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ x: 1 });
    expect(out['attach']).toEqual({ a: 1, b: 2 });
  });
});
