import { existsSync } from 'node:fs';
import { isSlug, kamerToezeggingenCorpusText, loadCorpus, MINISTRIES, ministryCode, type Commitment, type KamerToezeggingEntry, type Localized } from '../core/service';
import { activiteitUrl, givenFilters, ledByCommissie, type KamerToezeggingRecord } from '../shared/kamerToezeggingen';
import { failureReason, readText, writeWhole } from './files';

/*
 * The node side of "toezeggingen fetch" that both adapters share: what the open data gave (`shared/kamerToezeggingen`)
 * as entries of the core's corpus file, the filters applied here (ministry and committee never leave the machine),
 * and the file read for a refresh and written whole or not at all.
 */

/** The filters applied to the records after fetching. */
export interface LocalFilters {
  /** A ministry code (`BZK`) or name; compared by code when both map to one, else by name. */
  ministerie?: string;
  /** A committee's abbreviation or (part of its) name, through the activity the promise was made in. */
  commissie?: string;
}

/** Whether `record` passes the local filters. */
export function passesLocalFilters(record: KamerToezeggingRecord, filters: LocalFilters): boolean {
  if (filters.commissie && !ledByCommissie(record, filters.commissie)) return false;
  if (!filters.ministerie) return true;
  const asked = ministryCode(filters.ministerie);
  const has = ministryCode(record.ministerie) ?? ministryCode(record.functie);
  if (asked && has) return asked === has;
  const name = filters.ministerie.trim().toLowerCase();
  return (record.ministerie ?? '').toLowerCase().includes(name);
}

/**
 * The corpus id of a new register on the command line: `toezeggingen`, or for one ministry's `toezeggingen-bzk` (by its
 * code, else by the words asked): two fetches for two ministries into one folder both were `toezeggingen`, and one was
 * skipped. (The editor's fetch refreshes one file, `toezeggingen.akkoord.yaml`, whatever ministry it asks for.)
 */
export function registerId(ministerie: string | undefined): string {
  const asked = ministerie?.trim();
  if (!asked) return 'toezeggingen';
  const part = (ministryCode(asked) ?? asked)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const id = `toezeggingen-${part}`;
  return part && isSlug(id) ? id : 'toezeggingen';
}

/**
 * The ministry codes in use, when `ministerie` is neither a code nor a name the table knows and no promise of the
 * register was found for it (`--ministerie XYZ`: an empty file, without a word why); undefined otherwise.
 */
export function unknownMinistry(ministerie: string | undefined, found: number): string[] | undefined {
  if (!ministerie?.trim() || found > 0 || ministryCode(ministerie) !== undefined) return undefined;
  return Object.entries(MINISTRIES)
    .filter(([, m]) => !m.historical)
    .map(([code]) => code);
}

/** A record of the open data as an entry of the corpus file. */
export function entryOf(record: KamerToezeggingRecord): KamerToezeggingEntry {
  const a = record.activiteit;
  const debateFields = {
    number: a?.nummer,
    type: a?.soort,
    title: a?.onderwerp,
    date: a?.datum,
    committee: a?.voortouwnaam,
    committeeCode: a?.voortouwafkorting,
    url: activiteitUrl(a),
  };
  const debate = definedOnly(debateFields);
  const register = definedOnly({
    number: record.nummer,
    guid: record.id,
    status: record.status,
    minister: record.naam,
    role: record.functie,
    ministryName: record.ministerie,
    made: record.aanmaakdatum,
    changed: record.gewijzigdOp,
    fulfilledBy: record.kamerbriefNakoming,
    debate: Object.keys(debate).length > 0 ? debate : undefined,
  }) as KamerToezeggingEntry['register'];
  return { text: record.tekst, ...(record.datumNakoming ? { deadline: record.datumNakoming } : {}), register };
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The file being refreshed: its commitments and the moment of its latest change; undefined when it is no such file. */
export interface ExistingRegister {
  id: string;
  commitments: Commitment[];
  /** The latest `changed` of its entries: a refresh asks for what changed after it. */
  changedSince?: string;
}

/**
 * The corpus file at `file`, when it exists and is a register of toezeggingen (`kind: toezeggingen`, its promises from
 * the register: an empty fetch holds none); a problem when it exists and is something else (a refresh never overwrites
 * another corpus). A list of toezeggingen written by hand or imported from a document is no register: a refresh would
 * replace its title, source and passages with the register's.
 */
export function readExistingRegister(file: string): { existing?: ExistingRegister; problem?: Localized } {
  if (!existsSync(file)) return {};
  const read = readText(file);
  if (read.problem) return { problem: { nl: read.problem.message, en: read.problem.messageEn ?? read.problem.message } };
  const { corpus } = loadCorpus(read.text, file);
  if (!corpus || corpus.kind !== 'toezeggingen') {
    return { problem: { nl: `${file} bestaat al en is geen register van toezeggingen; kies een ander bestand (--out).`, en: `${file} already exists and is no register of toezeggingen; choose another file (--out).` } };
  }
  if (corpus.commitments.length > 0 && !corpus.commitments.some((c) => c.register)) {
    return {
      problem: {
        nl: `${file} is een eigen lijst toezeggingen, geen register van de Tweede Kamer (verversen zou de titel, de bron en de passages ervan vervangen); kies een ander bestand (--out).`,
        en: `${file} is a list of toezeggingen of its own, not the Tweede Kamer's register (a refresh would replace its title, source and passages); choose another file (--out).`,
      },
    };
  }
  // By the moment, not the text: the register writes offsets (+01:00, +02:00, Z) as it pleases.
  const changes = corpus.commitments.map((c) => c.register?.changed).filter((c): c is string => c !== undefined && /^\d{4}-\d{2}-\d{2}T/.test(c) && !Number.isNaN(Date.parse(c)));
  const latest = changes.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
  return { existing: { id: corpus.id, commitments: corpus.commitments, ...(latest ? { changedSince: latest } : {}) } };
}

/** Build the corpus text of a fetch (or merge a refresh into `existing`). */
export function registerText(
  records: readonly KamerToezeggingRecord[],
  deleted: readonly string[],
  options: { id: string; date: string; url: string; asked?: string; existing?: ExistingRegister; filters: LocalFilters },
): ReturnType<typeof kamerToezeggingenCorpusText> {
  // A promise the file already holds is updated whatever the filters say: a refresh never leaves it stale.
  const held = new Set((options.existing?.commitments ?? []).map((c) => c.register?.guid));
  const kept = records.filter((r) => held.has(r.id) || passesLocalFilters(r, options.filters));
  const file = { id: options.existing?.id ?? options.id, title: 'Toezeggingen aan de Tweede Kamer', date: options.date, url: options.url, ...(options.asked ? { asked: options.asked } : {}) };
  return kamerToezeggingenCorpusText(kept.map(entryOf), file, options.existing ? { commitments: options.existing.commitments, deleted } : undefined);
}

/** What a fetch asked for, as both adapters pass it on. */
export interface RegisterRequest extends LocalFilters {
  sinds?: string;
  /** The service the records came from. */
  url: string;
  /** The corpus id of a new file (default `toezeggingen`; the CLI gives one ministry's `registerId`). */
  id?: string;
}

/**
 * The fetched records written to `file` (merged into it when it is a register already): the counts, or why writing
 * failed (in words).
 */
export function writeRegister(
  file: string,
  answer: { records: readonly KamerToezeggingRecord[]; deleted: readonly string[] },
  request: RegisterRequest,
  existing: ExistingRegister | undefined,
): { built: ReturnType<typeof registerText>; failed?: Localized } {
  const asked = Object.entries(givenFilters(request))
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');
  const built = registerText(answer.records, answer.deleted, {
    id: request.id ?? 'toezeggingen',
    date: new Date().toISOString().slice(0, 10),
    url: request.url,
    ...(asked ? { asked } : {}),
    ...(existing ? { existing } : {}),
    filters: request,
  });
  const unwritten = writeWhole({ file, data: built.text });
  const failed = unwritten && failureReason(unwritten);
  return failed ? { built, failed } : { built };
}
