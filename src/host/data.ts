import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadVagueTerms, type VagueTerm } from '../core/vague/terms';
import { emptyLexicon, parseLexicon, type Lexicon } from '../core/retrieval/synonyms';
import type { DataProblem } from '../core/types';

/**
 * The package root: where `lexicon/` and `corpus/` ship. The bundles live in `dist/`, sources in `src/`;
 * walk up from this file until the data is found, so the same code works bundled, in tests and installed.
 */
export function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'lexicon', 'vague-terms.yaml'))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, '..');
}

export interface FileProblems {
  file: string;
  problems: DataProblem[];
}

/** The built-in vague-term lexicon. A problem in it is reported, never fatal. */
export function loadBuiltinLexicon(root = packageRoot()): { terms: VagueTerm[]; report: FileProblems } {
  const file = path.join(root, 'lexicon', 'vague-terms.yaml');
  try {
    const { terms, problems } = loadVagueTerms(readFileSync(file, 'utf8'), 'ingebouwd');
    return { terms, report: { file, problems } };
  } catch (err) {
    return {
      terms: [],
      report: { file, problems: [{ line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error', code: 'unreadable', message: `Kan het lexicon niet lezen: ${String(err)}` }] },
    };
  }
}

/** The built-in synonym and abbreviation lexicon used for matching (`lexicon/synonyms.yaml`). */
export function loadBuiltinSynonyms(root = packageRoot()): { lexicon: Lexicon; report: FileProblems } {
  const file = path.join(root, 'lexicon', 'synonyms.yaml');
  try {
    const { value, problems } = parseLexicon(readFileSync(file, 'utf8'));
    return { lexicon: value, report: { file, problems } };
  } catch (err) {
    return {
      lexicon: emptyLexicon,
      report: { file, problems: [{ line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error', code: 'unreadable', message: `Kan de synoniemenlijst niet lezen: ${String(err)}` }] },
    };
  }
}
