import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/core/draft/frontmatter';
import { check, findingsOf, fixed, motie, ruleTable } from './helpers';

const M = motie('verzoekt de regering een plan te sturen,');
const front = (lines: string) => `---\n${lines}\n---\n${M}`;
const told = (lines: string, taal: 'nl' | 'en' = 'nl') => findingsOf(front(lines), 'front-matter', { taal, today: '2026-12-07' }).map((f) => [f.text, f.message, f.fixes.map((x) => x.title)]);

describe('front-matter', () => {
  ruleTable('front-matter', {
    valid: [
      { name: 'plain lines', text: front('soort: motie\ndatum: 2026-03-12') },
      { name: 'a quoted title with a colon', text: front('soort: motie\ntitel: "Woningbouw: tempo"') },
      { name: 'a list and a comment', text: front('soort: motie\nindieners: [Jansen, De Vries] # twee') },
      { name: 'only a comment', text: front('# later') },
      { name: 'no front matter', text: M },
      // A document that is no draft and never said `soort:` is someone else's business (a README with Jekyll keys).
      { name: 'another document without soort', text: '---\ntitle: a: b\n---\n# Notities\n\nTekst.\n', uri: 'file:///w/README.md' },
    ],
    invalid: [
      { name: "an apostrophe before a year ('datum: '26', a reviewer: it passed without a word)", text: front("soort: motie\ndatum: '26"), expected: [{ text: "'26", severity: 'warning' }], fixed: null },
      { name: 'a colon and a space in a title', text: front('soort: motie\ntitel: Woningbouw: tempo'), expected: [{ text: 'Woningbouw: tempo', severity: 'warning' }], fixed: front('soort: motie\ntitel: "Woningbouw: tempo"') },
      { name: 'a key twice', text: front('soort: motie\ndatum: 2026-03-12\ndatum: 2026-03-13'), expected: [{ text: 'datum: 2026-03-13', severity: 'warning' }], fixed: null },
      { name: 'a value starting with @', text: front('soort: motie\nindiener: @jansen'), expected: [{ text: '@jansen', severity: 'warning' }], fixed: front('soort: motie\nindiener: "@jansen"') },
      { name: 'a list in place of a mapping', text: front('- soort: motie'), expected: [{ text: '- soort: motie', severity: 'warning' }], fixed: null },
      { name: 'soort lost makes it no draft: still told', text: '---\nsoort: motie\ndatum 2026-03-12\n---\nTekst.\n', uri: 'file:///w/notitie.md', expected: [{ text: 'datum 2026-03-12', severity: 'warning' }], fixed: null },
    ],
  });

  it('says what is wrong in the staffer\'s words, and that nothing of the front matter counts (it was silent, and the draft lost its kind and date)', () => {
    const r = check(front("soort: motie\ndatum: '26"), { today: '2026-12-07' });
    expect(r.draft.frontmatter).toEqual({});
    expect(told("soort: motie\ndatum: '26")).toEqual([
      ["'26", 'De front matter is geen geldige YAML: het aanhalingsteken \' wordt nergens gesloten; schrijf het jaar voluit, zoals ‘datum: 2026-03-12’. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).', []],
    ]);
    expect(told('soort: motie\ntitel: Woningbouw: tempo', 'en')).toEqual([
      ['Woningbouw: tempo', 'The front matter is not valid YAML: a colon and a space in the value make a new key of it; put the value in quotation marks. Until it is, nothing in it counts (kind, date, agreement).', ['Put the value in quotation marks']],
    ]);
    expect(told('soort: motie\ndatum: 2026-03-12\ndatum: 2026-03-13').map((t) => t[1])).toEqual(['De front matter is geen geldige YAML: ‘datum’ staat er twee keer in; houd er één. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).']);
    expect(told('soort: motie\n\tdatum: 2026-03-12').map((t) => t[1])).toEqual(['De front matter is geen geldige YAML: een tab aan het begin van een regel is in YAML niet toegestaan; haal hem weg. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).']);
    expect(told('soort: motie\n  datum: 2026-03-12').map((t) => t[1])).toEqual(['De front matter is geen geldige YAML: een regel springt in onder een sleutel met een waarde; begin elke regel met zijn sleutel. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).']);
    expect(told('soort: motie\ntitel: "Woningbouw').map((t) => t.slice(0, 2))).toEqual([['"Woningbouw', 'De front matter is geen geldige YAML: het aanhalingsteken " wordt nergens gesloten. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).']]);
    // A key without its colon, on the first line or a later one, is told the same (the first said "springt in"; a reviewer).
    for (const lines of ['soort motie\ndatum: 2026-03-12', 'soort: motie\ndatum 2026-03-12']) {
      expect(told(lines).map((t) => t[1]), lines).toEqual(['De front matter is geen geldige YAML: na een sleutel hoort een dubbele punt met een spatie, zoals ‘datum: 2026-03-12’. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).']);
    }
    // Another missing character is no missing colon: the parser's words then.
    expect(told('soort: motie\ntitel: "Motie"#x').map((t) => t[1])).toEqual(['De front matter is geen geldige YAML: de YAML-lezer meldt (in het Engels): Comments must be separated from other tokens by white space characters. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).']);
  });

  it('says of a list that it is no front matter, not that it is no YAML', () => {
    expect(told('- soort: motie').map((t) => t[1])).toEqual(['De front matter heeft geen regels ‘sleutel: waarde’, zoals ‘soort: motie’. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).']);
  });

  it('quotes a value of a CR LF line without its CR', () => {
    const crlf = front('soort: motie\ntitel: Woningbouw: tempo\ndatum: 2026-03-12').replace(/\n/g, '\r\n');
    expect(fixed(crlf, 'front-matter')).toContain('titel: "Woningbouw: tempo"\r\ndatum');
  });

  it('says of a value that starts with a quotation mark, a bracket or an asterisk to quote it whole, with the fix (it gave the parser\'s English; a reviewer)', () => {
    for (const [value, ch] of [['"Motie" over X', '"'], ["'Regie' terug", "'"], ['[concept] Motie over X', '['], ['*Motie over X*', '*']] as const) {
      const lines = `soort: motie\ntitel: ${value}`;
      expect(told(lines), value).toEqual([[value, `De front matter is geen geldige YAML: de waarde begint met ‘${ch}’, dat in YAML iets anders betekent; zet de hele waarde tussen aanhalingstekens. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).`, ['Zet de waarde tussen aanhalingstekens']]]);
      expect(fixed(front(lines), 'front-matter')).toContain(`titel: ${JSON.stringify(value)}\n`);
    }
  });

  it('offers the fix on its line also when another line has a slip of its own (a reviewer)', () => {
    expect(fixed(front('soort: motie\ntitel: Motie: x\nonderwerp: a: b'), 'front-matter')).toContain('titel: "Motie: x"\nonderwerp: a: b\n');
  });

  it('leaves a document of no kind alone unless its front matter says it is a motie or Kamervragen (a reviewer: `soort: notitie`)', () => {
    const note = (soort: string) => findingsOf(`---\nsoort: ${soort}\ntitel: a: b\n---\n# Notities\n\nTekst.\n`, 'front-matter', { uri: 'file:///w/notitie.md' }).length;
    expect([note('notitie'), note('motie'), note('Kamervragen'), note('"motie"')]).toEqual([0, 1, 1, 1]);
    // The kind read as a whole front matter reads it (`kindFromFrontmatter`): also `type:`, also "schriftelijke vragen".
    const typed = findingsOf('---\ntype: motie\ntitel: a: b\n---\n# Notities\n\nTekst.\n', 'front-matter', { uri: 'file:///w/notitie.md' }).length;
    expect([typed, note('schriftelijke vragen'), note('overig')]).toEqual([1, 1, 0]);
  });

  it('offers quotation marks only where the value then reads exactly as written', () => {
    // A value with a backslash and a quotation mark: escaped, and read back as written.
    expect(fixed(front('soort: motie\ntitel: Zie "a\\b": c'), 'front-matter')).toContain('titel: "Zie \\"a\\\\b\\": c"\n');
    // A comment after the value would become part of it between the marks.
    expect(told('soort: motie\ntitel: Woningbouw: tempo # nog kiezen')[0]![2]).toEqual([]);
    // An indent is no value to quote.
    expect(told('soort: motie\n  datum: 2026-03-12')[0]![2]).toEqual([]);
  });

  it(`never throws, always underlines inside the front matter, and a fix leaves front matter that reads (property)`, () => {
    const pieces = ['soort', 'datum', 'titel', ': ', ':', ' ', '  ', '\t', '\n', "'", '"', '’26', '@', '`', '%', '-', '[', ']', '{', '}', '#', 'motie', '2026-03-12', 'a: b', '&x', '*x', '!t', '|', '>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (p) => {
        const lines = p.join('').replace(/^-{3}|\n-{3}/g, '');
        const text = front(lines);
        const found = findingsOf(text, 'front-matter', { today: '2026-12-07' });
        const problem = parseFrontmatter(check(text, { today: '2026-12-07' }).draft.lines.frontmatter?.value).problem;
        expect(found.length).toBe(problem ? 1 : 0);
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(4);
          expect(f.end).toBeLessThanOrEqual(4 + lines.length + 1);
          expect(f.end).toBeGreaterThan(f.start);
          if (f.fixes.length) {
            const after = fixed(text, 'front-matter', { today: '2026-12-07' });
            // The slip mended: what is told after the fix (if anything, another line's slip) is not the same finding.
            const before = `${f.start}:${f.message}`;
            expect(check(after, { today: '2026-12-07' }).findings.filter((x) => x.ruleId === 'front-matter').map((x) => `${x.start}:${x.message}`)).not.toContain(before);
            expect(after.endsWith(M)).toBe(true);
          }
        }
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });
});
