import { readConfigValue, RULE_IDS, type AkkoordwijzerConfig, type Logger } from '../core/service';
import { resolveCorpusPaths } from '../host/load';

/*
 * Settings arrive from three places, merged in this order (later wins per key): the rule defaults, the cascade of
 * `.akkoordwijzer.yaml` files above a draft (shared with the CLI, so editor and CI agree), and what the user set
 * explicitly in the editor (`akkoordwijzer.*`; "standaard" means "not set") for the draft's workspace folder: the
 * rule, lexicon and corpus settings are resource-scoped, so every folder of a multi-root workspace may set its own.
 * Bad values are skipped with one logged warning.
 */

/** The editor's settings of one workspace folder. */
export interface EditorSettings {
  /** The settings along the configuration's shape; `corpora` absolute against the folder. */
  config: AkkoordwijzerConfig;
  /** `akkoordwijzer.enable`: false → nothing is checked, completed or offered for the documents of the folder. */
  enabled: boolean;
}

/** Read the editor's `akkoordwijzer` section of a folder (tolerant); relative `corpora` start from `folder` (a path). */
export function readEditorSettings(editor: unknown, folder: string, logger: Logger): EditorSettings {
  const raw = editor && typeof editor === 'object' ? (editor as Record<string, unknown>) : {};
  const { config, problems } = readConfigValue(stripDefaults(raw), RULE_IDS, 'instellingen');
  for (const p of problems) logger.warn(`instellingen: ${p.message}`);
  return { config: resolveCorpusPaths(config, folder), enabled: raw['enable'] !== false };
}

const UNSET = (v: unknown) => v === 'standaard' || v === 'default' || v === null || v === '';

/** "standaard" (or empty) in the language or a per-rule setting means: not set here, so the workspace file decides. */
function stripDefaults(editor: Record<string, unknown>): unknown {
  const o = { ...editor };
  // Not part of the file's shape: `enable` is read on its own (`enabled`); `opendata` is the client's (the fetch
  // commands' address), never the server's.
  delete o['enable'];
  delete o['opendata'];
  if (UNSET(o['taal'])) delete o['taal'];
  const regels = o['regels'];
  if (regels && typeof regels === 'object') {
    o['regels'] = Object.fromEntries(Object.entries(regels as Record<string, unknown>).filter(([, v]) => !UNSET(v)));
  }
  // The budget's and the answer term's settings default to null (unset), so `werkbudget:` and `antwoordtermijn:` in
  // the workspace file decide unless the user set one.
  for (const group of ['werkbudget', 'antwoordtermijn']) {
    const values = o[group];
    if (!values || typeof values !== 'object') continue;
    const set = Object.entries(values as Record<string, unknown>).filter(([, v]) => !UNSET(v));
    if (set.length > 0) o[group] = Object.fromEntries(set);
    else delete o[group];
  }
  return o;
}
