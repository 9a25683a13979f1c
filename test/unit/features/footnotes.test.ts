import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';
import { failOnRuleError } from '../../support/strict';
import { LEXICON, vragen } from '../rules/helpers';

const service = () => createDraftService({ vagueTerms: LEXICON, onRuleError: failOnRuleError });
const TEXT = vragen('1. Bent u bekend met het bericht «X»?[^1]\n\n2. En met «Y»?[^Nos] En «Z»?[^1]\n\n[^1]: NOS, 2 maart\n  2026, https://nos.nl/x\n\n[^nos]: NRC, 3 maart 2026.');
const doc = { uri: 'file:///werk/vragen.md', version: 1, text: TEXT };
const slices = (spans: { start: number; end: number }[]) => spans.map((s) => TEXT.slice(s.start, s.end));

describe('footnotes under the cursor (a trial of the language server: definition, hover and references gave nothing)', () => {
  it('on a marker: its definition, its text and every marker of it', () => {
    const note = service().footnoteAt(doc, TEXT.indexOf('?[^1]') + 3)!;
    expect(note.label).toBe('1');
    expect(TEXT.slice(note.definition!.span.start, note.definition!.span.end)).toBe('[^1]:');
    expect(note.definition!.text).toBe('NOS, 2 maart 2026, https://nos.nl/x');
    expect(slices(note.references)).toEqual(['[^1]', '[^1]']);
  });

  it('on a definition\'s label, and labels without case', () => {
    const note = service().footnoteAt(doc, TEXT.indexOf('[^nos]:') + 2)!;
    expect(note.label).toBe('nos');
    expect(slices(note.references)).toEqual(['[^Nos]']);
    expect(service().footnoteAt(doc, TEXT.indexOf('bekend'))).toBeUndefined();
  });

  it('the hover on a marker shows the footnote', () => {
    const hover = service().hover(doc, TEXT.indexOf('[^Nos]') + 2)!;
    expect(TEXT.slice(hover.start, hover.end)).toBe('[^Nos]');
    expect(hover.contents).toBe('**Voetnoot [^Nos]**\n\n> NRC, 3 maart 2026.');
  });
});
