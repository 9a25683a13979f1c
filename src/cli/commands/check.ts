import { readFileSync } from 'node:fs';
import path from 'node:path';
import { computeLineStarts, createDraftService, DEFAULT_BUDGET, type DraftService, type Taal } from '../../core/service';
import type { CommandArgs } from '../args';
import { draftSources, type DraftSource } from '../inputs';
import type { CliContext } from '../io';
import { builtinData, loadRunConfig, loadRunCorpora } from '../load';
import { PROBLEM } from '../messages';
import { REPORTERS, type CheckedFile } from '../report/index';
import { problemLine } from '../report/text';

/**
 * `akkoordwijzer check PATH...`: every draft checked as the editor would, in one report. Exit code 2 when an input
 * was missing or broken (the readable drafts are still reported), else 1 when a finding is an error or there are more
 * warnings than `--max-warnings` allows, else 0.
 */
export async function check(args: CommandArgs, ctx: CliContext): Promise<number> {
  // A draft named by `--stdin-filename` is configured as the file of that name would be.
  const named = args.stdin && args.stdinFilename !== undefined ? path.dirname(ctx.resolve(args.stdinFilename)) : undefined;
  const run = loadRunConfig(ctx, { ...args, ...(named !== undefined ? { start: named } : {}) });
  const { taal } = run;
  const builtin = builtinData();
  for (const report of builtin.problems) for (const p of report.problems) ctx.err(problemLine(report.file, p, taal));
  const corpus = loadRunCorpora(ctx, run, args.corpora, named !== undefined ? [named] : args.operands);
  const service = createDraftService({
    vagueTerms: [...builtin.vagueTerms, ...run.config.extraTerms],
    settings: { taal, severities: run.config.regels, budget: { ...DEFAULT_BUDGET, ...run.config.budget } },
    corpus: corpus.set,
    synonyms: builtin.synonyms,
  });
  const drafts = draftSources(ctx, args, taal);
  const checked = await checkDrafts(ctx, service, drafts.sources, taal);
  const warnings = checked.files.reduce((n, f) => n + f.findings.filter((x) => x.severity === 'warning').length, 0);
  const tooManyWarnings = args.maxWarnings !== undefined && args.maxWarnings >= 0 && warnings > args.maxWarnings;
  const hasError = checked.files.some((f) => f.findings.some((x) => x.severity === 'error'));
  const exitCode = run.failed || corpus.failed || drafts.failed || checked.failed ? 2 : hasError || tooManyWarnings ? 1 : 0;
  // ESLint's --quiet: warnings leave the report but still count against --max-warnings.
  const shown = args.quiet ? checked.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) : checked.files;
  REPORTERS[args.format](shown, ctx, { taal, exitCode, color: args.color });
  if (tooManyWarnings) ctx.say(PROBLEM.tooManyWarnings(warnings, args.maxWarnings!), taal);
  return exitCode;
}

async function checkDrafts(ctx: CliContext, service: DraftService, sources: readonly DraftSource[], taal: Taal): Promise<{ files: CheckedFile[]; failed: boolean }> {
  const files: CheckedFile[] = [];
  let failed = false;
  for (const source of sources) {
    const text = await readDraft(ctx, source, taal);
    if (text === undefined) {
      failed = true;
      continue;
    }
    const { draft, findings } = service.analyze({ uri: source.file ?? ctx.resolve(source.path), version: 1, text });
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
    ctx.say(PROBLEM.unreadable(source.path, (e as Error).message), taal);
    return undefined;
  }
}
