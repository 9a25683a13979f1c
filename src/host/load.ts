import path from 'node:path';
import { URI } from 'vscode-uri';
import { mergeConfigs, parseConfigFile, RULE_IDS, type AkkoordwijzerConfig, type ConfigReader, type CorpusSet, type DataProblem, type Lexicon, type VagueTerm } from '../core/service';
import { readText } from './files';
import type { CorpusStore } from './corpusStore';
import { loadBuiltinLexicon, loadBuiltinSynonyms, type FileProblems } from './data';

/*
 * What both adapters load the same way: the built-in data, a configuration file, the corpus set with its problems
 * per file. The adapters differ only in how they show problems (the CLI prints `file:line:col`, the server
 * publishes diagnostics and logs), so that stays with them.
 */

/** The built-in vague terms and synonyms, with the problems of their files (reported, never fatal). */
export function loadBuiltinData(): { vagueTerms: VagueTerm[]; synonyms: Lexicon; problems: FileProblems[] } {
  const lexicon = loadBuiltinLexicon();
  const synonyms = loadBuiltinSynonyms();
  return { vagueTerms: lexicon.terms, synonyms: synonyms.lexicon, problems: [lexicon.report, synonyms.report] };
}

/** `corpora:` paths of a configuration are relative to the folder of the file (or the workspace) they came from. */
export function resolveCorpusPaths(config: AkkoordwijzerConfig, base: string): AkkoordwijzerConfig {
  return { ...config, corpora: config.corpora.map((c) => (path.isAbsolute(c) ? c : path.join(base, c))) };
}

/** Read a configuration file, its `corpora:` made absolute; an unreadable file is a problem, never an exception. */
export function loadConfigFile(file: string): { config: AkkoordwijzerConfig; problems: DataProblem[] } {
  const read = readText(file);
  if (read.problem) return { config: mergeConfigs(), problems: [read.problem] };
  const { config, problems } = parseConfigFile(read.text, RULE_IDS, file);
  return { config: resolveCorpusPaths(config, path.dirname(path.resolve(file))), problems };
}

/** How both adapters read a configuration file the cascade finds: `corpora:` made absolute against its folder. */
export const readConfigText: ConfigReader = (text, uri) => {
  const file = URI.parse(uri).fsPath;
  const { config, problems } = parseConfigFile(text, RULE_IDS, file);
  return { config: resolveCorpusPaths(config, path.dirname(file)), problems };
};

/** The problems of one corpus file (none for a clean one), with its path and whether it ships with the product. */
export interface CorpusFileProblems {
  uri: string;
  path: string;
  builtin: boolean;
  problems: DataProblem[];
}

/**
 * Build the corpus set (built-in corpora, the `*.akkoord.yaml` found in `folders`, the `extraFiles`) and list the
 * problems of every file, clean ones too (so an editor can clear them). `openText` gives an editor's unsaved buffer,
 * which wins over the disk.
 */
export function loadCorpusSet(
  store: CorpusStore,
  options: { folders: string[]; extraFiles: string[]; openText?: (uri: string) => string | undefined; readable?: (files: readonly string[]) => string[] },
): { set: CorpusSet; problems: CorpusFileProblems[] } {
  const set = store.build({ folders: options.folders, extraFiles: options.extraFiles, openText: options.openText ?? (() => undefined), ...(options.readable ? { readable: options.readable } : {}) });
  const problems = [...set.problemsByUri()].map(([uri, list]) => ({
    uri,
    path: URI.parse(uri).fsPath,
    builtin: set.files.find((f) => f.uri === uri)?.builtin ?? false,
    problems: list,
  }));
  return { set, problems };
}
