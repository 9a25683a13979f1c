import { describe, expect, it } from 'vitest';
import { externalize, localize } from '../../tools/docs/nls';

const manifest = (enumDescriptions: string[]) => ({ contributes: { configuration: { title: 'Akkoordwijzer', properties: { 'akkoordwijzer.taal': { type: 'string', enumDescriptions } } } } });

describe('the manifest strings in package.nls.json', () => {
  it('moves every string out and back to the same text', () => {
    const { pkg, nls } = externalize(manifest(['Nederlands', 'English']), {});
    expect(JSON.stringify(pkg)).not.toContain('Nederlands');
    expect(localize(pkg, nls)).toEqual(manifest(['Nederlands', 'English']));
  });

  it('keeps each text with its entry when one is inserted in the middle of a list', () => {
    const first = externalize(manifest(['Nederlands', 'English']), {});
    const props = (first.pkg.contributes as { configuration: { properties: Record<string, { enumDescriptions: string[] }> } }).configuration.properties;
    // A new value between the two, written literally as a developer adds it.
    props['akkoordwijzer.taal']!.enumDescriptions.splice(1, 0, 'Fries');
    const second = externalize(first.pkg, first.nls);
    expect(localize(second.pkg, second.nls)).toEqual(manifest(['Nederlands', 'Fries', 'English']));
  });

  it('refuses a placeholder without a text (VS Code would show the key)', () => {
    expect(() => externalize({ displayName: '%ontbreekt%' }, {})).toThrow(/%ontbreekt% has no text/);
  });
});
