/**
 * Where two versions of a text agree: the characters they have in common at the start and at the end. A keystroke
 * changes a few characters of a long draft; everything that reads the new version next to the previous one (the
 * re-parse's changed range, the draft model's reuse of unchanged parts, `rescan`) starts from here.
 */

/** The first `prefix` and the last `suffix` characters of two versions are the same (never overlapping in the shorter). */
export interface Agreement {
  prefix: number;
  suffix: number;
}

/** An agreement with the change in length: `delta` is the new length minus the old. */
export interface VersionAgreement extends Agreement {
  delta: number;
}

/** The characters `a` and `b` have in common at the start and at the end (never overlapping in the shorter). */
export function agreement(a: string, b: string): Agreement {
  const prefix = commonPrefix(a, b, Math.min(a.length, b.length));
  return { prefix, suffix: commonSuffix(a, b, Math.min(a.length, b.length) - prefix) };
}

/** How many characters `a` and `b` share from the start, at most `limit`. */
export function commonPrefix(a: string, b: string, limit: number): number {
  return common(limit, (i, k) => a.slice(i, i + k) === b.slice(i, i + k), (i) => a.charCodeAt(i) === b.charCodeAt(i));
}

/** How many characters `a` and `b` share at the end, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  return common(
    limit,
    (i, k) => a.slice(a.length - i - k, a.length - i) === b.slice(b.length - i - k, b.length - i),
    (i) => a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i),
  );
}

/**
 * How many of `n` positions agree from the first: whole chunks compared by the engine's string equality (a native
 * memory compare, far faster than a loop over characters), growing while they agree, then halving, then the last few
 * characters one by one.
 */
function common(n: number, chunkEqual: (at: number, length: number) => boolean, charEqual: (at: number) => boolean): number {
  let at = 0;
  let chunk = 256;
  while (at + chunk <= n && chunkEqual(at, chunk)) {
    at += chunk;
    chunk *= 2;
  }
  for (chunk = Math.min(chunk, n - at) >> 1; chunk >= 32; chunk >>= 1) if (at + chunk <= n && chunkEqual(at, chunk)) at += chunk;
  while (at < n && charEqual(at)) at++;
  return at;
}
