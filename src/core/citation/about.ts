import type { Commitment } from '../corpus/types';
import type { Draft } from '../draft/types';
import type { Span } from '../types';
import type { CitationEngine } from './engine';
import { perDraft } from './memo';
import { verifyQuotes } from './quoteChecks';
import { citationUnits, suggestCitations } from './suggest';

/**
 * What each sentence of a draft is about, as far as the corpus tells: the commitment it cites, quotes, or (failing
 * both) the one the suggestion engine is confident about. Used by the firmness and addressee checks.
 */
export interface AboutUnit extends Span {
  partKind: string;
  commitment: Commitment;
  /** How the sentence is tied to it: it cites or quotes it (certain), or only the suggestion engine thinks so. */
  by: 'cited' | 'quoted' | 'suggested';
}

export const unitsAbout = perDraft((draft: Draft, engine: CitationEngine): AboutUnit[] => {
  const out: AboutUnit[] = [];
  const suggestions = new Map(suggestCitations(draft, engine).map((s) => [s.unit.start, s.commitments[0]!] as const));
  const quoted = new Map<number, Commitment>();
  for (const q of verifyQuotes(draft, engine)) {
    const c = q.key && (q.verdict === 'verbatim' || q.verdict === 'misquote') ? engine.corpus.get(q.key) : undefined;
    if (c && q.unit) quoted.set(q.unit.start, c);
  }
  for (const unit of citationUnits(draft)) {
    // Most sentences cite nothing: no list made for them (this runs over every sentence on every keystroke).
    const cited = unit.cited.size === 0 ? undefined : [...unit.cited].map((k) => engine.corpus.get(k)).find((c): c is Commitment => !!c);
    const q = quoted.get(unit.start);
    const s = suggestions.get(unit.start);
    const [c, by]: [Commitment | undefined, AboutUnit['by']] = cited ? [cited, 'cited'] : q ? [q, 'quoted'] : [s, 'suggested'];
    if (!c) continue;
    out.push({ start: unit.start, end: unit.end, partKind: unit.part.kind, commitment: c, by });
  }
  return out;
});
