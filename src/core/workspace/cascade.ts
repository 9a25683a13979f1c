import { mergeConfigs, type AkkoordwijzerConfig } from '../config';
import type { DataProblem } from '../types';
import { CONFIG_FILE_NAME, folderOf, parentOf, type Workspace } from './workspace';

/*
 * The one configuration rule of the editor and the command line (as ESLint and markdownlint-cli2 cascade theirs):
 * a draft follows `.akkoordwijzer.yaml` in its own folder and in every folder above it up to its workspace folder (a
 * file outside every workspace folder: up to the root). A nearer file overrides a farther one key by key
 * (`mergeConfigs`: severities, language and budget per key; extra terms and corpora accumulate). Each folder of a
 * multi-root workspace stops at itself, so the folders' configurations stay apart.
 */

/** One configuration file as read, with its problems. */
export interface ConfigLayer {
  uri: string;
  config: AkkoordwijzerConfig;
  problems: DataProblem[];
}

/** The configuration in force for the drafts of one folder. */
export interface ResolvedConfig {
  /** The workspace folder the folder belongs to (undefined outside every workspace folder). */
  workspaceFolder: string | undefined;
  /** The configuration files that apply, nearest first. */
  files: readonly string[];
  /** The files merged, the nearest winning per key. */
  config: AkkoordwijzerConfig;
  /** Names the cascade: the same key means the same files for the same workspace folder, so the same configuration. */
  key: string;
}

/** Reads one configuration file's text (the host resolves `corpora:` against the file's folder). */
export type ConfigReader = (text: string, uri: string) => { config: AkkoordwijzerConfig; problems: DataProblem[] };

/** Whether `uri` is `folder` itself or lies below it. */
export function isWithin(folder: string, uri: string): boolean {
  return uri === folder || uri.startsWith(`${folder}/`);
}

/**
 * The configuration of every draft, by the cascade above. Each file is read once and each folder resolved once;
 * `changed` forgets a file that was edited, created or deleted and everything merged with it, and says which drafts
 * it touches.
 */
export class ConfigCascade {
  /** Each candidate file read so far; `null` where there is none. */
  private readonly layers = new Map<string, ConfigLayer | null>();
  private readonly folders = new Map<string, ResolvedConfig>();

  constructor(
    private readonly workspace: Workspace,
    private readonly read: ConfigReader,
  ) {}

  /** The configuration of a document (by its URI). */
  forDocument(documentUri: string): ResolvedConfig {
    return this.forFolder(parentOf(documentUri) ?? documentUri);
  }

  /** The configuration of the drafts in `folder`. */
  forFolder(folder: string): ResolvedConfig {
    const known = this.folders.get(folder);
    if (known) return known;
    const workspaceFolder = folderOf(this.workspace, folder);
    const parent = folder === workspaceFolder ? undefined : parentOf(folder);
    const above = parent === undefined ? undefined : this.forFolder(parent);
    const own = this.layer(`${folder}/${CONFIG_FILE_NAME}`);
    const files = own ? [own.uri, ...(above?.files ?? [])] : [...(above?.files ?? [])];
    const resolved: ResolvedConfig = {
      workspaceFolder,
      files,
      config: own ? mergeConfigs(above?.config ?? mergeConfigs(), own.config) : (above?.config ?? mergeConfigs()),
      key: `${workspaceFolder ?? ''}\n${files.join('\n')}`,
    };
    this.folders.set(folder, resolved);
    return resolved;
  }

  /** The configuration files read so far that exist, with their problems (for an editor to show them). */
  layersInUse(): ConfigLayer[] {
    return [...this.layers.values()].filter((l): l is ConfigLayer => l !== null);
  }

  /**
   * A configuration file was edited, created or deleted: forget it and every folder below it, and answer which
   * documents it may change (those below its folder; none for a file of another name).
   */
  changed(configUri: string): (documentUri: string) => boolean {
    if (!configUri.endsWith(`/${CONFIG_FILE_NAME}`)) return () => false;
    const folder = parentOf(configUri) ?? configUri;
    this.layers.delete(configUri);
    for (const f of [...this.folders.keys()]) if (isWithin(folder, f)) this.folders.delete(f);
    return (documentUri) => documentUri.startsWith(`${folder}/`);
  }

  /** Forget everything (the workspace folders changed). */
  clear(): void {
    this.layers.clear();
    this.folders.clear();
  }

  private layer(uri: string): ConfigLayer | undefined {
    let layer = this.layers.get(uri);
    if (layer === undefined) {
      const file = this.workspace.read(uri);
      layer = file === undefined ? null : { uri, ...this.read(file.text, uri) };
      this.layers.set(uri, layer);
    }
    return layer ?? undefined;
  }
}
