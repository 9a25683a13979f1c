/**
 * The value a table holds under `key` itself; undefined for a key it does not hold, also for the names of Object's
 * members ("constructor", "__proto__", "toString"), which an object literal, or an object parsed from YAML or JSON,
 * otherwise answers with a member of its prototype. For every table looked up by text from a draft, a data file, the
 * settings or the command line (a draft holding "constructor" once made the citation rules fail).
 */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Store `value` under `key` as the table's own property. An assignment to "__proto__" sets the object's prototype
 * instead (or, for a value that is no object, does nothing): a data file's key "__proto__" was lost, or its value
 * answered every lookup of the table. For every table filled with keys from a data file, a draft or the settings.
 */
export function setOwn<T>(table: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(table, key, { value, writable: true, enumerable: true, configurable: true });
  else table[key] = value;
}
