/**
 * Stable ids (citation keys must not move under a citing motion), kept with two text files the build writes and
 * reads back:
 *
 * - the id lock: each commitment's id with a key of its text (SHA-1 of its comparison form, plus an occurrence
 *   number). A commitment whose text did not change keeps its id, whatever the rules.
 * - When units change (sentences glued together), a new unit inherits the id of the first earlier commitment whose
 *   whole text it contains (found by the keys of its runs of consecutive sentences), unless that id is retired
 *   (`retiredIds` of the rules). Every other earlier id it contains is renamed to the new unit's id.
 * - the renamed list (only grows): old id → new id for every commitment that continues as (part of) another
 *   commitment, so citations of old keys can be migrated. Its old ids, the retired ids and the ids that
 *   disappeared are never given to another unit.
 */

import { deriveIds } from './ids';
import type { IdSource } from './ids';
import { comparisonForm } from './match';
import { ProblemList } from './problems';
import type { BuildProblem } from './problems';
import type { IdRules } from './rules';
import { sha1Hex } from './sha1';

function hashOf(text: string): string {
  return sha1Hex(comparisonForm(text)).slice(0, 16);
}

/** The lock key of a text: its hash, `#n` for its n-th occurrence (counted in `seen`). */
export function unitKey(text: string, seen: Map<string, number>): string {
  const h = hashOf(text);
  const n = (seen.get(h) ?? 0) + 1;
  seen.set(h, n);
  return n === 1 ? h : `${h}#${n}`;
}

/** The lock's entries, key → id; a malformed line is a problem. */
export function readIdLock(text: string | undefined, file: string, problems = new ProblemList()): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of (text ?? '').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [id, key] = line.split('\t');
    if (!id || !key) problems.add('lock-bad-line', file, `ongeldige regel "${line}".`, `invalid line "${line}".`);
    else m.set(key, id);
  }
  return m;
}

/** The renamed list, old id → new id; a malformed or repeated line is a problem. */
export function readRenamed(text: string | undefined, file: string, problems = new ProblemList()): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of (text ?? '').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [from, to, extra] = line.split('\t');
    if (!from || !to || extra !== undefined) {
      problems.add('renamed-bad-line', file, `ongeldige regel "${line}" (verwacht: oude id<TAB>nieuwe id).`, `invalid line "${line}" (expected: old id<TAB>new id).`);
    } else if (m.has(from)) {
      problems.add('renamed-twice', file, `"${from}" staat er twee keer in.`, `"${from}" occurs twice.`);
    } else m.set(from, to);
  }
  return m;
}

export interface IdUnit extends IdSource {
  /** The unit's sentences, in order (their runs are looked up in the lock). */
  sentences: string[];
  /** An id pinned by hand, if any. */
  pinned?: string;
}

/** The two files as the previous build wrote them (absent on a first build). */
export interface IdLockIn {
  lock?: string;
  renamed?: string;
}

export interface IdLockOptions {
  /** File names, for problems. */
  lockFile: string;
  renamedFile: string;
  /** Who pins ids by hand (the overrides file), for problems. */
  pinnedBy: string;
  /** Comment lines (without `# `) that head the written files. */
  lockHeader: readonly string[];
  renamedHeader: readonly string[];
  /** Ids given elsewhere in the same file (e.g. carried over from an earlier corpus): never given to a unit. */
  reserved?: ReadonlySet<string>;
}

export interface IdResult {
  ids: string[];
  /** The new text of the id lock. */
  idLock: string;
  /** The new text of the renamed list. */
  renamedFile: string;
  /** Ids of this build's lock that are now (part of) another commitment, old → new. */
  renamedNow: Map<string, string>;
  /** Ids kept from the lock although their text changed (the unit grew). */
  inherited: number;
  fromLock: number;
  fresh: number;
  /** Lock ids that are no commitment any more (their text is context now). */
  dropped: string[];
  problems: BuildProblem[];
}

/** Runs of consecutive sentences, the whole unit first, then by start, longest first. */
function runs(n: number): [number, number][] {
  const out: [number, number][] = [[0, n]];
  for (let a = 0; a < n; a++) for (let b = n; b > a; b--) if (a !== 0 || b !== n) out.push([a, b]);
  return out;
}

/** Lock entries by text hash, each hash's occurrences in order. */
function byHash(lock: Map<string, string>): Map<string, { key: string; id: string }[]> {
  const out = new Map<string, { key: string; id: string }[]>();
  for (const [key, id] of lock) {
    const h = key.split('#')[0]!;
    const l = out.get(h) ?? [];
    l.push({ key, id });
    out.set(h, l);
  }
  for (const l of out.values()) l.sort((a, b) => Number(a.key.split('#')[1] ?? 1) - Number(b.key.split('#')[1] ?? 1));
  return out;
}

/** The earlier commitments each unit contains, in order, and which of them is the whole unit. */
function containedIds(units: readonly IdUnit[], lock: Map<string, string>): { contained: string[][]; whole: (string | undefined)[] } {
  const entries = byHash(lock);
  const claimed = new Set<string>();
  const whole: (string | undefined)[] = [];
  const contained = units.map((u, i) => {
    const found: string[] = [];
    for (const [a, b] of runs(u.sentences.length)) {
      const c = (entries.get(hashOf(u.sentences.slice(a, b).join(' '))) ?? []).find((x) => !claimed.has(x.key));
      if (!c) continue;
      claimed.add(c.key);
      found.push(c.id);
      if (a === 0 && b === u.sentences.length) whole[i] = c.id;
    }
    return found;
  });
  return { contained, whole };
}

/** The renamed list after this build: earlier renames followed to the newest id, plus this build's renames. */
function mergeRenames(before: Map<string, string>, now: Map<string, string>, ids: readonly string[], file: string, problems: ProblemList): Map<string, string> {
  const current = new Set(ids);
  const merged = new Map<string, string>();
  for (const [from, to] of before) {
    const target = now.get(to) ?? to;
    if (current.has(target)) merged.set(from, target);
  }
  for (const [from, to] of now) if (!current.has(from)) merged.set(from, to);
  for (const from of merged.keys()) {
    if (current.has(from)) problems.add('renamed-is-id', file, `"${from}" is hernoemd maar is weer een id.`, `"${from}" was renamed but is an id again.`);
  }
  return merged;
}

/**
 * Ids for the commitments, in order: pinned ids first, then ids kept from the lock (also by a unit that grew
 * around an earlier commitment), then fresh ids (`deriveIds`). Returns the new lock and renamed list to write.
 */
export function makeIds(units: readonly IdUnit[], rules: IdRules, previous: IdLockIn, options: IdLockOptions): IdResult {
  const problems = new ProblemList();
  const lock = readIdLock(previous.lock, options.lockFile, problems);
  const renamedBefore = readRenamed(previous.renamed, options.renamedFile, problems);
  const retired = rules.retiredIds;

  const taken = new Set<string>();
  for (const u of units) {
    if (!u.pinned) continue;
    const p = u.pinned;
    if (taken.has(p)) problems.add('id-twice', options.pinnedBy, `id "${p}" komt twee keer voor.`, `id "${p}" occurs twice.`);
    if (retired.has(p)) problems.add('id-retired', options.pinnedBy, `id "${p}" is ingetrokken (rules.yaml retiredIds).`, `id "${p}" is retired (rules.yaml retiredIds).`);
    if (renamedBefore.has(p)) problems.add('id-renamed', options.pinnedBy, `id "${p}" is al hernoemd naar "${renamedBefore.get(p)}" (${options.renamedFile}).`, `id "${p}" was already renamed to "${renamedBefore.get(p)}" (${options.renamedFile}).`);
    taken.add(p);
  }

  const { contained, whole } = containedIds(units, lock);
  const fixed: (string | undefined)[] = units.map((u) => u.pinned);
  let inherited = 0;
  let fromLock = 0;
  units.forEach((_, i) => {
    if (fixed[i]) return;
    const id = contained[i]!.find((x) => !retired.has(x) && !taken.has(x) && !renamedBefore.has(x) && !options.reserved?.has(x));
    if (!id) return;
    fixed[i] = id;
    taken.add(id);
    if (whole[i] === id) fromLock++;
    else inherited++;
  });

  const stillThere = new Set(contained.flat());
  const dropped = [...new Set(lock.values())].filter((id) => !stillThere.has(id));
  const ids = deriveIds(units, rules, fixed, new Set([...retired.keys(), ...renamedBefore.keys(), ...dropped, ...(options.reserved ?? [])]));

  // Renames: every earlier id a unit contains that is not its id now.
  const renamedNow = new Map<string, string>();
  units.forEach((_, i) => {
    for (const old of contained[i]!) if (old !== ids[i]) renamedNow.set(old, ids[i]!);
  });
  const merged = mergeRenames(renamedBefore, renamedNow, ids, options.renamedFile, problems);

  const seen = new Map<string, number>();
  const keys = units.map((u) => unitKey(u.text, seen));
  const idLock = [...options.lockHeader.map((l) => `# ${l}`), ...units.map((u, k) => `${ids[k]}\t${keys[k]}\t${u.text.slice(0, 60).replace(/\s+/g, ' ')}`)].join('\n') + '\n';
  const renamedFile = [...options.renamedHeader.map((l) => `# ${l}`), ...[...merged.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([from, to]) => `${from}\t${to}`)].join('\n') + '\n';
  const fresh = units.length - fromLock - inherited - units.filter((u) => u.pinned).length;
  return { ids, idLock, renamedFile, renamedNow, inherited, fromLock, fresh, dropped, problems: problems.problems };
}

/**
 * The renamed table a corpus file carries (`renamed:`): each old id followed to its newest id, kept only where that
 * id is a commitment of the file (a fix must never point at a key that does not load), in a fixed order.
 */
export function renamedTable(renamed: Readonly<Record<string, string>>, ids: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const from of Object.keys(renamed).sort()) {
    let to = renamed[from]!;
    // Bounded: a cycle in hand-edited data must not hang the build.
    for (let hops = 0; hops < 16 && !ids.has(to) && renamed[to] !== undefined; hops++) to = renamed[to]!;
    if (ids.has(to) && !ids.has(from)) out[from] = to;
  }
  return out;
}
