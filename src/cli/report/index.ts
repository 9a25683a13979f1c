import type { Finding, Taal } from '../../core/service';
import type { Format } from '../args';
import type { CliContext } from '../io';
import { jsonReport } from './json';
import { sarifReport } from './sarif';
import { textReport } from './text';

/** One checked draft, as every report format needs it. */
export interface CheckedFile {
  /** The path as the user gave it (or as found below a folder or by a glob they gave): reports repeat it. */
  path: string;
  /** The absolute path; undefined for a draft from standard input without `--stdin-filename`. */
  file: string | undefined;
  kind: string;
  lineStarts: number[];
  findings: Finding[];
}

/** What a report says about the run besides the findings. */
export interface ReportRun {
  taal: Taal;
  /** The exit code the run ends with (SARIF's `invocations`). */
  exitCode: number;
  /** `--color` / `--no-color`, if given (the text report). */
  color: boolean | undefined;
}

/** Writes the findings of a `check` run in one format. */
export type Reporter = (files: readonly CheckedFile[], ctx: CliContext, run: ReportRun) => void;

export const REPORTERS: Record<Format, Reporter> = {
  text: textReport,
  json: (files, ctx) => ctx.out(`${JSON.stringify(jsonReport(files), null, 2)}\n`),
  sarif: (files, ctx, run) => ctx.out(`${JSON.stringify(sarifReport(files, ctx, run), null, 2)}\n`),
};
