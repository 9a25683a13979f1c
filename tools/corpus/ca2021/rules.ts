/**
 * The classification rules of the 2021 agreement: the generic table (corpus/rules.yaml) with the table of this
 * document over it (corpus/sources/ca2021/rules.yaml), read by the core pipeline. Every problem stops the build.
 */

import { readRuleLayers } from '../../../src/core/corpus/build';
import type { Rules } from '../../../src/core/corpus/build';
import { failOnProblems } from '../util';

export const GENERIC_RULES_FILE = 'corpus/rules.yaml';
export const RULES_FILE = 'corpus/sources/ca2021/rules.yaml';

export function readRules(read: (rel: string) => string, knownTags: ReadonlySet<string>): Rules {
  const { rules, problems } = readRuleLayers(
    [
      { text: read(GENERIC_RULES_FILE), file: GENERIC_RULES_FILE },
      { text: read(RULES_FILE), file: RULES_FILE },
    ],
    { knownTags },
  );
  failOnProblems(problems);
  return rules;
}
