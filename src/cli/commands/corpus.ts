import path from 'node:path';
import { URI } from 'vscode-uri';
import { pick, searchCorpus, type Commitment } from '../../core/service';
import { loadImporter } from '../../host/bundles';
import { shippedPdfReader } from '../../host/import/loadPdf';
import type { CommandArgs } from '../args';
import type { CliContext } from '../io';
import { builtinData, corpusStore, loadRunConfig, loadRunScopes } from '../load';
import { SUMMARY } from '../messages';
import { commitmentJson } from '../report/json';
import { commitmentLine, problemLine } from '../report/text';

/** How many commitments `corpus search` shows. */
const SEARCH_LIMIT = 50;

/** `corpus list` and `corpus search WORDS...`: the loaded commitments, all or the best matches first. */
export function listOrSearch(mode: 'list' | 'search', args: CommandArgs, ctx: CliContext): number {
  const run = loadRunConfig(ctx, args);
  // The corpora a draft in the working directory would be checked with.
  const here = path.join(ctx.cwd, 'concept.md');
  const scopes = loadRunScopes(ctx, run, args.corpora, [here]);
  const set = scopes.serviceFor(here).corpus;
  // One more than shown: whether the list is cut (exactly 50 matches is a whole list).
  const found: { commitment: Commitment; score?: number }[] =
    mode === 'list' ? set.commitments.map((commitment) => ({ commitment })) : searchCorpus(set, args.operands.join(' '), { synonyms: builtinData().synonyms, limit: SEARCH_LIMIT + 1 });
  const cut = mode === 'search' && found.length > SEARCH_LIMIT;
  const rows = cut ? found.slice(0, SEARCH_LIMIT) : found;
  if (args.format === 'json') ctx.out(`${JSON.stringify(rows.map((r) => commitmentJson(set, r.commitment, r.score)), null, 2)}\n`);
  else for (const r of rows) ctx.out(commitmentLine(r.commitment));
  // A search that finds nothing says so (on standard error: standard output stays the list, empty).
  if (mode === 'search' && rows.length === 0 && args.format !== 'json') ctx.say(SUMMARY.noMatches(args.operands.join(' ')), run.taal);
  // A list cut at the limit says so: the 50th line is not the last match.
  if (cut && args.format !== 'json') ctx.say(SUMMARY.searchCut(SEARCH_LIMIT), run.taal);
  return scopes.failed ? 2 : 0;
}

/**
 * `corpus validate FILE...`: every problem as `file:line:col`, or that a file has none, on standard output; exit 2 when
 * one is an error.
 */
export function validate(args: CommandArgs, ctx: CliContext): number {
  const taal = args.taal ?? 'nl';
  const store = corpusStore();
  let errors = 0;
  for (const file of args.operands) {
    const abs = ctx.resolve(file);
    // Beside the built-in corpora, as check and corpus list load it: an id a built-in corpus has (`id: ca2026`) was
    // "geen problemen" here, and skipped with an error there (a staffer's trial).
    const set = store.build({ folders: [], extraFiles: [abs], openText: () => undefined });
    const loaded = set.files.find((f) => f.uri === URI.file(abs).toString());
    const problems = set.problemsByUri().get(URI.file(abs).toString()) ?? [];
    for (const p of problems) ctx.out(`${problemLine(file, p, taal)}\n`);
    // Warnings are listed, but only an error (what is left out or cannot be read) fails the run: an unknown tag is a
    // warning, not an error, and exited 2 (a new user's trial).
    errors += problems.filter((p) => p.severity === 'error').length;
    // Part of the report, so on standard output with the problems (as check's summary); stderr is for the invocation.
    if (problems.length === 0) ctx.out(`${pick(SUMMARY.corpusClean(file, loaded?.corpus?.commitments.length ?? 0), taal)}\n`);
  }
  return errors > 0 ? 2 : 0;
}

/**
 * `corpus import FILE [--id ID] [--out FILE.akkoord.yaml] [--title TITLE] [--force]`: the document as a corpus file
 * with its lock beside it. Progress on standard error, the report on standard output; a problem on standard error,
 * nothing written, no report and exit 2.
 */
export async function importCommand(args: CommandArgs, ctx: CliContext): Promise<number> {
  const taal = args.taal ?? loadRunConfig(ctx, {}).taal;
  const result = await loadImporter().importFile({
    file: ctx.resolve(args.operands[0]!),
    ...(args.id !== undefined ? { id: args.id } : {}),
    ...(args.out !== undefined ? { out: ctx.resolve(args.out) } : { outDir: ctx.cwd }),
    ...(args.title !== undefined ? { title: args.title } : {}),
    ...(args.kind !== undefined ? { kind: args.kind } : {}),
    force: args.force === true,
    replaceBuiltin: args.force === true,
    readPdf: shippedPdfReader(),
    onProgress: (step) => ctx.say(step, taal),
  });
  for (const p of result.problems) ctx.err(`akkoordwijzer: ${pick(p, taal)}`);
  // The report describes the corpus written; after a refusal it read as a success ("Volledig: ja") on standard output.
  if (result.problems.length) return 2;
  for (const line of result.report) ctx.out(`${pick(line, taal)}\n`);
  return 0;
}
