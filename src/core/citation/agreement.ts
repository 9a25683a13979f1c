import type { AgreementPeriod, AgreementTimeline } from '../corpus/agreements';
import type { CorpusSet } from '../corpus/registry';
import type { Draft } from '../draft/types';
import { perDraft } from './memo';

/**
 * Which agreement a draft is measured against. A draft is measured on its own date ("Voorgesteld 12 juli 2022",
 * "(ingezonden …)", `datum:`), an undated one on the day it is checked. The agreement in force that day (from the
 * calendar and the loaded agreements) gives the citation suggestions and the quote checks, unless the draft names
 * another one (`akkoord:` in front matter). When that agreement is not loaded, there is no `target`: no suggestions
 * and no quote checks against other agreements.
 */
export interface AgreementContext {
  /** The day the draft is measured on (`YYYY-MM-DD`). */
  date: string;
  /** Whether that is the draft's own date (else it is today). */
  dated: boolean;
  /** The agreement in force on that day, if the calendar knows one. */
  inForce?: AgreementPeriod;
  /** The agreement the draft names in front matter (`akkoord: ca2021`), loaded or not. */
  named?: AgreementPeriod;
  /** The loaded agreement suggestions and quote checks use; undefined when the one that counts is not loaded. */
  target?: string;
}

export const agreementContext = perDraft((draft: Draft, corpus: CorpusSet): AgreementContext => {
  const date = draft.date?.iso ?? draft.today;
  const inForce = corpus.timeline.on(date);
  const fm = draft.frontmatter['akkoord'];
  const named = typeof fm === 'string' ? byName(corpus.timeline, fm) : undefined;
  const counts = named ?? inForce;
  const target = counts?.loaded ? counts.id : undefined;
  return { date, dated: !!draft.date, ...(inForce ? { inForce } : {}), ...(named ? { named } : {}), ...(target ? { target } : {}) };
});

/** An agreement by id or by its title as written in front matter ("Omzien naar elkaar"). */
function byName(timeline: AgreementTimeline, value: string): AgreementPeriod | undefined {
  const v = value.trim().toLowerCase();
  if (v.length < 3) return undefined;
  // An id, or enough of a title to tell which one: "Omzien naar elkaar", "aan de slag".
  return timeline.get(v) ?? (v.length >= 6 ? timeline.periods.find((p) => p.title.toLowerCase().startsWith(v) || v.startsWith(p.title.toLowerCase())) : undefined);
}
