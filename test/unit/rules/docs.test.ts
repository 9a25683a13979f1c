import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules/index';
import { check } from './helpers';

/** The examples are snippets: the file name gives them their kind, so the rule runs on exactly the example. */
function uriFor(kinds: readonly string[]): string {
  return kinds.includes('motie') ? 'file:///voorbeeld.motie.md' : 'file:///voorbeeld.vragen.md';
}

/** Rules about a corpus the product does not ship (the Kamer's register, fetched by the user): the file their examples cite. */
const EXAMPLE_CORPORA: Record<string, string> = { 'kamertoezegging-nagekomen': 'test/fixtures/toezeggingen/register.akkoord.yaml' };

describe('rule documentation', () => {
  it('there are the rules of the contract', () => {
    expect(RULES.map((r) => r.id)).toEqual([
      'akkoord-na-datum',
      'akkoord-niet-geladen',
      'al-toegezegd',
      'citaat-ander-akkoord',
      'citaat-onjuist',
      'citaat-onvindbaar',
      'citeer-toezegging',
      'datum',
      'front-matter',
      'herhaald-woord',
      'invulplek',
      'kamertoezegging-nagekomen',
      'lidwoord',
      'motie-aanhef',
      'motie-afsluiting',
      'motie-dictum',
      'motie-dictum-werkwoord',
      'motie-formule',
      'motie-indiener',
      'motie-meerdere-dicta',
      'motie-slot',
      'onbekende-toezegging',
      'schrijfwijze',
      'spelfout',
      'toezegging-stelligheid',
      'trema',
      'tussenzin',
      'vaag-begrip',
      'verwijzing-vorm',
      'voetnoten',
      'vragen-adressaat',
      'vragen-bron',
      'vragen-kop',
      'vragen-meerdere-vragen',
      'vragen-ministerie',
      'vragen-nummering',
      'vragen-vraagteken',
      'werkbudget',
      'werkwoordsvorm',
      'witregel-in-zin',
    ]);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has Dutch and English title, summary, rationale and fixes text, and a bad and a good example', () => {
        for (const t of [rule.title, rule.docs.summary, rule.docs.rationale, rule.docs.fixes]) {
          expect(t.nl.trim().length, rule.id).toBeGreaterThan(5);
          expect(t.en.trim().length, rule.id).toBeGreaterThan(5);
        }
        expect(rule.docs.rationale.en).not.toBe(rule.docs.rationale.nl);
        expect(rule.docs.bad.trim()).not.toBe('');
        expect(rule.docs.good.trim()).not.toBe('');
        expect(rule.docs.good).not.toBe(rule.docs.bad);
        // A rule that is off by default says at which severity it runs when a user switches it on ("aan").
        if (rule.defaultSeverity === 'off') expect(['error', 'warning', 'info', 'hint']).toContain(rule.onSeverity);
        else expect(['error', 'warning', 'info', 'hint']).toContain(rule.defaultSeverity);
      });

      it('finds something in its bad example and nothing in its good one', () => {
        const uri = uriFor(rule.kinds);
        // Switched on, as a reader of the page would: the examples of a rule that is off by default show it at work.
        const severities = { [rule.id]: 'on' as const };
        const corpus = EXAMPLE_CORPORA[rule.id] ?? true;
        const bad = check(rule.docs.bad, { uri, rules: [rule], corpus, severities, words: true });
        expect(bad.draft.kind).toBe(rule.kinds[0]);
        expect(bad.findings.filter((f) => f.ruleId === rule.id).length, rule.docs.bad).toBeGreaterThan(0);
        expect(check(rule.docs.good, { uri, rules: [rule], corpus, severities, words: true }).findings, rule.docs.good).toEqual([]);
      });
    });
  }
});
