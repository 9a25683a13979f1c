/**
 * Rule tables in layers: the generic table that ships with the product (`corpus/rules.yaml`) and, over it, the
 * table of one source document (`corpus/sources/ca2021/rules.yaml`) or a user's. A source table then says only what
 * is specific to its document.
 */

import { own, setOwn } from '../../text/own';

/** Maps whose keys an overlay replaces one by one; every other top-level key of an overlay replaces the base's. */
const MERGED_MAPS = new Set(['attach', 'defaults']);

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The table `overlay` makes of `base` (both parsed YAML): every top-level key of the overlay replaces the base's,
 * except `attach` and `defaults`, whose keys replace the base's one by one. A value that is not a map is returned as
 * it is, so the compiler reports it where it stands.
 */
export function overlayRuleTable(base: unknown, overlay: unknown): unknown {
  if (!isMap(base) || !isMap(overlay)) return overlay ?? base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const under = own(base, key);
    setOwn(out, key, MERGED_MAPS.has(key) && isMap(under) && isMap(value) ? { ...under, ...value } : value);
  }
  return out;
}
