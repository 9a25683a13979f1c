import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { comparisonSummary, createDraftService, pick, renderComparison, type Localized, type Taal } from '../../core/service';
import { fileErrorReason, readText } from '../../host/files';
import { gitShow, parseRevisionOperand } from '../../host/git';
import type { CommandArgs } from '../args';
import type { CliContext } from '../io';
import { COMPARE } from '../messages';

interface Version {
  /** How the version is named in the report: the path as typed, or `REV:FILE`. */
  name: string;
  uri: string;
  text: string;
}

/** One operand: a file, or `REV:FILE` read with `git show`. Undefined after saying why it cannot be read. */
async function readVersion(operand: string, ctx: CliContext, taal: Taal): Promise<Version | undefined> {
  const revision = parseRevisionOperand(operand, (p) => existsSync(ctx.resolve(p)));
  const file = ctx.resolve(revision?.file ?? operand);
  const uri = pathToFileURL(file).href;
  if (!revision) {
    const read = readText(file);
    if (read.text !== undefined) return { name: operand, uri, text: read.text };
    // Why, in a word: it is missing, a folder, too large, or no text (a reviewer: "kan het bestand niet lezen" for a
    // file that check reads, binary bytes and all).
    ctx.say(COMPARE.unreadable(operand, whyUnreadable(read.problem.code, read.cause)), taal);
    return undefined;
  }
  const shown = await gitShow(revision.rev, file);
  if ('text' in shown) return { name: operand, uri, text: shown.text };
  const p = shown.problem;
  ctx.say(p.kind === 'no-git' ? COMPARE.noGit : p.kind === 'not-a-repository' ? COMPARE.notARepository(p.folder) : COMPARE.notInRevision(operand, p.detail), taal);
  return undefined;
}

/**
 * `compare A B [--format text|json] [--taal nl|en]`: what changed from version A to version B of a motie or
 * Kamervragen, part by part (overwegingen, dictum, questions) and word by word. A or B may be `REV:FILE`, the file at a
 * git revision (`HEAD:motie.md`, `HEAD~1:moties/cloud.md`). Exit 0 when compared, 2 when a version cannot be read.
 */
export async function compare(args: CommandArgs, ctx: CliContext): Promise<number> {
  const taal = args.taal ?? 'nl';
  if (args.operands.length !== 2) {
    ctx.say(COMPARE.twoVersions, taal);
    return 2;
  }
  const versions = await Promise.all(args.operands.map((o) => readVersion(o, ctx, taal)));
  const [before, after] = versions;
  if (!before || !after) return 2;
  const service = createDraftService({ vagueTerms: [], settings: { taal } });
  const comparison = service.compare({ uri: before.uri, version: 0, text: before.text }, { uri: after.uri, version: 0, text: after.text });
  if (args.format === 'json') {
    ctx.out(`${JSON.stringify({ version: 1, before: before.name, after: after.name, summary: comparisonSummary(comparison, taal), ...comparison }, null, 2)}\n`);
  } else {
    ctx.out(renderComparison(comparison, taal, 'text', { before: before.name, after: after.name }));
  }
  // The text report says it itself; JSON says it on standard error, once.
  if (comparison.kind === 'other' && args.format === 'json') ctx.err(pick(COMPARE.notADraft, taal));
  return 0;
}

/** A data file's problem (`readText`'s code, and what kept it from being opened) as a reason to show. */
function whyUnreadable(code: string, cause: unknown): Localized {
  if (code === 'not-text') return { nl: 'geen tekst: binaire inhoud of geen UTF-8', en: 'not text: binary content or not UTF-8' };
  if (code === 'too-large') return { nl: 'te groot', en: 'too large' };
  return fileErrorReason(cause);
}
