import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';
import { failOnRuleError } from '../../support/strict';
import { LEXICON, vragen } from '../rules/helpers';

const service = () => createDraftService({ vagueTerms: LEXICON, onRuleError: failOnRuleError });

describe('the hover of a finding is Markdown', () => {
  it('a place to fill in (‘<medium>’) is escaped: the editor drops an unknown HTML tag, and the words with it', () => {
    const text = vragen('1. Bent u bekend met het bericht «X»?[^1]\n\n[^1]: NOS, <datum>, https://nos.nl/x');
    const hover = service().hover({ uri: 'file:///werk/vragen.md', version: 1, text }, text.indexOf('<datum>') + 2)!;
    expect(hover.contents).toContain('Nog in te vullen: ‘\\<datum>’.');
    expect(hover.contents).not.toMatch(/(?<!\\)<datum>/);
  });
});
