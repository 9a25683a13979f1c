/*
 * Hostile drafts (issue 18): mutations of the fixtures and the published documents (parts deleted, duplicated,
 * swapped, truncated mid-word), random Unicode (combining marks, right-to-left text, emoji, lone surrogates, NUL,
 * byte-order marks, CRLF and lone CR) and extremes (a long line, deep nesting past the work budget). For every input:
 * no exception escapes (a rule that throws fails the test), every finding's range lies inside the document at
 * character boundaries, a document over its work budget is read only within it (the part checked is within the
 * budget: counted, not timed) and gets the note that says so and the cheap checks only, and — on every tenth
 * draft — every fix offered edits inside the document without overlapping edits, leaves a document that can be
 * checked again and parses as before outside the fix, removes its finding and is not offered again.
 *
 * The extremes also run once each at full size (the sizes of the extremes benchmark).
 *
 * Quick mode in `npm test`; AKKOORDWIJZER_HOSTILE_RUNS=100000 runs longer, AKKOORDWIJZER_PROPERTY_SEED=n replays a
 * seed (fast-check prints the seed and the shrunk input of a failure).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/features/codeActions';
import { checkBudget } from '../../src/core/draft/budget';
import { RULES } from '../../src/core/rules';
import { DEFAULT_BUDGET, type Analysis, type Finding } from '../../src/core/service';
import { createEvalService } from '../eval/evaluate';
import { extremes } from '../support/extremes';
import { fixOutcomeProblems, parseProblems } from '../support/fixChecks';

const ROOT = path.resolve(__dirname, '../..');
const RUNS = Number(process.env.AKKOORDWIJZER_HOSTILE_RUNS ?? 20_000);
const SEED = Number(process.env.AKKOORDWIJZER_PROPERTY_SEED ?? 20261203);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? markdownFiles(file) : name.endsWith('.md') ? [file] : [];
  });
}

const SOURCES = [...markdownFiles(path.join(ROOT, 'test/fixtures')), ...markdownFiles(path.join(ROOT, 'test/eval/real/docs'))].sort().map((f) => readFileSync(f, 'utf8'));

/** Characters that break naive text code: combining marks, RTL, emoji (surrogate pairs), lone surrogates, NUL, BOM, CR. */
const NASTY = ['\u0301', '\u0308', '\u200F', '\u202E', 'שלום', 'مرحبا', '👩‍👩‍👧', '🇳🇱', '\uD800', '\uDFFF', '\u0000', '\uFEFF', '\r\n', '\r', '\u2028', '\t', 'ﬁ', '\u00A0'];

type Mutation = { op: 'delete' | 'duplicate' | 'swap' | 'truncate' | 'insert'; at: number; length: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'truncate', 'insert'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.double({ min: 0, max: 0.3, noNaN: true }),
  text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })),
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  const end = Math.min(text.length, at + Math.floor(m.length * text.length));
  switch (m.op) {
    case 'delete':
      return text.slice(0, at) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    case 'swap':
      return text.slice(end) + text.slice(at, end) + text.slice(0, at);
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
  }
}

/** The extremes, small enough for thousands of runs: a long line, nesting just over the budget, nothing at all. */
const EXTREMES = ['', '\n'.repeat(2000), `De Kamer,\n\n${'regie '.repeat(20_000)}\n`, `${'> '.repeat(DEFAULT_BUDGET.maxNesting + 1)}tekst\n`, `${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`];

const draft = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(fc.nat({ max: SOURCES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([i, ms]) => ms.reduce(mutate, SOURCES[i]!)) },
  { weight: 1, arbitrary: fc.constantFrom(...EXTREMES) },
);

/** An offset that splits a surrogate pair is no place for a range to start or end. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function rangeProblems(text: string, findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) out.push(`${f.ruleId} ${f.start}-${f.end} outside 0-${text.length}`);
    else if (splitsPair(text, f.start) || splitsPair(text, f.end)) out.push(`${f.ruleId} ${f.start}-${f.end} splits a character`);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      edits.forEach((e, i) => {
        if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) out.push(`${f.ruleId} fix "${fix.title}" edit ${e.start}-${e.end} outside`);
        if (edits[i + 1] && edits[i + 1]!.start < e.end) out.push(`${f.ruleId} fix "${fix.title}" has overlapping edits`);
      });
    }
  }
  return out;
}

const CHEAP = new Set(RULES.filter((r) => r.overBudget).map((r) => r.id));

/**
 * What breaks the work budget in an analysis: within it, a `werkbudget` note; over it, a part checked that is itself
 * over the budget, a note missing or doubled, or a finding of a rule that is not a cheap check (`Rule.overBudget`);
 * a document that is no draft is not parsed at all.
 */
function budgetProblems(text: string, analysis: Analysis): string[] {
  const notes = analysis.findings.filter((f) => f.ruleId === 'werkbudget').length;
  if (!checkBudget(text, DEFAULT_BUDGET)) return notes === 0 ? [] : ['a note within the budget'];
  const problems = analysis.findings.filter((f) => !CHEAP.has(f.ruleId)).map((f) => `over the budget: ${f.ruleId}`);
  if (notes !== 1) problems.push(`${notes} notes`);
  // A document whose opening shows no draft is not parsed at all: no line read, nothing but the note.
  const parsed = analysis.draft.lines.lines.length > 0 || analysis.draft.text.length === 0;
  if (!parsed) return analysis.draft.kind === 'other' && analysis.findings.length === 1 ? problems : [...problems, 'unparsed, yet more than the note'];
  if (checkBudget(analysis.draft.text, DEFAULT_BUDGET)) problems.push('the part checked is over the budget');
  // Cut at the character budget, blanked where over the others: every line break where it was.
  const lineBreaks = (t: string) => [...t.matchAll(/\r\n|\r|\n/g)].map((m) => m.index).join(',');
  if (lineBreaks(analysis.draft.text) !== lineBreaks(text.slice(0, analysis.draft.text.length))) problems.push('offsets moved');
  return problems;
}

describe('hostile drafts: no exception, ranges inside the document, the budget respected, fixes that keep it whole', () => {
  it(`${RUNS} generated drafts (seed ${SEED})`, () => {
    const { service } = createEvalService({ everyRule: true });
    let n = 0;
    fc.assert(
      fc.property(draft, (text) => {
        const uri = `file:///hostile/${++n}.md`;
        const analysis = service.analyze({ uri, version: 1, text });
        service.forget(uri);
        expect(rangeProblems(text, analysis.findings)).toEqual([]);
        expect(budgetProblems(text, analysis)).toEqual([]);
        if (n % 10 !== 0) return;
        for (const finding of analysis.findings) {
          for (const fix of finding.fixes) {
            const fixed = applyEdits(text, fix.edits);
            expect(fixed.skipped).toBe(0);
            const again = service.analyze({ uri, version: 2, text: fixed.text });
            service.forget(uri);
            expect(rangeProblems(fixed.text, again.findings)).toEqual([]);
            expect(fixOutcomeProblems(finding, fix, analysis.findings, again.findings), `${finding.ruleId}: ${fix.title}`).toEqual([]);
            expect(parseProblems(text, fix, fixed.text), `${finding.ruleId}: ${fix.title}`).toEqual([]);
          }
        }
      }),
      { numRuns: RUNS, seed: SEED, verbose: 1 },
    );
  }, 600_000);
});

describe('the extremes at full size (those of bench/extremes.bench.ts), each once', () => {
  const { service } = createEvalService({ everyRule: true });
  for (const { name, text, overBudget, kind, parts } of extremes()) {
    it(name, () => {
      const analysis = service.analyze({ uri: 'file:///hostile/extreme.md', version: 1, text });
      service.forget('file:///hostile/extreme.md');
      expect(rangeProblems(text, analysis.findings)).toEqual([]);
      expect(checkBudget(text, DEFAULT_BUDGET) !== undefined).toBe(overBudget);
      expect(budgetProblems(text, analysis)).toEqual([]);
      if (overBudget) expect(analysis.findings.filter((f) => f.ruleId === 'werkbudget')).toHaveLength(1);
      // Within it, the whole draft is read, with all its parts.
      else expect([analysis.draft.kind, analysis.draft.parts.length > parts!]).toEqual([kind, true]);
    }, 60_000);
  }
});

/*
 * Words that are the names of Object's own members ("constructor", "__proto__", "valueOf"): a table of plain object
 * literals looked up by a draft's word finds the member instead of nothing. A draft holding "constructor" made the
 * lemma table return Object itself and both citation rules throw (their findings lost for the whole draft).
 */
describe("words that are Object's member names", () => {
  const { service } = createEvalService({ everyRule: true });
  const names = [...new Set(Object.getOwnPropertyNames(Object.prototype).flatMap((n) => [n, n.toLowerCase()]))];
  const motie = (word: string) =>
    `---\nsoort: ${word}\ndatum: 12 ${word} 2026\n---\nMotie van het lid De ${word} over de ${word}\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n` +
    `constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten en de ${word} van de regeling daarover adviseert;\n\n` +
    `overwegende dat ‘${word} ${word}s’ volgens het coalitieakkoord [@ca2026:${word}] de ${word}en ${word}t;\n\n` +
    `verzoekt de regering de ${word} vóór 1 juli 2026 te ${word}en en zich in te zetten voor de ${word},\n\nen gaat over tot de orde van de dag.\n\nDe ${word}\n`;
  const vragen = (word: string) => `Vragen van het lid ${word} aan de minister van ${word} over ${word} (ingezonden 3 ${word} 2026).\n\n1\n\nKent u het bericht ‘${word}’?[^${word}]\n\n2\n\nBent u bereid de ${word} te ${word}en?\n\n[^${word}]: ${word}\n`;
  it.each(names)('%s, as a word, a kind, a date, a key and a footnote', (word) => {
    for (const text of [motie(word), vragen(word)]) {
      const uri = `file:///hostile/${encodeURIComponent(word)}.md`;
      const analysis = service.analyze({ uri, version: 1, text });
      service.forget(uri);
      expect(rangeProblems(text, analysis.findings)).toEqual([]);
      // No member of Object in what the draft is told: its date, messages, fixes, data (reviewer).
      const told = JSON.stringify({ date: analysis.draft.date, findings: analysis.findings.map((f) => [f.message, f.data, f.fixes]) });
      expect(told).not.toMatch(/native code|\[object /);
    }
  });
  it('a motie naming a constructor gets the citations one naming a builder gets', () => {
    const { service: plain } = createEvalService();
    const text = (word: string) =>
      `---\nsoort: motie\ndatum: 2026-03-12\n---\nMotie van het lid De Vries over de digitale overheid\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n` +
      `constaterende dat het kabinet in het coalitieakkoord heeft afgesproken een Nederlandse Digitale Dienst op te richten: ‘compact, deskundig en met doorzettingsmacht’;\n\n` +
      `overwegende dat de afhankelijkheid van externe IT-leveranciers groot is en de ${word} van het Rijk dat bevestigt;\n\n` +
      `verzoekt de regering de Nederlandse Digitale Dienst zeggenschap te geven over alle IT-projecten van het Rijk,\n\nen gaat over tot de orde van de dag.\n\nDe Vries\n`;
    const citations = (word: string) =>
      plain
        .findings({ uri: `file:///hostile/cite-${word}.md`, version: 1, text: text(word) })
        .filter((f) => f.commitments.length > 0)
        .map((f) => `${f.ruleId} ${f.commitments.join(',')}`);
    expect(citations('bouwer').length).toBeGreaterThan(0);
    expect(citations('constructor')).toEqual(citations('bouwer'));
  });
});
