import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DataProblem } from '../core/service';

/** A file that could not be read, as a data problem at its start (never an exception). */
export function unreadable(file: string, err: unknown): DataProblem {
  const m = err instanceof Error ? err.message : String(err);
  return { line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error', code: 'unreadable', message: `Kan ${file} niet lezen: ${m}`, messageEn: `Cannot read ${file}: ${m}` };
}

/** A data file's text, or the problem that it cannot be read. */
export function readText(file: string): { text: string; problem?: undefined } | { text?: undefined; problem: DataProblem } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (err) {
    return { problem: unreadable(file, err) };
  }
}

/** Folders never searched: dependencies, version control, build output. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'coverage', '.vscode-test', '.e2e']);

/**
 * Files below `folder` whose name satisfies `accept`, sorted, to a bounded depth; hidden folders and the usual
 * dependency and build folders are skipped. Unreadable entries are passed over, never thrown.
 */
export function findFiles(folder: string, accept: (name: string, size: number) => boolean, maxDepth = 6): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
      const p = path.join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (depth < maxDepth) walk(p, depth + 1);
      } else if (st.isFile() && accept(name, st.size)) {
        out.push(p);
      }
    }
  };
  walk(folder, 0);
  return out;
}
