import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadVagueTerms, type VagueTerm } from './core/lexicon/vague';
import type { DataProblem } from './core/types';

/**
 * The package root: where `lexicon/` and `corpus/` ship. The bundles live in `dist/`, sources in `server/src/`;
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
