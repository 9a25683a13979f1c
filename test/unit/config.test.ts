import { describe, expect, it } from 'vitest';
import { CONFIG, emptyConfig, mergeConfigs, nothingSet, parseConfigFile, readConfigValue } from '../../src/core/config';
import { readPlainValue } from '../../src/core/data/reader';
import { RULE_IDS } from '../../src/core/rules/index';

const file = (text: string) => parseConfigFile(text, RULE_IDS, '.akkoordwijzer.yaml');
const problems = (text: string) => file(text).problems.map((p) => [p.code, p.line, p.character, p.severity]);

describe('the configuration, read once along one shape', () => {
  it('reads language, severities (with their Dutch words), extra terms and corpora', () => {
    const { config, problems: found } = file(
      ['taal: English', 'regels:', '  vaag-begrip: uit', '  motie-slot: Fout', '  citeer-toezegging: true', 'lexicon:', '  extra:', '    - quick win', '    - { term: transitie, instead: "zeg welke verandering" }', 'corpora: eigen.akkoord.yaml', ''].join('\n'),
    );
    expect(found).toEqual([]);
    expect(config.taal).toBe('en');
    expect(config.regels).toEqual({ 'vaag-begrip': 'off', 'motie-slot': 'error', 'citeer-toezegging': 'on' });
    expect(config.extraTerms.map((t) => [t.forms[0], t.origin])).toEqual([
      ['quick win', '.akkoordwijzer.yaml'],
      ['transitie', '.akkoordwijzer.yaml'],
    ]);
    expect(config.corpora).toEqual(['eigen.akkoord.yaml']);
  });

  it('reports a bad value at the value, an unknown rule at its key (with the rule meant), and keeps the rest', () => {
    const text = 'regels:\n  vaag-begrip: heel-streng\n  motie-slto: error\n  motie-dictum: warning\ntaal: fr\n';
    expect(problems(text)).toEqual([
      ['bad-value', 1, 15, 'error'],
      ['unknown-rule', 2, 2, 'warning'],
      ['bad-value', 4, 6, 'error'],
    ]);
    const { config, problems: found } = file(text);
    expect(found[0]!.message).toBe('Ongeldige ernst voor "vaag-begrip": gebruik standaard, uit, aan, hint, info, waarschuwing of fout.');
    expect(found[1]!.message).toBe('Onbekende regel "motie-slto": bedoelde u "motie-slot"?');
    expect(found[1]!.messageEn).toBe('Unknown rule "motie-slto": did you mean "motie-slot"?');
    expect(config.regels).toEqual({ 'motie-dictum': 'warning' });
    expect(config.taal).toBeUndefined();
  });

  it('reads "standaard" (and "default") as the rule\'s own default, as the editor\'s settings do (it was an error)', () => {
    const { config, problems: found } = file('regels:\n  vaag-begrip: standaard\n  motie-slot: Default\n  motie-dictum: warning\n');
    expect(found).toEqual([]);
    expect(config.regels).toEqual({ 'motie-dictum': 'warning' });
  });

  it('warns about an unknown field with the field meant, and accepts "rules" for "regels"', () => {
    const { config, problems: found } = file('regls:\n  vaag-begrip: off\nrules:\n  motie-slot: hint\n');
    expect(found.map((p) => [p.code, p.line, p.message])).toEqual([['unknown-field', 0, 'Onbekend veld "regls": bedoelde u "regels"?']]);
    expect(config.regels).toEqual({ 'motie-slot': 'hint' });
  });

  it('an empty file is fine; a list or a syntax error is a problem with a position, and what parsed still applies', () => {
    expect(file('')).toEqual({ config: { regels: {}, extraTerms: [], corpora: [], budget: {}, answerTerm: {} }, problems: [] });
    expect(file('# alleen commentaar\n').problems).toEqual([]);
    expect(problems('- taal: en\n')).toEqual([['wrong-type', 0, 0, 'error']]);
    const broken = file('regels:\n  vaag-begrip: warning\ntaal: [nl\n');
    expect(broken.problems.some((p) => p.code === 'yaml-syntax' && p.line >= 2)).toBe(true);
    expect(broken.config.regels).toEqual({ 'vaag-begrip': 'warning' });
  });

  it('a broken extra term is reported and skipped; the other terms load', () => {
    const { config, problems: found } = file('lexicon:\n  extra:\n    - [niet, goed]\n    - quick win\n');
    expect(found.map((p) => [p.code, p.line])).toEqual([['wrong-type', 2]]);
    expect(config.extraTerms.map((t) => t.forms[0])).toEqual(['quick win']);
  });

  it('reads the editor settings along the same shape, with the same messages and no positions', () => {
    const { config, problems: found } = readConfigValue({ taal: 'nl', regels: { 'vaag-begrip': 'heel-streng', 'motie-slot': 'warning', onzin: 'error' }, corpora: ['a.akkoord.yaml', ''] }, RULE_IDS, 'instellingen');
    expect(found.map((p) => p.message)).toEqual(['Ongeldige ernst voor "vaag-begrip": gebruik standaard, uit, aan, hint, info, waarschuwing of fout.', 'Onbekende regel "onzin".']);
    expect(config).toMatchObject({ taal: 'nl', regels: { 'motie-slot': 'warning' }, corpora: ['a.akkoord.yaml'] });
    expect(readConfigValue(undefined, RULE_IDS, 'instellingen')).toEqual({ config: { regels: {}, extraTerms: [], corpora: [], budget: {}, answerTerm: {} }, problems: [] });
  });

  it('settings with nothing set (every field empty, as VS Code sends its defaults) read as the reader reads them, without it', () => {
    const empties = [{}, { corpora: [], regels: {}, lexicon: { extra: [] } }, { rules: {}, lexicon: {}, werkbudget: {}, antwoordtermijn: {} }];
    for (const value of empties) {
      expect(nothingSet(value), JSON.stringify(value)).toBe(true);
      // What the reader makes of the same value: no problem, and the empty configuration.
      const read = readPlainValue(value, CONFIG, { known: { rules: RULE_IDS }, partial: true });
      expect(read.problems).toEqual([]);
      expect(readConfigValue(value, RULE_IDS, 'instellingen')).toEqual({ config: emptyConfig(), problems: [] });
    }
    // Anything set, or unknown, or of another shape goes to the reader.
    for (const value of [{ corpora: ['a.akkoord.yaml'] }, { regels: { 'vaag-begrip': 'off' } }, { onbekend: [] }, { corpora: {} }, { lexicon: { extra: [], meer: 1 } }, { taal: 'en' }]) {
      expect(nothingSet(value), JSON.stringify(value)).toBe(false);
    }
    expect(readConfigValue({ corpora: {} }, RULE_IDS, 'instellingen').problems.map((p) => p.code)).toEqual(['wrong-type']);
  });

  it('reads the answer term of Kamervragen (days, and days after an uitstelbericht); a later file wins per key', () => {
    expect(file('antwoordtermijn:\n  dagen: 14\n').config.answerTerm).toEqual({ days: 14 });
    const both = file('antwoordtermijn: { dagen: 14, uitstel: 35 }\n').config;
    expect(mergeConfigs(both, file('antwoordtermijn: { uitstel: 28 }\n').config).answerTerm).toEqual({ days: 14, daysWithUitstel: 28 });
    const zero = file('antwoordtermijn: { dagen: 0, uitstel: 42 }\n');
    expect(zero.problems.map((p) => p.line)).toEqual([0]);
    expect(zero.config.answerTerm).toEqual({ daysWithUitstel: 42 });
  });

  it('merges: a later configuration wins per setting; terms and corpora add up', () => {
    const a = file('taal: en\nregels: { vaag-begrip: off, motie-slot: hint }\ncorpora: [a.yaml]\n').config;
    const b = file('regels: { vaag-begrip: error }\ncorpora: [a.yaml, b.yaml]\n').config;
    expect(mergeConfigs(a, b)).toMatchObject({ taal: 'en', regels: { 'vaag-begrip': 'error', 'motie-slot': 'hint' }, corpora: ['a.yaml', 'b.yaml'] });
  });
});

describe('names of Object members are no values', () => {
  it('"constructor" and "__proto__" are no severity', async () => {
    const { parseSeverity } = await import('../../src/core/config');
    for (const v of ['constructor', '__proto__', 'toString', 'valueOf']) expect(parseSeverity(v)).toBeUndefined();
    expect(parseSeverity('waarschuwing')).toBe('warning');
  });

  it('an unknown field named "constructor" or "__proto__" gets no suggestion made of Object (reviewer)', () => {
    for (const text of ['constructor: 1\n', '__proto__: 1\n', 'regels:\n  constructor: uit\n']) {
      const messages = file(text).problems.map((p) => p.message);
      expect(messages.length, text).toBeGreaterThan(0);
      for (const m of messages) expect(m, text).not.toMatch(/function|\[object/);
    }
  });
});
