import type { CorpusSet } from '../corpus/registry';
import { describeSource, FIRMNESS_LABELS, formatDate, ministryName } from '../corpus/labels';
import type { Commitment } from '../corpus/types';
import { distance } from '../corpus/yamlNodes';
import type { Draft, CitationRef } from '../draft/types';
import { firstWords } from '../text/shorten';
import type { Span, Taal } from '../types';

export { firstWords };

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

export interface RankedCommitment {
  commitment: Commitment;
  score: number;
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const STOP = new Set(['de', 'het', 'een', 'en', 'van', 'in', 'op', 'we', 'wij', 'te', 'voor', 'met', 'dat', 'die', 'om', 'aan', 'door', 'is', 'zijn', 'ook']);

/**
 * Rank commitments for what a user types while picking one (completion after `[@`, the search quick pick): each
 * typed word must prefix-match a word of the key, the tags, the chapter or the text; key and tag hits weigh most.
 * Commitments of the agreement in force come first when scores tie.
 */
export function rankForQuery(set: CorpusSet, query: string, limit = 50, preferCorpus?: string): RankedCommitment[] {
  const q = words(query).filter((w) => !STOP.has(w) || words(query).length === 1);
  const out: RankedCommitment[] = [];
  for (const c of set.commitments) {
    let score = 0;
    let all = true;
    const keyWords = words(c.key);
    const tagWords = c.tags.flatMap(words);
    const textWords = words(`${c.text} ${c.fragments.join(' ')} ${c.chapter ?? ''} ${c.theme ?? ''}`);
    for (const w of q) {
      const inKey = keyWords.some((k) => k.startsWith(w));
      const inTag = tagWords.some((k) => k.startsWith(w));
      const inText = textWords.some((k) => k.startsWith(w) || (w.length >= 5 && k.includes(w)));
      if (!inKey && !inTag && !inText) {
        all = false;
        break;
      }
      score += (inKey ? 3 : 0) + (inTag ? 2 : 0) + (inText ? 1 : 0);
    }
    if (!all) continue;
    if (c.key.startsWith(query.toLowerCase())) score += 5;
    if (preferCorpus ? c.corpusId === preferCorpus : !set.isReplaced(c.corpusId)) score += 0.5;
    out.push({ commitment: c, score });
  }
  out.sort((a, b) => b.score - a.score || a.commitment.key.localeCompare(b.commitment.key));
  return out.slice(0, limit);
}

/** Keys close to an unknown one: edit distance on the id, or shared words. Best first. */
export function didYouMean(set: CorpusSet, key: string, limit = 3): Commitment[] {
  const [corpusPart, idPart = ''] = key.includes(':') ? key.split(':', 2) : ['', key];
  const keyWords = new Set(words(idPart));
  const scored = set.commitments.map((c) => {
    const d = distance(idPart, c.id, 6);
    const shared = words(c.id).filter((w) => keyWords.has(w)).length;
    const sameCorpus = c.corpusId === corpusPart ? 1 : 0;
    return { c, score: (d <= 3 ? 10 - d * 2 : 0) + shared * 2 + sameCorpus };
  });
  return scored
    .filter((s) => s.score >= 3)
    .sort((a, b) => b.score - a.score || a.c.key.localeCompare(b.c.key))
    .slice(0, limit)
    .map((s) => s.c);
}

export interface CitationCompletion {
  /** The span the chosen key replaces (what was typed after `@`). */
  replace: Span;
  typed: string;
  items: RankedCommitment[];
}

const KEY_CHARS = /[A-Za-z0-9_:.-]/;

/**
 * Completion context: the cursor is right after `@` (plus what was typed) inside a `[…]` citation group, or in a
 * footnote definition. Returns undefined elsewhere so ordinary typing gets no citation noise.
 */
export function citationCompletion(draft: Draft, offset: number, set: CorpusSet, preferCorpus?: string): CitationCompletion | undefined {
  const text = draft.text;
  let i = offset;
  while (i > 0 && KEY_CHARS.test(text[i - 1]!)) i--;
  if (text[i - 1] !== '@') return undefined;
  const at = i - 1;
  const before = text[at - 1] ?? ' ';
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  const inGroup = line.lastIndexOf('[') > line.lastIndexOf(']');
  const inFootnote = /^\s*\[\^[^\]]+\]:/.test(text.slice(lineStart, offset));
  if (!inGroup && !inFootnote) return undefined;
  if (!/[\s[;,(]/.test(before)) return undefined; // an e-mail address, not a citation
  const typed = text.slice(i, offset);
  return { replace: { start: i, end: offset }, typed, items: rankForQuery(set, typed.replace(/[:-]/g, ' '), 50, preferCorpus) };
}
