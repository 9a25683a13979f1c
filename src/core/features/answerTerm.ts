import { findDraftDate, formatDate, frontmatterDate, parseDutchDate } from '../draft/date';
import type { Draft } from '../draft/types';
import { pick, type Span, type Taal } from '../types';

/*
 * The answer term of sent Kamervragen. The Reglement van Orde of the Tweede Kamer (its provision on schriftelijke
 * vragen) asks for the answers within three weeks of "ingezonden"; a minister who cannot make it sends an
 * uitstelbericht ("Mededeling …") with the reasons, and the Kamer's practice then allows three weeks more: its
 * weekly list of late answers counts six weeks from "ingezonden" for those. Both terms are settings.
 */

/** How many days the government has to answer, without and with an uitstelbericht. */
export interface AnswerTermSettings {
  days: number;
  daysWithUitstel: number;
}

export const DEFAULT_ANSWER_TERM: AnswerTermSettings = { days: 21, daysWithUitstel: 42 };

/** Where an uitstelbericht was noted: front matter `uitstel: <datum>` or the published "Mededeling … (ontvangen …)". */
export type UitstelSource = 'frontmatter' | 'mededeling';

/** The answer term of one document, for a code lens over its header. */
export interface AnswerTerm {
  /** Where the lens goes: the header of the questions. */
  span: Span;
  /** `YYYY-MM-DD` of "ingezonden". */
  ingezonden: string;
  uitstel?: { iso: string; source: UitstelSource };
  /** `YYYY-MM-DD` of the last day the answers are due. */
  due: string;
  /** Days from today to the due date (negative once it has passed). */
  daysLeft: number;
  overdue: boolean;
  /** The lens text, in the service's language. */
  title: string;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}

/** `iso` plus `days` calendar days (month and year ends included). */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A published uitstelbericht: a line opening with "Mededeling" and "(ontvangen <datum>)" on it or within the two lines
 * after it (the Kamer's pages break the line, and a Markdown copy may put a blank line between).
 */
function mededelingDate(head: string, today: string): string | undefined {
  for (const m of head.matchAll(/\(\s*ontvangen\s+/gi)) {
    const lines = head.slice(0, m.index).split('\n').slice(-3);
    if (!lines.some((line) => /^\s*(?:[*_]{1,2})?Mededeling\b/i.test(line))) continue;
    const date = parseDutchDate(head.slice(m.index + m[0].length, m.index + m[0].length + 30), today);
    if (date && date.index === 0) return date.iso;
  }
  return undefined;
}

function uitstelOf(draft: Draft, head: string): AnswerTerm['uitstel'] {
  const fm = frontmatterDate(draft.frontmatter['uitstel'], draft.today);
  if (fm) return { iso: fm, source: 'frontmatter' };
  const published = mededelingDate(head, draft.today);
  return published ? { iso: published, source: 'mededeling' } : undefined;
}

function titleOf(term: Omit<AnswerTerm, 'title'>, days: number, taal: Taal): string {
  const due = formatDate(term.due, taal);
  const sent = formatDate(term.ingezonden, taal);
  const why = term.uitstel
    ? pick({ nl: `${days} dagen na inzending op ${sent}, met uitstel`, en: `${days} days after submission on ${sent}, with postponement` }, taal)
    : pick({ nl: `${days} dagen na inzending op ${sent}`, en: `${days} days after submission on ${sent}` }, taal);
  if (term.overdue) {
    const late = -term.daysLeft;
    return pick({ nl: `Antwoordtermijn verlopen op ${due} (${late} ${late === 1 ? 'dag' : 'dagen'} geleden; ${why})`, en: `Answer overdue since ${due} (${late} ${late === 1 ? 'day' : 'days'} ago; ${why})` }, taal);
  }
  const left =
    term.daysLeft === 0
      ? pick({ nl: 'vandaag', en: 'today' }, taal)
      : pick({ nl: `nog ${term.daysLeft} ${term.daysLeft === 1 ? 'dag' : 'dagen'}`, en: `${term.daysLeft} ${term.daysLeft === 1 ? 'day' : 'days'} left` }, taal);
  return pick({ nl: `Antwoord uiterlijk ${due} (${left}; ${why})`, en: `Answer due ${due} (${left}; ${why})` }, taal);
}

/**
 * The answer term of sent Kamervragen: due 21 days (`settings.days`) after "ingezonden", 42 (`daysWithUitstel`) when
 * an uitstelbericht was received, overdue once `draft.today` is past it. Undefined for other documents, for questions
 * not yet sent (no "ingezonden" date in the header) and for questions whose answers are already in the document.
 */
export function answerTerm(draft: Draft, settings: AnswerTermSettings, taal: Taal): AnswerTerm | undefined {
  if (draft.kind !== 'kamervragen' || draft.parts.some((p) => p.kind === 'antwoord')) return undefined;
  // The header's own date, not front matter `datum:`: only "ingezonden" starts the term.
  const sent = findDraftDate({}, draft.parts, draft.lines.masked, draft.today);
  if (sent?.source !== 'ingezonden' || !sent.span) return undefined;
  const firstQuestion = draft.parts.find((p) => p.kind === 'vraag');
  const head = draft.lines.masked.slice(0, firstQuestion ? firstQuestion.start : Math.min(draft.text.length, 4000));
  const uitstel = uitstelOf(draft, head);
  const days = uitstel ? settings.daysWithUitstel : settings.days;
  const due = addDays(sent.iso, days);
  const daysLeft = dayNumber(due) - dayNumber(draft.today);
  const header = draft.parts.find((p) => p.kind === 'header' && p.start <= sent.span!.start && sent.span!.start <= p.end);
  const term = { span: header ? { start: header.start, end: header.end } : sent.span, ingezonden: sent.iso, ...(uitstel ? { uitstel } : {}), due, daysLeft, overdue: daysLeft < 0 };
  return { ...term, title: titleOf(term, days, taal) };
}
