/**
 * A value made on first use and kept: for the regular expressions and tables a start would otherwise build before the
 * first diagnostics although no draft may need them (a case-insensitive Unicode pattern costs up to a millisecond to
 * compile, and a first start runs every module's top level).
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
