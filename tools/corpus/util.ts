/** Shared helpers of the corpus generator (build-time only: may use the file system). */

import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A problem in the source data or annotations: the generator stops and says exactly what is wrong. */
export class BuildError extends Error {
  override name = 'BuildError';
}

export function fail(message: string): never {
  throw new BuildError(message);
}

export function readText(root: string, rel: string): string {
  return readFileSync(path.join(root, rel), 'utf8');
}

/** Comparison form of a wording: lower case, letters and digits only, single spaces. */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Count occurrences into a sorted, printable table. */
export function countTable(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${String(v).padStart(5)}  ${k}`);
}

export function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}
