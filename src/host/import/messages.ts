import path from 'node:path';
import { CORPUS_KINDS, type Localized } from '../../core/service';
import { counted, or } from '../../shared/wording';

/*
 * What the importer's host side says: input it refuses (nothing is written then) and its progress. The pipeline's
 * own problems and report come from the core.
 */

const mb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`);

export const IMPORT_INPUT = {
  cancelled: { nl: 'het importeren is afgebroken; er is niets geschreven', en: 'the import was cancelled; nothing was written' } satisfies Localized,
  workerFailed: (reason: string): Localized => ({
    nl: `Het importeren stopte onverwacht (${reason}); er is niets geschreven. Het logboek zegt meer; probeer het opnieuw of lees het bestand in met de CLI (akkoordwijzer corpus import).`,
    en: `The import stopped unexpectedly (${reason}); nothing was written. The log says more; try again, or import the file with the CLI (akkoordwijzer corpus import).`,
  }),
  outOfMemory: (heapMb: number): Localized => ({
    nl: `Het importeren gebruikte meer dan ${heapMb} MB geheugen en is gestopt; er is niets geschreven. Is dit echt één akkoord of programma? Splits het document, of lees het in met de CLI (akkoordwijzer corpus import), die geen grens stelt.`,
    en: `The import used more than ${heapMb} MB of memory and was stopped; nothing was written. Is this really one agreement or programme? Split the document, or import it with the CLI (akkoordwijzer corpus import), which sets no limit.`,
  }),
  notFound: (file: string): Localized => ({ nl: `${file}: bestand niet gevonden.`, en: `${file}: file not found.` }),
  unreadable: (file: string, reason: Localized): Localized => ({ nl: `${file}: kan het bestand niet lezen (${reason.nl}).`, en: `${file}: cannot read the file (${reason.en}).` }),
  /** `kept`: where the old texts are of files written that could not be put back, in words (`keptCopies`), if any. */
  unwritable: (file: string, reason: Localized, kept?: Localized): Localized =>
    kept
      ? {
          nl: `${file}: kan het bestand niet schrijven (${reason.nl}); daarna kon niet alles worden teruggezet: ${kept.nl}.`,
          en: `${file}: cannot write the file (${reason.en}); what was written could not all be put back: ${kept.en}.`,
        }
      : { nl: `${file}: kan het bestand niet schrijven (${reason.nl}); er is niets geschreven.`, en: `${file}: cannot write the file (${reason.en}); nothing was written.` },
  empty: (file: string): Localized => ({ nl: `${file}: het bestand is leeg.`, en: `${file}: the file is empty.` }),
  tooLarge: (file: string, size: number, max: number): Localized => ({
    nl: `${file}: het bestand is ${mb(size)}; de grens is ${mb(max)}. Een akkoord is zelden groter dan een paar MB: is dit het goede bestand?`,
    en: `${file}: the file is ${mb(size)}; the limit is ${mb(max)}. An agreement is rarely larger than a few MB: is this the right file?`,
  }),
  corruptDocx: (file: string, reason: string): Localized => ({
    nl: `${file}: dit Word-bestand (DOCX) is beschadigd of onleesbaar (${reason}). Open het in Word en sla het opnieuw op, of bewaar het als pdf.`,
    en: `${file}: this Word file (DOCX) is damaged or unreadable (${reason}). Open it in Word and save it again, or save it as PDF.`,
  }),
  zip: (file: string): Localized => ({
    nl: `${file}: een zip-bestand dat geen Word-document (DOCX) is. Lees PDF, DOCX, HTML of platte tekst in.`,
    en: `${file}: a zip file that is not a Word document (DOCX). Import PDF, DOCX, HTML or plain text.`,
  }),
  binary: (file: string): Localized => ({
    nl: `${file}: geen tekst en geen bekend documentformaat (PDF, DOCX, HTML of platte tekst in UTF-8).`,
    en: `${file}: not text and no known document format (PDF, DOCX, HTML or plain text in UTF-8).`,
  }),
  pdfUnavailable: (file: string): Localized => ({
    nl: `${file}: pdf-bestanden lezen kan deze versie nog niet. Sla het document op als Word (DOCX), HTML of tekst en lees dat in.`,
    en: `${file}: this version cannot read PDF files yet. Save the document as Word (DOCX), HTML or text and import that.`,
  }),
  noText: (file: string): Localized => ({ nl: `${file}: er staat geen tekst in het document.`, en: `${file}: the document holds no text.` }),
  badOut: (out: string): Localized => ({
    nl: `${out}: het uitvoerbestand moet eindigen op .akkoord.yaml (anders vindt Akkoordwijzer het niet).`,
    en: `${out}: the output file must end in .akkoord.yaml (otherwise Akkoordwijzer does not find it).`,
  }),
  builtinTaken: (number: string, id: string, byName: string): Localized => ({
    nl: `${number} is het document van het ingebouwde corpus ${id}, maar ${id}.akkoord.yaml bestaat al en is geen eerdere import; niets geschreven. Vervang het met --id ${id} --force, of importeer onder een andere id (--id, bv. ${path.basename(byName, '.akkoord.yaml')}).`,
    en: `${number} is the document of the built-in corpus ${id}, but ${id}.akkoord.yaml exists and is not an earlier import; nothing written. Replace it with --id ${id} --force, or import under another id (--id, e.g. ${path.basename(byName, '.akkoord.yaml')}).`,
  }),
  outExists: (out: string): Localized => ({
    nl: `${out}: bestaat al en is geen eerdere import; niets geschreven. Kies een ander --out, of overschrijf het met --force.`,
    en: `${out}: exists and is not an earlier import; nothing written. Choose another --out, or overwrite it with --force.`,
  }),
  editedSinceImport: (out: string): Localized => ({
    nl: `${out}: is met de hand gewijzigd sinds de vorige import; niets geschreven, uw wijzigingen staan er nog. Importeer naar een ander bestand (--out) en neem de wijzigingen over, of overschrijf het toch met --force.`,
    en: `${out}: was edited by hand since the last import; nothing written, your changes are still there. Import to another file (--out) and carry the changes over, or overwrite it anyway with --force.`,
  }),
  editedSinceImportEditor: (out: string): Localized => ({
    nl: `${out} is met de hand gewijzigd sinds de vorige import. Opnieuw importeren overschrijft die wijzigingen; importeer anders naar een ander bestand en neem ze over.`,
    en: `${out} was edited by hand since the last import. Importing again overwrites those changes; otherwise import to another file and carry them over.`,
  }),
  notTheBuiltin: (id: string, found: number, total: number): Localized => ({
    nl: `Van de ${total} toezeggingen van het ingebouwde corpus ${id} zijn er ${found} in dit document teruggevonden: het lijkt een ander document, en zou ${id} vervangen. Niets geschreven. Kies een andere id; weet u zeker dat het ${id} is, importeer dan op de opdrachtregel met --force.`,
    en: `Of the ${total} commitments of the built-in corpus ${id}, ${found} were found in this document: it looks like another document, and would replace ${id}. Nothing written. Choose another id; if you are sure it is ${id}, import it on the command line with --force.`,
  }),
  unknownKind: (kind: string): Localized => ({
    nl: `onbekende soort corpus "${kind}" (${or(CORPUS_KINDS).nl})`,
    en: `unknown corpus kind "${kind}" (${or(CORPUS_KINDS).en})`,
  }),
  kindOfBuiltin: (id: string, builtinKind: string, kind: string): Localized => ({
    nl: `--kind ${kind} past niet bij ${id}: onder die id neemt het bestand de plaats in van het ingebouwde corpus, en dat is een ${builtinKind}. Niets geschreven. Kies een andere id, of laat --kind weg.`,
    en: `--kind ${kind} does not fit ${id}: under that id the file takes the place of the built-in corpus, which is a ${builtinKind}. Nothing written. Choose another id, or leave --kind out.`,
  }),
  badId: (name: string): Localized => ({
    nl: `uit "${name}" is geen corpus-id te maken; geef er een met --id (kleine letters, cijfers, koppeltekens, bv. ca2026).`,
    en: `no corpus id can be made from "${name}"; give one with --id (lower-case letters, digits, hyphens, e.g. ca2026).`,
  }),
  rules: (detail: string): Localized => ({ nl: `de regeltabel heeft een fout: ${detail}`, en: `the rule table has an error: ${detail}` }),
};

export const IMPORT_HINTS = {
  leftOver: (earlier: string, now: string): Localized => ({
    nl: `${earlier} is een eerdere import van hetzelfde akkoord onder een andere id; verwijder het, anders laadt het akkoord twee keer naast ${path.basename(now)}.`,
    en: `${earlier} is an earlier import of the same agreement under another id; remove it, or the agreement loads twice beside ${path.basename(now)}.`,
  }),
  builtinId: (id: string, found: number, total: number): Localized => ({
    nl: `Dit document bevat ${found} van de ${total} toezeggingen van het ingebouwde corpus ${id} woordelijk. Importeer met --id ${id} om hun citeersleutels (${id}:…) te houden.`,
    en: `This document states ${found} of the ${total} commitments of the built-in corpus ${id} word for word. Import with --id ${id} to keep their citation keys (${id}:…).`,
  }),
};

export const IMPORT_STEPS = {
  reading: (file: string, format: string): Localized => ({ nl: `${file} lezen (${format})…`, en: `reading ${file} (${format})…` }),
  read: (paragraphs: number): Localized => {
    const n = counted(paragraphs, ['alinea', "alinea's"], ['paragraph', 'paragraphs']);
    return { nl: `${n.nl} gelezen`, en: `${n.en} read` };
  },
  idOfNumber: (number: string, id: string): Localized => ({
    nl: `${number} is het document van het ingebouwde corpus ${id}: geïmporteerd als ${id} (een andere id: --id)`,
    en: `${number} is the document of the built-in corpus ${id}: imported as ${id} (another id: --id)`,
  }),
  written: (corpus: string, lock: string): Localized => ({ nl: `geschreven: ${corpus} en ${lock}`, en: `written: ${corpus} and ${lock}` }),
};
