/*
 * What the open-data fetch says to a person, in Dutch and English. The editor and the command line both show these,
 * so every network failure says what to do next, including the way round it: download the file by hand and import it.
 */

/** User-facing text in both languages: the same shape as the core's `Localized` (this folder imports nothing). */
export interface Localized {
  nl: string;
  en: string;
}

/** The kinds of file the importer reads, as the fetch names them. */
export type DocumentType = 'pdf' | 'docx' | 'html';

const TYPE_LABEL: Record<DocumentType, string> = { pdf: 'PDF', docx: 'DOCX', html: 'HTML' };

/** `1,2 MB` / `1.2 MB`, `850 kB`, `312 bytes`: decimal units, one decimal above a megabyte. */
export function formatBytes(bytes: number): Localized {
  if (bytes >= 1_000_000) {
    const mb = (bytes / 1_000_000).toFixed(1);
    return { nl: `${mb.replace('.', ',')} MB`, en: `${mb} MB` };
  }
  if (bytes >= 1_000) return { nl: `${Math.round(bytes / 1_000)} kB`, en: `${Math.round(bytes / 1_000)} kB` };
  return { nl: `${bytes} bytes`, en: `${bytes} bytes` };
}

/** Where a person gets the same file by hand: the Tweede Kamer's own download address for a document number. */
export function manualDownloadUrl(nummer: string): string {
  return `https://www.tweedekamer.nl/downloads/document?id=${encodeURIComponent(nummer)}`;
}

/** The way round every network failure, appended to its message. */
function byHand(nummer: string): Localized {
  // A request that is not for one document (the register of toezeggingen) has no file to get by hand.
  if (!nummer) return { nl: '', en: '' };
  const url = manualDownloadUrl(nummer);
  return {
    nl:
      ` Of haal het bestand met de hand op: open ${url} in de browser (of zoek ${nummer} op tweedekamer.nl), sla het op en ` +
      `importeer het met ‘Akkoordwijzer: Importeer een akkoord of programma’ of \`akkoordwijzer corpus import BESTAND\`.`,
    en:
      ` Or get the file by hand: open ${url} in the browser (or search for ${nummer} on tweedekamer.nl), save it and ` +
      `import it with ‘Akkoordwijzer: Importeer een akkoord of programma’ or \`akkoordwijzer corpus import FILE\`.`,
  };
}

/** A certificate out of its validity period: expired, or not yet valid by this computer's clock. */
const expired = (code: string) => code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID';
const join = (a: Localized, b: Localized): Localized => ({ nl: a.nl + b.nl, en: a.en + b.en });
const codeOf = (code: string | undefined) => (code ? ` (${code})` : '');

/** Every message of the fetch; the network ones end with the way round. */
export const OPENDATA_TEXT = {
  badNumber: (input: string): Localized => ({
    nl: `‘${input}’ is geen documentnummer van de Tweede Kamer: verwacht een jaartal, D en vijf cijfers, zoals 2026D04554.`,
    en: `‘${input}’ is not a Tweede Kamer document number: expected a year, D and five digits, such as 2026D04554.`,
  }),
  offline: (nummer: string, host: string, code?: string): Localized =>
    join(
      {
        nl: `Geen verbinding met ${host}${codeOf(code)}. Controleer of u online bent en of het netwerk de site toelaat, en probeer het opnieuw.`,
        en: `No connection to ${host}${codeOf(code)}. Check that you are online and that the network allows the site, and try again.`,
      },
      byHand(nummer),
    ),
  proxyRefused: (nummer: string, proxy: string, code?: string): Localized =>
    join(
      {
        nl: `De proxy ${proxy} is niet bereikbaar${codeOf(code)}. Controleer het adres (HTTPS_PROXY of --proxy; in VS Code de instelling ‘http.proxy’).`,
        en: `The proxy ${proxy} cannot be reached${codeOf(code)}. Check its address (HTTPS_PROXY or --proxy; in VS Code the setting ‘http.proxy’).`,
      },
      byHand(nummer),
    ),
  proxyStatus: (nummer: string, proxy: string, status: number): Localized =>
    join(
      status === 407
        ? {
            nl: `De proxy ${proxy} vraagt om aanmelding (407). Geef gebruikersnaam en wachtwoord in het proxyadres: http://naam:wachtwoord@proxy:poort.`,
            en: `The proxy ${proxy} asks for authentication (407). Put the user name and password in the proxy address: http://name:password@proxy:port.`,
          }
        : {
            nl: `De proxy ${proxy} weigerde de verbinding (${status}). Vraag uw beheerder of gegevensmagazijn.tweedekamer.nl is toegestaan.`,
            en: `The proxy ${proxy} refused the connection (${status}). Ask your administrator whether gegevensmagazijn.tweedekamer.nl is allowed.`,
          },
      byHand(nummer),
    ),
  certificate: (nummer: string, host: string, code: string): Localized =>
    join(
      {
        nl:
          `Het certificaat van ${host} wordt niet vertrouwd (${code}).${expired(code) ? ' Klopt de datum en tijd van deze computer?' : ''} Op een kantoornetwerk dat versleuteld verkeer inspecteert: ` +
          `vraag de beheerder om het basiscertificaat (root-CA) als PEM-bestand en wijs het aan met NODE_EXTRA_CA_CERTS=pad/naar/ca.pem ` +
          `(de opdrachtregel); VS Code gebruikt de certificaten van het systeem. Zet de certificaatcontrole niet uit.`,
        en:
          `The certificate of ${host} is not trusted (${code}).${expired(code) ? " Are this computer's date and time right?" : ''} On an office network that inspects encrypted traffic: ` +
          `ask the administrator for the root certificate (root CA) as a PEM file and point to it with NODE_EXTRA_CA_CERTS=path/to/ca.pem ` +
          `(the command line); VS Code uses the system's certificates. Do not turn certificate checking off.`,
      },
      byHand(nummer),
    ),
  timeout: (nummer: string, host: string, seconds?: number): Localized =>
    join(
      {
        nl: `${host} antwoordde ${seconds === undefined ? 'niet op tijd' : `${String(seconds).replace('.', ',')} seconden lang niet`}. Probeer het later opnieuw, of wacht langer (--timeout SECONDEN).`,
        en: `${host} did not answer ${seconds === undefined ? 'in time' : `for ${seconds} seconds`}. Try again later, or wait longer (--timeout SECONDS).`,
      },
      byHand(nummer),
    ),
  httpStatus: (nummer: string, status: number, detail?: string): Localized =>
    join(
      {
        nl: `De open data van de Tweede Kamer antwoordde met HTTP ${status}${detail ? ` (${detail})` : ''}.${status >= 500 ? ' Probeer het later opnieuw.' : ''}`,
        en: `The Tweede Kamer's open data answered HTTP ${status}${detail ? ` (${detail})` : ''}.${status >= 500 ? ' Try again later.' : ''}`,
      },
      byHand(nummer),
    ),
  badAnswer: (nummer: string, what: Localized): Localized =>
    join({ nl: `Onverwacht antwoord van de open data van de Tweede Kamer: ${what.nl}.`, en: `Unexpected answer from the Tweede Kamer's open data: ${what.en}.` }, byHand(nummer)),
  notJson: { nl: 'geen JSON', en: 'not JSON' } satisfies Localized,
  noValue: { nl: 'geen lijst ‘value’', en: 'no ‘value’ list' } satisfies Localized,
  several: (count: number): Localized => ({ nl: `${count} documenten met dit nummer`, en: `${count} documents with this number` }),
  badId: { nl: 'het document heeft geen geldig Id', en: 'the document has no valid Id' } satisfies Localized,
  otherNumber: (got: string): Localized => ({ nl: `een ander document (${got})`, en: `another document (${got})` }),
  wrongContent: (expected: DocumentType, got: DocumentType | undefined): Localized => ({
    nl: `er kwam ${got ? `een ${TYPE_LABEL[got]}-bestand` : 'iets onbekends'} in plaats van de aangekondigde ${TYPE_LABEL[expected]} (een aanmeldpagina van het netwerk?)`,
    en: `${got ? `a ${TYPE_LABEL[got]} file` : 'something unknown'} arrived instead of the announced ${TYPE_LABEL[expected]} (a login page of the network?)`,
  }),
  notFound: (nummer: string): Localized => ({
    nl: `Er is geen document ${nummer} in de open data van de Tweede Kamer. Controleer het nummer: het staat op het document en in de adresbalk op tweedekamer.nl (did=…).`,
    en: `There is no document ${nummer} in the Tweede Kamer's open data. Check the number: it is on the document and in the address bar on tweedekamer.nl (did=…).`,
  }),
  noFile: (nummer: string): Localized =>
    join({ nl: `Document ${nummer} staat in de open data, maar het bestand ontbreekt.`, en: `Document ${nummer} is in the open data, but its file is missing.` }, byHand(nummer)),
  unsupportedType: (nummer: string, soort: string, contentType: string): Localized => ({
    nl: `Document ${nummer} (${soort}) is een bestand van het type ${contentType || 'onbekend'}; alleen PDF, DOCX en HTML kunnen worden geïmporteerd. Haal het met de hand op (${manualDownloadUrl(nummer)}), sla het in Word op als .docx of pdf en importeer dat bestand.`,
    en: `Document ${nummer} (${soort}) is a file of type ${contentType || 'unknown'}; only PDF, DOCX and HTML can be imported. Download it by hand (${manualDownloadUrl(nummer)}), save it in Word as .docx or PDF and import that file.`,
  }),
  tooLarge: (nummer: string, size: number | undefined, limit: number): Localized => ({
    nl: `Document ${nummer} is ${size === undefined ? 'groter dan de grens' : `${formatBytes(size).nl}; de grens is`} ${formatBytes(limit).nl}. Een akkoord is een paar MB: controleer het nummer (het staat op het document en in de adresbalk op tweedekamer.nl, did=…).`,
    en: `Document ${nummer} is ${size === undefined ? 'larger than the limit of' : `${formatBytes(size).en}; the limit is`} ${formatBytes(limit).en}. An agreement is a few MB: check the number (it is on the document and in the address bar on tweedekamer.nl, did=…).`,
  }),
  cancelled: { nl: 'Het ophalen is afgebroken.', en: 'The fetch was cancelled.' } satisfies Localized,
  unknownSoort: { nl: 'soort onbekend', en: 'kind unknown' } satisfies Localized,
};

/** "2026D04554: Coalitieakkoord … — Brief regering, 2026-01-30 (PDF, 1,2 MB)": what is about to be downloaded. */
export function describeDocument(m: { documentNummer: string; titel: string; onderwerp?: string; soort: string; datum?: string; type: DocumentType; contentLength?: number }): Localized {
  const title = m.onderwerp || m.titel;
  const when = m.datum ? `, ${m.datum}` : '';
  const size = (taal: keyof Localized) => (m.contentLength !== undefined ? `, ${formatBytes(m.contentLength)[taal]}` : '');
  return {
    nl: `${m.documentNummer}: ${title} — ${m.soort || OPENDATA_TEXT.unknownSoort.nl}${when} (${TYPE_LABEL[m.type]}${size('nl')})`,
    en: `${m.documentNummer}: ${title} — ${m.soort || OPENDATA_TEXT.unknownSoort.en}${when} (${TYPE_LABEL[m.type]}${size('en')})`,
  };
}
