/**
 * Hand corrections of the rule-based classification (corpus/sources/ca2021/overrides.yaml). Every override names
 * the unit by the start of its text, says why (`reason`), and must match exactly one unit.
 */

import { parse } from 'yaml';
import { FIRMNESS_VALUES, MINISTRIES } from '../../../src/core/corpus/types';
import type { Firmness } from '../../../src/core/corpus/types';
import { fail, norm } from '../util';

export const OVERRIDES_FILE = 'corpus/sources/ca2021/overrides.yaml';

export interface Override {
  match: string;
  reason: string;
  id?: string;
  kind?: 'commitment' | 'context';
  firmness?: Firmness;
  tags?: string[];
  addTags: string[];
  removeTags: string[];
  ministry?: string[];
  deadline?: string | null;
  amount?: string | null;
  note?: string;
  where: string;
}

const FIELDS = ['match', 'reason', 'id', 'kind', 'firmness', 'tags', 'addTags', 'removeTags', 'ministry', 'deadline', 'amount', 'note'];

export function readOverrides(text: string, knownTags: ReadonlySet<string>): Override[] {
  const root = parse(text) as Record<string, unknown> | null;
  if (!root || typeof root !== 'object') fail(`${OVERRIDES_FILE}: leeg of geen map.`);
  for (const k of Object.keys(root)) if (k !== 'overrides') fail(`${OVERRIDES_FILE}: onbekend veld "${k}".`);
  const list = root['overrides'];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) fail(`${OVERRIDES_FILE}: "overrides" moet een lijst zijn.`);
  return list.map((raw, i) => {
    const where = `${OVERRIDES_FILE} overrides[${i}]`;
    if (typeof raw !== 'object' || raw === null) fail(`${where}: verwacht een map.`);
    const o = raw as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!FIELDS.includes(k)) fail(`${where}: onbekend veld "${k}" (toegestaan: ${FIELDS.join(', ')}).`);
    const str = (k: string): string | undefined => {
      const v = o[k];
      if (v === undefined) return undefined;
      if (typeof v !== 'string' || v.trim() === '') fail(`${where}: "${k}" moet tekst zijn.`);
      return v;
    };
    const tags = (k: string): string[] | undefined => {
      const v = o[k];
      if (v === undefined) return undefined;
      if (!Array.isArray(v) || v.some((t) => typeof t !== 'string' || !knownTags.has(t))) fail(`${where}: "${k}" moet een lijst met tags uit corpus/tags.yaml zijn.`);
      return v as string[];
    };
    const match = str('match') ?? fail(`${where}: "match" ontbreekt.`);
    const reason = str('reason') ?? fail(`${where} ("${match.slice(0, 40)}"): "reason" ontbreekt; elke override moet zeggen waarom.`);
    const ov: Override = { match, reason, addTags: tags('addTags') ?? [], removeTags: tags('removeTags') ?? [], where };
    const id = str('id');
    if (id !== undefined) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`${where}: id "${id}" is geen slug.`);
      ov.id = id;
    }
    const kind = str('kind');
    if (kind !== undefined) {
      if (kind !== 'commitment' && kind !== 'context') fail(`${where}: kind moet commitment of context zijn.`);
      ov.kind = kind;
    }
    const firmness = str('firmness');
    if (firmness !== undefined) {
      if (!(FIRMNESS_VALUES as readonly string[]).includes(firmness)) fail(`${where}: onbekende firmness "${firmness}".`);
      ov.firmness = firmness as Firmness;
    }
    const t = tags('tags');
    if (t) ov.tags = t;
    if (o['ministry'] !== undefined) {
      const m = o['ministry'];
      if (!Array.isArray(m) || m.some((x) => typeof x !== 'string' || !(x in MINISTRIES))) fail(`${where}: "ministry" moet een lijst met bekende afkortingen zijn.`);
      ov.ministry = m as string[];
    }
    for (const k of ['deadline', 'amount'] as const) {
      if (o[k] === null) ov[k] = null;
      else if (o[k] !== undefined) ov[k] = String(o[k]);
    }
    const note = str('note');
    if (note) ov.note = note;
    return ov;
  });
}

/** Index of the one unit each override matches; fails on none or several. */
export function matchOverrides(overrides: Override[], unitTexts: string[]): Map<number, Override> {
  const normed = unitTexts.map(norm);
  const out = new Map<number, Override>();
  for (const ov of overrides) {
    const p = norm(ov.match);
    const hits: number[] = [];
    normed.forEach((t, i) => {
      if (t.startsWith(p)) hits.push(i);
    });
    if (hits.length === 0) fail(`${ov.where}: past op geen enkele eenheid: "${ov.match}".`);
    if (hits.length > 1) fail(`${ov.where}: past op ${hits.length} eenheden; maak "match" langer: "${ov.match}".`);
    if (out.has(hits[0]!)) fail(`${ov.where}: dezelfde eenheid heeft al een override (${out.get(hits[0]!)!.where}).`);
    out.set(hits[0]!, ov);
  }
  return out;
}
