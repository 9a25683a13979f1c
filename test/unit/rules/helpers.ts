import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/features/codeActions';
import { createDraftService, type Finding, type Logger, type RuleErrorHandler, type Severity, type SeverityLevel } from '../../../src/core/service';
import { failOnRuleError } from '../../support/strict';
import { loadVagueTerms, type VagueTerm } from '../../../src/core/vague/terms';
import type { Rule } from '../../../src/core/rules/types';
import { CorpusStore } from '../../../src/host/corpusStore';
import type { CorpusSet } from '../../../src/core/corpus/registry';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { shippedWords } from '../../support/words';

let builtin: CorpusSet | undefined;
/** The built-in corpora (ca2026, ca2021), loaded once per test file. */
export function builtinCorpus(): CorpusSet {
  return (builtin ??= new CorpusStore(ROOT).build({ folders: [], extraFiles: [], openText: () => undefined }));
}
/** The built-in corpora and the corpus file `file` (relative to the repository root). */
function corpusWith(file: string): CorpusSet {
  return new CorpusStore(ROOT).build({ folders: [], extraFiles: [path.join(ROOT, file)], openText: () => undefined });
}
const SYNONYMS = loadBuiltinSynonyms(path.resolve(__dirname, '../../..')).lexicon;

export const ROOT = path.resolve(__dirname, '../../..');
export const LEXICON: VagueTerm[] = loadVagueTerms(readFileSync(path.join(ROOT, 'lexicon', 'vague-terms.yaml'), 'utf8'), 'ingebouwd').terms;

export interface CheckOptions {
  uri?: string;
  severities?: Record<string, SeverityLevel>;
  rules?: readonly Rule[];
  vagueTerms?: VagueTerm[];
  logger?: Logger;
  /** Defaults to failing the test when a rule throws; the runner's own tests pass the production handler. */
  onRuleError?: RuleErrorHandler;
  taal?: 'nl' | 'en';
  /** Check against the built-in corpora (for the citation rules); a path (from the repository root): with that corpus file too. */
  corpus?: boolean | string;
  /** With the shipped Dutch word list (for the spelling rule; without it that rule is silent). */
  words?: boolean;
  /** The day of checking (`YYYY-MM-DD`); by default the real one. */
  today?: string;
}

let version = 0;

/** The service `check` uses. */
export function serviceWith(o: CheckOptions = {}) {
  return createDraftService({
    vagueTerms: o.vagueTerms ?? LEXICON,
    settings: { severities: o.severities ?? {}, taal: o.taal ?? 'nl' },
    ...(o.rules ? { rules: o.rules } : {}),
    ...(o.logger ? { logger: o.logger } : {}),
    onRuleError: o.onRuleError ?? failOnRuleError,
    ...(o.words ? { words: shippedWords() } : {}),
    ...(o.today ? { today: () => o.today! } : {}),
    ...(o.corpus ? { corpus: typeof o.corpus === 'string' ? corpusWith(o.corpus) : builtinCorpus(), synonyms: SYNONYMS } : {}),
  });
}

/** Check `text` with the whole service (all rules unless `rules` is given). */
export function check(text: string, o: CheckOptions = {}) {
  return serviceWith(o).analyze({ uri: o.uri ?? 'file:///werk/concept.md', version: ++version, text });
}

export function findingsOf(text: string, ruleId: string, o: CheckOptions = {}): Finding[] {
  return check(text, o).findings.filter((f) => f.ruleId === ruleId);
}

/** The text after applying the preferred fixes of one rule's findings. */
export function fixed(text: string, ruleId: string, o: CheckOptions = {}): string {
  const edits = findingsOf(text, ruleId, o).flatMap((f) => f.fixes.find((x) => x.isPreferred)?.edits ?? []);
  return applyEdits(text, edits).text;
}

/** A complete motie around `body` (the overwegingen and dicta). */
export function motie(body: string, { kop = 'Motie van het lid De Vries over de digitale overheid' } = {}): string {
  return `${kop}\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${body}\n\nen gaat over tot de orde van de dag.\n\nDe Vries\n`;
}

export const GOED_DICTUM = 'verzoekt de regering het NCSC vóór 1 januari 2027 het mandaat te geven ziekenhuizen actief te helpen,';
export const OVERWEGING = 'constaterende dat ziekenhuizen regelmatig getroffen worden door ransomware;';

export const HEADER = 'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid over ransomware (ingezonden 1 maart 2026).';

/** Kamervragen with the standard header around `questions`. */
export function vragen(questions: string, header = HEADER): string {
  return `${header}\n\n${questions}\n`;
}

export interface Expected {
  text: string;
  severity: Severity;
}

export interface InvalidCase {
  name: string;
  text: string;
  uri?: string;
  expected: Expected[];
  /** The text after the preferred fixes of this rule; `null` when no finding of it has a preferred fix. */
  fixed: string | null;
  options?: CheckOptions;
}

/**
 * The per-rule table: every valid text gives no finding of the rule; every invalid text gives exactly the expected
 * findings (text, and severity when given) and, after the preferred fixes, exactly `fixed`.
 */
export function ruleTable(ruleId: string, table: { valid: { name: string; text: string; uri?: string; options?: CheckOptions }[]; invalid: InvalidCase[] }): void {
  for (const v of table.valid) {
    it(`valid: ${v.name}`, () => {
      expect(findingsOf(v.text, ruleId, { ...(v.uri ? { uri: v.uri } : {}), ...v.options }).map((f) => f.text)).toEqual([]);
    });
  }
  for (const c of table.invalid) {
    it(`invalid: ${c.name}`, () => {
      const o = { ...(c.uri ? { uri: c.uri } : {}), ...c.options };
      const found = findingsOf(c.text, ruleId, o);
      expect(found.map((f) => ({ text: f.text, severity: f.severity }))).toEqual(c.expected);
      const preferred = found.some((f) => f.fixes.some((x) => x.isPreferred));
      if (c.fixed === null) expect(preferred, 'no preferred fix expected').toBe(false);
      else {
        expect(fixed(c.text, ruleId, o)).toBe(c.fixed);
        expect(findingsOf(c.fixed, ruleId, o).filter((f) => f.fixes.some((x) => x.isPreferred))).toEqual([]);
      }
    });
  }
}
