import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { computeLineStarts, createDraftService, DEFAULT_BUDGET, MARKDOWN_FILE, type DraftService, type Taal } from '../../core/service';
import { findFiles } from '../../host/files';
import type { CommandArgs } from '../args';
import type { CliContext } from '../io';
import { builtinData, loadRunConfig, loadRunCorpora } from '../load';
import { PROBLEM } from '../messages';
import { REPORTERS, type CheckedFile } from '../report/index';
import { problemLine } from '../report/text';
import { fixDraft } from './fix';

/** How deep `check FOLDER` looks for Markdown files. */
const FOLDER_DEPTH = 32;

/**
 * `akkoordwijzer check PATH...`: every draft checked as the editor would, in one report. Exit code 2 when an input
 * was missing or broken (the readable drafts are still reported), else 1 when a finding is an error, else 0.
 */
export async function check(args: CommandArgs, ctx: CliContext): Promise<number> {
  const run = loadRunConfig(ctx, args);
  const { taal } = run;
  const builtin = builtinData();
  for (const report of builtin.problems) for (const p of report.problems) ctx.err(problemLine(report.file, p, taal));
  const corpus = loadRunCorpora(ctx, run, args.corpora, args.operands);
  const service = createDraftService({
    vagueTerms: [...builtin.vagueTerms, ...run.config.extraTerms],
    settings: { taal, severities: run.config.regels, budget: { ...DEFAULT_BUDGET, ...run.config.budget } },
    corpus: corpus.set,
    synonyms: builtin.synonyms,
  });
  const drafts = draftPaths(ctx, args.operands, taal);
  const diffs: string[] = [];
  const checked = await checkDrafts(ctx, service, drafts.paths, taal, args.fix && { mode: args.fix, diffs });
  // A dry run prints only the diff on standard output, so it can be piped into `git apply`.
  if (args.fix === 'dry-run') ctx.out(diffs.join(''));
  else REPORTERS[args.format](checked.files, ctx, taal);
  if (run.failed || corpus.failed || drafts.failed || checked.failed) return 2;
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

async function checkDrafts(ctx: CliContext, service: DraftService, paths: readonly string[], taal: Taal, fix: { mode: 'write' | 'dry-run'; diffs: string[] } | undefined): Promise<{ files: CheckedFile[]; failed: boolean }> {
  const files: CheckedFile[] = [];
  let failed = false;
  for (const file of paths) {
    const read = await readDraft(ctx, file, taal);
    const uri = ctx.resolve(file);
    const text = read !== undefined && fix ? fixDraft(ctx, service, { file, uri, text: read }, fix.mode, taal, fix.diffs) : read;
    if (text === undefined) {
      failed = true;
      continue;
    }
    // Version 2 after a fix: the service's cache must not answer for the text before it.
    const { draft, findings } = service.analyze({ uri, version: text === read ? 1 : 2, text });
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
