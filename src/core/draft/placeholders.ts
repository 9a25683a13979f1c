import { ObjectMemo } from '../text/objectMemo';
import type { Draft } from './types';

/**
 * Words in angle brackets, escaped or not, outside code, comments and HTML (blanked in the masked text): "<gemeente>",
 * "\\<datum\\>". A letter right after "<" and no space right before ">", as in a tag: "‹ € 30.000 en een vermogen >",
 * "(<18 jaar)", "<modaal en >3x modaal" are comparisons (reviewers). An address in angle brackets is a link.
 */
const PLACEHOLDER = /\\?<(?!https?:|mailto:)(\p{L}(?:[^<>\n@:]{0,78}?[^\s<>@:\\])?)\\?>/gu;
/** An address without its scheme ("<www.rijksoverheid.nl>"): a word with a dot and no space (a reviewer). */
const ADDRESS = /^[^\s]*\.[^\s]*$/u;

const found = new ObjectMemo<Draft, readonly { text: string; start: number; end: number }[]>();

/** What a writer left to fill in ("<gemeente>", the source fix's "<medium>"), in document order; once per version. */
export function placeholders(draft: Draft): readonly { text: string; start: number; end: number }[] {
  return (
    found.get(draft) ??
    found.set(
      draft,
      [...draft.lines.masked.matchAll(PLACEHOLDER)].filter((m) => !ADDRESS.test(m[1]!)).map((m) => ({ text: `<${m[1]!.trim()}>`, start: m.index, end: m.index + m[0].length })),
    )
  );
}
