/**
 * Stable ids for the 2021 commitments (citation keys must not move under a citing motion).
 *
 * - ids.lock.tsv (generated, also read): each commitment's id with a key of its text (sha1 of the normalised
 *   wording, plus an occurrence number). A commitment whose text did not change keeps its id, whatever the rules.
 * - When units change (sentences glued together), a new unit inherits the id of the first earlier commitment whose
 *   whole text it contains (found by the keys of its runs of consecutive sentences), unless that id is retired
 *   (rules.yaml `retiredIds`). Every other earlier id it contains is renamed to the new unit's id.
 * - renamed.tsv (generated, also read, only grows): old id → new id for every commitment that continues as (part
 *   of) another commitment, so citations of old keys can be migrated. Its old ids, the retired ids and the ids that
 *   disappeared are never given to another unit.
 */

import { createHash } from 'node:crypto';
import { fail, norm } from '../util';
import { makeIds } from './ids';
import type { IdSource } from './ids';
import type { Rules } from './rules';

export const ID_LOCK_FILE = 'corpus/sources/ca2021/ids.lock.tsv';
export const RENAMED_FILE = 'corpus/sources/ca2021/renamed.tsv';

function hashOf(text: string): string {
  return createHash('sha1').update(norm(text)).digest('hex').slice(0, 16);
}

/** The lock key of a text: its hash, `#n` for its n-th occurrence (counted in `seen`). */
export function unitKey(text: string, seen: Map<string, number>): string {
  const h = hashOf(text);
  const n = (seen.get(h) ?? 0) + 1;
  seen.set(h, n);
  return n === 1 ? h : `${h}#${n}`;
}

/** key → id */
export function readIdLock(text: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of (text ?? '').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [id, key] = line.split('\t');
    if (!id || !key) fail(`${ID_LOCK_FILE}: ongeldige regel "${line}".`);
    m.set(key, id);
  }
  return m;
}

/** old id → new id */
export function readRenamed(text: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of (text ?? '').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [from, to, extra] = line.split('\t');
    if (!from || !to || extra !== undefined) fail(`${RENAMED_FILE}: ongeldige regel "${line}" (verwacht: oude id<TAB>nieuwe id).`);
    if (m.has(from)) fail(`${RENAMED_FILE}: "${from}" staat er twee keer in.`);
    m.set(from, to);
  }
  return m;
}

export interface IdUnit extends IdSource {
  /** The unit's sentences, in order (their runs are looked up in the lock). */
  sentences: string[];
  /** An id an override pins, if any. */
  pinned?: string;
}

export interface IdResult {
  ids: string[];
  idLock: string;
  renamedFile: string;
  /** Ids of this build's lock that are now (part of) another commitment, old → new. */
  renamedNow: Map<string, string>;
  /** Ids kept from the lock although their text changed (the unit grew). */
  inherited: number;
  fromLock: number;
  fresh: number;
  /** Lock ids that are no commitment any more (their text is context now). */
  dropped: string[];
}

/** Runs of consecutive sentences, the whole unit first, then by start, longest first. */
function runs(n: number): [number, number][] {
  const out: [number, number][] = [[0, n]];
  for (let a = 0; a < n; a++) for (let b = n; b > a; b--) if (a !== 0 || b !== n) out.push([a, b]);
  return out;
}

export function assignIds(
  units: IdUnit[],
  rules: Rules,
  lockText: string | undefined,
  renamedText: string | undefined,
  where: string,
): IdResult {
  const lock = readIdLock(lockText);
  const renamedBefore = readRenamed(renamedText);
  const retired = rules.retiredIds;
  const byHash = new Map<string, { key: string; id: string }[]>();
  for (const [key, id] of lock) {
    const h = key.split('#')[0]!;
    const l = byHash.get(h) ?? [];
    l.push({ key, id });
    byHash.set(h, l);
  }
  for (const l of byHash.values()) l.sort((a, b) => Number(a.key.split('#')[1] ?? 1) - Number(b.key.split('#')[1] ?? 1));

  const pinnedSeen = new Set<string>();
  for (const u of units) {
    if (!u.pinned) continue;
    if (pinnedSeen.has(u.pinned)) fail(`${where}: id "${u.pinned}" komt twee keer voor.`);
    if (retired.has(u.pinned)) fail(`${where}: id "${u.pinned}" is ingetrokken (rules.yaml retiredIds).`);
    if (renamedBefore.has(u.pinned)) fail(`${where}: id "${u.pinned}" is al hernoemd naar "${renamedBefore.get(u.pinned)}" (${RENAMED_FILE}).`);
    pinnedSeen.add(u.pinned);
  }

  // The earlier commitments each unit contains, in order.
  const claimed = new Set<string>();
  const whole: (string | undefined)[] = [];
  const contained: string[][] = units.map((u, i) => {
    const found: string[] = [];
    for (const [a, b] of runs(u.sentences.length)) {
      const cands = byHash.get(hashOf(u.sentences.slice(a, b).join(' '))) ?? [];
      const c = cands.find((x) => !claimed.has(x.key));
      if (!c) continue;
      claimed.add(c.key);
      found.push(c.id);
      if (a === 0 && b === u.sentences.length) whole[i] = c.id;
    }
    return found;
  });

  const fixed: (string | undefined)[] = units.map((u) => u.pinned);
  let inherited = 0;
  let fromLock = 0;
  units.forEach((_, i) => {
    if (fixed[i]) return;
    const id = contained[i]!.find((x) => !retired.has(x) && !pinnedSeen.has(x) && !renamedBefore.has(x));
    if (!id) return;
    fixed[i] = id;
    pinnedSeen.add(id);
    if (whole[i] === id) fromLock++;
    else inherited++;
  });

  const givenBefore = new Set(lock.values());
  const stillThere = new Set(contained.flat());
  const dropped = [...givenBefore].filter((id) => !stillThere.has(id));
  const reserved = new Set<string>([...retired.keys(), ...renamedBefore.keys(), ...dropped]);
  const ids = makeIds(units, rules, fixed, reserved);

  // Renames: every earlier id a unit contains that is not its id now.
  const renamedNow = new Map<string, string>();
  units.forEach((_, i) => {
    for (const old of contained[i]!) if (old !== ids[i]) renamedNow.set(old, ids[i]!);
  });
  const current = new Set(ids);
  const merged = new Map<string, string>();
  for (const [from, to] of renamedBefore) {
    const target = renamedNow.get(to) ?? to;
    if (current.has(target)) merged.set(from, target);
  }
  for (const [from, to] of renamedNow) if (!current.has(from)) merged.set(from, to);
  for (const from of merged.keys()) if (current.has(from)) fail(`${RENAMED_FILE}: "${from}" is hernoemd maar is weer een id.`);

  const seen = new Map<string, number>();
  const keys = units.map((u) => unitKey(u.text, seen));
  const idLock = [
    `# GEGENEREERD door "npm run corpus:build": id<TAB>sleutel van de tekst (sha1 van de genormaliseerde tekst, #n bij herhaling)<TAB>begin van de tekst.`,
    `# Houdt de ids van ca2021 stabiel als de regels veranderen. Niet met de hand bewerken; een id intrekken gaat via retiredIds in rules.yaml.`,
    ...units.map((u, k) => `${ids[k]}\t${keys[k]}\t${u.text.slice(0, 60).replace(/\s+/g, ' ')}`),
  ].join('\n') + '\n';
  const renamedFile = [
    `# GEGENEREERD door "npm run corpus:build" (groeit alleen): oude id<TAB>nieuwe id van ca2021.`,
    `# Een toezegging die (als deel van) een andere toezegging verder gaat, bv. omdat de generator zinnen samenvoegde of een`,
    `# nietszeggende id introk. Citeersleutels ca2021:<oude id> kunnen zo naar ca2021:<nieuwe id>. Niet met de hand bewerken.`,
    ...[...merged.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([from, to]) => `${from}\t${to}`),
  ].join('\n') + '\n';
  return { ids, idLock, renamedFile, renamedNow, inherited, fromLock, fresh: units.length - fromLock - inherited - units.filter((u) => u.pinned).length, dropped };
}
