/**
 * The value a table holds under `key` itself; undefined for a key it does not hold, also for the names of Object's
 * members ("constructor", "__proto__", "toString"), which an object literal, or an object parsed from YAML or JSON,
 * otherwise answers with a member of its prototype. For every table looked up by text from a draft, a data file, the
 * settings or the command line (a draft holding "constructor" once made the citation rules fail).
 */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
