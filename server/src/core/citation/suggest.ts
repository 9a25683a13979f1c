import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import type { Draft, Part } from '../draft/types';
import { perDraft } from './memo';
import type { SearchHit } from '../retrieval/search';
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';
import { namedAgreement } from './attribution';
import type { CitationEngine } from './engine';

/**
 * Decision constants of the citation suggestion, tuned on the development split of `test/eval/` (never on its
 * held-out split). `npm run eval` reports what they give.
 */
export const TUNING = {
  /** A commitment this strong (BM25F score) is suggested outright … */
  strongScore: 26,
  /** … one at least this strong only when it covers enough of the sentence's content words. */
  minScore: 15,
  minCoverage: 0.3,
  /** Matched index terms (a word, its compound parts and synonym concepts each count) a candidate needs. */
  minMatched: 2,
  /** A second commitment of the same agreement is offered too when it scores at least this share of the first. */
  alikeRatio: 0.92,
};
type Tuning = typeof TUNING;

/** A stretch of a draft that may be about a commitment: one sentence of an overweging, dictum or question. */
export interface CitationUnit extends Span {
  part: Part;
  /** The words used for matching (citation groups and footnote markers blanked). */
  text: string;
  /** Keys the unit cites already (directly or through a footnote whose definition cites them). */
  cited: Set<string>;
}

export interface Suggestion {
  unit: CitationUnit;
  /** One commitment, or two that score alike (best first). */
  commitments: Commitment[];
}

const UNIT_PARTS = new Set(['overweging', 'dictum', 'vraag']);

const unitMemo = new WeakMap<Draft, CitationUnit[]>();

/** The sentences of a draft's overwegingen, dicta and questions (computed once per draft version). */
export function citationUnits(draft: Draft): CitationUnit[] {
  let units = unitMemo.get(draft);
  if (!units) unitMemo.set(draft, (units = computeUnits(draft)));
  return units;
}

function computeUnits(draft: Draft): CitationUnit[] {
  const masked = draft.lines.masked;
  const footnoteKeys = new Map<string, string[]>();
  for (const def of draft.lines.footnoteDefinitions) {
    footnoteKeys.set(
      def.label,
      draft.citations.filter((c) => c.start >= def.span.start && c.end <= def.span.end).map((c) => c.key),
    );
  }
  const units: CitationUnit[] = [];
  for (const part of draft.parts) {
    if (!UNIT_PARTS.has(part.kind)) continue;
    const from = part.opener && part.kind === 'vraag' ? part.opener.end : part.start;
    for (const s of keepQuotesWhole(splitSentences(masked.slice(from, part.end), from), draft)) {
      const cited = new Set<string>();
      for (const c of draft.citations) if (c.start >= s.start && c.end <= s.end) cited.add(c.key);
      for (const r of draft.lines.footnoteReferences) {
        if (r.span.start >= s.start && r.span.start <= s.end + 6) for (const k of footnoteKeys.get(r.label) ?? []) cited.add(k);
      }
      const text = masked
        .slice(s.start, s.end)
        .replace(/\[[^\]\n]*@[^\]\n]*\]/g, (m) => ' '.repeat(m.length))
        .replace(/\[\^[^\]\s]+\]/g, (m) => ' '.repeat(m.length));
      if (text.trim().split(/\s+/).length < 4) continue;
      units.push({ start: s.start, end: s.end, part, text, cited });
    }
  }
  return units;
}

/** A quotation of several sentences stays in one unit: never split a sentence inside quotation marks. */
function keepQuotesWhole(sentences: Span[], draft: Draft): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (prev && draft.quotes.some((q) => q.inner.start < s.start && prev.end < q.inner.end)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** The draft's own date, from front matter (`datum:`) or a Kamervragen header "(ingezonden 12 mei 2023)". */
export function draftYear(draft: Draft): number | undefined {
  const fm = draft.frontmatter['datum'] ?? draft.frontmatter['date'];
  const fromFm = typeof fm === 'string' ? /\b(20\d\d)\b/.exec(fm)?.[1] : fm instanceof Date ? String(fm.getFullYear()) : undefined;
  if (fromFm) return Number(fromFm);
  const header = draft.parts.find((p) => p.kind === 'header' || p.kind === 'kop');
  const m = header ? /(?:ingezonden|voorgesteld)[^)]*?\b(20\d\d)\b/i.exec(draft.lines.masked.slice(header.start, header.end)) : undefined;
  return m ? Number(m[1]) : undefined;
}

/**
 * Corpus ids in order of preference for a draft: the agreement the draft names (front matter `akkoord:`); else, for a
 * draft dated before an agreement in force existed, the one in force then; else the agreements in force first.
 */
const draftPreference = perDraft((draft: Draft, corpus: CorpusSet): string[] => {
  const ids = corpus.corpora.map((c) => c.id);
  const named = typeof draft.frontmatter['akkoord'] === 'string' ? draft.frontmatter['akkoord'] : undefined;
  let first = named && ids.includes(named) ? named : undefined;
  if (!first) {
    const year = draftYear(draft);
    if (year !== undefined) {
      const dated = corpus.corpora
        .filter((c) => c.kind === 'coalitieakkoord' && c.date && Number(c.date.slice(0, 4)) <= year)
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
      first = dated?.id;
    }
  }
  const inForce = ids.filter((id) => !corpus.isReplaced(id));
  return [...new Set([first, ...inForce, ...ids].filter((x): x is string => !!x))];
});

/** The draft's preference, with the agreement a sentence itself names ("het coalitieakkoord van 2021") first. */
export function preferenceFor(draft: Draft, corpus: CorpusSet, sentence?: string): string[] {
  const order = draftPreference(draft, corpus);
  const named = sentence ? namedAgreement(sentence) : undefined;
  return named && named !== order[0] && order.includes(named) ? [named, ...order.filter((id) => id !== named)] : order;
}

/** Strong enough outright, or fairly strong and covering enough of what the sentence is about. */
function accepted(hit: SearchHit, contentWords: number, tuning: Tuning): boolean {
  if (hit.score >= tuning.strongScore) return true;
  const covered = new Set(hit.matchedSpans.map((s) => s.start)).size / Math.max(contentWords, 1);
  return hit.score >= tuning.minScore && covered >= tuning.minCoverage;
}

/**
 * At most one suggestion per sentence (two when they score alike); none for a commitment the sentence, or another
 * sentence of the same overweging, dictum or question, already cites; each commitment once per part.
 */
export const suggestCitations = perDraft((draft: Draft, engine: CitationEngine): Suggestion[] => {
  const out: Suggestion[] = [];
  const units = citationUnits(draft);
  // Per part: the keys it cites, and (as they are made) the keys already suggested in it.
  const citedInPart = new Map<Part, Set<string>>();
  const keysOf = (part: Part) => {
    let set = citedInPart.get(part);
    if (!set) citedInPart.set(part, (set = new Set()));
    return set;
  };
  for (const u of units) for (const k of u.cited) keysOf(u.part).add(k);
  for (const unit of units) {
    const preference = preferenceFor(draft, engine.corpus, unit.text);
    const { hits: all, contentWords } = engine.rankWithCoverage(unit.text, preference);
    const hits = all.filter((h) => h.matchedTerms.length >= TUNING.minMatched);
    // Of the coalition agreements only the one the draft should cite is eligible (an older agreement is not cited
    // for what the one in force does not promise); other corpora (toezeggingen, programmes) always are.
    const eligible = (h: SearchHit) => h.corpusId === preference[0] || engine.corpus.corpus(h.corpusId)?.kind !== 'coalitieakkoord';
    const best = hits.find(eligible);
    if (!best || !accepted(best, contentWords, TUNING)) continue;
    const chosen = [best];
    const second = hits.find((h) => h !== best && eligible(h));
    if (second && second.score >= best.score * TUNING.alikeRatio && accepted(second, contentWords, TUNING)) chosen.push(second);
    const cited = keysOf(unit.part);
    if (chosen.some((h) => cited.has(h.key)) || [...cited].some((k) => hits.slice(0, 3).some((h) => h.key === k))) continue;
    const commitments = chosen.map((h) => engine.corpus.get(h.key)).filter((c): c is Commitment => !!c);
    if (commitments.length === 0) continue;
    out.push({ unit, commitments });
    for (const c of commitments) cited.add(c.key); // one suggestion of a commitment per part is enough
  }
  return out;
});
