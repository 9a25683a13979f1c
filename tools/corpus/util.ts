/** Shared helpers of the corpus generator (build-time only: may use the file system). */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { comparisonForm, formatProblem } from '../../src/core/corpus/build';
import type { BuildProblem } from '../../src/core/corpus/build';

/** A problem in the source data or annotations: the generator stops and says exactly what is wrong. */
export class BuildError extends Error {
  override name = 'BuildError';
}

export function fail(message: string): never {
  throw new BuildError(message);
}

/** The pipeline returns problems as values; the build stops on the first batch and names them all. */
export function failOnProblems(problems: readonly BuildProblem[]): void {
  if (problems.length) fail(problems.map((p) => formatProblem(p)).join('\n'));
}

export function readText(root: string, rel: string): string {
  return readFileSync(path.join(root, rel), 'utf8');
}

/** Comparison form of a wording: lower case, letters and digits only, single spaces. */
export const norm = comparisonForm;

/** Count occurrences into a sorted, printable table. */
export function countTable(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${String(v).padStart(5)}  ${k}`);
}

export function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
