import type { Localized } from '../../core/service';
import { counted } from '../../shared/wording';

/** Why a document could not be imported. Readers of other formats add their own codes. */
export type ImportErrorCode = 'too-large' | 'too-many-pages' | 'too-complex' | 'encrypted' | 'corrupt' | 'no-text' | 'timeout' | 'unavailable';

/**
 * A document that cannot be imported, with a message for the user in both languages that says what to do. The
 * importer writes nothing when it gets one; the English text is also the `Error` message (for logs).
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    readonly localized: Localized,
  ) {
    super(localized.en);
  }
}

/**
 * True for an `ImportError`, also one thrown by a separately bundled reader (the PDF bundle has its own copy of this
 * class, so `instanceof` cannot tell).
 */
export function isImportError(e: unknown): e is ImportError {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as { name?: unknown; code?: unknown; localized?: { nl?: unknown; en?: unknown } };
  return x.name === 'ImportError' && typeof x.code === 'string' && typeof x.localized?.nl === 'string' && typeof x.localized.en === 'string';
}

const MB = 1024 * 1024;

/** A file size as a reader says it: "3.2 MB", "640 KB" (a limit below 1 MB is only set in tests, but must read right). */
function size(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The messages, one per code, so every reader says the same thing the same way. */
export const importErrors = {
  tooLarge: (bytes: number, max: number) =>
    new ImportError('too-large', {
      nl: `Het bestand is ${size(bytes)}; Akkoordwijzer importeert bestanden tot ${size(max)}. Kies het akkoord zelf, niet een bundel met bijlagen.`,
      en: `The file is ${size(bytes)}; Akkoordwijzer imports files up to ${size(max)}. Choose the agreement itself, not a bundle with annexes.`,
    }),
  tooManyPages: (pages: number, max: number) =>
    new ImportError('too-many-pages', {
      nl: `De pdf heeft ${pages} pagina's; Akkoordwijzer importeert documenten tot ${max} pagina's. Een akkoord heeft er zelden meer dan 200: kies het akkoord zelf, niet een bundel of verzameling.`,
      en: `The PDF has ${pages} pages; Akkoordwijzer imports documents of up to ${max} pages. An agreement rarely has more than 200: choose the agreement itself, not a bundle or collection.`,
    }),
  tooComplex: (heapMb: number) =>
    new ImportError('too-complex', {
      nl: `Het lezen van de pdf vroeg meer dan ${heapMb} MB geheugen en is afgebroken. Het bestand is beschadigd of bevat iets anders dan tekst; zoek een andere versie, zoals het Word-bestand of de webpagina.`,
      en: `Reading the PDF needed more than ${heapMb} MB of memory and was stopped. The file is damaged or holds something other than text; find another version, such as the Word file or the web page.`,
    }),
  unavailable: (file: string) =>
    new ImportError('unavailable', {
      nl: `De pdf-lezer van Akkoordwijzer ontbreekt (${file}), dus de pdf is niet gelezen; het bestand zelf is niet het probleem. Installeer Akkoordwijzer opnieuw, of importeer het Word- of HTML-bestand van hetzelfde document.`,
      en: `Akkoordwijzer's PDF reader is missing (${file}), so the PDF was not read; the file itself is not the problem. Reinstall Akkoordwijzer, or import the Word or HTML file of the same document.`,
    }),
  readerStopped: (exitCode: number) =>
    new ImportError('corrupt', {
      nl: `De pdf-lezer stopte onverwacht (afsluitcode ${exitCode}); het bestand is mogelijk beschadigd. Download het opnieuw, of importeer het Word- of HTML-bestand van hetzelfde document.`,
      en: `The PDF reader stopped unexpectedly (exit code ${exitCode}); the file may be damaged. Download it again, or import the Word or HTML file of the same document.`,
    }),
  encrypted: () =>
    new ImportError('encrypted', {
      nl: 'De pdf is met een wachtwoord beveiligd en kan niet worden gelezen. Open hem, sla hem op zonder beveiliging (of druk hem af naar pdf) en importeer dat bestand.',
      en: 'The PDF is protected by a password and cannot be read. Open it, save it without protection (or print it to PDF) and import that file.',
    }),
  // The PDF reader's own words are English ("Invalid PDF structure."): the Dutch message leaves them out.
  corrupt: (detail: string) =>
    new ImportError('corrupt', {
      nl: 'Het bestand is geen leesbare pdf (beschadigd of onvolledig). Download het opnieuw en probeer het nog eens.',
      en: `The file is not a readable PDF (damaged or incomplete: ${detail.replace(/\.$/, '')}). Download it again and retry.`,
    }),
  damaged: (damaged: number, pages: number) =>
    new ImportError('corrupt', {
      nl: `De pdf is beschadigd: de inhoud van ${damaged} van de ${counted(pages, ['pagina', "pagina's"], ['page', 'pages']).nl} is niet te lezen. Download het bestand opnieuw en probeer het nog eens, of zoek een andere versie, zoals het Word-bestand of de webpagina.`,
      en: `The PDF is damaged: the contents of ${damaged} of its ${counted(pages, ['pagina', "pagina's"], ['page', 'pages']).en} cannot be read. Download the file again and retry, or find another version, such as the Word file or the web page.`,
    }),
  noText: (chars: number, pages: number) =>
    new ImportError('no-text', {
      nl: `De pdf heeft geen tekstlaag (een scan?): ${chars} tekens op ${counted(pages, ['pagina', "pagina's"], ['page', 'pages']).nl}. Laat er tekstherkenning (OCR) op los of zoek een versie met tekst, zoals het Word-bestand of de webpagina.`,
      en: `The PDF has no text layer (a scan?): ${chars} characters on ${counted(pages, ['pagina', "pagina's"], ['page', 'pages']).en}. Run text recognition (OCR) on it or find a version with text, such as the Word file or the web page.`,
    }),
  timeout: (ms: number, page: number, pages: number) => {
    const where = pages > 0 ? { nl: `bij pagina ${page} van ${pages}`, en: `at page ${page} of ${pages}` } : { nl: 'bij het openen', en: 'while opening it' };
    return new ImportError('timeout', {
      nl: `Het lezen van de pdf duurde langer dan ${ms / 1000} s en is afgebroken (${where.nl}). Is dit het goede bestand? Een akkoord van 100 pagina's kost een paar seconden.`,
      en: `Reading the PDF took longer than ${ms / 1000} s and was stopped (${where.en}). Is this the right file? A 100-page agreement takes a few seconds.`,
    });
  },
};
