import type { Localized } from '../core/service';

/** What the server writes to its log (the editor's output channel), in the language it speaks. */
export const LOG = {
  started: (version: string, terms: number, commitments: number): Localized => ({
    nl: `Akkoordwijzer ${version} gestart; ${terms} vage begrippen, ${commitments} toezeggingen.`,
    en: `Akkoordwijzer ${version} started; ${terms} vague terms, ${commitments} commitments.`,
  }),
  corpusLoaded: (name: string, commitments: number): Localized => ({
    nl: `Corpus ${name}: ${commitments} toezeggingen geladen.`,
    en: `Corpus ${name}: ${commitments} commitments loaded.`,
  }),
  corpusOverridden: (name: string, by: string): Localized => ({
    nl: `Corpus ${name}: niet geladen; het volledige corpus ${by} vervangt het.`,
    en: `Corpus ${name}: not loaded; the complete corpus ${by} replaces it.`,
  }),
  corpusWithErrors: (name: string, commitments: number, errors: number, warnings: number): Localized => ({
    nl: `Corpus ${name}: ${commitments} toezeggingen geladen, ${errors} fout(en), ${warnings} waarschuwing(en); wat fout is, is overgeslagen.`,
    en: `Corpus ${name}: ${commitments} commitments loaded, ${errors} error(s), ${warnings} warning(s); what is wrong was skipped.`,
  }),
  noWordList: (file: string): Localized => ({
    nl: `Woordenlijst ${file} niet gevonden of leeg: de regel spelfout zegt niets.`,
    en: `Word list ${file} not found or empty: the rule spelfout stays silent.`,
  }),
  builtinProblem: (where: string, message: string): Localized => ({
    nl: `Ingebouwde gegevens: ${where}: ${message}`,
    en: `Built-in data: ${where}: ${message}`,
  }),
  restrictedSkipped: (file: string): Localized => ({
    nl: `Beperkte modus: ${file} ligt buiten de werkmap en wordt niet gelezen, tot u de werkmap vertrouwt.`,
    en: `Restricted Mode: ${file} is outside the workspace and is not read until you trust the workspace.`,
  }),
  disabled: (folder: string): Localized => ({
    nl: `Akkoordwijzer staat uit voor ${folder} (akkoordwijzer.enable: false): geen meldingen, aanvullingen of acties in de documenten daar.`,
    en: `Akkoordwijzer is switched off for ${folder} (akkoordwijzer.enable: false): no findings, completions or actions in its documents.`,
  }),
  analysisInSteps: (uri: string, chars: number): Localized => ({
    nl: `${uri}: lange analyse (${chars} tekens) loopt in stappen; kortere documenten gaan tussendoor voor.`,
    en: `${uri}: long analysis (${chars} characters) runs in steps; shorter documents go first in between.`,
  }),
  settingsNotFetched: (error: string): Localized => ({
    nl: `Instellingen niet opgehaald: ${error}`,
    en: `Settings could not be fetched: ${error}`,
  }),
} satisfies Record<string, (...args: never[]) => Localized>;

/** The titles of the code actions the server adds to each finding's own fixes. */
export const ACTIONS = {
  fixAll: { nl: 'Herstel alles wat zeker is (Akkoordwijzer)', en: 'Fix everything that is certain (Akkoordwijzer)' },
  disableForLine: (ruleId: string): Localized => ({ nl: `Negeer ${ruleId} op deze tekstregel`, en: `Ignore ${ruleId} on this line of text` }),
  showRuleDoc: (ruleId: string): Localized => ({ nl: `Open de uitleg van ${ruleId}`, en: `Open the explanation of ${ruleId}` }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;
