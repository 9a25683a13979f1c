import { rankForQuery, type RankedCommitment, type WordLookup } from '../citation/lookup';
import { DRAFT_KEY_CHAR } from '../corpus/citationKey';
import type { CorpusSet } from '../corpus/registry';
import { lineStartOf } from '../text/positions';
import { describeSource, FIRMNESS_LABELS, formatDate, ministryName } from '../corpus/labels';
import type { Commitment } from '../corpus/types';
import type { Draft, CitationRef } from '../draft/types';
import { firstWords } from '../text/shorten';
import type { Span, Taal } from '../types';

export { firstWords };
export type { RankedCommitment };

/** The citation key under the cursor, if any. */
export function citationAt(draft: Draft, offset: number): CitationRef | undefined {
  return draft.citations.find((c) => c.start <= offset && offset <= c.end);
}

/** A link that opens a commitment in its corpus file (file URI with a line fragment, which VS Code's opener reads). */
export function corpusLink(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}


/** Markdown for a commitment: its text, where it stands, tags, ministry, firmness, deadline/amount, provenance. */
export function commitmentMarkdown(c: Commitment, set: CorpusSet, taal: Taal): string {
  const corpus = set.corpus(c.corpusId);
  const file = set.fileOf(c.corpusId);
  const en = taal === 'en';
  const title = corpus ? `*${corpus.shortTitle ?? corpus.title}*${corpus.date ? ` (${formatDate(corpus.date, taal)})` : ''}` : c.corpusId;
  const lines = [`**\`${c.key}\`** — ${title}`, '', ...c.text.split('\n').map((l) => `> ${l}`)];
  if (c.fragments.length > 0) {
    lines.push('', en ? '*Also known in these words:*' : '*Ook bekend in deze woorden:*', ...c.fragments.map((f) => `> ${f}`));
  }
  const rows: [string, string][] = [];
  const where = [c.chapter, c.section, c.subsection].filter(Boolean).join(' › ') || (c.theme ? `${en ? 'theme' : 'thema'}: ${c.theme}` : '');
  if (where || c.page) rows.push([en ? 'Chapter' : 'Hoofdstuk', `${where}${c.page ? ` (p. ${c.page})` : ''}`]);
  if (c.tags.length) rows.push(['Tags', c.tags.map((t) => set.tags.get(t)?.[taal] ?? t).join(', ')]);
  if (c.ministry.length) rows.push([en ? 'Ministry' : 'Ministerie', c.ministry.map((m) => ministryName(m, taal)).join(', ')]);
  if (c.firmness) rows.push([en ? 'Firmness' : 'Stelligheid', `**${FIRMNESS_LABELS[c.firmness].label[taal]}** — ${FIRMNESS_LABELS[c.firmness].means[taal]}`]);
  if (c.deadline) rows.push([en ? 'Deadline' : 'Termijn', c.deadline]);
  if (c.amount) rows.push([en ? 'Amount' : 'Bedrag', c.amount]);
  rows.push([en ? 'Provenance' : 'Herkomst', describeSource(c.source, taal)]);
  if (corpus && !corpus.complete) rows.push([en ? 'Corpus' : 'Corpus', en ? 'incomplete: known passages only' : 'onvolledig: alleen bekende passages']);
  if (c.seeAlso?.length) rows.push([en ? 'See also' : 'Zie ook', c.seeAlso.map((id) => `\`${c.corpusId}:${id}\``).join(', ')]);
  if (set.isReplaced(c.corpusId)) rows.push([en ? 'Status' : 'Status', en ? 'replaced by a later agreement' : 'vervangen door een later akkoord']);
  lines.push('', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`));
  if (c.note) lines.push('', `*${c.note}*`);
  if (file) lines.push('', `[${en ? 'Open in the corpus' : 'Open in het corpus'}](${corpusLink(file.uri, c.line)})`);
  return lines.join('\n');
}

export interface CitationCompletion {
  /** The span the chosen key replaces (what was typed after `@`). */
  replace: Span;
  typed: string;
  items: RankedCommitment[];
}

/**
 * Completion context: the cursor is right after `@` (plus what was typed) inside a `[…]` citation group, or in a
 * footnote definition. Returns undefined elsewhere so ordinary typing gets no citation noise.
 */
export function citationCompletion(draft: Draft, offset: number, lookup: WordLookup | undefined, preferCorpus?: string): CitationCompletion | undefined {
  const text = draft.text;
  let i = offset;
  while (i > 0 && DRAFT_KEY_CHAR.test(text[i - 1]!)) i--;
  if (text[i - 1] !== '@') return undefined;
  const at = i - 1;
  const before = text[at - 1] ?? ' ';
  const lineStart = lineStartOf(text, at);
  const line = text.slice(lineStart, at);
  const inGroup = line.lastIndexOf('[') > line.lastIndexOf(']');
  const inFootnote = /^\s*\[\^[^\]]+\]:/.test(text.slice(lineStart, offset));
  if (!inGroup && !inFootnote) return undefined;
  if (!/[\s[;,(]/.test(before)) return undefined; // an e-mail address, not a citation
  const typed = text.slice(i, offset);
  return { replace: { start: i, end: offset }, typed, items: rankForQuery(lookup, typed, 50, preferCorpus) };
}
