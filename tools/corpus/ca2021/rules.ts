/**
 * The classification rules of the 2021 agreement (corpus/sources/ca2021/rules.yaml), read by the core pipeline.
 * Every problem stops the build.
 */

import { readRules as readRuleTable } from '../../../src/core/corpus/build';
import type { Rules } from '../../../src/core/corpus/build';
import { failOnProblems } from '../util';

export const RULES_FILE = 'corpus/sources/ca2021/rules.yaml';

export function readRules(text: string, knownTags: ReadonlySet<string>): Rules {
  const { rules, problems } = readRuleTable(text, { knownTags, file: RULES_FILE });
  failOnProblems(problems);
  return rules;
}
