import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/core/draft/model';
import { ownTokens, releaseTokens } from '../../../src/core/rules/util';
import { motie } from './helpers';

describe('ownTokens: the words of a part, made once per version', () => {
  const text = motie('constaterende dat de Kamer niet is geinformeerd;\n\nverzoekt de regering de Kamer vóór 1 juli te informeren,');

  it('shares one tokenisation between the draft and the one-part drafts part-scoped rules see (they share its line model)', () => {
    const draft = buildDraft({ uri: 'file:///m.md', version: 1, text });
    const parts = draft.parts.filter((p) => p.kind === 'overweging' || p.kind === 'dictum');
    expect(parts.length).toBe(2);
    // As partScope.ts makes them: the draft with one part, for every part; the rules run one after the other over all.
    const onePart = parts.map((part) => ({ ...draft, parts: [part] }));
    const first = parts.map((part, i) => ownTokens(onePart[i]!, part));
    const second = parts.map((part, i) => ownTokens(onePart[i]!, part));
    parts.forEach((part, i) => {
      expect(second[i]).toBe(first[i]);
      expect(ownTokens(draft, part)).toBe(first[i]);
    });
    expect(first[0]!.map((t) => t.lower)).toEqual(['constaterende', 'dat', 'de', 'kamer', 'niet', 'is', 'geinformeerd']);
  });

  it('tokenises a new version afresh, also where its text is the same, and lets go of a version whose rules ran', () => {
    const one = buildDraft({ uri: 'file:///m.md', version: 1, text });
    const same = buildDraft({ uri: 'file:///m.md', version: 2, text });
    const two = buildDraft({ uri: 'file:///m.md', version: 3, text: text.replace('niet is', 'nooit is') });
    const part = (d: typeof one) => d.parts.find((p) => p.kind === 'overweging')!;
    const before = ownTokens(one, part(one));
    expect(ownTokens(same, part(same))).not.toBe(before);
    const after = ownTokens(two, part(two));
    expect(after.map((t) => t.lower)).toContain('nooit');
    releaseTokens(two);
    expect(ownTokens(two, part(two))).not.toBe(after);
  });
});
