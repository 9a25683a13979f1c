import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../src/core/draft/budget';
import { createDraftService, DEFAULT_BUDGET, NO_BUDGET, parseConfigFile } from '../../src/core/service';
import { docText, loadDocs } from '../eval/real';
import { failOnRuleError } from '../support/strict';

const ROOT = path.resolve(__dirname, '../..');
const nestedList = (levels: number) => `# Motie\n\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;
const nestedQuotes = (levels: number) => `# Motie\n\n${'> '.repeat(levels)}tekst\n`;
const service = (budget = DEFAULT_BUDGET) => createDraftService({ vagueTerms: [], onRuleError: failOnRuleError, settings: { budget } });

describe('the work budget (counted in characters and nesting, checked before parsing)', () => {
  it('measures nesting by blockquote markers and list levels, in one pass', () => {
    expect(checkBudget(nestedQuotes(101), DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 101, limit: 100, at: 9 });
    expect(checkBudget(nestedList(800), DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 800, limit: 100 });
    expect(checkBudget(nestedList(100), DEFAULT_BUDGET)).toBeUndefined();
    expect(checkBudget('x'.repeat(1_000_001), DEFAULT_BUDGET)).toMatchObject({ what: 'chars', found: 1_000_001, limit: 1_000_000, at: 0 });
    expect(checkBudget('x'.repeat(1_000_001), NO_BUDGET)).toBeUndefined();
  });

  it('leaves every fixture and every real document within the default budget', () => {
    const texts = [...loadDocs().map(docText)];
    for (const dir of ['moties', 'vragen', 'other']) {
      const d = path.join(ROOT, 'test/fixtures', dir);
      for (const f of readdirSync(d).filter((n) => n.endsWith('.md'))) texts.push(readFileSync(path.join(d, f), 'utf8'));
    }
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((t) => checkBudget(t, DEFAULT_BUDGET))).toEqual([]);
  });

  it('800 nested list items (the parser slows steeply with nesting: 1,000 levels did not finish in a minute) get one info and nothing else, at once', () => {
    const text = nestedList(800);
    const t0 = performance.now();
    const findings = service().findings({ uri: 'file:///diep.md', version: 1, text });
    expect(performance.now() - t0).toBeLessThan(10_000); // a hang guard for the test run, not a speed claim
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['werkbudget', 'info']]);
    expect(findings[0]!.message).toBe('Niet gecontroleerd: hier zijn citaten of lijsten 800 niveaus diep genest, meer dan het werkbudget van 100 (instelling akkoordwijzer.werkbudget.nesting).');
    // On the deepest line, from its start.
    expect(findings[0]!.start).toBe(text.indexOf('- item 799') - 2 * 799);
  });

  it('a document over the character budget is not parsed; the note names its size and the setting', () => {
    const text = `# Motie\n\nDe Kamer,\n\n${'verzoekt de regering de regie te nemen, '.repeat(30_000)}\n`;
    const s = service();
    const analysis = s.analyze({ uri: 'file:///groot.md', version: 1, text });
    expect(analysis.draft.kind).toBe('other');
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(['werkbudget']);
    expect(analysis.findings[0]!.message).toMatch(/^Niet gecontroleerd: het document heeft 1\.200\.\d{3} tekens, meer dan het werkbudget van 1\.000\.000/);
    // The next, smaller version is parsed in full again (no stale parse is reused).
    const small = '# Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen,\n\nen gaat over tot de orde van de dag.\n';
    expect(s.analyze({ uri: 'file:///groot.md', version: 2, text: small }).draft.kind).toBe('motie');
  });

  it('with the budget off, a deep but workable document is parsed and checked as usual', () => {
    const findings = service(NO_BUDGET).findings({ uri: 'file:///diep.md', version: 1, text: nestedQuotes(150) });
    expect(findings.filter((f) => f.ruleId === 'werkbudget')).toEqual([]);
  });

  it('a document with more footnotes than the budget is not parsed (the parser slows steeply with their number); the note stands at the first one over it', () => {
    const notes = (count: number) => `Vragen van het lid Podt (D66) aan de minister over bronnen.\n\n1. Kent u de berichten?[^1]\n\n${Array.from({ length: count }, (_, i) => `[^${i + 1}]: Bron ${i + 1}.`).join('\n')}\n`;
    expect(checkBudget(notes(1000), DEFAULT_BUDGET)).toBeUndefined();
    const text = notes(1001);
    expect(checkBudget(text, DEFAULT_BUDGET)).toMatchObject({ what: 'footnotes', found: 1001, limit: 1000, at: text.indexOf('[^1001]:') });
    const findings = service().findings({ uri: 'file:///noten.md', version: 1, text });
    expect(findings.map((f) => f.ruleId)).toEqual(['werkbudget']);
    expect(findings[0]!.message).toBe('Niet gecontroleerd: het document heeft 1.001 voetnoten, meer dan het werkbudget van 1.000; dit is de eerste daarboven (instelling akkoordwijzer.werkbudget.voetnoten).');
    expect(findings[0]!.start).toBe(text.indexOf('[^1001]:'));
    expect(checkBudget(text, { ...DEFAULT_BUDGET, maxFootnotes: 0 })).toBeUndefined();
  });

  it('is set in .akkoordwijzer.yaml as werkbudget: { tekens, nesting, voetnoten }', () => {
    const { config, problems } = parseConfigFile('werkbudget:\n  tekens: 5000\n  nesting: 0\n  voetnoten: 50\n', [], 'x');
    expect(problems).toEqual([]);
    expect(config.budget).toEqual({ maxChars: 5000, maxNesting: 0, maxFootnotes: 50 });
    expect(parseConfigFile('werkbudget:\n  tekens: -1\n', [], 'x').problems.map((p) => p.code)).not.toEqual([]);
  });
});

describe('the nesting budget cannot be got around', () => {
  it('counts lines that end in a lone CR, and several markers on one line', () => {
    const crLines = Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- x`).join('\r');
    expect(checkBudget(crLines, DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 150 });
    expect(checkBudget(`${'- '.repeat(150)}x`, DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 150 });
    expect(checkBudget(`${'> - '.repeat(60)}x`, DEFAULT_BUDGET)).toMatchObject({ what: 'nesting', found: 120 });
    expect(checkBudget('- een gewoon lijstitem\n  - een tweede niveau\n> citaat met - streepje\n', DEFAULT_BUDGET)).toBeUndefined();
  });
});
