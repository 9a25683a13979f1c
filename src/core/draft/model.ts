import { parseBlocks, type ParsedMarkdown } from '../markdown/blocks';
import type { DraftKind } from '../types';
import { findCitations, type CitationScan } from './citationKeys';
import { ObjectMemo } from '../text/objectMemo';
import { readDirectives } from './directives';
import { kindFromContent, kindFromFrontmatter, kindFromUri, priorLines } from './kind';
import { findDraftDate, isoDay } from './date';
import { buildLines, type LineModel } from '../markdown/lines';
import { BlankedText, blankedAgreement } from '../text/blanked';
import type { Span } from '../types';
import { ADRESSAAT } from './formulas';
import { keepParagraphs, priorParagraphs, quotesOf } from './quotations';
import { agreement } from '../text/agreement';
import { priorVersion } from './prior';
import { parseFrontmatter } from './frontmatter';
import { segmentMotie, segmentVragen } from './segment';
import type { Draft, Quote } from './types';

export interface DraftInput {
  uri: string;
  version: number;
  text: string;
}

/** The masked text without quotations and blockquote lines (someone else's words). */
function ownWords(lines: LineModel, quotes: Quote[]): BlankedText {
  const ranges: Span[] = quotes.map((q) => q.inner);
  for (const l of lines.lines) if (l.blockquote) ranges.push({ start: l.start, end: l.end });
  return new BlankedText(lines.masked, ranges);
}

/** A version's masked text as `blankedAgreement` reads it. */
const maskedOf = (lines: LineModel) => ({ length: lines.masked.length, spans: lines.blanked });

/** The citation groups of a version, for the next one's `findCitations`. */
const citationScans = new ObjectMemo<Draft, CitationScan>();

/**
 * Parse a document once and build its draft model: kind, parts, quotes, citations, directives, its date. `today` is
 * the day of checking (an undated draft is today's). `parsed`: the document's parse when the caller has it already
 * (an incremental re-parse of an earlier version, see `reparseBlocks`); `previous`: the draft of that earlier version,
 * whose unchanged parts and paragraphs lend their results (`prior.ts`). Never throws.
 */
export function buildDraft(input: DraftInput, today: string = isoDay(new Date()), parsed: ParsedMarkdown = parseBlocks(input.text), previous?: Draft): Draft {
  const { text } = input;
  const lines = buildLines(parsed);
  const { data: frontmatter, problem: frontmatterProblem } = parseFrontmatter(lines.frontmatter?.value);

  let kind: DraftKind | undefined = kindFromFrontmatter(frontmatter);
  let kindReason: Draft['kindReason'] = 'frontmatter';
  if (!kind) {
    kind = kindFromUri(input.uri);
    kindReason = 'filename';
  }
  // Where the masked text agrees with the previous version's: what the kind and the quotations reuse (the parts: where
  // the own words agree too, `priorVersion`). The texts' agreement from the re-parse when there was one; the masked
  // texts agree where the texts do and the two versions blank the same stretches (never wider than the texts').
  const same = previous && blankedAgreement(maskedOf(previous.lines), maskedOf(lines), parsed.agreement ?? agreement(previous.text, text));
  const delta = previous ? text.length - previous.text.length : 0;
  if (!kind) {
    kind = kindFromContent(lines.lines, same && priorLines(previous!.lines.lines, same, delta, text.length));
    kindReason = kind === 'other' ? 'none' : 'content';
  }

  const scanBefore = same && citationScans.get(previous!);
  const citations = findCitations(lines.masked, scanBefore ? { scan: scanBefore, agree: { ...same, delta } } : undefined);
  const { quotes, paragraphs } = quotesOf(lines.masked, same && priorParagraphs(previous!, same, delta));
  const parts = kind === 'motie' ? segmentMotie(lines.lines, lines.masked) : kind === 'kamervragen' ? segmentVragen(lines.lines, lines.masked) : [];
  const draft: Draft = {
    uri: input.uri,
    version: input.version,
    text,
    kind,
    kindReason,
    frontmatter,
    lines,
    parts,
    quotes,
    ownWords: kind === 'other' ? new BlankedText(lines.masked, []) : ownWords(lines, quotes),
    citations: citations.citations,
    directives: readDirectives(lines.comments),
    today,
  };
  if (frontmatterProblem) draft.frontmatterProblem = frontmatterProblem;
  keepParagraphs(draft, paragraphs);
  citationScans.set(draft, citations.scan);
  if (previous && same) draft.prior = priorVersion(previous, draft, same);
  const date = findDraftDate(frontmatter, parts, lines.masked, today);
  if (date) draft.date = date;
  const header = parts.find((p) => p.kind === 'header');
  if (header) {
    // One line of text with the same offsets: a header may wrap.
    const h = lines.masked.slice(header.start, header.end).replace(/[\r\n]/g, ' ');
    const m = ADRESSAAT.exec(h);
    if (m) {
      const at = header.start + m.index;
      draft.adressaat = { text: m[0].replace(/^aan\s+/i, '').replace(/\s+/g, ' ').trim(), span: { start: at, end: at + m[0].length } };
    }
  }
  return draft;
}
