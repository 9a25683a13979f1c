/**
 * Order two strings by their UTF-16 code units. For what it sorts — ISO days, kebab-case ids and rule ids — this is
 * the order `localeCompare` gives, without its cost: the first `localeCompare` of a process sets up ICU's collator
 * (~20 ms), which a server start paid before its first diagnostics. Not for words people read (use a collator there).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
