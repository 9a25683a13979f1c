import * as vscode from 'vscode';
import type { Localized } from '../../src/shared/opendataText';
import type { CorpusStatus } from '../../src/shared/protocol';

/** The extension's own strings. Dutch by default, whatever VS Code's display language; English by `akkoordwijzer.taal`. */
const STRINGS = {
  statusStarting: { nl: 'Akkoordwijzer start…', en: 'Akkoordwijzer starting…' },
  statusStopped: { nl: 'Akkoordwijzer is gestopt.', en: 'Akkoordwijzer has stopped.' },
  statusFailed: { nl: 'Akkoordwijzer kon niet starten; zie het logboek.', en: 'Akkoordwijzer failed to start; see the log.' },
  snippetMissing: { nl: 'Het sjabloon kon niet worden gelezen.', en: 'The template could not be read.' },
  restarted: { nl: 'Akkoordwijzer is herstart.', en: 'Akkoordwijzer was restarted.' },
  fixAllNoDraft: { nl: 'Herstel alles werkt op een open Markdown-concept.', en: 'Fix all works on an open Markdown draft.' },
  fixAllNothing: {
    nl: 'Niets te herstellen wat zeker is; de overige meldingen vragen uw keuze (Ctrl+.).',
    en: 'Nothing certain to fix; the other findings need your choice (Ctrl+.).',
  },
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
  registerOverdue: { nl: 'verlopen', en: 'overdue' },
  registerNoMinistry: { nl: '(geen ministerie)', en: '(no ministry)' },
  registerNoStatus: { nl: '(geen status)', en: '(no status)' },
  toezeggingenTitle: { nl: 'Haal toezeggingen op bij de Tweede Kamer', en: 'Fetch toezeggingen from the Tweede Kamer' },
  toezeggingenOtherFile: { nl: 'Ander bestand kiezen…', en: 'Choose another file…' },
  toezeggingenMinisterie: {
    nl: 'Alleen van één ministerie? Afkorting (BZK) of naam; leeg voor alle. Dit filter wordt op uw computer toegepast, niet verstuurd.',
    en: 'Only of one ministry? Code (BZK) or name; empty for all. This filter is applied on your computer, not sent.',
  },
  toezeggingenConfirm: {
    nl: 'Akkoordwijzer vraagt het register van toezeggingen op bij gegevensmagazijn.tweedekamer.nl (via de proxy van VS Code). Er gaat niets over uw concepten mee. Doorgaan?',
    en: "Akkoordwijzer asks gegevensmagazijn.tweedekamer.nl for the register of toezeggingen (through VS Code's proxy). Nothing about your drafts is sent. Go on?",
  },
  toezeggingenGo: { nl: 'Ophalen', en: 'Fetch' },
  toezeggingenProgress: { nl: 'Akkoordwijzer: toezeggingen ophalen bij de Tweede Kamer', en: 'Akkoordwijzer: fetching toezeggingen from the Tweede Kamer' },
  toezeggingenCount: { nl: 'toezeggingen', en: 'toezeggingen' },
  toezeggingenNoFolder: { nl: 'Open eerst een map: het register wordt daar als corpusbestand opgeslagen.', en: 'Open a folder first: the register is saved there as a corpus file.' },
  importTitle: { nl: 'Importeer een akkoord of programma', en: 'Import an agreement or programme' },
  importOpenLabel: { nl: 'Importeer', en: 'Import' },
  documents: { nl: 'Documenten (PDF, Word, HTML, tekst)', en: 'Documents (PDF, Word, HTML, text)' },
  corpusFiles: { nl: 'Corpusbestanden', en: 'Corpus files' },
  importIdPrompt: {
    nl: 'De id van het corpus (kleine letters, cijfers en streepjes); citaten worden [@id:sleutel]. Met de id van een ingebouwd corpus (ca2026) vervangt het volledige document dat corpus.',
    en: 'The corpus id (lower-case letters, digits and hyphens); citations become [@id:key]. With the id of a built-in corpus (ca2026) the whole document replaces that corpus.',
  },
  importExists: {
    nl: 'bestaat al. Opnieuw importeren overschrijft het; de sleutels blijven dezelfde (het .lock.tsv-bestand ernaast).',
    en: 'already exists. Importing again overwrites it; the keys stay the same (the .lock.tsv file beside it).',
  },
  importReplaces: {
    nl: 'bestaat al en is geen eerdere import. Importeren vervangt het door het geïmporteerde document.',
    en: 'already exists and is not an earlier import. Importing replaces it with the imported document.',
  },
  importEdited: {
    nl: 'is met de hand gewijzigd sinds de vorige import. Overschrijven maakt die wijzigingen ongedaan; annuleer om eerst naar een ander bestand te importeren en ze over te nemen.',
    en: 'was edited by hand since the last import. Overwriting undoes those changes; cancel to import to another file first and carry them over.',
  },
  importOverwrite: { nl: 'Overschrijven', en: 'Overwrite' },
  importKindPrompt: { nl: 'Wat is dit document?', en: 'What is this document?' },
  importProgress: { nl: 'Akkoordwijzer: document importeren', en: 'Akkoordwijzer: importing the document' },
  importFailed: { nl: 'Importeren mislukt', en: 'Import failed' },
  passages: { nl: 'passages', en: 'passages' },
  openCorpusFile: { nl: 'Open het corpusbestand', en: 'Open the corpus file' },
  showReport: { nl: 'Toon het verslag', en: 'Show the report' },
  fetchTitle: { nl: 'Haal het coalitieakkoord op bij de Tweede Kamer', en: 'Fetch the coalition agreement from the Tweede Kamer' },
  fetchPrompt: {
    nl: 'Documentnummer in de open data van de Tweede Kamer. Dit haalt het document op bij gegevensmagazijn.tweedekamer.nl (via de proxy van VS Code); er wordt niets van uw concepten verstuurd.',
    en: "Document number in the Tweede Kamer's open data. This fetches the document from gegevensmagazijn.tweedekamer.nl (through VS Code's proxy); nothing of your drafts is sent.",
  },
  fetchProgress: { nl: 'Akkoordwijzer: ophalen bij de Tweede Kamer:', en: 'Akkoordwijzer: fetching from the Tweede Kamer:' },
  serverRestarted: {
    nl: 'Akkoordwijzer stopte onverwacht en is opnieuw gestart; uw concepten zijn niet aangeraakt. Het logboek zegt wat er gebeurde.',
    en: 'Akkoordwijzer stopped unexpectedly and was restarted; your drafts were not touched. The log says what happened.',
  },
  serverGaveUp: {
    nl: 'Akkoordwijzer stopte vijf keer in drie minuten en wordt niet meer vanzelf gestart. Zie het logboek, of herstart de server.',
    en: 'Akkoordwijzer stopped five times in three minutes and is no longer restarted by itself. See the log, or restart the server.',
  },
  serverEnded: { nl: 'De server is gestopt; aantal keer in de laatste drie minuten', en: 'The server stopped; times in the last three minutes' },
  connectionLost: {
    nl: 'De verbinding met de server van Akkoordwijzer bleef haperen; de server is gestopt. Zie het logboek, of herstart de server.',
    en: 'The connection to the Akkoordwijzer server kept failing; the server was stopped. See the log, or restart the server.',
  },
  connectionError: { nl: 'Verbinding met de server verstoord', en: 'Connection to the server disturbed' },
  showLog: { nl: 'Toon het logboek', en: 'Show the log' },
  restart: { nl: 'Herstart de server', en: 'Restart the server' },
  importFileInstead: { nl: 'Zelf een bestand importeren…', en: 'Import a file myself…' },
  kindName: { nl: 'Akkoordwijzer: soort document', en: 'Akkoordwijzer: kind of document' },
  corporaName: { nl: 'Akkoordwijzer: corpora', en: 'Akkoordwijzer: corpora' },
  changeKind: { nl: 'Wijzig het soort', en: 'Change the kind' },
  showCommitments: { nl: 'Toon toezeggingen', en: 'Show commitments' },
  corporaDetail: { nl: 'geladen', en: 'loaded' },
  kindPlaceholder: { nl: 'Wat is dit document? (zet soort: in de front matter)', en: 'What is this document? (sets soort: in the front matter)' },
  kindMotie: { nl: 'Motie', en: 'Motie' },
  kindVragen: { nl: 'Kamervragen', en: 'Kamervragen (parliamentary questions)' },
  kindOther: { nl: 'Geen concept (niet controleren)', en: 'No draft (do not check)' },
  kindNoEditor: { nl: 'Open eerst een Markdown-document.', en: 'Open a Markdown document first.' },
  exportTitle: { nl: 'Exporteer voor indiening', en: 'Export for submission' },
  exportFormatPrompt: { nl: 'In welk formaat?', en: 'In which format?' },
  exportFormat_docx: { nl: 'Word-document', en: 'Word document' },
  exportFormat_txt: { nl: 'Platte tekst (voor het indieningsformulier)', en: 'Plain text (for the submission form)' },
  exportFormat_md: { nl: 'Markdown', en: 'Markdown' },
  exportNoDraft: { nl: 'Open eerst een opgeslagen motie of Kamervragen.', en: 'Open a saved motie or Kamervragen first.' },
  exportStopped: {
    nl: 'Het concept heeft nog fouten; de export is gestopt. Eerst oplossen, of toch exporteren (het verslag vermeldt dat)?',
    en: 'The draft still has errors; the export stopped. Resolve them first, or export anyway (the report records it)?',
  },
  exportAnyway: { nl: 'Toch exporteren', en: 'Toch exporteren (export anyway)' },
  exportLine: { nl: 'Regel', en: 'Line' },
  exportFailed: { nl: 'Exporteren mislukt', en: 'Export failed' },
  exportWritten: { nl: 'Geëxporteerd naar', en: 'Exported to' },
  exportWarnings: { nl: 'waarschuwingen; zie het logboek', en: 'warnings; see the log' },
  exportOpen: { nl: 'Openen', en: 'Open' },
  comparePlaceholder: { nl: 'Vergelijk dit concept met …', en: 'Compare this draft with …' },
  compareWithFile: { nl: 'Een ander bestand…', en: 'Another file…' },
  compareWithRevision: { nl: 'Een eerdere versie in git…', en: 'An earlier version in git…' },
  compareOpenLabel: { nl: 'Vergelijk', en: 'Compare' },
  comparePickRevision: { nl: 'Welke versie? (de nieuwste eerst)', en: 'Which version? (newest first)' },
  compareNoRepository: {
    nl: 'Dit bestand staat niet in een git-repository (of de git-extensie van VS Code staat uit); vergelijk met een ander bestand.',
    en: "This file is not in a git repository (or VS Code's git extension is off); compare with another file.",
  },
  compareNoCommits: { nl: 'Git kent nog geen eerdere versie van dit bestand.', en: 'Git has no earlier version of this file yet.' },
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

/** A text the shared code wrote in both languages, in the language of now. */
export function local(text: Localized): string {
  return text[taal()];
}

/**
 * What the status bar and the tree say about a loaded corpus besides its count: whole or known passages only, and
 * whether it took over the built-in corpus with its id.
 */
export function corpusState(c: Pick<CorpusStatus, 'complete' | 'overrides'>): string[] {
  const state = c.complete === undefined ? [] : [t(c.complete ? 'corpusComplete' : 'corpusIncomplete')];
  return c.overrides ? [...state, t('overridesBuiltin')] : state;
}
