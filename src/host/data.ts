import { existsSync } from 'node:fs';
import path from 'node:path';
import { emptyLexicon, loadVagueTerms, parseLexicon, type DataProblem, type Lexicon, type VagueTerm } from '../core/service';
import { readText } from './files';
import { bundledSnapshot, isLoadResult, type SnapshotFolders } from './snapshotCache';

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

/**
 * The built-in vague-term lexicon. A problem in it is reported, never fatal. Read back from the snapshot when it
 * holds this text (`compiled`), else parsed.
 */
export function loadBuiltinLexicon(root = packageRoot(), compiled: SnapshotFolders = bundledSnapshot()): { terms: VagueTerm[]; report: FileProblems } {
  const file = path.join(root, 'lexicon', 'vague-terms.yaml');
  const read = readText(file);
  if (read.problem) return { terms: [], report: { file, problems: [read.problem] } };
  const text = read.text;
  const isTerm = (t: Record<string, unknown>) => typeof t['id'] === 'string' && Array.isArray(t['forms']) && typeof t['why'] === 'object';
  const { terms, problems } = compiled.compiled('vague-terms', text, () => loadVagueTerms(text, 'ingebouwd'), (v) => isLoadResult(v, 'terms', isTerm));
  return { terms, report: { file, problems } };
}

/** The built-in synonym and abbreviation lexicon used for matching (`lexicon/synonyms.yaml`), as the vague terms. */
export function loadBuiltinSynonyms(root = packageRoot(), compiled: SnapshotFolders = bundledSnapshot()): { lexicon: Lexicon; report: FileProblems } {
  const file = path.join(root, 'lexicon', 'synonyms.yaml');
  const read = readText(file);
  if (read.problem) return { lexicon: emptyLexicon, report: { file, problems: [read.problem] } };
  const text = read.text;
  const isGroup = (g: unknown) => typeof g === 'object' && g !== null && typeof (g as { id: unknown }).id === 'string' && Array.isArray((g as { terms: unknown }).terms);
  const valid = (v: unknown) => {
    const groups = typeof v === 'object' && v !== null ? (v as { value?: { groups?: unknown } }).value?.groups : undefined;
    return Array.isArray(groups) && groups.every(isGroup) && Array.isArray((v as { problems: unknown }).problems);
  };
  const { value, problems } = compiled.compiled('synonyms', text, () => parseLexicon(text), valid);
  return { lexicon: value, report: { file, problems } };
}
