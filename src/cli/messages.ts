import type { Localized } from '../core/service';
import { counted, or } from '../shared/wording';

/*
 * Every text the command line shows a person, in Dutch and English (`--taal`, else the configuration; Dutch by
 * default). Findings and data-file problems bring their own language from the core; this is the CLI's own wording.
 */

/** Mistakes in the command line: printed with the usage of the command, exit code 2. */
export const USAGE = {
  fixTwice: { nl: '--fix en --fix-dry-run gaan niet samen', en: '--fix and --fix-dry-run cannot be combined' } satisfies Localized,
  fixDryRunFormat: (format: string): Localized => ({
    nl: `--fix-dry-run geeft een diff, geen ${format}; laat --format ${format} weg, of gebruik --fix`,
    en: `--fix-dry-run prints a diff, not ${format}; leave out --format ${format}, or use --fix`,
  }),
  fixStdin: { nl: '--fix kan standaardinvoer (--stdin of -) niet terugschrijven; gebruik --fix-dry-run', en: '--fix cannot write back standard input (--stdin or -); use --fix-dry-run' } satisfies Localized,
  unknownCommand: (command: string, near?: string): Localized => ({
    nl: `onbekend commando "${command}"${near ? `; bedoelde u "${near}"?` : ''}`,
    en: `unknown command "${command}"${near ? `; did you mean "${near}"?` : ''}`,
  }),
  unknownCorpusCommand: (sub: string, known: readonly string[]): Localized => ({
    nl: `onbekend corpus-commando "${sub}" (${known.join(', ')})`,
    en: `unknown corpus command "${sub}" (${known.join(', ')})`,
  }),
  unknownToezeggingenCommand: (sub: string): Localized => ({
    nl: `onbekend toezeggingen-commando "${sub}" (fetch)`,
    en: `unknown toezeggingen command "${sub}" (fetch)`,
  }),
  badSinds: (value: string): Localized => ({ nl: `--sinds verwacht een datum JJJJ-MM-DD, niet "${value}"`, en: `--sinds expects a date YYYY-MM-DD, not "${value}"` }),
  unknownOption: (option: string): Localized => ({ nl: `onbekende optie ${option}`, en: `unknown option ${option}` }),
  optionNotHere: (option: string, command: string): Localized => ({
    nl: `${command} kent de optie ${option} niet`,
    en: `${command} has no option ${option}`,
  }),
  missingValue: (option: string): Localized => ({ nl: `${option} verwacht een waarde`, en: `${option} expects a value` }),
  noValue: (option: string): Localized => ({ nl: `${option} neemt geen waarde`, en: `${option} takes no value` }),
  badFormat: (format: string, allowed: readonly string[]): Localized => ({
    nl: `onbekend formaat "${format}" (${or(allowed).nl})`,
    en: `unknown format "${format}" (${or(allowed).en})`,
  }),
  badTaal: { nl: '--taal verwacht nl of en', en: '--taal expects nl or en' } satisfies Localized,
  noPaths: { nl: 'geef een of meer bestanden of mappen', en: 'give one or more files or folders' } satisfies Localized,
  noSearchWords: { nl: 'corpus search verwacht zoekwoorden', en: 'corpus search expects search words' } satisfies Localized,
  noCorpusFiles: { nl: 'corpus validate verwacht een of meer bestanden', en: 'corpus validate expects one or more files' } satisfies Localized,
  noImportFile: { nl: 'corpus import verwacht het document (pdf, docx, html of tekst)', en: 'corpus import expects the document (pdf, docx, html or text)' } satisfies Localized,
  noExportFile: { nl: 'export verwacht het concept (een motie of Kamervragen in Markdown)', en: 'export expects the draft (a motie or Kamervragen in Markdown)' } satisfies Localized,
  noExportFormat: { nl: 'export verwacht --to docx, txt of md', en: 'export expects --to docx, txt or md' } satisfies Localized,
  badExportFormat: (format: string): Localized => ({ nl: `onbekend exportformaat "${format}" (docx, txt of md)`, en: `unknown export format "${format}" (docx, txt or md)` }),
  noCompareFiles: { nl: 'compare verwacht twee versies: BESTAND of REVISIE:BESTAND', en: 'compare expects two versions: FILE or REVISION:FILE' } satisfies Localized,
  noNummer: { nl: 'corpus fetch verwacht een documentnummer, zoals 2026D04554', en: 'corpus fetch expects a document number, such as 2026D04554' } satisfies Localized,
  tooManyOperands: (command: string, count: number): Localized => ({
    nl: `${command} verwacht één argument (niet ${count})`,
    en: `${command} expects one argument (not ${count})`,
  }),
  badOpendataUrl: { nl: '--opendata-url verwacht een URL, zoals https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0', en: '--opendata-url expects a URL, such as https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0' } satisfies Localized,
  badProxy: { nl: '--proxy verwacht een URL, zoals http://proxy.example.nl:8080', en: '--proxy expects a URL, such as http://proxy.example.nl:8080' } satisfies Localized,
  badTimeout: (value: string): Localized => ({
    nl: `--timeout verwacht een aantal seconden groter dan 0 (niet "${value}")`,
    en: `--timeout expects a number of seconds above 0 (not "${value}")`,
  }),
  badMaxWarnings: (value: string): Localized => ({
    nl: `--max-warnings verwacht een heel getal van 0 of meer, of -1 voor geen grens (niet "${value}")`,
    en: `--max-warnings expects a whole number of 0 or more, or -1 for no limit (not "${value}")`,
  }),
  stdinFilenameWithoutStdin: {
    nl: '--stdin-filename hoort bij --stdin: geef beide om een concept van de standaardinvoer een naam te geven',
    en: '--stdin-filename goes with --stdin: give both to name a draft read from standard input',
  } satisfies Localized,
  stdinAndPaths: (operand: string): Localized => ({
    nl: `--stdin leest één concept van de standaardinvoer; geef dan geen paden (niet "${operand}")`,
    en: `--stdin reads one draft from standard input; give no paths with it (not "${operand}")`,
  }),
  noOperands: (command: string, operand: string): Localized => ({
    nl: `${command} verwacht geen argumenten (niet "${operand}")`,
    en: `${command} takes no arguments (not "${operand}")`,
  }),
  emptyOperand: {
    nl: 'een leeg argument: geef een bestand of map (een lege variabele in een script zou anders de hele werkmap controleren)',
    en: 'an empty argument: give a file or folder (an empty variable in a script would otherwise check the whole working folder)',
  } satisfies Localized,
};

/** What goes wrong while a command runs: one line on standard error each. */
/** What `check --fix` says on standard error about each file it wrote. */
export const FIXED = {
  written: (file: string, count: number): Localized => ({
    nl: `${file}: ${count} ${count === 1 ? 'melding' : 'meldingen'} hersteld`,
    en: `${file}: ${count} ${count === 1 ? 'finding' : 'findings'} fixed`,
  }),
  unwritable: (file: string, reason: Localized): Localized => ({ nl: `${file}: kan het herstelde bestand niet schrijven (${reason.nl})`, en: `${file}: cannot write the fixed file (${reason.en})` }),
  remainsAfterDryRun: {
    nl: 'Na deze correcties blijft over (regel en kolom in de herstelde tekst):',
    en: 'What remains after these fixes (line and column in the fixed text):',
  } satisfies Localized,
};

export const PROBLEM = {
  configNotFound: (file: string): Localized => ({ nl: `${file}: configuratiebestand niet gevonden`, en: `${file}: configuration file not found` }),
  corpusNotFound: (file: string): Localized => ({ nl: `${file}: corpusbestand niet gevonden`, en: `${file}: corpus file not found` }),
  pathNotFound: (p: string): Localized => ({ nl: `${p}: bestand of map niet gevonden`, en: `${p}: file or folder not found` }),
  unreadable: (file: string, reason: Localized): Localized => ({
    nl: `${file}: kan het bestand niet lezen (${reason.nl})`,
    en: `${file}: cannot read the file (${reason.en})`,
  }),
  noWordList: (file: string): Localized => ({
    nl: `${file}: woordenlijst niet gevonden of leeg; de regel spelfout zegt niets (bouw het pakket opnieuw: npm run build)`,
    en: `${file}: word list not found or empty; the rule spelfout stays silent (rebuild the package: npm run build)`,
  }),
  noStdin: (name: string): Localized => ({ nl: `${name}: geen standaardinvoer om te lezen`, en: `${name}: no standard input to read` }),
  emptyFolder: (folder: string): Localized => ({
    nl: `${folder}: geen Markdown-bestanden in deze map (ook niet in de mappen eronder)`,
    en: `${folder}: no Markdown files in this folder (nor in the folders below it)`,
  }),
  noMatches: (pattern: string): Localized => ({
    nl: `${pattern}: geen Markdown-bestanden die hierop passen`,
    en: `${pattern}: no Markdown files match this pattern`,
  }),
  ignored: (file: string, by: string): Localized => ({
    nl: `${file}: overgeslagen, want het past op een patroon van ${by}`,
    en: `${file}: skipped, as it matches a pattern of ${by}`,
  }),
  tooManyWarnings: (count: number, max: number): Localized => ({
    nl: `te veel waarschuwingen: ${count} (hoogstens ${max} met --max-warnings)`,
    en: `too many warnings: ${count} (at most ${max} with --max-warnings)`,
  }),
  internal: (detail: string): Localized => ({ nl: `interne fout: ${detail}`, en: `internal error: ${detail}` }),
};

/** Progress and summaries, on standard error so that standard output stays the report. */
export const SUMMARY = {
  checked: (files: number, findings: number): Localized => ({
    nl: `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${findings} ${findings === 1 ? 'melding' : 'meldingen'}`,
    en: `${files} ${files === 1 ? 'file' : 'files'} checked, ${findings} ${findings === 1 ? 'finding' : 'findings'}`,
  }),
  corpusClean: (file: string, commitments: number): Localized => ({
    nl: `${file}: ${commitments} ${commitments === 1 ? 'toezegging' : 'toezeggingen'}, geen problemen`,
    en: `${file}: ${commitments} ${commitments === 1 ? 'commitment' : 'commitments'}, no problems`,
  }),
  searchCut: (limit: number): Localized => ({
    nl: `Alleen de eerste ${limit} treffers; voeg woorden toe om gerichter te zoeken.`,
    en: `Only the first ${limit} matches; add words to narrow the search.`,
  }),
  noMatches: (words: string): Localized => ({
    nl: `Geen toezegging gevonden bij “${words}”.`,
    en: `No commitment found for “${words}”.`,
  }),
};

/** The pieces of `--help`; `help.ts` puts them together from the command table. */
export const HELP = {
  title: (version: string): Localized => ({
    nl: `Akkoordwijzer ${version} — toets moties en Kamervragen aan het coalitieakkoord`,
    en: `Akkoordwijzer ${version} — check moties and Kamervragen against the coalition agreement`,
  }),
  usage: { nl: 'Gebruik:', en: 'Usage:' } satisfies Localized,
  moreHelp: (command: string): Localized => ({ nl: `Alle opties en uitleg: ${command}`, en: `All options and what they do: ${command}` }),
  ministerie: { nl: 'MINISTERIE', en: 'MINISTRY' } satisfies Localized,
  commissie: { nl: 'COMMISSIE', en: 'COMMITTEE' } satisfies Localized,
  sinds: { nl: 'JJJJ-MM-DD', en: 'YYYY-MM-DD' } satisfies Localized,
  options: { nl: 'Opties:', en: 'Options:' } satisfies Localized,
  commandHelp: { nl: 'hulp bij één commando', en: 'help on one command' } satisfies Localized,
  file: { nl: 'BESTAND', en: 'FILE' } satisfies Localized,
  path: { nl: 'PAD', en: 'PATH' } satisfies Localized,
  words: { nl: 'WOORDEN', en: 'WORDS' } satisfies Localized,
  nummer: { nl: 'NUMMER', en: 'NUMBER' } satisfies Localized,
  versie: { nl: 'VERSIE', en: 'VERSION' } satisfies Localized,
  pattern: { nl: 'PATROON', en: 'PATTERN' } satisfies Localized,
  url: { nl: 'URL', en: 'URL' } satisfies Localized,
  seconds: { nl: 'SECONDEN', en: 'SECONDS' } satisfies Localized,
  command: { nl: 'COMMANDO', en: 'COMMAND' } satisfies Localized,
  titleValue: { nl: 'TITEL', en: 'TITLE' } satisfies Localized,
  kindValue: { nl: 'SOORT', en: 'KIND' } satisfies Localized,
  loaded: {
    nl:
      'PAD is een bestand, een map (die wordt doorzocht op *.md en *.markdown) of een glob tussen aanhalingstekens\n' +
      '("moties/**/*.md"); - leest een concept van de standaardinvoer. Bestanden die passen op .akkoordwijzerignore (in\n' +
      'de werkmap of erboven, tot de hoofdmap van de repository) of op --ignore worden overgeslagen.\n' +
      'Geladen worden: de ingebouwde corpora (ca2026, ca2021), de corpusbestanden *.akkoord.yaml in de werkmap en tot\n' +
      'zes mappen daaronder, de corpora uit .akkoordwijzer.yaml en die van --corpus.',
    en:
      'PATH is a file, a folder (searched for *.md and *.markdown) or a quoted glob ("moties/**/*.md"); - reads a draft\n' +
      'from standard input. Files matching .akkoordwijzerignore (in the working folder or above, up to the repository\n' +
      'root) or --ignore are skipped.\n' +
      'Loaded: the built-in corpora (ca2026, ca2021), the corpus files *.akkoord.yaml in the working folder and up to\n' +
      'six folders below it, the corpora from .akkoordwijzer.yaml and those of --corpus.',
  } satisfies Localized,
  exitCodes: {
    nl: "Exitcode: 0 zonder fouten, 1 als een melding de ernst 'error' heeft of er meer waarschuwingen zijn dan\n--max-warnings toestaat, 2 bij een gebruiks- of invoerfout.",
    en: "Exit code: 0 without errors, 1 when a finding has severity 'error' or there are more warnings than\n--max-warnings allows, 2 on a usage or input error.",
  } satisfies Localized,
  corpusExitCodes: {
    nl: 'Exitcode: 0 zonder fouten (waarschuwingen worden gemeld), 2 bij een gebruiksfout of een fout in een corpusbestand.',
    en: 'Exit code: 0 without errors (warnings are listed), 2 on a usage error or an error in a corpus file.',
  } satisfies Localized,
};

/** One line per command: what it does. */
/** `compare`: what goes wrong reading a version. */
export const COMPARE = {
  twoVersions: { nl: 'compare vergelijkt precies twee versies: compare A B (elk een bestand of REVISIE:BESTAND).', en: 'compare compares exactly two versions: compare A B (each a file or REVISION:FILE).' } satisfies Localized,
  unreadable: (operand: string, why: Localized): Localized => ({
    nl: `${operand}: kan het bestand niet lezen (${why.nl}).`,
    en: `${operand}: cannot read the file (${why.en}).`,
  }),
  noGit: { nl: 'git is niet gevonden: installeer git om een versie als REVISIE:BESTAND te lezen.', en: 'git was not found: install git to read a version as REVISION:FILE.' } satisfies Localized,
  notARepository: (folder: string): Localized => ({
    nl: `${folder} is geen git-repository: REVISIE:BESTAND leest een versie uit git; geef anders twee bestanden.`,
    en: `${folder} is not a git repository: REVISION:FILE reads a version from git; otherwise give two files.`,
  }),
  notInRevision: (operand: string, detail: string): Localized => ({ nl: `${operand}: niet gevonden in git (${detail}).`, en: `${operand}: not found in git (${detail}).` }),
  notes: {
    nl: 'VERSIE is een bestand of REVISIE:BESTAND: het bestand zoals het in git op die revisie staat (HEAD:motie.md,\nHEAD~1:moties/cloud.md), gelezen met git show. A is de oudere versie, B de nieuwere. In de tekstuitvoer staat\n[-geschrapt-] en {+toegevoegd+}.',
    en: 'VERSION is a file or REVISION:FILE: the file as it stands in git at that revision (HEAD:motie.md,\nHEAD~1:moties/cloud.md), read with git show. A is the older version, B the newer. The text output marks\n[-removed-] and {+added+} words.',
  } satisfies Localized,
  exitCodes: { nl: 'Exitcode: 0 als vergeleken, 2 bij een gebruiksfout of een versie die niet te lezen is.', en: 'Exit code: 0 when compared, 2 on a usage error or a version that cannot be read.' } satisfies Localized,
  notADraft: { nl: 'Geen van beide versies is een motie of Kamervragen; er is niets per onderdeel vergeleken.', en: 'Neither version is a motie or Kamervragen; no parts were compared.' } satisfies Localized,
};

export const COMMAND_SUMMARY = {
  compare: {
    nl: 'Vergelijkt twee versies van een motie of Kamervragen per overweging, dictum en vraag, woord voor woord (ook een versie uit git: REVISIE:BESTAND).',
    en: 'Compares two versions of a motie or Kamervragen per overweging, dictum and question, word by word (also a version from git: REVISION:FILE).',
  },
  check: {
    nl: 'Toetst moties, Kamervragen en andere Markdown-concepten en meldt wat beter kan.',
    en: 'Checks moties, Kamervragen and other Markdown drafts and reports what could be better.',
  },
  corpus: {
    nl: 'Werkt met de geladen toezeggingen: opsommen, zoeken, een corpusbestand controleren, een akkoord inlezen.',
    en: 'Works with the loaded commitments: list them, search them, validate a corpus file, import an agreement.',
  },
  'corpus list': {
    nl: 'Somt elke geladen toezegging op: sleutel, stelligheid, tags en tekst.',
    en: 'Lists every loaded commitment: key, firmness, tags and text.',
  },
  'corpus search': {
    nl: 'Zoekt toezeggingen op woorden (ook verbuigingen, samenstellingen en synoniemen), de beste eerst.',
    en: 'Searches commitments by words (inflections, compounds and synonyms too), best first.',
  },
  'corpus import': {
    nl: 'Leest een akkoord of programma in (pdf, docx, html, tekst) en schrijft er een corpusbestand van, met slotbestand en verslag.',
    en: 'Imports an agreement or programme (pdf, docx, html, text) and writes a corpus file from it, with a lock file and a report.',
  },
  'corpus validate': {
    nl: 'Controleert corpusbestanden (*.akkoord.yaml) en meldt elk probleem als bestand:regel:kolom.',
    en: 'Validates corpus files (*.akkoord.yaml) and reports each problem as file:line:column.',
  },
  export: {
    nl: 'Exporteert een motie of Kamervragen voor indiening, in de opmaak van de Kamer (docx, platte tekst of Markdown).',
    en: "Exports a motie or Kamervragen for submission, in the Kamer's layout (docx, plain text or Markdown).",
  },
  'toezeggingen fetch': {
    nl: 'Haalt toezeggingen van bewindspersonen op uit het register van de Tweede Kamer en schrijft er een corpusbestand van (kind: toezeggingen); een bestaand bestand wordt ververst.',
    en: "Fetches ministers' toezeggingen from the Tweede Kamer's register and writes a corpus file of them (kind: toezeggingen); an existing file is refreshed.",
  },
  toezeggingen: { nl: 'Het register van toezeggingen van de Tweede Kamer.', en: "The Tweede Kamer's register of toezeggingen." },
  'corpus fetch': {
    nl: 'Haalt een document (PDF, DOCX of HTML) op uit de open data van de Tweede Kamer en slaat het op.',
    en: "Fetches a document (PDF, DOCX or HTML) from the Tweede Kamer's open data and saves it.",
  },
} satisfies Record<string, Localized>;

/** One line per option. */
export const OPTION_HELP = {
  format: {
    nl: 'uitvoer: een regel per toezegging, door tabs gescheiden (standaard), of JSON',
    en: 'output: one tab-separated line per commitment (default), or JSON',
  },
  compareFormat: {
    nl: 'uitvoer: de vergelijking als tekst (standaard) of als JSON versie 1',
    en: 'output: the comparison as text (default) or as JSON version 1',
  },
  sarifFormat: {
    nl: 'uitvoer: regels als een compiler (standaard), JSON versie 1 of SARIF 2.1.0',
    en: 'output: compiler-style lines (default), JSON version 1 or SARIF 2.1.0',
  },
  config: {
    nl: 'één configuratie voor elk concept; anders geldt .akkoordwijzer.yaml in de map van het concept en erboven',
    en: 'one configuration for every draft; else .akkoordwijzer.yaml in the draft\'s folder and above applies',
  },
  corpusConfig: {
    nl: 'de configuratie (corpora, lexicon); anders geldt .akkoordwijzer.yaml in de huidige map en erboven',
    en: 'the configuration (corpora, lexicon); else .akkoordwijzer.yaml in the current folder and above applies',
  },
  corpus: { nl: 'laad ook dit corpusbestand (mag vaker)', en: 'load this corpus file too (repeatable)' },
  taal: {
    nl: 'taal van alles wat de opdracht zegt (standaard: die van de configuratie, anders nl)',
    en: 'language of everything the command says (default: that of the configuration, else nl)',
  },
  id: {
    nl: 'de corpus-id (voor de citeersleutels, bv. ca2026); standaard die van het ingebouwde akkoord als de bestandsnaam zijn documentnummer is (2026D04554.pdf), anders uit de bestandsnaam',
    en: 'the corpus id (for the citation keys, e.g. ca2026); default that of the built-in agreement when the file name is its document number (2026D04554.pdf), else from the file name',
  },
  registerId: {
    nl: 'de corpus-id van het register (voor de citeersleutels, bv. toezeggingen-bzk); standaard toezeggingen, met --ministerie toezeggingen-AFKORTING (toezeggingen-bzk), zodat registers van twee ministeries naast elkaar passen',
    en: 'the corpus id of the register (for the citation keys, e.g. toezeggingen-bzk); default toezeggingen, with --ministerie toezeggingen-CODE (toezeggingen-bzk), so that registers of two ministries fit side by side',
  },
  importOut: {
    nl: 'het corpusbestand (*.akkoord.yaml; standaard ID.akkoord.yaml in de huidige map)',
    en: 'the corpus file (*.akkoord.yaml; default ID.akkoord.yaml in the current folder)',
  },
  fetchOut: { nl: 'het opgehaalde bestand (standaard NUMMER.pdf, .docx of .html)', en: 'the fetched file (default NUMBER.pdf, .docx or .html)' },
  registerOut: {
    nl: 'het corpusbestand van het register (standaard toezeggingen.akkoord.yaml in de huidige map, met --ministerie BZK toezeggingen-bzk.akkoord.yaml; bestaat het al, dan wordt het ververst)',
    en: 'the corpus file of the register (default toezeggingen.akkoord.yaml in the current folder, with --ministerie BZK toezeggingen-bzk.akkoord.yaml; an existing one is refreshed)',
  },
  title: { nl: 'de titel van het corpus', en: 'the title of the corpus' },
  kind: {
    nl: 'wat het document is: coalitieakkoord (standaard, of de soort van het ingebouwde corpus met die id), verkiezingsprogramma, toezeggingen of overig; een akkoord of programma moet minstens tien toezeggingen bevatten, voor een lijst toezeggingen of een ander document is één genoeg',
    en: 'what the document is: coalitieakkoord (default, or the kind of the built-in corpus with that id), verkiezingsprogramma, toezeggingen or overig; an agreement or programme must hold ten commitments at least, for a list of toezeggingen or another document one is enough',
  },
  force: {
    nl: 'overschrijf een uitvoerbestand dat geen eerdere import is of sindsdien met de hand is gewijzigd; importeer onder de id van een ingebouwd akkoord ook een document dat er (bijna) niets van bevat',
    en: 'overwrite an output file that is not an earlier import or was edited by hand since; import under the id of a built-in agreement also a document that states (almost) none of it',
  },
  proxy: { nl: 'ga via deze proxy (anders die uit HTTPS_PROXY, HTTP_PROXY of ALL_PROXY, met NO_PROXY)', en: 'go through this proxy (else the one in HTTPS_PROXY, HTTP_PROXY or ALL_PROXY, with NO_PROXY)' },
  opendataUrl: {
    nl: 'het adres van de open data (standaard AKKOORDWIJZER_OPENDATA_URL, anders https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0)',
    en: 'the address of the open data (default AKKOORDWIJZER_OPENDATA_URL, else https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0)',
  },
  timeout: { nl: 'stop na zoveel seconden zonder antwoord (standaard 30)', en: 'give up after this many seconds without an answer (default 30)' },
  ministerie: {
    nl: 'alleen toezeggingen van dit ministerie (afkorting zoals BZK, of naam); wordt hier toegepast, niet verstuurd',
    en: 'only toezeggingen of this ministry (code such as BZK, or name); applied here, not sent',
  },
  commissie: {
    nl: 'alleen toezeggingen uit debatten met deze commissie in het voortouw (afkorting of naam); wordt hier toegepast',
    en: 'only toezeggingen from debates led by this committee (abbreviation or name); applied here',
  },
  sinds: { nl: 'alleen toezeggingen gedaan op of na deze datum (JJJJ-MM-DD); wordt meegestuurd', en: 'only toezeggingen made on or after this day (YYYY-MM-DD); sent with the request' },
  quiet: { nl: 'meld alleen fouten, geen waarschuwingen, informatie of hints', en: 'report errors only, no warnings, information or hints' },
  maxWarnings: {
    nl: 'exitcode 1 bij meer dan N waarschuwingen (ook met --quiet geteld; -1: geen grens)',
    en: 'exit code 1 with more than N warnings (counted with --quiet too; -1: no limit)',
  },
  stdin: { nl: 'lees het concept van de standaardinvoer (er wordt niets geschreven)', en: 'read the draft from standard input (nothing is written)' },
  stdinFilename: {
    nl: 'de naam van dat concept: bepaalt soort, configuratie en de naam in het verslag',
    en: 'the name of that draft: it decides the kind, the configuration and the name in the report',
  },
  ignore: {
    nl: 'sla bestanden over die passen op dit patroon (gitignore-syntaxis; mag vaker), naast .akkoordwijzerignore',
    en: 'skip files matching this pattern (gitignore syntax; repeatable), next to .akkoordwijzerignore',
  },
  color: {
    nl: 'kleur wel of niet (standaard: alleen in een terminal; NO_COLOR en FORCE_COLOR tellen mee)',
    en: 'colour or not (default: only in a terminal; NO_COLOR and FORCE_COLOR count)',
  },
  fix: {
    nl: 'herstel wat zeker is (leestekens, slot, nummering, formules, de vaste vorm van de kop, hernoemde sleutels) in de bestanden; meld wat overblijft',
    en: 'fix what is certain (punctuation, closing line, numbering, formulas, the header’s fixed form, renamed keys) in the files; report what remains',
  },
  fixDryRun: { nl: 'toon die correcties als unified diff, schrijf niets; wat overblijft op standaardfout; alleen met --format text', en: 'show those fixes as a unified diff, write nothing; what remains on standard error; only with --format text' },
  to: { nl: 'het formaat: docx (Word), txt (het indieningsformulier) of md', en: 'the format: docx (Word), txt (the submission form) or md' },
  exportOut: { nl: 'schrijf hierheen (standaard naast het concept, met de extensie van het formaat; - voor de standaarduitvoer, bij txt en md)', en: "write here (default beside the draft, with the format's extension; - for standard output, with txt and md)" },
  toch: {
    nl: 'exporteer ook als er nog fouten in het concept staan (‘Toch exporteren’); het verslag vermeldt het',
    en: 'export even while the draft has errors (‘Toch exporteren’, export anyway); the report records it',
  },
  help: { nl: 'deze hulp', en: 'this help' },
  version: { nl: 'het versienummer', en: 'the version number' },
} satisfies Record<string, Localized>;

/** `corpus fetch`: what it says while it goes online, on standard error; standard output gets the saved path only. */
export const FETCH = {
  notes: {
    nl:
      'Dit commando gaat online (net als toezeggingen fetch), en alleen op uw verzoek: het vraagt het document op bij\n' +
      'gegevensmagazijn.tweedekamer.nl en stuurt niets over uw concepten mee. Achter een proxy: --proxy of HTTPS_PROXY\n' +
      '(met NO_PROXY); een proxy die versleuteld verkeer inspecteert heeft zijn basiscertificaat nodig in\n' +
      'NODE_EXTRA_CA_CERTS=pad/naar/ca.pem. Lukt het niet, haal het bestand dan met de hand op en gebruik corpus import.',
    en:
      'This command goes online (as toezeggingen fetch does), and only when you ask: it asks gegevensmagazijn.tweedekamer.nl\n' +
      'for the document and sends nothing about your drafts. Behind a proxy: --proxy or HTTPS_PROXY (with NO_PROXY); a\n' +
      'proxy that inspects encrypted traffic needs its root certificate in NODE_EXTRA_CA_CERTS=path/to/ca.pem. If it\n' +
      'fails, download the file by hand and use corpus import.',
  } satisfies Localized,
  exitCodes: {
    nl: 'Exitcode: 0 als het bestand is opgeslagen, 2 bij een gebruiksfout of als het ophalen of opslaan mislukt.',
    en: 'Exit code: 0 when the file was saved, 2 on a usage error or when fetching or saving fails.',
  } satisfies Localized,
  asking: (nummer: string, host: string, proxy: string | undefined): Localized => ({
    nl: `${nummer} opvragen bij ${host}${proxy ? ` via de proxy ${proxy}` : ''} …`,
    en: `Asking ${host} for ${nummer}${proxy ? ` through the proxy ${proxy}` : ''} …`,
  }),
  progress: (received: Localized, total: Localized | undefined, percent: number | undefined): Localized => ({
    nl: `  ${received.nl}${total ? ` van ${total.nl}` : ''}${percent !== undefined ? ` (${percent}%)` : ''}`,
    en: `  ${received.en}${total ? ` of ${total.en}` : ''}${percent !== undefined ? ` (${percent}%)` : ''}`,
  }),
  saved: (file: string): Localized => ({ nl: `Opgeslagen: ${file}`, en: `Saved: ${file}` }),
  importHint: (file: string): Localized => ({
    nl: `Maak er een corpus van met: akkoordwijzer corpus import ${file}`,
    en: `Make a corpus of it with: akkoordwijzer corpus import ${file}`,
  }),
  cannotSave: (file: string, reason: Localized): Localized => ({
    nl: `${file}: kan het bestand niet opslaan (${reason.nl})`,
    en: `${file}: cannot save the file (${reason.en})`,
  }),
};

/** Words in the SARIF report that are not findings. */
export const SARIF = {
  stdin: { nl: 'standaardinvoer', en: 'standard input' } satisfies Localized,
};

/** `export`: what it says about the file it wrote, and its exit codes. */
export const EXPORT = {
  written: (file: string, replaced = false): Localized => ({
    nl: `Geschreven: ${file}${replaced ? ' (het bestand dat er stond is vervangen)' : ''}`,
    en: `Written: ${file}${replaced ? ' (the file that was there is replaced)' : ''}`,
  }),
  unwritable: (file: string, reason: Localized): Localized => ({ nl: `${file}: kan de export niet schrijven (${reason.nl})`, en: `${file}: cannot write the export (${reason.en})` }),
  docxToStdout: {
    nl: 'een Word-bestand kan niet naar de standaarduitvoer (--out -); geef een bestand, of kies --to txt of --to md',
    en: 'a Word file cannot go to standard output (--out -); name a file, or choose --to txt or --to md',
  } satisfies Localized,
  overDraft: (file: string): Localized => ({
    nl: `${file}: de export zou het concept zelf overschrijven; kies met --out een ander bestand`,
    en: `${file}: the export would overwrite the draft itself; choose another file with --out`,
  }),
  notes: {
    nl:
      'Zolang het concept fouten heeft (geen dictum, geen aanhef, geen slot, …) stopt de export en somt ze op; --toch\n' +
      'exporteert toch, en het verslag op de standaarduitvoer vermeldt dat. Resterende waarschuwingen worden opgesomd.',
    en:
      'While the draft has errors (no dictum, no aanhef, no slot, …) the export stops and lists them; --toch exports\n' +
      'anyway, and the report on standard output records that. Remaining warnings are listed.',
  } satisfies Localized,
  exitCodes: {
    nl: 'Exitcode: 0 als de export is geschreven, 1 als fouten in het concept hem tegenhielden, 2 bij een gebruiks- of\ninvoerfout of als het schrijven mislukt.',
    en: 'Exit code: 0 when the export was written, 1 when errors in the draft stopped it, 2 on a usage or input error or\nwhen writing fails.',
  } satisfies Localized,
};

/** `toezeggingen fetch`: what it says while it goes online, on standard error; standard output gets the file written. */
export const TOEZEGGINGEN = {
  notes: {
    nl:
      'Gaat online, alleen op uw verzoek: het commando vraagt bij gegevensmagazijn.tweedekamer.nl de toezeggingen op\n' +
      '(met alleen --sinds, of bij verversen het tijdstip van de laatste wijziging, als filter); ministerie en commissie\n' +
      'worden hier toegepast. Bestaat --out al als register, dan worden alleen de wijzigingen opgehaald; sleutels blijven.\n' +
      'Proxy en certificaten als bij corpus fetch.',
    en:
      'Goes online, only when you ask: the command asks gegevensmagazijn.tweedekamer.nl for the toezeggingen (with only\n' +
      '--sinds, or when refreshing the moment of the last change, as a filter); ministry and committee are applied here.\n' +
      'When --out already is a register, only the changes are fetched; keys stay. Proxy and certificates as for corpus fetch.',
  } satisfies Localized,
  exitCodes: {
    nl: 'Exitcode: 0 als het bestand is geschreven, 2 bij een gebruiksfout of als het ophalen of schrijven mislukt.',
    en: 'Exit code: 0 when the file was written, 2 on a usage error or when fetching or writing fails.',
  } satisfies Localized,
  asking: (host: string, refresh: string | undefined, proxy: string | undefined): Localized => ({
    nl: `Toezeggingen opvragen bij ${host}${refresh ? ` (gewijzigd na ${refresh})` : ''}${proxy ? ` via de proxy ${proxy}` : ''} …`,
    en: `Asking ${host} for toezeggingen${refresh ? ` (changed after ${refresh})` : ''}${proxy ? ` through the proxy ${proxy}` : ''} …`,
  }),
  page: (records: number, page: number): Localized => {
    const n = counted(records, ['toezegging', 'toezeggingen'], ['toezegging', 'toezeggingen']);
    return { nl: `  pagina ${page}: ${n.nl}`, en: `  page ${page}: ${n.en}` };
  },
  written: (file: string, count: number, added: number, changed: number, removed: number): Localized => ({
    nl: `${file}: ${counted(count, ['toezegging', 'toezeggingen'], ['toezegging', 'toezeggingen']).nl} (${added} nieuw, ${changed} gewijzigd, ${removed} verwijderd)`,
    en: `${file}: ${counted(count, ['toezegging', 'toezeggingen'], ['toezegging', 'toezeggingen']).en} (${added} new, ${changed} changed, ${removed} removed)`,
  }),
  skipped: (n: number): Localized => ({
    nl: `${counted(n, ['antwoord', 'antwoorden'], ['answer', 'answers']).nl} zonder Id of Nummer overgeslagen`,
    en: `${counted(n, ['antwoord', 'antwoorden'], ['answer', 'answers']).en} without Id or Nummer skipped`,
  }),
  unknownMinistry: (asked: string, codes: readonly string[]): Localized => ({
    nl: `Let op: geen ministerie heet "${asked}", en geen toezegging in het register hoort erbij. Geef een afkorting (${codes.join(', ')}) of (een deel van) de naam, zoals het register die schrijft.`,
    en: `Note: no ministry is called "${asked}", and no promise in the register belongs to it. Give an abbreviation (${codes.join(', ')}) or (part of) the name, as the register writes it.`,
  }),
  cannotSave: FETCH.cannotSave,
};
