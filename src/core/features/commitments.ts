import type { CitationEngine } from '../citation/engine';
import { rankForQuery, type RankedCommitment, type WordLookup } from '../citation/lookup';
import { explainCitations, preferenceFor, suggestCitations } from '../citation/suggest';
import { DRAFT_KEY_CHAR, DRAFT_KEY_PATTERN } from '../corpus/citationKey';
import type { CorpusSet } from '../corpus/registry';
import { lineStartOf } from '../text/positions';
import { describeSource, FIRMNESS_LABELS, ministryName } from '../corpus/labels';
import { formatDate } from '../draft/date';
import { registerRows } from './kamerToezegging';
import type { Commitment } from '../corpus/types';
import type { Draft, CitationRef } from '../draft/types';
import { pick, type Localized, type Span, type Taal } from '../types';

export type { RankedCommitment };

/** The citation key under the cursor, if any. */
export function citationAt(draft: Draft, offset: number): CitationRef | undefined {
  return draft.citations.find((c) => c.start <= offset && offset <= c.end);
}

/** A link that opens a commitment in its corpus file (file URI with a line fragment, which VS Code's opener reads). */
export function corpusLink(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}


const LABELS = {
  alsoKnown: { nl: 'Ook bekend in deze woorden:', en: 'Also known in these words:' },
  theme: { nl: 'Thema', en: 'Theme' },
  chapter: { nl: 'Hoofdstuk', en: 'Chapter' },
  tags: { nl: 'Tags', en: 'Tags' },
  ministry: { nl: 'Ministerie', en: 'Ministry' },
  firmness: { nl: 'Stelligheid', en: 'Firmness' },
  deadline: { nl: 'Termijn', en: 'Deadline' },
  amount: { nl: 'Bedrag', en: 'Amount' },
  provenance: { nl: 'Herkomst', en: 'Provenance' },
  corpus: { nl: 'Corpus', en: 'Corpus' },
  incomplete: { nl: 'onvolledig: alleen bekende passages', en: 'incomplete: known passages only' },
  seeAlso: { nl: 'Zie ook', en: 'See also' },
  status: { nl: 'Status', en: 'Status' },
  replaced: { nl: 'vervangen door een later akkoord', en: 'replaced by a later agreement' },
  openInCorpus: { nl: 'Open in het corpus', en: 'Open in the corpus' },
} satisfies Record<string, Localized>;

/**
 * Markdown for a commitment: its text, where it stands, tags, ministry, firmness, deadline/amount, provenance; for a
 * promise from the Kamer's register its status, deadline (overdue on `today`), minister and debate.
 */
export function commitmentMarkdown(c: Commitment, set: CorpusSet, taal: Taal, today = ''): string {
  const corpus = set.corpus(c.corpusId);
  const file = set.fileOf(c.corpusId);
  const label = (key: keyof typeof LABELS) => pick(LABELS[key], taal);
  const title = corpus ? `*${corpus.shortTitle ?? corpus.title}*${corpus.date ? ` (${formatDate(corpus.date, taal)})` : ''}` : c.corpusId;
  const lines = [`**\`${c.key}\`** — ${title}`, '', ...c.text.split('\n').map((l) => `> ${l}`)];
  if (c.fragments.length > 0) lines.push('', `*${label('alsoKnown')}*`, ...c.fragments.map((f) => `> ${f}`));
  const rows: [string, string][] = [];
  // A commitment without a chapter (a programme's theme): its row says "Thema", not "Hoofdstuk | thema: …".
  const chapter = [c.chapter, c.section, c.subsection].filter(Boolean).join(' › ');
  const where = chapter || c.theme || '';
  if (where || c.page) rows.push([label(chapter || !c.theme ? 'chapter' : 'theme'), `${where}${c.page ? ` (p. ${c.page})` : ''}`]);
  if (c.tags.length) rows.push([label('tags'), c.tags.map((t) => set.tags.get(t)?.[taal] ?? t).join(', ')]);
  if (c.ministry.length) rows.push([label('ministry'), c.ministry.map((m) => ministryName(m, taal)).join(', ')]);
  if (c.firmness) rows.push([label('firmness'), `**${pick(FIRMNESS_LABELS[c.firmness].label, taal)}** — ${pick(FIRMNESS_LABELS[c.firmness].means, taal)}`]);
  // A register entry's deadline stands in its status line, marked when it has passed.
  if (c.register) rows.push(...registerRows(c, taal, today));
  else if (c.deadline) rows.push([label('deadline'), c.deadline]);
  if (c.amount) rows.push([label('amount'), c.amount]);
  rows.push([label('provenance'), describeSource(c.source, taal)]);
  if (corpus && !corpus.complete) rows.push([label('corpus'), label('incomplete')]);
  if (c.seeAlso?.length) rows.push([label('seeAlso'), c.seeAlso.map((id) => `\`${c.corpusId}:${id}\``).join(', ')]);
  if (set.isReplaced(c.corpusId)) rows.push([label('status'), label('replaced')]);
  lines.push('', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`));
  if (c.note) lines.push('', `*${c.note}*`);
  if (file) lines.push('', `[${label('openInCorpus')}](${corpusLink(file.uri, c.line)})`);
  return lines.join('\n');
}

export interface CitationCompletion {
  /** The span the chosen key replaces: the whole key the cursor is in, also after the cursor. */
  replace: Span;
  /** The span it takes when it is inserted: what was typed after `@`, up to the cursor. */
  insert: Span;
  typed: string;
  /** What follows the key in the text it inserts: "]" where the group was opened and not yet closed on its line. */
  close: string;
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
  // The whole key is replaced, also what stands after the cursor: completing inside "[@ca2026:digitale-die|snt]" gave
  // "…-dienstsnt" (a trial of the language server). What was typed before the cursor is what is searched.
  // As far as a key goes: not a sentence's full stop or a locator's colon after it ("@…-dienst.", "@…-dienst: p. 8"; a
  // reviewer), which the characters a key may hold would have taken in.
  KEY_AT.lastIndex = i;
  // A group not closed on its line ("[@|daarvan verslag te doen,", "[@krijgsmacht|,"): what follows the cursor is
  // prose, not a key to replace, and the key is closed with "]" (and a space before a word). The key went in glued to
  // the word ("…-eudaarvan") or without its "]" (a staffer's trial).
  const lineEnd = text.indexOf('\n', offset);
  const rest = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
  const closeAt = rest.indexOf(']');
  const openAt = rest.indexOf('[');
  const open = inGroup && (closeAt < 0 || (openAt >= 0 && openAt < closeAt));
  const end = open ? offset : Math.max(offset, i + (KEY_AT.exec(text)?.[0].length ?? 0));
  // "…richten [@" at the end of a line gave "[@ca2026:…" without its "]" (a trial of the language server).
  const close = open ? (/^[\p{L}\p{N}]/u.test(rest) ? '] ' : ']') : '';
  const cited = keysInGroup(draft, offset);
  const items = rankForQuery(lookup, typed, 50 + cited.size, preferCorpus).filter((r) => !cited.has(r.commitment.key)).slice(0, 50);
  return { replace: { start: i, end }, insert: { start: i, end: offset }, typed, close, items };
}

/** The other keys of the group the cursor is in ("[@a; @|]"): offering them again would cite one twice. */
function keysInGroup(draft: Draft, offset: number): Set<string> {
  return new Set(draft.citations.filter((c) => c.group.start < offset && offset <= c.group.end && !(c.start <= offset && offset <= c.end)).map((c) => c.key));
}

/** A whole key where a completion starts (sticky): what an accepted item replaces. */
const KEY_AT = new RegExp(DRAFT_KEY_PATTERN, 'y');

/** How many of the sentence's matches below a hint lead the list after "[@", and how close to its best match. */
const SENTENCE_MATCHES = 5;
const CLOSE_TO_BEST = 0.6;

/**
 * A dated draft's keys of agreements presented after its date last: a motie of 2025 was offered ca2026's keys first,
 * and each one chosen was then an `akkoord-na-datum` warning (a check of the fixes).
 */
function laterLast(draft: Draft, set: CorpusSet, completion: CitationCompletion | undefined): CitationCompletion | undefined {
  const date = draft.date?.iso;
  if (!completion || !date) return completion;
  const later = (c: Commitment) => set.timeline.presentedAfter(c.corpusId, date);
  if (!completion.items.some((r) => later(r.commitment))) return completion;
  return { ...completion, items: [...completion.items.filter((r) => !later(r.commitment)), ...completion.items.filter((r) => later(r.commitment))] };
}

/**
 * Completion of a citation key, with the sentence's own commitments first: right after "[@", before anything is typed,
 * the commitment the sentence is about (the one its citation hint names) leads, then the sentence's best matches that
 * were not strong enough for a hint (a staffer who types "[@" means to cite: the list was alphabetical below the hint;
 * a trial of the language server); ties go to the agreement this draft should cite (a 2023 draft: the 2021 agreement).
 */
export function completeCitationKey(draft: Draft, offset: number, set: CorpusSet, engine: CitationEngine | undefined): CitationCompletion | undefined {
  const completion = laterLast(draft, set, citationCompletion(draft, offset, engine?.lookup, set.corpora.length > 0 ? preferenceFor(draft, set).order[0] : undefined));
  if (!completion || completion.typed !== '' || !engine) return completion;
  const here = (s: { unit: Span }) => s.unit.start <= offset && offset <= s.unit.end;
  const suggested = suggestCitations(draft, engine).find(here)?.commitments ?? [];
  const eligible = explainCitations(draft, engine).find(here)?.eligible ?? [];
  const best = eligible[0]?.hit.score ?? 0;
  const matched = eligible.slice(0, SENTENCE_MATCHES).filter((e) => e.hit.score >= best * CLOSE_TO_BEST).flatMap((e) => set.get(e.hit.key) ?? []);
  const cited = keysInGroup(draft, offset);
  const about = [...new Map([...suggested, ...matched].filter((c) => !cited.has(c.key)).map((c) => [c.key, c])).values()];
  if (about.length === 0) return completion;
  const keys = new Set(about.map((c) => c.key));
  const top = (completion.items[0]?.score ?? 0) + 1;
  const items = [...about.map((commitment) => ({ commitment, score: top })), ...completion.items.filter((r) => !keys.has(r.commitment.key))];
  return { ...completion, items: items.slice(0, Math.max(completion.items.length, about.length)) };
}
