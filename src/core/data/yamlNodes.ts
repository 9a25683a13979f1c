/**
 * Small helpers to read a `yaml` document tree field by field and report problems at the exact node.
 * Used by the data reader (`reader.ts`). Pure: text in, values and problems out.
 */

import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { distance } from '../text/distance';
import { firstLineOf, rangeOf, type Range, type Reporter } from './yaml';
import { own } from '../text/own';

export { distance };

export { firstLineOf, parseYaml, rangeOf, Reporter, type ParsedYaml, type Range } from './yaml';

/**
 * Where to report something missing from a map: its first `key: value` when that is on one line (so a trailing
 * comment is not underlined), else the first line of the map.
 */
export function headOf(text: string, map: YAMLMap): Range {
  const first = map.items[0] as Pair | undefined;
  const k = first?.key as Node | null | undefined;
  const v = first?.value as Node | null | undefined;
  const start = k?.range?.[0] ?? map.range?.[0] ?? 0;
  const end = v?.range && !isMap(v) && !isSeq(v) ? v.range[1] : (k?.range?.[1] ?? start);
  const line = firstLineOf(text, [start, end]);
  return line[1] > line[0] ? line : firstLineOf(text, rangeOf(map));
}

export interface Field {
  key: string;
  keyRange: Range;
  pair: Pair;
  value: Node | null;
}

/**
 * The fields of a map in order. Non-scalar keys and duplicate keys are skipped (the parser already reported
 * duplicates; the first occurrence wins).
 */
export function fieldsOf(map: YAMLMap, reporter: Reporter): Field[] {
  const out: Field[] = [];
  const seen = new Set<string>();
  for (const item of map.items) {
    const pair = item as Pair;
    const k = pair.key as Node | null;
    if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) {
      reporter.error(rangeOf(k), 'wrong-type', 'Een sleutel moet een eenvoudige naam zijn.', 'A key must be a plain name.');
      continue;
    }
    const key = String(k.value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, keyRange: rangeOf(k), pair, value: (pair.value as Node | null) ?? null });
  }
  return out;
}

export type Value =
  | { kind: 'missing' }
  | { kind: 'scalar'; node: Scalar; value: unknown; source: string }
  | { kind: 'map'; node: YAMLMap }
  | { kind: 'seq'; node: YAMLSeq }
  | { kind: 'alias'; node: Node };

/** Classify a value node; `source` is the scalar's text as written. */
export function valueOf(node: Node | null, text: string): Value {
  if (node == null) return { kind: 'missing' };
  if (isAlias(node)) return { kind: 'alias', node };
  if (isMap(node)) return { kind: 'map', node };
  if (isSeq(node)) return { kind: 'seq', node };
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined) return { kind: 'missing' };
    const r = rangeOf(node);
    return { kind: 'scalar', node, value: node.value, source: text.slice(r[0], r[1]) };
  }
  return { kind: 'missing' };
}


/**
 * The closest candidate for a misspelt or translated word: an alias, a case-insensitive match, or a candidate
 * within a small edit distance. Undefined when nothing is close.
 */
export function suggest(word: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const lower = word.toLowerCase();
  const alias = own(aliases, lower);
  if (alias !== undefined) return alias;
  const ci = candidates.find((c) => c.toLowerCase() === lower);
  if (ci !== undefined) return ci;
  const max = lower.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase(), max);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}
