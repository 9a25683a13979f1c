import type { Finding, Taal } from '../../core/service';
import type { Format } from '../args';
import type { CliContext } from '../io';
import { jsonReport } from './json';
import { sarifReport } from './sarif';
import { textReport } from './text';

/** One checked draft, as every report format needs it. */
export interface CheckedFile {
  /** The path as the user gave it (or as found below a folder they gave): reports repeat it. */
  path: string;
  kind: string;
  lineStarts: number[];
  findings: Finding[];
}

/** Writes the findings of a `check` run in one format. */
export type Reporter = (files: readonly CheckedFile[], ctx: CliContext, taal: Taal) => void;

export const REPORTERS: Record<Format, Reporter> = {
  text: textReport,
  json: (files, ctx) => ctx.out(`${JSON.stringify(jsonReport(files), null, 2)}\n`),
  sarif: (files, ctx, taal) => ctx.out(`${JSON.stringify(sarifReport(files, taal), null, 2)}\n`),
};
