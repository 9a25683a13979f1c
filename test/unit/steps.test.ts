/*
 * The analysis in steps (`DraftService.analysisSteps`, what the language server runs one slice at a time) gives what
 * the synchronous analysis gives: on every fixture and published document, with the steps of all documents
 * interleaved one by one in one service (as the server interleaves a long draft with the short ones opened meanwhile),
 * against each document analysed at once by a service of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDraftService, type Analysis, type DraftInput, type Steps } from '../../src/core/service';
import { loadVagueTerms } from '../../src/core/vague/terms';
import { loadBuiltinSynonyms } from '../../src/host/data';
import { failOnRuleError } from '../support/strict';
import { builtinCorpus } from './rules/helpers';

const ROOT = path.resolve(__dirname, '../..');
const lexicon = loadVagueTerms(readFileSync(path.join(ROOT, 'lexicon', 'vague-terms.yaml'), 'utf8'), 'ingebouwd');
const SYNONYMS = loadBuiltinSynonyms(ROOT).lexicon;
const service = () => createDraftService({ vagueTerms: lexicon.terms, corpus: builtinCorpus(), synonyms: SYNONYMS, today: () => '2026-12-01', onRuleError: failOnRuleError });

function markdownUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(ROOT, dir, f));
}

/** A motie long enough to be parsed in pieces and checked in many runs of parts, with findings in every part. */
const LONG_MOTIE = `---\nsoort: motie\ndatum: 2026-03-12\n---\nMotie van het lid De Vries over de digitale overheid\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${Array.from(
  { length: 3000 },
  (_, i) => `overwegende dat punt ${i} meer regie vraagt en de regering een Nederlandse Digitale Dienst met doorzettingsmacht wil;\n\n`,
).join('')}verzoekt de regering de regie te nemen en de Kamer voor de zomer te informeren,\n\nen gaat over tot de orde van de dag.\n\nDe Vries\n`;

const documents: DraftInput[] = [
  ...['test/fixtures', 'test/eval/real/docs'].flatMap(markdownUnder).map((file) => ({ uri: pathToFileURL(file).href, version: 1, text: readFileSync(file, 'utf8') })),
  { uri: 'file:///ws/lang.md', version: 1, text: LONG_MOTIE },
];

/** Run the steps of every document one step at a time, round robin; how many steps each took. */
function interleaved(steps: Steps<Analysis>[]): { results: Analysis[]; counts: number[] } {
  const results: Analysis[] = [];
  const counts = steps.map(() => 0);
  const open = new Set(steps.keys());
  while (open.size > 0) {
    for (const i of [...open]) {
      const step = steps[i]!.next();
      if (step.done) {
        results[i] = step.value;
        open.delete(i);
      } else {
        expect(step.value).toBeGreaterThan(0);
        counts[i]!++;
      }
    }
  }
  return { results, counts };
}

describe('analysis in steps', () => {
  it(`gives the findings and draft of the synchronous analysis on ${documents.length} fixtures and published documents, interleaved`, () => {
    const stepwise = service();
    const { results, counts } = interleaved(documents.map((d) => stepwise.analysisSteps(d)));
    let findings = 0;
    documents.forEach((doc, i) => {
      const once = service().analyze(doc);
      expect(results[i]!.findings, doc.uri).toEqual(once.findings);
      expect(results[i]!.draft.parts, doc.uri).toEqual(once.draft.parts);
      findings += once.findings.length;
    });
    expect(findings).toBeGreaterThan(300);
    // The long motie went in many slices: pieces of the parse and runs of parts, not one step per rule.
    expect(counts.at(-1)).toBeGreaterThan(100);
    // The stepwise result is cached like the synchronous one.
    expect(stepwise.analyze(documents.at(-1)!)).toBe(results.at(-1));
  }, 300_000);

  it('gives the incremental analysis of an edited version as the synchronous one does', () => {
    const edited = { uri: 'file:///ws/lang.md', version: 2, text: LONG_MOTIE.replace('verzoekt de regering de regie te nemen', 'verzoekt de regering de leiding te nemen') };
    const stepwise = service();
    const synchronous = service();
    stepwise.analyze(documents.at(-1)!);
    synchronous.analyze(documents.at(-1)!);
    const { results } = interleaved([stepwise.analysisSteps(edited)]);
    expect(results[0]!.findings).toEqual(synchronous.analyze(edited).findings);
    expect(results[0]!.findings.filter((f) => f.ruleId === 'vaag-begrip').length).toBe(synchronous.analyze(documents.at(-1)!).findings.filter((f) => f.ruleId === 'vaag-begrip').length - 1);
  }, 120_000);

  it('starts over under the new settings when they change between two steps', () => {
    const stepwise = service();
    const steps = stepwise.analysisSteps(documents.at(-1)!);
    for (let i = 0; i < 10; i++) expect(steps.next().done).toBe(false);
    stepwise.configure({ settings: { severities: { 'vaag-begrip': 'off' } } });
    const { results } = interleaved([steps]);
    const off = service();
    off.configure({ settings: { severities: { 'vaag-begrip': 'off' } } });
    expect(results[0]!.findings).toEqual(off.analyze(documents.at(-1)!).findings);
    expect(results[0]!.findings.some((f) => f.ruleId === 'vaag-begrip')).toBe(false);
  }, 120_000);
});
