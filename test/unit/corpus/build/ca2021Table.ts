/**
 * The rule table of the 2021 agreement (the generic table with the 2021 table over it), compiled by the core: the
 * real table the unit tests of the pipeline run on (generic steps, tested with the tables the project ships).
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRuleLayers } from '../../../../src/core/corpus/build';
import { loadTagList } from '../../../../src/core/corpus/tags';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
export const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');
export const GENERIC_RULES_FILE = 'corpus/rules.yaml';
export const RULES_FILE = 'corpus/sources/ca2021/rules.yaml';
export const knownTags: ReadonlySet<string> = new Set(loadTagList(read('corpus/tags.yaml'), 'corpus/tags.yaml').tags.map((t) => t.id));
const compiled = readRuleLayers(
  [
    { text: read(GENERIC_RULES_FILE), file: GENERIC_RULES_FILE },
    { text: read(RULES_FILE), file: RULES_FILE },
  ],
  { knownTags },
);
if (compiled.problems.length) throw new Error(`${RULES_FILE}: ${JSON.stringify(compiled.problems)}`);
export const rules = compiled.rules;
