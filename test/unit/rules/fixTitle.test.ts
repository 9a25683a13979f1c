import { describe, expect, it } from 'vitest';
import { fittingTitle, MAX_FIX_TITLE, titleWith } from '../../../src/core/rules/fixTitle';
import { builtinCorpus } from './helpers';

describe('a quick fix title fits a light-bulb menu', () => {
  const longest = () => builtinCorpus().commitments.map((c) => c.key).reduce((a, b) => (b.length > a.length ? b : a));

  it('cuts a long citation key short, and leaves a short one whole', () => {
    const key = longest();
    expect(key.length).toBeGreaterThan(60);
    const title = titleWith((k) => `Voeg een overweging in die ${k} letterlijk citeert`, key);
    expect(title.length).toBeLessThanOrEqual(MAX_FIX_TITLE);
    expect(title).toBe('Voeg een overweging in die ca2021:arbeidsongeschiktheidsverz… letterlijk citeert');
    expect(key.startsWith(title.slice('Voeg een overweging in die '.length, title.indexOf('…')))).toBe(true);
    expect(titleWith((k) => `Add a footnote quoting ${k}`, key)).toBe('Add a footnote quoting ca2021:arbeidsongeschiktheidsverzekering-inkomensrisico-…');
    expect(titleWith((k) => `Cite ${k}`, 'ca2026:nederlandse-digitale-dienst')).toBe('Cite ca2026:nederlandse-digitale-dienst');
    // A list of names after a whole name ("Van der…" cut a name in two; a reviewer).
    const names = titleWith((list) => `Zet ${list} eronder`, Array.from({ length: 9 }, (_, i) => `Van der Lid${i}`).join(', '), ', ');
    expect(names).toMatch(/^Zet Van der Lid0, .* Van der Lid\d, … eronder$/);
    expect(names.length).toBeLessThanOrEqual(MAX_FIX_TITLE);
  });

  it('takes, per language, the first title that fits', () => {
    const long = 'x'.repeat(MAX_FIX_TITLE);
    expect(fittingTitle({ nl: `Vervang “regie” door ‘${long}’`, en: 'Replace with ‘y’' }, { nl: 'Vervang door ‘y’', en: 'Replace' })).toEqual({ nl: 'Vervang door ‘y’', en: 'Replace with ‘y’' });
  });
});
