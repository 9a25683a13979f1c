import { getOpenDataJson, OPENDATA_URL, OpenDataError, type OpenDataRequestOptions } from './opendata';
import { OPENDATA_TEXT } from './opendataText';

/*
 * The Kamer's register of toezeggingen (promises a minister or state secretary made to the Kamer in a debate), from
 * the open data: the second explicit, opt-in online step. Pure and shared like `opendata.ts`: the editor runs it with
 * VS Code's `fetch`, the command line with undici's; both inject it.
 *
 * Not to be confused with a *commitment of an agreement*, which the code calls a toezegging too (`Commitment`, the
 * request `akkoordwijzer/toezeggingen`): a record here is a `KamerToezegging`.
 *
 * The format, as documented and as existing clients read it (read for this code; responses in the tests are
 * constructed from it, see test/fixtures/toezeggingen/README.md):
 * - opendata.tweedekamer.nl/documentatie/odata-api: the service root, `$filter`, `$expand`, `$top`/`$skip`, and paging
 *   by `@odata.nextLink` (the server caps a page at 250 entities).
 * - The Toezegging attributes as the open data's SyncFeed and OData give them and clients read them: berthubert/tkconv
 *   (`ns1:tekst`, `naam`, `nummer`, `kamerbriefNakoming`, `ministerie`, `status`, `aanmaakdatum`, `datumNakoming`,
 *   `activiteit` as a reference, `toegezegdAanFractie`; a deleted record is `verwijderd="true"`), and OData clients
 *   that select `Id, Nummer, Tekst, Naam, Functie, Ministerie, Status, DatumNakoming, Aanmaakdatum, ActiviteitNummer,
 *   GewijzigdOp, Verwijderd` with `Verwijderd eq false`; `DatumNakoming` `0001-01-01T00:00:00Z` when no date was set;
 *   statuses such as Openstaand, Voldaan, Afgedaan.
 * - The activity (openkamer/tkapi `tkapi/activiteit.py`, and clients selecting `Nummer, Soort, Onderwerp, Datum,
 *   Voortouwnaam, Voortouwafkorting, Voortouwkortenaam`): the committee in the lead is the activity's "voortouw"; its
 *   page on tweedekamer.nl is `debat_en_vergadering/commissievergaderingen/details?id=<Nummer>`, or for a plenary one
 *   `debat_en_vergadering/plenaire_vergaderingen/details/activiteit?id=<Nummer>`.
 */

/** The activity (debate, committee meeting) a toezegging was made in, as far as the open data says. */
export interface KamerActiviteit {
  id?: string;
  nummer?: string;
  soort?: string;
  onderwerp?: string;
  /** `YYYY-MM-DD`. */
  datum?: string;
  voortouwnaam?: string;
  voortouwafkorting?: string;
  voortouwkortenaam?: string;
}

/** One record of the register, read tolerantly: what is missing or odd is left out, never guessed. */
export interface KamerToezeggingRecord {
  /** The GUID: what a refresh matches on. */
  id: string;
  /** `TZ202603-130`: what a person and a citation key use. */
  nummer: string;
  tekst: string;
  status?: string;
  /** `YYYY-MM-DD`; absent for `0001-01-01` (none set) and for anything unreadable. */
  datumNakoming?: string;
  /** `YYYY-MM-DD`. */
  aanmaakdatum?: string;
  /** The moment as the open data gives it (ISO 8601), for the next refresh. */
  gewijzigdOp?: string;
  verwijderd: boolean;
  /** The minister's or state secretary's name, as the register writes it (`Herbert, H.G.`). */
  naam?: string;
  functie?: string;
  /** The ministry's name as the register gives it. */
  ministerie?: string;
  /** The letter that kept the promise, when the register names one. */
  kamerbriefNakoming?: string;
  activiteit?: KamerActiviteit;
}

/** What a fetch asks for. `sinds` and `gewijzigdSinds` are sent; ministry and committee are applied here. */
export interface KamerToezeggingFilters {
  /** Made on or after this day (`YYYY-MM-DD`), on `Aanmaakdatum`. */
  sinds?: string;
  /** A refresh: only what changed after this moment (ISO 8601), on `GewijzigdOp`, deleted records included. */
  gewijzigdSinds?: string;
}

export interface FetchKamerToezeggingenOptions extends OpenDataRequestOptions {
  baseUrl?: string;
  /** Entities per page when the server gives no `@odata.nextLink` (the open data's maximum is 250). */
  pageSize?: number;
  /** The most pages read: a guard against a server that keeps linking. */
  maxPages?: number;
  /** After every page: how many records have arrived so far. */
  onPage?(records: number, page: number): void;
}

export interface KamerToezeggingenAnswer {
  /** The live records, in the order the server gave them. */
  records: KamerToezeggingRecord[];
  /** GUIDs of records the server says are deleted (only a refresh asks for those). */
  deleted: string[];
  /** Entries that were no toezegging (no Id or no Nummer): left out. */
  skipped: number;
  pages: number;
}

const ACTIVITEIT_FIELDS = 'Id,Nummer,Soort,Onderwerp,Datum,Voortouwnaam,Voortouwafkorting,Voortouwkortenaam';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first page's query: filters on the server, the activity expanded, a stable order for `$skip` paging. */
export function kamerToezeggingenUrl(baseUrl: string, filters: KamerToezeggingFilters, pageSize: number): string {
  const conditions: string[] = [];
  // A refresh needs the deletions too: they are what tells it to drop a record it holds.
  if (!filters.gewijzigdSinds) conditions.push('Verwijderd eq false');
  if (filters.sinds && DATE.test(filters.sinds)) conditions.push(`Aanmaakdatum ge ${filters.sinds}T00:00:00Z`);
  if (filters.gewijzigdSinds) conditions.push(`GewijzigdOp gt ${filters.gewijzigdSinds}`);
  const query = [
    `$filter=${encodeURIComponent(conditions.join(' and '))}`,
    `$expand=${encodeURIComponent(`Activiteit($select=${ACTIVITEIT_FIELDS})`)}`,
    `$orderby=${encodeURIComponent('Aanmaakdatum,Id')}`,
    `$top=${pageSize}`,
  ];
  return `${baseUrl.replace(/\/+$/, '')}/Toezegging?${query.join('&')}`;
}

/**
 * Every record the filters ask for, page after page: `@odata.nextLink` when the server gives one (only on the same
 * server), otherwise `$skip` until a page comes back short. Throws an `OpenDataError` on any failure.
 */
export async function fetchKamerToezeggingen(filters: KamerToezeggingFilters, options: FetchKamerToezeggingenOptions): Promise<KamerToezeggingenAnswer> {
  const baseUrl = options.baseUrl ?? OPENDATA_URL;
  const pageSize = options.pageSize ?? 250;
  const maxPages = options.maxPages ?? 400;
  const answer: KamerToezeggingenAnswer = { records: [], deleted: [], skipped: 0, pages: 0 };
  const first = kamerToezeggingenUrl(baseUrl, filters, pageSize);
  let url: string | undefined = first;
  while (url !== undefined && answer.pages < maxPages) {
    const page = await getOpenDataJson(url, options);
    const value = (page as { value?: unknown } | null)?.value;
    if (!Array.isArray(value)) throw new OpenDataError('http', OPENDATA_TEXT.badAnswer('', OPENDATA_TEXT.noValue), 'value');
    answer.pages += 1;
    for (const raw of value) addRecord(answer, raw);
    options.onPage?.(answer.records.length, answer.pages);
    url = nextPage(page, first, baseUrl, answer.pages, pageSize, value.length);
  }
  return answer;
}

function addRecord(answer: KamerToezeggingenAnswer, raw: unknown): void {
  const record = parseKamerToezegging(raw);
  if (!record) answer.skipped += 1;
  else if (record.verwijderd) answer.deleted.push(record.id);
  else answer.records.push(record);
}

/** The next page's address, or undefined when this one was the last. */
function nextPage(page: unknown, first: string, baseUrl: string, pages: number, pageSize: number, got: number): string | undefined {
  const link = (page as Record<string, unknown>)['@odata.nextLink'];
  if (typeof link === 'string' && link) {
    const resolved = new URL(link, first);
    // A link to another server is not followed: the user asked for this one only.
    return resolved.origin === new URL(baseUrl).origin ? resolved.toString() : undefined;
  }
  return got >= pageSize ? `${first}&$skip=${pages * pageSize}` : undefined;
}

const str = (o: Record<string, unknown>, key: string): string | undefined => {
  const v = o[key];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
};

/** `YYYY-MM-DD` of an OData date or date-time; undefined for `0001-01-01` (the register's "none") and junk. */
export function odataDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!day || day[1] === '0001' || Number(day[1]) < 1800) return undefined;
  return `${day[1]}-${day[2]}-${day[3]}`;
}

/** One entity of the answer as a record; undefined when it has no Id or no Nummer. Unknown fields are ignored. */
export function parseKamerToezegging(raw: unknown): KamerToezeggingRecord | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const o = raw as Record<string, unknown>;
  const id = str(o, 'Id');
  const nummer = str(o, 'Nummer');
  if (!id || !nummer) return undefined;
  const optional = {
    status: str(o, 'Status'),
    datumNakoming: odataDay(o['DatumNakoming']),
    aanmaakdatum: odataDay(o['Aanmaakdatum']),
    gewijzigdOp: str(o, 'GewijzigdOp'),
    naam: str(o, 'Naam') ?? personName(o),
    functie: str(o, 'Functie'),
    ministerie: str(o, 'Ministerie'),
    kamerbriefNakoming: str(o, 'KamerbriefNakoming'),
    activiteit: parseActiviteit(o['Activiteit'], str(o, 'ActiviteitNummer')),
  };
  const record: KamerToezeggingRecord = { id, nummer, tekst: (str(o, 'Tekst') ?? '').replace(/\s+/g, ' '), verwijderd: o['Verwijderd'] === true || o['Verwijderd'] === 'true' };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (record as unknown as Record<string, unknown>)[key] = value;
  return record;
}

/** `Achternaam, Initialen` when the register gives the parts but no `Naam`. */
function personName(o: Record<string, unknown>): string | undefined {
  const achternaam = str(o, 'Achternaam');
  if (!achternaam) return undefined;
  const voor = [str(o, 'Tussenvoegsel'), achternaam].filter(Boolean).join(' ');
  return str(o, 'Initialen') ? `${voor}, ${str(o, 'Initialen')}` : voor;
}

function parseActiviteit(raw: unknown, nummer: string | undefined): KamerActiviteit | undefined {
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const fields: KamerActiviteit = {
    id: str(o, 'Id'),
    nummer: str(o, 'Nummer') ?? nummer,
    soort: str(o, 'Soort'),
    onderwerp: str(o, 'Onderwerp'),
    datum: odataDay(o['Datum']),
    voortouwnaam: str(o, 'Voortouwnaam'),
    voortouwafkorting: str(o, 'Voortouwafkorting'),
    voortouwkortenaam: str(o, 'Voortouwkortenaam'),
  };
  const present = Object.entries(fields).filter(([, v]) => v !== undefined);
  return present.length > 0 ? (Object.fromEntries(present) as KamerActiviteit) : undefined;
}

const PLENARY = /plenair|stemmingen|vragenuur|hamerstukken|regeling van werkzaamheden|interpellatie/i;

/** The activity's page on tweedekamer.nl, when its number is known. */
export function activiteitUrl(activiteit: KamerActiviteit | undefined): string | undefined {
  if (!activiteit?.nummer) return undefined;
  const id = encodeURIComponent(activiteit.nummer);
  return PLENARY.test(activiteit.soort ?? '')
    ? `https://www.tweedekamer.nl/debat_en_vergadering/plenaire_vergaderingen/details/activiteit?id=${id}`
    : `https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=${id}`;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether the record's activity was led by committee `commissie`: its abbreviation (`BiZa`), short name or a part of
 * its name, case and accents ignored. A record whose activity is unknown does not match.
 */
export function ledByCommissie(record: KamerToezeggingRecord, commissie: string): boolean {
  const asked = fold(commissie);
  if (!asked) return true;
  const a = record.activiteit;
  if (!a) return false;
  if ([a.voortouwafkorting, a.voortouwkortenaam].some((v) => v !== undefined && fold(v) === asked)) return true;
  return [a.voortouwnaam, a.voortouwkortenaam].some((v) => v !== undefined && fold(v).includes(asked));
}

/** What a person asked a fetch for: the ministry, committee and first day, without the ones not given. */
export interface RegisterFilters {
  ministerie?: string;
  commissie?: string;
  sinds?: string;
}

/** The filters given (non-empty) of `input`, and nothing else: the CLI and the editor pass on the same. */
export function givenFilters(input: { ministerie?: string | undefined; commissie?: string | undefined; sinds?: string | undefined }): RegisterFilters {
  const out: RegisterFilters = {};
  for (const key of ['ministerie', 'commissie', 'sinds'] as const) {
    const value = input[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}
