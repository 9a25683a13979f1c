import { positionAt, problemMessage, type Commitment, type DataProblem, type Taal } from '../../core/service';
import type { CliContext } from '../io';
import { SUMMARY } from '../messages';
import { painter, wantsColor } from './color';
import type { CheckedFile, ReportRun } from './index';

/**
 * Findings as compilers print them, `file:line:col: severity rule message` (1-based; the `$akkoordwijzer` problem
 * matcher reads this), coloured on a terminal; the count on standard error.
 */
export function textReport(files: readonly CheckedFile[], ctx: CliContext, run: ReportRun): void {
  const paint = painter(wantsColor(run.color, ctx));
  let total = 0;
  for (const f of files) {
    for (const x of f.findings) {
      const p = positionAt(f.lineStarts, x.start);
      ctx.out(`${paint.path(f.path)}:${p.line + 1}:${p.character + 1}: ${paint.severity(x.severity)} ${paint.rule(x.ruleId)} ${x.message}\n`);
      total++;
    }
  }
  ctx.say(SUMMARY.checked(files.length, total), run.taal);
}

/** A data-file problem as compilers print it: `file:line:col: severity message` (1-based), in the chosen language. */
export function problemLine(file: string, p: DataProblem, taal: Taal): string {
  return `${file}:${p.line + 1}:${p.character + 1}: ${p.severity} ${problemMessage(p, taal)}`;
}

/** One commitment per line, tab-separated for `cut` and `grep`: key, firmness, tags, text on one line. */
export function commitmentLine(c: Commitment): string {
  return `${c.key}\t${c.firmness ?? '-'}\t${c.tags.join(',')}\t${c.text.replace(/\s+/g, ' ')}\n`;
}
