/**
 * What the editor says about a promise from the Kamer's register of toezeggingen (a commitment with `register`): its
 * status and deadline on one line, marked "verlopen" when it is open past its deadline; the rows of its hover; and the
 * promise a Kamervragen question about a promised letter is most likely about.
 */

import type { CitationEngine } from '../citation/engine';
import { isKamerToezeggingDone, isKamerToezeggingOverdue } from '../corpus/kamerToezeggingen';
import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import { formatDate } from '../draft/date';
import type { Draft } from '../draft/types';
import { pick, type Localized, type Taal } from '../types';

const TEXT = {
  overdue: { nl: 'verlopen', en: 'overdue' },
  deadline: { nl: 'termijn', en: 'deadline' },
  noDeadline: { nl: 'geen termijn', en: 'no deadline' },
  unknownStatus: { nl: 'status onbekend', en: 'status unknown' },
  status: { nl: 'Status', en: 'Status' },
  minister: { nl: 'Toegezegd door', en: 'Promised by' },
  debate: { nl: 'In', en: 'In' },
  fulfilledBy: { nl: 'Nagekomen met', en: 'Kept with' },
  number: { nl: 'Register', en: 'Register' },
  promise: { nl: 'Toezegging aan de Kamer waar deze vraag waarschijnlijk over gaat', en: 'Promise to the Kamer this question is most likely about' },
} satisfies Record<string, Localized>;

/**
 * "Openstaand — termijn 1 juli 2026 — **verlopen**": status and deadline of a register entry; undefined for a
 * commitment of an agreement.
 */
export function registerStatusLine(c: Commitment, taal: Taal, today: string, bold = false): string | undefined {
  if (!c.register) return undefined;
  const status = c.register.status ?? pick(TEXT.unknownStatus, taal);
  const deadline = c.deadline ? `${pick(TEXT.deadline, taal)} ${formatDate(c.deadline, taal)}` : pick(TEXT.noDeadline, taal);
  const overdue = isKamerToezeggingOverdue(c, today) ? (bold ? `**${pick(TEXT.overdue, taal)}**` : pick(TEXT.overdue, taal)) : undefined;
  return [status, deadline, overdue].filter(Boolean).join(' — ');
}

/** The hover's table rows for a register entry: status and deadline, who promised it, in which debate, kept with. */
export function registerRows(c: Commitment, taal: Taal, today: string): [string, string][] {
  const r = c.register;
  if (!r) return [];
  const rows: [string, string][] = [[pick(TEXT.status, taal), registerStatusLine(c, taal, today, true)!]];
  if (r.minister || r.role) rows.push([pick(TEXT.minister, taal), [r.minister, r.role].filter(Boolean).join(', ')]);
  const d = r.debate;
  if (d) {
    const name = [d.type, d.title].filter(Boolean).join(': ') || d.number || '';
    const when = d.date ? ` (${formatDate(d.date, taal)})` : '';
    rows.push([pick(TEXT.debate, taal), d.url ? `[${name}](${d.url})${when}` : `${name}${when}`]);
  }
  if (r.fulfilledBy) rows.push([pick(TEXT.fulfilledBy, taal), r.fulfilledBy]);
  rows.push([pick(TEXT.number, taal), r.number]);
  return rows;
}

/** "When will the letter come": a question about a promise the government made, in the words a member uses. */
const ASKS_WHEN_PROMISED = /\b(wanneer|op welke termijn|per wanneer|hoe lang nog|waarom (?:is|zijn) .{0,60}nog niet)\b[^?]*\b(brief|informeren|ge[iï]nformeerd|toegezegd|toezegging|beloofd|sturen|gestuurd|ontvangt|tegemoet)/i;

/** The best hit must share this many distinct words with the question: fewer is a guess the hover should not make. */
const MIN_MATCHED_WORDS = 3;

/**
 * For a Kamervragen question that asks when a promised letter or report will come: the register entry it is most
 * likely about (its words best match the question's), with status and deadline. Undefined when the question asks
 * nothing like that, or no register entry shares enough words with it.
 */
export function promiseForQuestion(draft: Draft, offset: number, corpus: CorpusSet, engineOf: () => CitationEngine | undefined): { commitment: Commitment; start: number; end: number } | undefined {
  // The engine is asked for last: a hover elsewhere, or in a workspace without a register, never builds it.
  if (draft.kind !== 'kamervragen') return undefined;
  const question = draft.parts.find((p) => p.kind === 'vraag' && p.start <= offset && offset <= p.end);
  if (!question) return undefined;
  const text = draft.ownWords.slice(question.start, question.wordsEnd);
  if (!ASKS_WHEN_PROMISED.test(text)) return undefined;
  const registers = corpus.corpora.filter((c) => c.kind === 'toezeggingen').map((c) => c.id);
  const engine = registers.length > 0 ? engineOf() : undefined;
  if (!engine) return undefined;
  const hit = engine.index
    .search(text, { limit: 20, minMatchedTerms: MIN_MATCHED_WORDS })
    .find((h) => registers.includes(h.corpusId) && corpus.get(h.key)?.register !== undefined);
  const commitment = hit ? corpus.get(hit.key) : undefined;
  return commitment ? { commitment, start: question.start, end: question.wordsEnd } : undefined;
}

/**
 * `hover` with the promise a question is about added below it (a heading, then the promise's own Markdown); the
 * promise's hover alone when there was none.
 */
export function withPromiseHover<H extends { start: number; end: number; contents: string }>(
  hover: H | undefined,
  promise: { commitment: Commitment; start: number; end: number } | undefined,
  describe: (key: string) => string | undefined,
  taal: Taal,
): H | { start: number; end: number; contents: string } | undefined {
  const markdown = promise && describe(promise.commitment.key);
  if (!promise || !markdown) return hover;
  const contents = `*${pick(TEXT.promise, taal)}:*\n\n${markdown}`;
  return hover ? { ...hover, contents: `${hover.contents}\n\n---\n\n${contents}` } : { start: promise.start, end: promise.end, contents };
}

/** Whether a cited register entry has been kept or closed (Voldaan, Afgedaan). */
export function isFulfilledRegisterEntry(c: Commitment | undefined): c is Commitment & { register: NonNullable<Commitment['register']> } {
  return c?.register !== undefined && isKamerToezeggingDone(c.register.status);
}
