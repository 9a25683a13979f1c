import * as vscode from 'vscode';
import type { CorpusStatus } from '../../src/shared/protocol';

/** The extension's own strings. Dutch by default, whatever VS Code's display language; English by `akkoordwijzer.taal`. */
const STRINGS = {
  statusTooltip: { nl: 'Akkoordwijzer: moties en Kamervragen worden gecontroleerd', en: 'Akkoordwijzer: checking moties and Kamervragen' },
  statusStarting: { nl: 'Akkoordwijzer start…', en: 'Akkoordwijzer starting…' },
  statusStopped: { nl: 'Akkoordwijzer is gestopt.', en: 'Akkoordwijzer has stopped.' },
  statusFailed: { nl: 'Akkoordwijzer kon niet starten; zie het logboek.', en: 'Akkoordwijzer failed to start; see the log.' },
  snippetMissing: { nl: 'Het sjabloon kon niet worden gelezen.', en: 'The template could not be read.' },
  restarted: { nl: 'Akkoordwijzer is herstart.', en: 'Akkoordwijzer was restarted.' },
  searchPlaceholder: { nl: 'Zoek een toezegging op woorden (bijv. digitale dienst doorzettingsmacht)', en: 'Search a commitment by words (e.g. digitale dienst doorzettingsmacht)' },
  citationCopied: { nl: 'Geen concept open: de citeersleutel staat op het klembord.', en: 'No draft open: the citation key is on the clipboard.' },
  replaced: { nl: 'vervangen', en: 'replaced' },
  openInCorpus: { nl: 'Open in het corpus', en: 'Open in the corpus' },
  commitments: { nl: 'toezeggingen', en: 'commitments' },
  corpusProblems: { nl: 'problemen in corpusbestanden: zie Problems', en: 'problems in corpus files: see Problems' },
  noChapter: { nl: '(zonder hoofdstuk)', en: '(no chapter)' },
  corpusComplete: { nl: 'volledig', en: 'complete' },
  corpusIncomplete: { nl: 'onvolledig (alleen bekende passages)', en: 'incomplete (known passages only)' },
  overridesBuiltin: { nl: 'vervangt het ingebouwde corpus', en: 'replaces the built-in corpus' },
  overriddenBy: { nl: 'ingebouwd, niet geladen: vervangen door', en: 'built-in, not loaded: replaced by' },
  corpusReplaced: { nl: 'vervangen door een later akkoord', en: 'replaced by a later agreement' },
} as const;

type StringKey = keyof typeof STRINGS;

/** The language the server reported (it knows `.akkoordwijzer.yaml` too); undefined until it has spoken. */
let serverTaal: 'nl' | 'en' | undefined;

export function setServerTaal(t: 'nl' | 'en'): void {
  serverTaal = t;
}

/** An explicit `akkoordwijzer.taal` wins; else what the server uses (the workspace file); else Dutch. */
export function taal(): 'nl' | 'en' {
  const setting = vscode.workspace.getConfiguration('akkoordwijzer').get<string>('taal');
  if (setting === 'nl' || setting === 'en') return setting;
  return serverTaal ?? 'nl';
}

export function t(key: StringKey): string {
  return STRINGS[key][taal()];
}

/**
 * What the status bar and the tree say about a loaded corpus besides its count: whole or known passages only, and
 * whether it took over the built-in corpus with its id.
 */
export function corpusState(c: Pick<CorpusStatus, 'complete' | 'overrides'>): string[] {
  const state = c.complete === undefined ? [] : [t(c.complete ? 'corpusComplete' : 'corpusIncomplete')];
  return c.overrides ? [...state, t('overridesBuiltin')] : state;
}
