/**
 * Problems of the corpus build pipeline: values, never exceptions, so the importer can show every problem of a
 * user's agreement at once and the build tool can stop with all of them.
 */

import type { Localized } from '../../types';

/** One problem in a rule table, a lock file or the pipeline's input. */
export interface BuildProblem {
  /** A stable kebab-case code (`rules-unknown-field`, `lock-bad-line`, …). */
  code: string;
  /** Where it is: a file and a path in it (`rules.yaml firmness[3].verbs`), or the input that caused it. */
  where: string;
  message: Localized;
}

/** Collects problems; readers append and go on with a harmless default value. */
export class ProblemList {
  readonly problems: BuildProblem[] = [];

  add(code: string, where: string, nl: string, en: string): void {
    this.problems.push({ code, where, message: { nl, en } });
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }
}

/** A problem as one line of text: `where: message`. */
export function formatProblem(problem: BuildProblem, taal: 'nl' | 'en' = 'nl'): string {
  return `${problem.where}: ${problem.message[taal]}`;
}
