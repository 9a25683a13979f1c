import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { computeLineStarts, MARKDOWN_FILE, type DraftService, type Taal } from '../../core/service';
import { findFiles } from '../../host/files';
import type { CommandArgs } from '../args';
import type { CliContext } from '../io';
import { builtinData, loadRunConfig, loadRunScopes } from '../load';
import { PROBLEM } from '../messages';
import { REPORTERS, type CheckedFile } from '../report/index';
import { problemLine } from '../report/text';

/** How deep `check FOLDER` looks for Markdown files. */
const FOLDER_DEPTH = 32;

/**
 * `akkoordwijzer check PATH...`: every draft checked as the editor would, in one report. Exit code 2 when an input
 * was missing or broken (the readable drafts are still reported), else 1 when a finding is an error, else 0.
 */
export async function check(args: CommandArgs, ctx: CliContext): Promise<number> {
  const run = loadRunConfig(ctx, args);
  const { taal } = run;
  for (const report of builtinData().problems) for (const p of report.problems) ctx.err(problemLine(report.file, p, taal));
  const drafts = draftPaths(ctx, args.operands, taal);
  // Each draft follows the configuration and corpora the editor would give it (standard input: a draft in the working directory).
  const scopes = loadRunScopes(ctx, run, args.corpora, drafts.paths.map((p) => ctx.resolve(p)));
  const checked = await checkDrafts(ctx, scopes.serviceFor, drafts.paths, taal);
  REPORTERS[args.format](checked.files, ctx, taal);
  if (scopes.failed || drafts.failed || checked.failed) return 2;
  return checked.files.some((f) => f.findings.some((x) => x.severity === 'error')) ? 1 : 0;
}

/** The drafts to check: files as given (whatever their extension), Markdown files below folders, `-` for stdin. */
function draftPaths(ctx: CliContext, operands: readonly string[], taal: Taal): { paths: string[]; failed: boolean } {
  const paths: string[] = [];
  let failed = false;
  for (const p of operands) {
    const abs = ctx.resolve(p);
    if (p === '-') paths.push(p);
    else if (!existsSync(abs)) {
      ctx.say(PROBLEM.pathNotFound(p), taal);
      failed = true;
    } else if (statSync(abs).isDirectory()) {
      // Reports name a found file below the folder as the user wrote the folder.
      paths.push(...findFiles(abs, (name) => MARKDOWN_FILE.test(name), FOLDER_DEPTH).map((f) => path.join(p, path.relative(abs, f))));
    } else paths.push(p);
  }
  return { paths, failed };
}

async function checkDrafts(ctx: CliContext, serviceFor: (file: string) => DraftService, paths: readonly string[], taal: Taal): Promise<{ files: CheckedFile[]; failed: boolean }> {
  const files: CheckedFile[] = [];
  let failed = false;
  for (const file of paths) {
    const text = await readDraft(ctx, file, taal);
    if (text === undefined) {
      failed = true;
      continue;
    }
    const { draft, findings } = serviceFor(ctx.resolve(file)).analyze({ uri: ctx.resolve(file), version: 1, text });
    files.push({ path: file, kind: draft.kind, lineStarts: computeLineStarts(text), findings });
  }
  return { files, failed };
}

/** The text of a draft; a problem reading it is reported and gives undefined. */
async function readDraft(ctx: CliContext, file: string, taal: Taal): Promise<string | undefined> {
  if (file === '-') {
    const stdin = ctx.readStdin();
    if (!stdin) ctx.say(PROBLEM.noStdin, taal);
    return stdin;
  }
  try {
    return readFileSync(ctx.resolve(file), 'utf8');
  } catch (e) {
    ctx.say(PROBLEM.unreadable(file, (e as Error).message), taal);
    return undefined;
  }
}
