import * as vscode from 'vscode';

/** The extension's own strings. Dutch by default, whatever VS Code's display language; English by `akkoordwijzer.taal`. */
const STRINGS = {
  statusReady: { nl: 'Akkoordwijzer', en: 'Akkoordwijzer' },
  statusTooltip: { nl: 'Akkoordwijzer: moties en Kamervragen worden gecontroleerd', en: 'Akkoordwijzer: checking moties and Kamervragen' },
  statusStarting: { nl: 'Akkoordwijzer start…', en: 'Akkoordwijzer starting…' },
  statusFailed: { nl: 'Akkoordwijzer kon niet starten; zie het logboek.', en: 'Akkoordwijzer failed to start; see the log.' },
  snippetMissing: { nl: 'Het sjabloon kon niet worden gelezen.', en: 'The template could not be read.' },
  restarted: { nl: 'Akkoordwijzer is herstart.', en: 'Akkoordwijzer was restarted.' },
  searchPlaceholder: { nl: 'Zoek een toezegging op woorden (bijv. digitale dienst doorzettingsmacht)', en: 'Search a commitment by words (e.g. digitale dienst doorzettingsmacht)' },
  citationCopied: { nl: 'Geen editor open: de citeersleutel staat op het klembord.', en: 'No editor open: the citation key is on the clipboard.' },
  replaced: { nl: 'vervangen', en: 'replaced' },
  openInCorpus: { nl: 'Open in het corpus', en: 'Open in the corpus' },
  commitments: { nl: 'toezeggingen', en: 'commitments' },
  corpusProblems: { nl: 'problemen in corpusbestanden: zie Problems', en: 'problems in corpus files: see Problems' },
  builtinReadonly: { nl: 'Ingebouwd corpus (alleen-lezen)', en: 'Built-in corpus (read-only)' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function taal(): 'nl' | 'en' {
  return vscode.workspace.getConfiguration('akkoordwijzer').get<string>('taal') === 'en' ? 'en' : 'nl';
}

export function t(key: StringKey): string {
  return STRINGS[key][taal()];
}
