import { existsSync } from 'node:fs';
import path from 'node:path';
import { emptyLexicon, loadVagueTerms, parseLexicon, type DataProblem, type Lexicon, type VagueTerm } from '../core/service';
import { readText } from './files';

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
  const read = readText(file);
  if (read.problem) return { terms: [], report: { file, problems: [read.problem] } };
  const { terms, problems } = loadVagueTerms(read.text, 'ingebouwd');
  return { terms, report: { file, problems } };
}

/** The built-in synonym and abbreviation lexicon used for matching (`lexicon/synonyms.yaml`). */
export function loadBuiltinSynonyms(root = packageRoot()): { lexicon: Lexicon; report: FileProblems } {
  const file = path.join(root, 'lexicon', 'synonyms.yaml');
  const read = readText(file);
  if (read.problem) return { lexicon: emptyLexicon, report: { file, problems: [read.problem] } };
  const { value, problems } = parseLexicon(read.text);
  return { lexicon: value, report: { file, problems } };
}
