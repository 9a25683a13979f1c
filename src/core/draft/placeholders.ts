import { ObjectMemo } from '../text/objectMemo';
import type { Draft } from './types';

/**
 * Words in angle brackets, escaped or not, outside code, comments and HTML (blanked in the masked text): "<gemeente>",
 * "\\<datum\\>". A letter right after "<" and no space right before ">", as in a tag: "‹ € 30.000 en een vermogen >",
 * "(<18 jaar)", "<modaal en >3x modaal" are comparisons (reviewers). An address in angle brackets is a link.
 */
const PLACEHOLDER = /\\?<(?!https?:|mailto:)(\p{L}(?:[^<>\n@:]{0,78}?[^\s<>@:\\])?)\\?>/gu;
/**
 * An address without its scheme ("<www.rijksoverheid.nl>", "<nos.nl/artikel/1>"): a host name ending in a top-level
 * domain of two or more letters (reviewers: any word with a dot took "<nr.>" and "<d.d.>" for addresses too).
 */
const ADDRESS = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$/iu;

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
