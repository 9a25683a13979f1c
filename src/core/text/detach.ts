/**
 * A copy of `s` that does not keep the text it was sliced from alive. V8 represents `text.slice(a, b)` as a view
 * into `text`: a memo that keeps such a slice across keystrokes keeps every version of the document it came from.
 * Concatenating makes a new string (flattened when it is first hashed or read), of which the slice is a view.
 */
export function detached(s: string): string {
  return s.length === 0 ? '' : ` ${s}`.slice(1);
}

