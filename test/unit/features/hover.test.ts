import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';
import { failOnRuleError } from '../../support/strict';
import { LEXICON, motie, vragen } from '../rules/helpers';

const service = () => createDraftService({ vagueTerms: LEXICON, onRuleError: failOnRuleError });

describe('the hover of a finding is Markdown', () => {
  it('a place to fill in (‘<medium>’) is escaped: the editor drops an unknown HTML tag, and the words with it', () => {
    const text = vragen('1. Bent u bekend met het bericht «X»?[^1]\n\n[^1]: NOS, <datum>, https://nos.nl/x');
    const hover = service().hover({ uri: 'file:///werk/vragen.md', version: 1, text }, text.indexOf('<datum>') + 2)!;
    expect(hover.contents).toContain('Nog in te vullen: ‘\\<datum>’.');
    expect(hover.contents).not.toMatch(/(?<!\\)<datum>/);
  });
});

describe('the hover of a vague term', () => {
  it('says in full what each firmer word of the quick fixes means: their titles have room for a few words only', () => {
    const text = motie('verzoekt de regering de Nederlandse Digitale Dienst de regie te geven over alle IT-projecten,');
    const at = text.indexOf('regie te') + 2;
    const nl = service().hover({ uri: 'file:///werk/motie.md', version: 1, text }, at)!;
    expect(nl.contents).toContain(
      '*Te kiezen:* ‘doorzettingsmacht’: kan besluiten en afdwingen, ook als een ministerie niet meewerkt; ‘aanwijzingsbevoegdheid’: kan een ander bestuursorgaan een bindende opdracht geven; ‘coördinatie’: kan niets afdwingen.',
    );
    const en = createDraftService({ vagueTerms: LEXICON, onRuleError: failOnRuleError, settings: { taal: 'en' } }).hover({ uri: 'file:///werk/motie.md', version: 1, text }, at)!;
    expect(en.contents).toContain('*To choose from:* ‘doorzettingsmacht’: can decide and enforce, also when a ministry does not cooperate;');
  });
});

