import { describe, expect, it } from 'vitest';
import { check, fixed, motie, ruleTable, vragen } from './helpers';

const front = (value: string) => `---\nsoort: motie\ndatum: ${value}\n---\n`;
const M = motie('verzoekt de regering een plan te sturen,');
const Q = '1. Wat is X?\n\n2. Wat is Y?\n';

describe('datum', () => {
  ruleTable('datum', {
    valid: [
      { name: 'an ISO day', text: front('2026-03-12') + M },
      { name: 'a day in words', text: front('12 maart 2026') + M },
      { name: 'no front matter', text: M },
      { name: 'no date in the front matter', text: `---\nsoort: motie\n---\n${M}` },
      { name: 'date: read as datum:', text: `---\nsoort: motie\ndate: 2026-03-12\n---\n${M}` },
    ],
    invalid: [
      { name: 'a month that does not exist', text: front('2026-13-45') + M, expected: [{ text: '2026-13-45', severity: 'warning' }], fixed: null },
      { name: 'a day that does not exist', text: front('2026-02-30') + M, expected: [{ text: '2026-02-30', severity: 'warning' }], fixed: null },
      { name: 'no date at all', text: front('gisteren') + M, expected: [{ text: 'gisteren', severity: 'warning' }], fixed: null },
      { name: 'date: too', text: `---\nsoort: motie\ndate: 2026-02-30\n---\n${M}`, expected: [{ text: '2026-02-30', severity: 'warning' }], fixed: null },
      { name: 'in Kamervragen', text: `---\nsoort: kamervragen\ndatum: 31-02-2026\n---\n${vragen(Q)}`, expected: [{ text: '31-02-2026', severity: 'warning' }], fixed: null },
    ],
  });

  it('says which date it is, and that the draft counts as undated (it passed silently; the export used today)', () => {
    const r = check(front('2026-13-45') + M);
    expect(r.draft.date).toBeUndefined();
    expect(r.findings.find((f) => f.ruleId === 'datum')?.message).toBe('‘2026-13-45’ bestaat niet; schrijf een bestaande datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’. Nu telt het concept als ongedateerd.');
    expect(check(front('gisteren') + M).findings.find((f) => f.ruleId === 'datum')?.message).toBe('‘gisteren’ is geen datum; schrijf een datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’. Nu telt het concept als ongedateerd.');
  });

  it('reads a two-digit year near the day of checking, as the header does: `datum: 3 maart \'26` is a day (it "bestond niet"; a reviewer)', () => {
    const r = check(front("3 maart '26") + M, { today: '2026-12-01' });
    expect(r.draft.date).toEqual({ iso: '2026-03-03', source: 'frontmatter' });
    expect(r.findings.filter((f) => f.ruleId === 'datum')).toEqual([]);
    // Far from today the century is unsure: said so, not that the day does not exist; "31 februari '26" exists in no century.
    const message = (value: string) => check(front(value) + M, { today: '2026-12-01' }).findings.find((f) => f.ruleId === 'datum')?.message;
    expect(message("3 maart '99")).toBe("Schrijf het jaar voluit, in vier cijfers: aan ‘3 maart '99’ is niet te zien in welke eeuw het valt. Nu telt het concept als ongedateerd.");
    // A form the date model reads only with the year in full ("12-03-'26"): its century is certain, so the year is named
    // and put in by a fix, as for the header's date (it was "niet te zien in welke eeuw"; a reviewer).
    const numeric = check(front("12-03-'26") + M, { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'datum');
    expect(numeric.map((f) => f.message)).toEqual(["Schrijf het jaar voluit: ‘2026’. Nu telt het concept als ongedateerd."]);
    expect(numeric[0]!.fixes.map((f) => f.title)).toEqual(['Vervang door ‘2026’']);
    expect(fixed(front("12-03-'26") + M, 'datum', { today: '2026-12-01' })).toContain('datum: 12-03-2026\n');
    expect(message("31 februari '26")).toBe("‘31 februari '26’ bestaat niet; schrijf een bestaande datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’. Nu telt het concept als ongedateerd.");
  });

  it('says the same of a two-digit year without its apostrophe: `datum: 3 maart 26` was "bestaat niet" (a reviewer)', () => {
    const found = (value: string) => check(front(value) + M, { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'datum');
    for (const value of ['3 maart 26', '12-03-26', '12/03/26']) {
      expect(found(value).map((f) => [f.message, f.fixes.map((x) => x.title)])).toEqual([['Schrijf het jaar voluit: ‘2026’. Nu telt het concept als ongedateerd.', ['Vervang door ‘2026’']]]);
    }
    expect(fixed(front('3 maart 26') + M, 'datum', { today: '2026-12-01' })).toContain('datum: 3 maart 2026\n');
    expect(found('3 maart 99').map((f) => f.message)).toEqual(['Schrijf het jaar voluit, in vier cijfers: aan ‘3 maart 99’ is niet te zien in welke eeuw het valt. Nu telt het concept als ongedateerd.']);
    // Digits that make no date with a year in full are still no date.
    expect(found('31 februari 26').map((f) => f.message)).toEqual(['‘31 februari 26’ bestaat niet; schrijf een bestaande datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’. Nu telt het concept als ongedateerd.']);
    expect(found('maart 26').map((f) => f.message)).toEqual(['‘maart 26’ noemt geen dag; schrijf de dag erbij, bijv. ‘12 maart 2026’ of ‘2026-03-12’. Nu telt het concept als ongedateerd.']);
  });

  it('says of a year or a month alone that it names no day, and of a list that it is no date (both were "bestaat niet")', () => {
    const message = (value: string) => check(front(value) + M, { today: '2026-12-01' }).findings.find((f) => f.ruleId === 'datum')?.message;
    expect(message('2026')).toBe('‘2026’ noemt geen dag; schrijf de dag erbij, bijv. ‘12 maart 2026’ of ‘2026-03-12’. Nu telt het concept als ongedateerd.');
    expect(message('maart 2026')).toBe('‘maart 2026’ noemt geen dag; schrijf de dag erbij, bijv. ‘12 maart 2026’ of ‘2026-03-12’. Nu telt het concept als ongedateerd.');
    expect(message('mrt. 2026')).toBe('‘mrt. 2026’ noemt geen dag; schrijf de dag erbij, bijv. ‘12 maart 2026’ of ‘2026-03-12’. Nu telt het concept als ongedateerd.');
    expect(message('[2026-03-12]')).toBe('‘["2026-03-12"]’ is geen datum; schrijf een datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’. Nu telt het concept als ongedateerd.');
    // An ISO month, a month with a two-digit year, a day without a year (they were "bestaat niet"; a reviewer).
    expect(message('2026-03')).toBe('‘2026-03’ noemt geen dag; schrijf de dag erbij, bijv. ‘12 maart 2026’ of ‘2026-03-12’. Nu telt het concept als ongedateerd.');
    expect(message("maart '26")).toBe("‘maart '26’ noemt geen dag; schrijf de dag erbij, bijv. ‘12 maart 2026’ of ‘2026-03-12’. Nu telt het concept als ongedateerd.");
    expect(message('12 maart')).toBe('‘12 maart’ noemt geen jaar; schrijf het jaar erbij, bijv. ‘12 maart 2026’. Nu telt het concept als ongedateerd.');
    expect(message('2026-13')).toBe('‘2026-13’ bestaat niet; schrijf een bestaande datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’. Nu telt het concept als ongedateerd.');
    // A word that is no month before a year: not a month without its day.
    expect(message('week 2026')).toBe('‘week 2026’ bestaat niet; schrijf een bestaande datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’. Nu telt het concept als ongedateerd.');
  });

  it('with a date in the text ("Voorgesteld 12 maart 2026") says that one counts, not that the draft is undated (a reviewer)', () => {
    const r = check(`${front('2026-02-30')}Voorgesteld 12 maart 2026\n\n${M}`);
    expect(r.draft.date?.iso).toBe('2026-03-12');
    expect(r.findings.find((f) => f.ruleId === 'datum')?.message).toBe('‘2026-02-30’ bestaat niet; schrijf een bestaande datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’. Nu geldt de datum uit de tekst: 12 maart 2026.');
  });
});
