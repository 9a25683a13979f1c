import type { Draft } from '../draft/types';
import type { Line } from '../markdown/lines';
import { eolOf, positionAt } from '../text/positions';
import type { TextEdit } from '../types';

/** The comment the runner reads (see `readDirectives`): it switches `ruleId` off for the next line of prose. */
export function disableNextLineComment(ruleId: string): string {
  return `<!-- akkoordwijzer-disable-next-line ${ruleId} -->`;
}

/**
 * The edit that switches `ruleId` off for the line holding `offset`, or undefined when that line is no line of prose
 * (front matter, a comment, a line past the part of a document over its work budget that was read): the runner applies `disable-next-line` to the next
 * prose line after the comment, so there it would silence another line.
 *
 * The comment stands on its own line above when the line opens a block (with the line's indentation and `>`
 * markers, so it stays inside the list item or blockquote). A line that continues a paragraph gets the comment at
 * the end of the line above instead: an HTML comment on a line of its own would end the paragraph (CommonMark lets
 * it interrupt one) and could change how the motie or the questions are divided into parts.
 */
export function disableNextLineEdit(draft: Draft, ruleId: string, offset: number): TextEdit | undefined {
  const { lineStarts } = draft.lines;
  const lineNo = positionAt(lineStarts, offset).line;
  const index = draft.lines.lines.findIndex((l) => l.line === lineNo);
  const line = draft.lines.lines[index];
  if (!line) return undefined;
  const comment = disableNextLineComment(ruleId);
  const above = draft.lines.lines[index - 1];
  if (!line.blockStart && above?.line === lineNo - 1 && canAppendTo(draft, above, lineStarts[lineNo]!)) {
    const end = lineEndOf(draft.text, lineStarts[lineNo - 1]!, lineStarts[lineNo]!);
    return { start: end, end, newText: ` ${comment}` };
  }
  const lineStart = lineStarts[lineNo]!;
  let prefix = draft.text.slice(lineStart, line.start);
  if (prefix.endsWith('>')) prefix += ' ';
  return { start: lineStart, end: lineStart, newText: `${prefix}${comment}${eolOf(draft.text)}` };
}

/** The end of a line's text (before its line break), given where it and the next line start. */
function lineEndOf(text: string, start: number, nextStart: number): number {
  let end = nextStart;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/**
 * Whether a comment may go at the end of `line`: not inside code or a comment that runs on into the next line, and
 * not after a hard line break (a trailing backslash or two spaces, which the comment would turn into text).
 */
function canAppendTo(draft: Draft, line: Line, nextLineStart: number): boolean {
  const end = lineEndOf(draft.text, draft.lines.lineStarts[line.line]!, nextLineStart);
  const raw = draft.text.slice(draft.lines.lineStarts[line.line]!, end);
  if (/\\$| {2,}$|\t$/.test(raw)) return false;
  const open = (s: { start: number; end: number }) => s.start < end && s.end > end;
  return !draft.lines.code.some(open) && !draft.lines.comments.some((c) => open(c.span));
}
