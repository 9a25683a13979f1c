import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules/index';
import { logOncePerRule } from '../../../src/core/rules/runner';
import type { Rule } from '../../../src/core/rules/types';
import { check, motie } from './helpers';

/**
 * A motie with findings of four rules: motie-afsluiting (line 7), vaag-begrip (in the dictum; the constatering is not the
 * member's vagueness), motie-meerdere-dicta (switched on: it is off by default), motie-dictum-werkwoord.
 */
const TEXT = motie('constaterende dat de regie ontbreekt\n\nverzoekt de regering de regie te geven,\n\nverzoekt de regering meer geld,');
const DICTA_ON = { 'motie-meerdere-dicta': 'on' } as const;
const ids = (text: string, o: Parameters<typeof check>[1] = {}) => check(text, { ...o, severities: { ...DICTA_ON, ...o.severities } }).findings.map((f) => `${f.ruleId}:${f.text}`);

describe('the rule runner', () => {
  it('runs every rule once and sorts the findings by position', () => {
    expect(ids(TEXT)).toEqual([
      'motie-afsluiting:ontbreekt',
      'vaag-begrip:regie',
      'motie-meerdere-dicta:verzoekt de regering',
      'motie-dictum-werkwoord:verzoekt de regering meer geld,',
    ]);
  });

  describe('configured severities', () => {
    it('"off" disables a rule', () => {
      expect(ids(TEXT, { severities: { 'vaag-begrip': 'off', 'motie-meerdere-dicta': 'off' } })).toEqual([
        'motie-afsluiting:ontbreekt',
        'motie-dictum-werkwoord:verzoekt de regering meer geld,',
      ]);
    });
    it('a per-rule severity overrides the default, the rest keep theirs', () => {
      const f = check(TEXT, { severities: { ...DICTA_ON, 'motie-afsluiting': 'error' } }).findings;
      expect(f.find((x) => x.ruleId === 'motie-afsluiting')!.severity).toBe('error');
      expect(f.find((x) => x.ruleId === 'motie-meerdere-dicta')!.severity).toBe('info');
      expect(f.find((x) => x.ruleId === 'vaag-begrip')!.severity).toBe('warning');
    });
  });

  describe('disable comments', () => {
    const base = 'De Kamer,\n\ngehoord de beraadslaging,\n\n';
    it('akkoordwijzer-disable x … akkoordwijzer-enable x', () => {
      const text = `${base}<!-- akkoordwijzer-disable vaag-begrip -->\nconstaterende dat de regie ontbreekt;\n<!-- akkoordwijzer-enable vaag-begrip -->\n\nverzoekt de regering de regie te geven,\n\nen gaat over tot de orde van de dag.\n\nJansen\n`;
      expect(check(text).findings.map((f) => `${f.ruleId}@${text.slice(0, f.start).split('\n').length}`)).toEqual(['vaag-begrip@9']);
    });
    it('akkoordwijzer-disable without rules silences every rule until enable', () => {
      const text = `${base}<!-- akkoordwijzer-disable -->\n\nconstaterende dat de regie ontbreekt\n\n<!-- akkoordwijzer-enable -->\n\nverzoekt de regering de regie te geven,\n\nen gaat over tot de orde van de dag.\n\nJansen\n`;
      expect(ids(text)).toEqual(['vaag-begrip:regie']);
    });
    it('akkoordwijzer-disable-next-line x (the next prose line, also after a blank line)', () => {
      const text = `${base}<!-- akkoordwijzer-disable-next-line vaag-begrip -->\n\nverzoekt de regering de regie te geven en op korte termijn te melden,\n\nen gaat over tot de orde van de dag.\n\nJansen\n`;
      expect(ids(text)).toEqual([]);
      expect(ids(text.replace('disable-next-line vaag-begrip', 'disable-next-line motie-slot'))).toEqual(['vaag-begrip:regie']);
    });
    it('akkoordwijzer-disable-line x, y (several rules, on the same line)', () => {
      const text = `${base}constaterende dat de regie ontbreekt <!-- akkoordwijzer-disable-line vaag-begrip, motie-afsluiting -->\n\nverzoekt de regering X te doen,\n\nen gaat over tot de orde van de dag.\n\nJansen\n`;
      expect(ids(text)).toEqual([]);
      expect(ids(text.replace(', motie-afsluiting', ''))).toEqual(['motie-afsluiting:ontbreekt']);
    });
  });

  it('a throwing rule is logged once, with its id, and hides nothing else (production handler)', () => {
    const broken: Rule = { ...RULES[0]!, id: 'kapot', kinds: ['motie'], check: () => { throw new Error('stuk'); } };
    const errors: string[] = [];
    const logger = { info() {}, warn() {}, error: (m: string) => void errors.push(m) };
    const onRuleError = logOncePerRule(logger);
    const withBroken = ids(TEXT, { rules: [broken, ...RULES], logger, onRuleError });
    expect(withBroken).toEqual(ids(TEXT));
    expect(ids(TEXT.replace('regie ontbreekt', 'regie ontbreekt echt'), { rules: [broken, ...RULES], logger, onRuleError })).toHaveLength(ids(TEXT).length);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Regel kapot faalde op file:\/\/\/werk\/concept\.md .*: Error: stuk/);
  });

  it('in tests, a throwing rule fails the check instead of finding nothing', () => {
    const broken: Rule = { ...RULES[0]!, id: 'kapot', kinds: ['motie'], check: () => { throw new Error('stuk'); } };
    expect(() => check(TEXT, { rules: [broken] })).toThrow(/rule kapot threw on .*: stuk/);
  });

  it('runs only the rules of the document’s kind, and none on other documents', () => {
    const vragen = 'Vragen van het lid X (D66) aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over Y (ingezonden 1 maart 2026).\n\n1. Bent u bereid de regie te nemen?\n\n3. En nu?\n';
    expect(new Set(check(vragen).findings.map((f) => f.ruleId))).toEqual(new Set(['vaag-begrip', 'vragen-nummering']));
    expect(check('# Notities\n\n1. Wat is de regie?\n2. Wie doet wat?\n').findings).toEqual([]);
  });

  it('a rule that is off by default runs when switched on ("on"), at its own severity', () => {
    const vragen = 'Vragen van het lid X (D66) aan de minister van BZK over Y (ingezonden 1 maart 2026).\n\n1. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u?\n';
    expect(check(vragen).findings.map((f) => f.ruleId)).not.toContain('vragen-meerdere-vragen');
    const on = check(vragen, { severities: { 'vragen-meerdere-vragen': 'on' } }).findings.filter((f) => f.ruleId === 'vragen-meerdere-vragen');
    expect(on.map((f) => f.severity)).toEqual(['hint']);
    // "on" for a rule that is on by default keeps its default severity.
    expect(check(TEXT, { severities: { 'vaag-begrip': 'on' } }).findings.find((f) => f.ruleId === 'vaag-begrip')!.severity).toBe('warning');
    expect(check(TEXT, { severities: DICTA_ON }).findings.find((f) => f.ruleId === 'motie-meerdere-dicta')!.severity).toBe('info');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\n\n\n', '<!--', '---\nsoort: motie\n---\n', 'verzoekt', '\r\r\r', '1.\n2.\n', '> De Kamer,\n', '[^1]:', '`De Kamer,`']) {
      expect(() => check(text, { uri: 'file:///x.motie.md' })).not.toThrow();
      expect(() => check(text, { uri: 'file:///x.vragen.md' })).not.toThrow();
    }
  });
});
