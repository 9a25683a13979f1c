import { existsSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME, mergeConfigs, readConfigValue, RULE_IDS, type AkkoordwijzerConfig, type DataProblem, type Logger } from '../core/service';
import { loadConfigFile, resolveCorpusPaths } from '../host/load';

/*
 * Settings arrive from three places, merged in this order (later wins per key): the rule defaults, the workspace
 * file `.akkoordwijzer.yaml` (shared with the CLI, so editor and CI agree), and what the user set explicitly in the
 * editor (`akkoordwijzer.*`; "standaard" means "not set"). Bad values are skipped with one logged warning.
 */

/** Read `.akkoordwijzer.yaml` in each workspace folder. */
export function readWorkspaceConfigs(folders: string[]): { configs: AkkoordwijzerConfig[]; problems: Map<string, DataProblem[]> } {
  const configs: AkkoordwijzerConfig[] = [];
  const problems = new Map<string, DataProblem[]>();
  for (const folder of folders) {
    const file = path.join(folder, CONFIG_FILE_NAME);
    if (!existsSync(file)) continue;
    const r = loadConfigFile(file);
    problems.set(URI.file(file).toString(), r.problems);
    configs.push(r.config);
  }
  return { configs, problems };
}

/** Normalise the editor's `akkoordwijzer` section (tolerant) and merge it over the workspace files. */
export function mergeEditorSettings(editor: unknown, workspace: AkkoordwijzerConfig[], folders: string[], logger: Logger): AkkoordwijzerConfig {
  const { config, problems } = readConfigValue(stripDefaults(editor), RULE_IDS, 'instellingen');
  for (const p of problems) logger.warn(`instellingen: ${p.message}`);
  return mergeConfigs(...workspace, resolveCorpusPaths(config, folders[0] ?? process.cwd()));
}

const UNSET = (v: unknown) => v === 'standaard' || v === 'default' || v === null || v === '';

/** "standaard" (or empty) in the language or a per-rule setting means: not set here, so the workspace file decides. */
function stripDefaults(editor: unknown): unknown {
  if (!editor || typeof editor !== 'object') return editor;
  const o = { ...(editor as Record<string, unknown>) };
  if (UNSET(o['taal'])) delete o['taal'];
  const regels = o['regels'];
  if (regels && typeof regels === 'object') {
    o['regels'] = Object.fromEntries(Object.entries(regels as Record<string, unknown>).filter(([, v]) => !UNSET(v)));
  }
  // The budget's settings default to null (unset), so `werkbudget:` in the workspace file decides unless the user set one.
  const budget = o['werkbudget'];
  if (budget && typeof budget === 'object') {
    const set = Object.entries(budget as Record<string, unknown>).filter(([, v]) => !UNSET(v));
    if (set.length > 0) o['werkbudget'] = Object.fromEntries(set);
    else delete o['werkbudget'];
  }
  return o;
}
