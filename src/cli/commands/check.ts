import { readFileSync } from 'node:fs';
import { computeLineStarts, type DraftService, type Taal } from '../../core/service';
import type { CommandArgs } from '../args';
import { draftSources, type DraftSource } from '../inputs';
import type { CliContext } from '../io';
import { builtinData, loadRunConfig, loadRunScopes } from '../load';
import { FIXED, PROBLEM } from '../messages';
import { REPORTERS, type CheckedFile } from '../report/index';
import { problemLine } from '../report/text';
import { fileErrorReason } from '../../host/files';
import { fixDraft } from './fix';

/**
 * `akkoordwijzer check PATH...`: every draft checked as the editor would, in one report. Exit code 2 when an input
 * was missing or broken (the readable drafts are still reported), else 1 when a finding is an error or there are more
 * warnings than `--max-warnings` allows, else 0.
 */
export async function check(args: CommandArgs, ctx: CliContext): Promise<number> {
  const run = loadRunConfig(ctx, args);
  const { taal } = run;
  for (const report of builtinData().problems) for (const p of report.problems) ctx.err(problemLine(report.file, p, taal));
  const drafts = draftSources(ctx, args, taal);
  // Each draft follows the configuration and corpora the editor would give it; standard input those of the file
  // `--stdin-filename` names, else of a draft in the working directory.
  const scopes = loadRunScopes(ctx, run, args.corpora, drafts.sources.map((s) => fileOf(ctx, s)));
  const diffs: string[] = [];
  const checked = await checkDrafts(ctx, scopes.serviceFor, drafts.sources, taal, args.fix && { mode: args.fix, diffs });
  const warnings = checked.files.reduce((n, f) => n + f.findings.filter((x) => x.severity === 'warning').length, 0);
  const tooManyWarnings = args.maxWarnings !== undefined && args.maxWarnings >= 0 && warnings > args.maxWarnings;
  const hasError = checked.files.some((f) => f.findings.some((x) => x.severity === 'error'));
  const exitCode = scopes.failed || drafts.failed || checked.failed ? 2 : hasError || tooManyWarnings ? 1 : 0;
  // ESLint's --quiet: warnings leave the report but still count against --max-warnings.
  const shown = args.quiet ? checked.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) : checked.files;
  // A dry run prints only the diff on standard output, so it can be piped into `git apply`; what would remain after
  // it (and decides the exit code, as with --fix) goes to standard error, as text, at the lines of the fixed text.
  if (args.fix === 'dry-run') {
    ctx.out(diffs.join(''));
    // The header only over fixes: without any, what follows is the draft's findings as they stand.
    if (diffs.length > 0 && shown.some((f) => f.findings.length > 0)) ctx.say(FIXED.remainsAfterDryRun, taal);
    REPORTERS.text(shown, ctx.reportingToStderr(), { taal, exitCode, color: false });
  } else REPORTERS[args.format](shown, ctx, { taal, exitCode, color: args.color });
  if (tooManyWarnings) ctx.say(PROBLEM.tooManyWarnings(warnings, args.maxWarnings!), taal);
  return exitCode;
}

/** The file a draft counts as: its own, the name `--stdin-filename` gave standard input, else one in the working directory. */
const fileOf = (ctx: CliContext, source: DraftSource): string => source.file ?? ctx.resolve(source.path);

async function checkDrafts(
  ctx: CliContext,
  serviceFor: (file: string) => DraftService,
  sources: readonly DraftSource[],
  taal: Taal,
  fix: { mode: 'write' | 'dry-run'; diffs: string[] } | undefined,
): Promise<{ files: CheckedFile[]; failed: boolean }> {
  const files: CheckedFile[] = [];
  let failed = false;
  for (const source of sources) {
    const read = await readDraft(ctx, source, taal);
    const file = fileOf(ctx, source);
    if (read === undefined) {
      failed = true;
      continue;
    }
    // Standard input is never written (`--fix` with it is refused before this); its dry run shows the diff. A file
    // that cannot be written fails the run, and is reported as it stands.
    const fixed = fix && (!source.stdin || fix.mode === 'dry-run') ? fixDraft(ctx, serviceFor(file), { file: source.path, uri: file, text: read }, fix.mode, taal, fix.diffs) : { text: read };
    if (fixed.unwritten) failed = true;
    const { text } = fixed;
    // Version 2 after a fix: the service's cache must not answer for the text before it.
    const service = serviceFor(file);
    const { draft, findings } = service.analyze({ uri: file, version: text === read ? 1 : 2, text });
    // A run never checks the same text again: keeping its analysis (the draft and its parse) would hold every
    // file of the run in memory until the end (150 motions of 50 kB: 557 MB).
    service.forget(file);
    files.push({ path: source.path, file: source.file, kind: draft.kind, lineStarts: computeLineStarts(text), findings });
  }
  return { files, failed };
}

/** The text of a draft; a problem reading it is reported and gives undefined. */
async function readDraft(ctx: CliContext, source: DraftSource, taal: Taal): Promise<string | undefined> {
  if (source.stdin) {
    const stdin = ctx.readStdin();
    if (!stdin) ctx.say(PROBLEM.noStdin(source.path), taal);
    return stdin;
  }
  try {
    return readFileSync(source.file!, 'utf8');
  } catch (e) {
    ctx.say(PROBLEM.unreadable(source.path, fileErrorReason(e)), taal);
    return undefined;
  }
}
