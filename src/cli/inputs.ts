import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { MARKDOWN_FILE, type Taal } from '../core/service';
import { findFiles } from '../host/files';
import { findIgnoreFile, loadIgnoreRules, type IgnoreRules } from '../host/ignoreFile';
import type { CommandArgs } from './args';
import type { CliContext } from './io';
import { PROBLEM } from './messages';
import { problemLine } from './report/text';

/** How deep `check FOLDER` looks for Markdown files. */
const FOLDER_DEPTH = 32;

/** Never looked into by a glob, as folders are never walked into them either. */
const GLOB_SKIP = ['**/node_modules/**', '**/.git/**'];

/** One draft to check: a file, or standard input (named by `--stdin-filename`, else `-`). */
export interface DraftSource {
  /** The name reports use: as typed, or as found below a folder or by a glob (relative to the working directory). */
  path: string;
  /** The absolute path; undefined for standard input without a name. */
  file: string | undefined;
  stdin: boolean;
}

/**
 * The drafts of a `check` run: files as given (whatever their extension), Markdown files below folders and matching
 * quoted globs, standard input for `-` and `--stdin`; each once, in the order given. What `.akkoordwijzerignore` or
 * `--ignore` matches is left out (a file named on the command line with a line on standard error). `failed`: a path
 * was missing, a glob matched nothing, a folder held no Markdown file, or the ignore file could not be read.
 */
export function draftSources(ctx: CliContext, args: CommandArgs, taal: Taal): { sources: DraftSource[]; failed: boolean } {
  const ignoreFile = findIgnoreFile(ctx.cwd);
  const { rules, problems } = loadIgnoreRules({ file: ignoreFile, patterns: args.ignores ?? [], cwd: ctx.cwd, patternsSource: '--ignore' });
  for (const p of problems) ctx.err(problemLine(ignoreFile ?? '', p, taal));
  let failed = problems.length > 0;
  if (args.stdin) {
    const name = args.stdinFilename;
    const source: DraftSource = { path: name ?? '-', file: name !== undefined ? ctx.resolve(name) : undefined, stdin: true };
    return { sources: kept(ctx, [source], rules, taal, true), failed };
  }
  const sources: DraftSource[] = [];
  for (const p of args.operands) {
    const found = operandSources(ctx, p);
    if (found?.sources.length) sources.push(...kept(ctx, found.sources, rules, taal, found.named));
    else {
      // A folder without Markdown files is no check, as a glob that matches nothing (a mistyped folder that exists
      // would else pass in CI).
      ctx.say(found ? PROBLEM.emptyFolder(p) : isDynamicPattern(p) ? PROBLEM.noMatches(p) : PROBLEM.pathNotFound(p), taal);
      failed = true;
    }
  }
  return { sources: once(sources), failed };
}

/** What one operand stands for; `named`: the user named the file itself. Undefined: nothing there. */
function operandSources(ctx: CliContext, p: string): { sources: DraftSource[]; named: boolean } | undefined {
  if (p === '-') return { sources: [{ path: '-', file: undefined, stdin: true }], named: true };
  const abs = ctx.resolve(p);
  // An existing path wins over reading it as a glob: a folder may well be called `[concept]`.
  if (existsSync(abs)) {
    if (!statSync(abs).isDirectory()) return { sources: [{ path: p, file: abs, stdin: false }], named: true };
    // Reports name a found file below the folder as the user wrote the folder.
    const files = findFiles(abs, (name) => MARKDOWN_FILE.test(name), FOLDER_DEPTH);
    return { sources: files.map((f) => ({ path: path.join(p, path.relative(abs, f)), file: f, stdin: false })), named: false };
  }
  if (!isDynamicPattern(p)) return undefined;
  // Found files are named the way the pattern was written: relative to the working directory, or absolute.
  const matched = globSync(p, { cwd: ctx.cwd, absolute: path.isAbsolute(p), onlyFiles: true, expandDirectories: false, ignore: GLOB_SKIP })
    .filter((f) => MARKDOWN_FILE.test(f))
    .sort();
  if (matched.length === 0) return undefined;
  return { sources: matched.map((f) => ({ path: f, file: ctx.resolve(f), stdin: false })), named: false };
}

/** The sources no ignore pattern leaves out; one the user named is said to be skipped, so nothing vanishes unseen. */
function kept(ctx: CliContext, sources: DraftSource[], rules: IgnoreRules, taal: Taal, named: boolean): DraftSource[] {
  return sources.filter((s) => {
    const by = s.file !== undefined ? rules.ignoredBy(s.file) : undefined;
    if (by !== undefined && named) ctx.say(PROBLEM.ignored(s.path, by === '--ignore' ? by : path.relative(ctx.cwd, by) || by), taal);
    return by === undefined;
  });
}

/** Each file once (a glob and a folder may both find it); standard input is read once however often it is named. */
function once(sources: DraftSource[]): DraftSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = s.file ?? '-';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
