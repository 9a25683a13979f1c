import { existsSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { DataProblem } from '../core/service';
import { readText } from './files';

/** The ignore file of a workspace: gitignore syntax, its patterns relative to its own folder. */
export const IGNORE_FILE = '.akkoordwijzerignore';

/**
 * The `.akkoordwijzerignore` that governs `start`: in it or the nearest folder above, but never above the repository
 * root (the first folder with `.git`), so a file in someone's home folder does not silence a checkout below it.
 */
export function findIgnoreFile(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, IGNORE_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || existsSync(path.join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/** One set of gitignore patterns and the folder they are relative to. */
interface PatternSet {
  base: string;
  /** What the user is told matched: the ignore file's path or `--ignore`. */
  source: string;
  matcher: Ignore;
}

/** Which of a set of ignore patterns, if any, leaves a file out. */
export interface IgnoreRules {
  /** The source (`.akkoordwijzerignore`'s path or `--ignore`) of the first pattern set that ignores `file`, else undefined. */
  ignoredBy(file: string): string | undefined;
}

/**
 * The patterns of `file` (relative to its folder) and `patterns` (relative to `cwd`, as ESLint reads
 * `--ignore-pattern`). An unreadable ignore file is a problem, never an exception: its patterns then do not apply.
 */
export function loadIgnoreRules(options: { file: string | undefined; patterns: readonly string[]; cwd: string; patternsSource: string }): {
  rules: IgnoreRules;
  problems: DataProblem[];
} {
  const sets: PatternSet[] = [];
  const problems: DataProblem[] = [];
  if (options.file) {
    const read = readText(options.file);
    if (read.problem) problems.push(read.problem);
    else sets.push({ base: path.dirname(options.file), source: options.file, matcher: ignore().add(read.text) });
  }
  if (options.patterns.length > 0) sets.push({ base: path.resolve(options.cwd), source: options.patternsSource, matcher: ignore().add([...options.patterns]) });
  return { rules: { ignoredBy: (file) => sets.find((set) => matches(set, file))?.source }, problems };
}

function matches(set: PatternSet, file: string): boolean {
  const relative = path.relative(set.base, path.resolve(file));
  // A file outside the folder is none of these patterns' business (and `ignore` refuses paths that climb out).
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return set.matcher.ignores(relative.split(path.sep).join('/'));
}
