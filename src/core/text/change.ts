import { commonPrefix, commonSuffix } from './agreement';
import { isHighSurrogate, isLowSurrogate } from './positions';

/**
 * Where two versions of a text differ: the changed range in the old text `[start, oldEnd)` became `[start, newEnd)` in
 * the new one. Everything before `start` and after the ends is the same (the common prefix and suffix).
 */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The change from `before` to `after` by common prefix and suffix (O(n), mostly native compares); undefined when the
 * texts are equal. A change is never split across a surrogate pair or a CRLF, so offsets at its edges stay on
 * character and line boundaries.
 */
export function changeBetween(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  let start = commonPrefix(before, after, Math.min(before.length, after.length));
  // Keep a surrogate pair or a CR LF pair together on the changed side.
  if (start > 0 && (isHighSurrogate(before.charCodeAt(start - 1)) || before.charCodeAt(start - 1) === 13)) start--;
  let suffix = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  if (suffix > 0 && (isLowSurrogate(before.charCodeAt(before.length - suffix)) || before.charCodeAt(before.length - suffix) === 10)) suffix--;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}
