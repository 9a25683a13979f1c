import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfigFile, type AkkoordwijzerConfig } from '../core/config';
import { RULE_IDS } from '../core/rules/index';
import type { DataProblem } from '../core/types';

export const CONFIG_FILE_NAME = '.akkoordwijzer.yaml';

/** Find `.akkoordwijzer.yaml` in `dir` or its ancestors. */
export function findConfigFile(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    const candidate = path.join(d, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

/** Read and parse a config file; an unreadable file is one problem, never an exception. */
export function readConfigFile(file: string): { config: AkkoordwijzerConfig; problems: DataProblem[] } {
  try {
    return parseConfigFile(readFileSync(file, 'utf8'), RULE_IDS, file);
  } catch (err) {
    return {
      config: { regels: {}, extraTerms: [], corpora: [] },
      problems: [{ line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error', code: 'unreadable', message: `Kan ${file} niet lezen: ${(err as Error).message}` }],
    };
  }
}
