/**
 * The Kamer's register of toezeggingen as a corpus file (`kind: toezeggingen`): each promise a commitment whose id is
 * its register number (`TZ202603-130` → `tz202603-130`, so a key never changes when the register does), its text
 * verbatim, its deadline, its ministry as a code with the register's own name kept, and what the register says
 * beside (status, minister, debate) under `register`. A refresh merges what changed into the file by the same ids.
 */

import { MINISTRIES, type Commitment, type KamerToezeggingInfo } from './types';
import { emitCorpus, type CommitmentOut, type CorpusOut } from './write';
import { MINISTRY_TABLE, ministryNames } from './ministries';
import { own } from '../text/own';

/** One promise as the fetch hands it over: its text and deadline, and the register's facts. */
export interface KamerToezeggingEntry {
  text: string;
  /** `YYYY-MM-DD`; absent when the register set none. */
  deadline?: string;
  register: KamerToezeggingInfo;
}

/** The register's statuses that mean the promise was kept or closed (folded to lower case). */
const DONE_STATUSES = new Set(['voldaan', 'afgedaan', 'nagekomen']);

/** Whether a register status says the promise was kept or closed: Voldaan, Afgedaan. */
export function isKamerToezeggingDone(status: string | undefined): boolean {
  return status !== undefined && DONE_STATUSES.has(status.trim().toLowerCase());
}

/** The register's statuses in English; one the register adds later is shown as written. */
const STATUS_EN: Readonly<Record<string, string>> = { openstaand: 'open', voldaan: 'fulfilled', afgedaan: 'closed', nagekomen: 'kept' };

/** A register status for a message, in lower case: as the register says it in Dutch, translated in English. */
export function kamerToezeggingStatus(status: string): { nl: string; en: string } {
  const folded = status.trim().toLowerCase();
  return { nl: folded, en: own(STATUS_EN, folded) ?? folded };
}

/**
 * Whether a promise is open and its deadline (`YYYY-MM-DD`) lies before `today`. A promise whose status the register
 * does not give is not called overdue: it may have been kept.
 */
export function isKamerToezeggingOverdue(c: Pick<Commitment, 'deadline' | 'register'>, today: string): boolean {
  if (!c.register?.status || isKamerToezeggingDone(c.register.status) || !c.deadline || !/^\d{4}-\d{2}-\d{2}$/.test(c.deadline)) return false;
  return c.deadline < today;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\b(het |de )?ministerie (van|voor) /, '')
    .replace(/\b(minister|staatssecretaris) (van|voor) /, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Every name of a ministry, folded, with its code: the label, the names over the cabinets (the register keeps a
 * renamed ministry's old name: "Economische Zaken en Klimaat", "Infrastructuur en Milieu"), the portfolios and the
 * register's own spellings (`MINISTRY_TABLE`), and the code itself.
 */
const BY_NAME: ReadonlyMap<string, string> = new Map([
  ...MINISTRY_TABLE.map((m) => [fold(m.label.nl.replace(/\(.*\)/, '')), m.code] as const),
  ...MINISTRY_TABLE.flatMap((m) => [...ministryNames(m), ...(m.leads ?? []), ...(m.aliases ?? [])].map((name) => [fold(name), m.code] as const)),
  ...MINISTRY_TABLE.map((m) => [m.code.toLowerCase(), m.code] as const),
]);

/**
 * The corpus's ministry code for a name as the register writes it (`Ministerie van Economische Zaken en Klimaat`,
 * `Binnenlandse Zaken en Koninkrijksrelaties`, `BZK`), renamed ministries included; undefined when not known.
 */
export function ministryCode(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const exact = Object.keys(MINISTRIES).find((code) => code === name.trim());
  return exact ?? BY_NAME.get(fold(name));
}

/** `TZ202603-130` → `tz202603-130`; undefined when nothing of it is left. */
export function kamerToezeggingId(number: string): string | undefined {
  const id = number
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || undefined;
}

/** One entry as a commitment of the file; undefined when its number gives no id. */
function toCommitmentOut(entry: KamerToezeggingEntry): CommitmentOut | undefined {
  const id = kamerToezeggingId(entry.register.number);
  if (!id) return undefined;
  const code = ministryCode(entry.register.ministryName) ?? ministryCode(entry.register.role);
  return {
    id,
    text: entry.text || entry.register.number,
    tags: [],
    ministry: code ? [code] : [],
    // The minister said "I will": a decision, in the terms of firmness; whether it was kept is the status.
    firmness: 'besluit',
    ...(entry.deadline ? { deadline: entry.deadline } : {}),
    register: entry.register,
  };
}

/** A loaded commitment back in the shape the writer takes. */
function fromLoaded(c: Commitment): CommitmentOut {
  const { key: _key, corpusId: _corpus, span: _span, line: _line, character: _character, source: _source, fragments, seeAlso: _seeAlso, ...rest } = c;
  return { ...rest, fragments, firmness: c.firmness ?? 'besluit' };
}

export interface KamerToezeggingenFile {
  id: string;
  title: string;
  /** The day of the fetch (`YYYY-MM-DD`). */
  date: string;
  /** The service it came from. */
  url: string;
  /** What was asked, for the file's provenance (`ministerie BZK, sinds 2025-01-01`). */
  asked?: string;
}

/**
 * The corpus file's text. With `previous` (the commitments of the file being refreshed) the entries are merged into
 * it: a changed promise replaces the one with the same id, a new one is added, `deleted` GUIDs are dropped.
 */
export function kamerToezeggingenCorpusText(
  entries: readonly KamerToezeggingEntry[],
  file: KamerToezeggingenFile,
  previous?: { commitments: readonly Commitment[]; deleted: readonly string[] },
): { text: string; count: number; added: number; changed: number; removed: number } {
  const byId = new Map<string, CommitmentOut>();
  for (const c of previous?.commitments ?? []) byId.set(c.id, fromLoaded(c));
  const before = byId.size;
  const gone = new Set(previous?.deleted ?? []);
  let removed = 0;
  for (const [id, c] of byId) if (c.register?.guid && gone.has(c.register.guid) && byId.delete(id)) removed += 1;
  let changed = 0;
  for (const entry of entries) {
    const c = toCommitmentOut(entry);
    if (!c) continue;
    const before = byId.get(c.id);
    if (before) changed += 1;
    // An answer without the activity (not expanded, or the server left it out) does not forget the debate.
    if (before?.register?.debate && c.register && !c.register.debate) c.register = { ...c.register, debate: before.register.debate };
    byId.set(c.id, c);
  }
  const commitments = [...byId.values()].sort((a, b) => (a.register?.made ?? '').localeCompare(b.register?.made ?? '') || a.id.localeCompare(b.id));
  const corpus: CorpusOut = {
    format: 1,
    id: file.id,
    title: file.title,
    kind: 'toezeggingen',
    parties: [],
    date: file.date,
    published: 'Tweede Kamer, open data (Toezegging)',
    url: file.url,
    complete: false,
    language: 'nl',
    source: { verified: 'original', document: `Tweede Kamer open data, entiteit Toezegging, opgehaald ${file.date}${file.asked ? ` (${file.asked})` : ''}` },
    commitments,
    passages: [],
  };
  const header = ['Toezeggingen uit het register van de Tweede Kamer, opgehaald met `akkoordwijzer toezeggingen fetch`.', 'Opnieuw ophalen met hetzelfde bestand als --out ververst het; bewerk het niet met de hand.'];
  return { text: emitCorpus(corpus, header), count: commitments.length, added: commitments.length - before + removed, changed, removed };
}
