import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { pick, renderExportReport, type DraftInput, type DraftService, type ExportFormat, type Taal } from '../../core/service';
import { defaultExportPath, ExportOverDraft, textExport, writeExport } from '../../host/export/write';
import { fileErrorReason } from '../../host/files';
import type { CommandArgs } from '../args';
import type { CliContext } from '../io';
import { loadRunConfig, loadRunScopes } from '../load';
import { EXPORT, PROBLEM } from '../messages';

/**
 * `akkoordwijzer export FILE --to docx|txt|md [--out FILE] [--toch]`: the draft in the Kamer's layout, checked as
 * `check` would (its configuration and corpora). The report (stopped or overridden, the errors, the warnings) and the
 * written path on standard output. Exit code 2 on an input or writing problem, 1 when errors stopped the export, else 0
 * (also with `--toch`: the override is the user's explicit choice, and the report records it).
 */
export async function exportCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const run = loadRunConfig(ctx, args);
  const { taal } = run;
  const shown = args.operands[0]!;
  const file = ctx.resolve(shown);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    ctx.say(PROBLEM.unreadable(shown, fileErrorReason(e)), taal);
    return 2;
  }
  const scopes = loadRunScopes(ctx, run, args.corpora, [file]);
  if (scopes.failed) return 2;
  const format = args.to!;
  if (args.out === '-') return exportToStdout(scopes.serviceFor(file), { uri: URI.file(file).toString(), version: 1, text }, format, { toch: args.toch === true, taal }, ctx, shown);
  const out = args.out !== undefined ? ctx.resolve(args.out) : defaultExportPath(file, format);
  // A file there already is replaced: said, so a copy edited by hand after an earlier export is not lost unnoticed (a
  // staffer's trial; an export is made again after every change, so it is not refused).
  const replaced = existsSync(out);
  let result;
  try {
    result = await writeExport(scopes.serviceFor(file), { uri: URI.file(file).toString(), version: 1, text }, format, out, { toch: args.toch === true });
  } catch (e) {
    const shownOut = path.relative(ctx.cwd, out) || out;
    ctx.say(e instanceof ExportOverDraft ? EXPORT.overDraft(shownOut) : EXPORT.unwritable(shownOut, fileErrorReason(e)), taal);
    return 2;
  }
  ctx.out(renderExportReport(result.report, taal, shown));
  if (!result.written) return 1;
  ctx.out(`${pick(EXPORT.written(path.relative(ctx.cwd, result.written) || result.written, replaced), taal)}\n`);
  return 0;
}

/**
 * `--out -`: the text or Markdown on standard output, for a pipe ("| pbcopy"), the report on standard error. It wrote a
 * file named "-" (a staffer's trial). A Word file is no text for a terminal: a usage error.
 */
function exportToStdout(service: DraftService, doc: DraftInput, format: ExportFormat, options: { toch: boolean; taal: Taal }, ctx: CliContext, shown: string): number {
  const { taal } = options;
  if (format === 'docx') {
    ctx.say(EXPORT.docxToStdout, taal);
    return 2;
  }
  const { report, document } = service.exportDraft(doc, { toch: options.toch });
  const said = renderExportReport(report, taal, shown);
  if (said) ctx.err(said);
  if (!document) return 1;
  ctx.out(textExport(document, format));
  return 0;
}
