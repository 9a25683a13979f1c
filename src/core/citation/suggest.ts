import type { CorpusSet } from '../corpus/registry';
import { splitCitationKey } from '../corpus/citationKey';
import { lookAlikes } from './lookup';
import type { Commitment } from '../corpus/types';
import type { CitationRef, Draft, Part, Quote } from '../draft/types';
import { priorIndex, priorIndexAt } from '../draft/prior';
import { perDraft } from './memo';
import type { SearchHit } from '../retrieval/search';
import { firstStartingAt, NONE, startingIn } from '../text/positions';
import { detached } from '../text/detach';
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';
import { isConstatering, openerText } from '../draft/formulas';
import { agreementContext } from './agreement';
import { namedAgreement } from './attribution';
import type { CitationEngine } from './engine';
import { ObjectMemo } from '../text/objectMemo';

/**
 * Decision constants of the citation suggestion, tuned on the development split of `test/eval/` (never on its
 * held-out split). `npm run eval` reports what they give.
 */
export const TUNING = {
  /** A commitment needs at least this BM25F score on its best sentence … */
  minScore: 20,
  /**
   * … with this share of the sentence's content words matched (0.3 before; with the lead below, 0.35 keeps the right
   * suggestions of the real documents' dev split and drops a wrong one) …
   */
  minCoverage: 0.35,
  /** … and, from an agreement the corpus holds only partly (`complete: false`), more: prefer silence. */
  partialMinScore: 24,
  partialMinCoverage: 0.3,
  /** A sentence that says it reports the agreement ("conform het coalitieakkoord", "volgens het regeerakkoord"). */
  attributedMinScore: 14,
  attributedMinCoverage: 0.2,
  /**
   * A weaker hit that stands clearly above the next one and covers a good part of the sentence is as clear ("het
   * kabinet wil een Nederlandse Digitale Dienst met doorzettingsmacht oprichten": one commitment, nothing near it).
   * Real moties name a promise by a few of the agreement's words inside a longer sentence of their own ("verzoekt de
   * regering de stapsgewijze verhoging van het minimumloon ook voor jongeren en stagiairs te laten gelden"): a lead
   * over the next hit on a solid score says more than the share of the sentence matched. On the real documents' dev
   * split (12, 8, 0.6 before) this found 3 more of 93 citations and dropped a suggestion on a three-word list item.
   */
  peakedMinScore: 16,
  peakedMinGap: 6,
  peakedMinCoverage: 0.35,
  /**
   * From an agreement the corpus holds only partly, a lead over the next hit proves little (the commitment that would
   * beat it may be missing): the lead must be larger and cover most of the sentence.
   */
  partialPeakedMinScore: 12,
  partialPeakedMinGap: 8,
  partialPeakedMinCoverage: 0.6,
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
  /** A constatering without plan words: it states a fact, is never offered a citation and is not ranked. */
  fact: boolean;
  /** Where the unit's explanation is kept; the same slot in the next version while its words and part stay the same. */
  readonly slot: ExplanationSlot;
}

/**
 * One unit's last explanation, with the engine (by its number, `engineNumber`: a slot must not keep an engine of an
 * older corpus alive) and the agreement context (target and date) it was made under.
 */
export interface ExplanationSlot {
  /** Its part's kind and opener, the keys it cites and its words: what the explanation depends on within the draft. */
  readonly key: string;
  explained?: { engine: number; context: string; value: Omit<UnitExplanation, 'unit'> };
  /** A question's: whether it asks the government to act, by its words (see `alreadyPromised`). */
  asks?: boolean;
}

export interface Suggestion {
  unit: CitationUnit;
  /** One commitment, or two that score alike (best first). */
  commitments: Commitment[];
}

const UNIT_PARTS = new Set(['overweging', 'dictum', 'vraag']);

const unitMemo = new ObjectMemo<Draft, CitationUnit[]>();

/** The sentences of a draft's overwegingen, dicta and questions (computed once per draft version). */
export function citationUnits(draft: Draft): CitationUnit[] {
  let units = unitMemo.get(draft);
  if (!units) unitMemo.set(draft, (units = computeUnits(draft)));
  return units;
}

/**
 * A unit as its part sees it: offsets from the part's start, and the slot its explanation is kept in. Kept per part,
 * so that after a keystroke the units of every other part are the same objects as before, explained already.
 */
interface PartUnit {
  start: number;
  end: number;
  text: string;
  cited: Set<string>;
  fact: boolean;
  slot: ExplanationSlot;
}

/** A part's units with the shape they were computed for (see `computeUnits`). */
interface PartUnits {
  shape: string | undefined;
  rel: PartUnit[];
}

/**
 * The units of a version's parts, in the order of its parts (none for parts that hold no units), and what its
 * footnotes cite (`notesKey`).
 */
const unitsOfParts = new ObjectMemo<readonly Part[], { entries: (PartUnits | undefined)[]; notes: string }>();

/** What a part's units are made from besides its masked words. */
interface PartContext {
  from: number;
  opener: string;
  citations: readonly CitationRef[];
  references: readonly { label: string; span: Span }[];
  quotes: readonly Quote[];
  footnoteKeys: Map<string, string[]>;
}

function computeUnits(draft: Draft): CitationUnit[] {
  const footnoteKeys = new Map<string, string[]>();
  for (const def of draft.lines.footnoteDefinitions) {
    // The citations that start in the note (a binary search: a long draft has hundreds of both), and end in it.
    const inNote = startingIn(draft.citations, citationStart, def.span.start, def.span.end);
    footnoteKeys.set(
      def.label,
      inNote.filter((c) => c.end <= def.span.end).map((c) => c.key),
    );
  }
  const units: CitationUnit[] = [];
  const entries: (PartUnits | undefined)[] = new Array(draft.parts.length);
  const notes = notesKey(footnoteKeys);
  const stored = draft.prior && unitsOfParts.get(draft.prior.parts);
  const before = stored?.entries;
  // With the footnotes citing what they cited before, a part the keystroke did not touch (`priorIndex`: the same
  // shape and words around it) has the same citations, markers and quotations relative to it: its units, at once. (A
  // quotation that opens before the part blanks its words, which `priorIndex` compares.)
  const sameNotes = stored?.notes === notes;
  for (let i = 0; i < draft.parts.length; i++) {
    const part = draft.parts[i]!;
    if (!UNIT_PARTS.has(part.kind)) continue;
    // The same part of the previous version (the same words around it, `priorIndex`) keeps its units, the same objects,
    // when its footnotes cite the same or its citations, markers and quotations are the same relative to it (its shape).
    const old = before ? priorIndex(draft, i) : -1;
    const kept = old >= 0 ? before![old] : undefined;
    const entry = (sameNotes && kept) || partUnits(draft, part, footnoteKeys, kept);
    entries[i] = entry;
    const at = part.start;
    for (const u of entry.rel) units.push({ start: u.start + at, end: u.end + at, part, text: u.text, cited: u.cited, fact: u.fact, slot: u.slot });
  }
  unitsOfParts.set(draft.parts, { entries, notes });
  return units;
}

/**
 * A part's units: those of the previous version's same part (`kept`) when its citations, markers and quotations are
 * the same relative to it; else the part split again, its sentences that kept their words keeping their slots (only
 * the sentence being typed in is ranked again).
 */
function partUnits(draft: Draft, part: Part, footnoteKeys: Map<string, string[]>, kept: PartUnits | undefined): PartUnits {
  const from = part.opener && part.kind === 'vraag' ? part.opener.end : part.start;
  // The part's own citations and markers (a marker may follow its sentence by a few characters).
  const citations = startingIn(draft.citations, citationStart, part.start, part.end);
  const references = startingIn(draft.lines.footnoteReferences, referenceStart, part.start, part.end + 6);
  const quotes = quotesWithin(draft.quotes, from, part.end);
  const at = part.start;
  // Everything the part's units depend on besides its masked words, relative to the part; most parts cite nothing and
  // quote nothing.
  const plain = citations.length === 0 && references.length === 0 && quotes.length === 0;
  const shape = plain
    ? undefined
    : [
        citations.map((c) => `${c.start - at},${c.end - at},${c.key}`).join(';'),
        references.map((r) => `${r.span.start - at}:${(footnoteKeys.get(r.label) ?? []).join(',')}`).join(';'),
        quotes.map((q) => `${q.inner.start - at},${q.inner.end - at}`).join(';'),
      ].join('\u0001');
  if (kept && kept.shape === shape) return kept;
  const masked = draft.lines.masked;
  const ctx: PartContext = { from, opener: openerText(draft, part), citations, references, quotes, footnoteKeys };
  return { shape, rel: keepSlots(splitUnits(masked, part, ctx), previousUnits(draft, part)) };
}

/** What the footnotes cite, by label, as one string (a draft has a few footnotes). */
function notesKey(footnoteKeys: ReadonlyMap<string, readonly string[]>): string {
  let key = '';
  for (const [label, keys] of footnoteKeys) key += `${label}\u0000${keys.join('\u0001')}\u0002`;
  return key;
}

/**
 * A sentence with its citation keys (`[@…]`, `[zie @…]`: brackets on one line holding an `@`) and footnote markers
 * (`[^1]`, read as the draft model reads them: `FOOTNOTE_REFERENCE`, a label without ']', '[' or white space) turned into
 * spaces, as `/\[[^\]\n]*@[^\]\n]*\]/g` and `/\[\^[^\]\s[]+\]/g` would, in one pass each: the first tries every `[` of a
 * run without its `]` to the run's end (80,000 × "[" took 7 s). Every `[` of such a run ends at the same place, so when
 * the first fails for want of a `]` (or of an `@`, which a later start within the run cannot have either) the scan goes
 * on after the run.
 */
export function blankMarkers(text: string): string {
  const spans: [number, number][] = [];
  for (let p = text.indexOf('['); p >= 0; ) {
    let e = p + 1;
    while (e < text.length && text[e] !== ']' && text[e] !== '\n') e++;
    if (text[e] === ']' && text.slice(p + 1, e).includes('@')) spans.push([p, e + 1]);
    p = text.indexOf('[', e);
  }
  let out = blankSpans(text, spans);
  spans.length = 0;
  for (let p = out.indexOf('[^'); p >= 0; ) {
    let e = p + 2;
    while (e < out.length && out[e] !== ']' && out[e] !== '[' && !/\s/.test(out[e]!)) e++;
    if (out[e] === ']' && e > p + 2) spans.push([p, e + 1]);
    // A "[^]" fails alone; a run that ends without "]" fails for every "[^" in it (a "[" that ends it may begin the next).
    p = out.indexOf('[^', out[e] === ']' && e === p + 2 ? p + 1 : e);
  }
  out = blankSpans(out, spans);
  return out;
}

/** `text` with each of `spans` (sorted, apart) turned into spaces. */
function blankSpans(text: string, spans: readonly [number, number][]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** A part's sentences as units, offsets relative to the part. */
function splitUnits(masked: string, part: Part, ctx: PartContext): PartUnit[] {
  const rel: PartUnit[] = [];
  const at = part.start;
  for (const s of keepQuotesWhole(sentencesAt(masked.slice(ctx.from, part.end), ctx.from), ctx.quotes)) {
    const cited = new Set<string>();
    for (const c of ctx.citations) if (c.start >= s.start && c.end <= s.end) cited.add(detached(c.key));
    for (const r of ctx.references) {
      if (r.span.start >= s.start && r.span.start <= s.end + 6) for (const k of ctx.footnoteKeys.get(r.label) ?? []) cited.add(detached(k));
    }
    // Kept across versions: a copy, not a view of this version's text (see `detached`).
    const text = blankMarkers(detached(masked.slice(s.start, s.end)));
    if (text.trim().split(/\s+/).length < 4) continue;
    const slot = { key: JSON.stringify([part.kind, ctx.opener, [...cited].sort(), text]) };
    rel.push({ start: s.start - at, end: s.end - at, text, cited, fact: statesFact({ kind: part.kind, opener: ctx.opener, text }), slot });
  }
  return rel;
}

/**
 * The units the part had in the previous version, when it changed: the edit lies in it (same start) or in the margin
 * before it (start shifted by the edit).
 */
function previousUnits(draft: Draft, part: Part): readonly PartUnit[] | undefined {
  const prior = draft.prior;
  if (!prior) return undefined;
  let at = priorIndexAt(prior, part.start);
  if (at < 0) at = priorIndexAt(prior, part.start - prior.delta);
  return prior.parts[at]?.kind === part.kind ? unitsOfParts.get(prior.parts)?.entries[at]?.rel : undefined;
}

/** New units take the slot of a previous unit with the same key (the same words, part kind, opener and citations). */
function keepSlots(units: PartUnit[], previous: readonly PartUnit[] | undefined): PartUnit[] {
  if (!previous?.length) return units;
  const slots = new Map(previous.map((p) => [p.slot.key, p.slot]));
  for (const u of units) u.slot = slots.get(u.slot.key) ?? u.slot;
  return units;
}

/** The sentences of a part's text at `offset` (a keystroke splits only the part it is in: `computeUnits`). */
function sentencesAt(text: string, offset: number): Span[] {
  return splitSentences(text, offset);
}

/** The quotations that overlap `from`–`to`; a draft's quotations never overlap, so they are sorted by start and by end. */
function quotesWithin(quotes: readonly Quote[], from: number, to: number): readonly Quote[] {
  // The first that ends after `from` (sorted by end as by start); then those that start before `to`.
  const first = firstStartingAt(quotes, quoteEnd, from + 1);
  let end = first;
  while (end < quotes.length && quotes[end]!.inner.start < to) end++;
  return end === first ? NONE : quotes.slice(first, end);
}

const quoteEnd = (q: Quote) => q.inner.end;
const citationStart = (c: CitationRef) => c.start;
const referenceStart = (r: { span: Span }) => r.span.start;

/** A quotation of several sentences stays in one unit: never split a sentence inside quotation marks. */
function keepQuotesWhole(sentences: Span[], quotes: readonly Quote[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (prev && quotes.some((q) => q.inner.start < s.start && prev.end < q.inner.end)) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Corpus ids in order of preference for one sentence of a draft: the agreement the sentence names ("het
 * coalitieakkoord van 2021"), else the draft's target (the agreement it names, or the one in force on its date);
 * then every other loaded corpus. `target` is the only coalition agreement a suggestion may come from; it is
 * undefined when the agreement that counts is not loaded.
 */
export function preferenceFor(draft: Draft, corpus: CorpusSet, sentence?: string): { target: string | undefined; order: string[] } {
  const ctx = agreementContext(draft, corpus);
  return preferenceOn(corpus, ctx.target, ctx.date, sentence);
}

/** `preferenceFor` from the draft's agreement context (its target and date) alone. */
function preferenceOn(corpus: CorpusSet, draftTarget: string | undefined, date: string, sentence?: string): { target: string | undefined; order: string[] } {
  const named = sentence ? namedAgreement(sentence, corpus.timeline, date) : undefined;
  const target = named !== undefined ? (corpus.corpus(named) ? named : undefined) : draftTarget;
  const ids = corpus.corpora.map((c) => c.id);
  return { target, order: [...new Set([target, ...ids.filter((id) => !corpus.isReplaced(id)), ...ids].filter((x): x is string => !!x))] };
}

/**
 * Words that say a sentence is about what the government promised or plans: "het kabinet wil", "de regering is
 * voornemens", "conform het coalitieakkoord", "de ambitie", "het kabinetsdoel". A constatering without them reports
 * a fact (an event, a number, a foreign law) and gets no suggestion; a dictum asks for something and needs none.
 */
const REFERS_TO_PLAN =
  /(?<![\p{L}\p{N}])(?:(?:kabinet|regering|coalitie|ambitie|doelstelling|minister|staatssecretaris)\p{L}*|regeerakkoord|hoofdlijnenakkoord|voornemens?|aangekondigde?|afgesproken|beoogde?|plannen|plan|toegezegde?|beloofde?)(?![\p{L}\p{N}])/iu;

/** The agreement as a draft names it: "het (nieuwe) coalitieakkoord", "het regeerakkoord", "het hoofdlijnenakkoord". */
const AGREEMENT = '(?:coalitie|regeer|hoofdlijnen)akkoord';

/** A sentence that attributes its claim to the agreement, in its own words: "volgens het coalitieakkoord …". */
export const ATTRIBUTES_TO_AGREEMENT = new RegExp(
  `(?:volgens|conform|in|uit|zoals\\s+in)\\s+het\\s+(?:nieuwe\\s+|huidige\\s+)?${AGREEMENT}|het\\s+${AGREEMENT}\\s+(?:stelt|noemt|belooft|zegt|schrijft|bepaalt)|(?:is|zijn|werd|werden)\\s+in\\s+het\\s+${AGREEMENT}\\s+afgesproken`,
  'i',
);

/**
 * A heading that says the whole document is about the agreement: Kamervragen "aan de Minister van Defensie over het
 * coalitieakkoord", a motie's kop "over het regeerakkoord". Every question or request under it refers to the
 * agreement, as a sentence that says so itself does (`ATTRIBUTES_TO_AGREEMENT`).
 */
const HEADING_ABOUT_AGREEMENT = new RegExp(`\\bover\\s+het\\s+(?:nieuwe\\s+|huidige\\s+)?${AGREEMENT}\\b`, 'i');

/** Whether the draft's heading (a motie's kop, the header of Kamervragen) says it is about the agreement. */
function headingAboutAgreement(draft: Draft): boolean {
  return draft.parts.some((p) => (p.kind === 'kop' || p.kind === 'header') && HEADING_ABOUT_AGREEMENT.test(draft.text.slice(p.start, p.end)));
}

/**
 * Why a sentence's best hit is or is not offered: `weak` (score, coverage and lead too low); `off-subject`: the sentence
 * states a fact (`statesFact`) and was not ranked.
 */
export type Acceptance = 'accepted' | 'weak' | 'off-subject';

/**
 * Strong enough, and about the commitment rather than sharing words with it: the best hit of its sentence, with
 * enough of the sentence's content words, in a sentence that asks something (a dictum, a question), that argues a
 * position ("overwegende dat", "van mening dat"), or that refers to the government's plans (a constatering that does
 * not is a fact, never ranked). From an incomplete corpus only strong hits.
 */
function acceptance(hit: SearchHit, next: SearchHit | undefined, contentWords: number, unit: UnitShape, complete: boolean, tuning: Tuning): Acceptance {
  const covered = new Set(hit.matchedSpans.map((s) => s.start)).size / Math.max(contentWords, 1);
  const [minScore, minCoverage] = unit.aboutAgreement || ATTRIBUTES_TO_AGREEMENT.test(unit.text)
    ? [tuning.attributedMinScore, tuning.attributedMinCoverage]
    : complete
      ? [tuning.minScore, tuning.minCoverage]
      : [tuning.partialMinScore, tuning.partialMinCoverage];
  const strong = hit.score >= minScore && covered >= minCoverage;
  const [peakScore, peakGap, peakCoverage] = complete
    ? [tuning.peakedMinScore, tuning.peakedMinGap, tuning.peakedMinCoverage]
    : [tuning.partialPeakedMinScore, tuning.partialPeakedMinGap, tuning.partialPeakedMinCoverage];
  const peaked = hit.score >= peakScore && hit.score - (next?.score ?? 0) >= peakGap && covered >= peakCoverage;
  return strong || peaked ? 'accepted' : 'weak';
}

/**
 * A constatering states a fact ("dat zes van de tien IT-projecten hun budget overschreden"): only its own words can
 * tie it to a promise (plan words: "het kabinet wil", "conform het coalitieakkoord"). An overweging that weighs
 * ("overwegende dat een betekenisvolle aanvullende beurs nodig is") argues for or against what it names, as a dictum
 * asks for it: a strong hit there is what it argues about. (Before, it also needed the document to name the
 * agreement; the dev split of the real documents found 3 more of 93 citations without it and one wrong offer more,
 * the synthetic set 0.65 → 0.74 recall at precision 1.00.)
 */
function statesFact(unit: UnitShape): boolean {
  return unit.kind !== 'dictum' && unit.kind !== 'vraag' && isConstatering(unit.opener) && !REFERS_TO_PLAN.test(unit.text);
}

/** What the verdict on a sentence depends on besides the ranking: its words, the kind of its part and that part's opener. */
interface UnitShape {
  text: string;
  kind: string;
  opener: string;
  /** The draft's heading says it is about the agreement (`headingAboutAgreement`). */
  aboutAgreement?: boolean;
}

/** How the matcher sees one sentence: its eligible hits (best first) and whether the best one is offered. */
export interface UnitExplanation {
  unit: CitationUnit;
  /** The agreement a suggestion may come from (undefined when the one in force is not loaded); the draft's for a fact. */
  target: string | undefined;
  /**
   * Hits of the target agreement or of corpora that are no coalition agreement; `alike`: offered beside the first.
   * Empty for a constatering that states a fact (`off-subject`): it is not ranked.
   */
  eligible: { hit: SearchHit; alike: boolean }[];
  /** `no-hit`: nothing eligible; `cited`: the unit cites its best hit already; else the acceptance of the best hit. */
  verdict: Acceptance | 'no-hit' | 'cited';
}

/**
 * Every citation unit of a draft with the matcher's view of it (computed once per draft version): what
 * `suggestCitations` offers from, and what the evaluation reads to tell why a citation was missed.
 */
export const explainCitations = perDraft((draft: Draft, engine: CitationEngine): UnitExplanation[] => {
  const ctx = agreementContext(draft, engine.corpus);
  // Everything the explanation depends on besides the unit (its slot's key): after a keystroke only the sentences
  // whose words or context changed are ranked again (test/unit/incremental.property.test.ts holds it to a full check).
  // The explanation lives in the unit's slot, which lives as long as the unit (and holds the engine by its number):
  // nothing to bound or clear.
  const about = headingAboutAgreement(draft);
  const context = `${ctx.target ?? ''}\u0000${ctx.date}\u0000${about}`;
  const number = engineNumber(engine);
  return citationUnits(draft).map((unit) => {
    // A fact is not ranked: explained at once.
    if (unit.fact) return { unit, target: ctx.target, eligible: [], verdict: 'off-subject' };
    let kept = unit.slot.explained;
    if (!kept || kept.engine !== number || kept.context !== context) {
      const opener = openerText(draft, unit.part);
      unit.slot.explained = kept = { engine: number, context, value: explain(engine, ctx.target ?? '', ctx.date, unit, opener, about) };
    }
    // Written out, not spread: a long draft has thousands of units, each explained again on every keystroke.
    const { target, eligible, verdict } = kept.value;
    return { unit, target, eligible, verdict };
  });
});

const engineNumbers = new WeakMap<CitationEngine, number>();
let engines = 0;

/** A number per engine (per corpus version and lexicon), for slots that must not keep the engine itself. */
function engineNumber(engine: CitationEngine): number {
  let n = engineNumbers.get(engine);
  if (n === undefined) engineNumbers.set(engine, (n = ++engines));
  return n;
}

/** The look-alikes of the keys the sentence cites that name no commitment of the loaded corpus they name. */
function mistypedLookAlikes(engine: CitationEngine, cited: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const key of cited) {
    if (engine.corpus.get(key) || !engine.corpus.corpus(splitCitationKey(key).corpusId ?? '')) continue;
    for (const c of lookAlikes(engine, key)) out.add(c.key);
  }
  return out;
}

/** One sentence's explanation from its words and context (see `explainCitations`). */
function explain(engine: CitationEngine, draftTarget: string, date: string, unit: CitationUnit, opener: string, aboutAgreement: boolean): Omit<UnitExplanation, 'unit'> {
  const { text, cited } = unit;
  const shape: UnitShape = { text, kind: unit.part.kind, opener, aboutAgreement };
  const { target, order } = preferenceOn(engine.corpus, draftTarget || undefined, date, text);
  // Without the agreement that counts, only corpora that are no agreement could offer anything: with none of those
  // loaded (the built-in set), ranking the sentence would find nothing eligible.
  if (target === undefined && engine.corpus.corpora.every((c) => c.kind === 'coalitieakkoord')) return { target, eligible: [], verdict: 'no-hit' };
  const { hits: all, contentWords } = engine.rankWithCoverage(text, order);
  const hits = all.filter((h) => h.matchedTerms.length >= TUNING.minMatched && (h.corpusId === target || engine.corpus.corpus(h.corpusId)?.kind !== 'coalitieakkoord'));
  const eligible = hits.map((hit) => ({ hit, alike: false }));
  const top = hits[0];
  if (!top) return { target, eligible, verdict: 'no-hit' };
  if (cited.has(top.key)) return { target, eligible, verdict: 'cited' };
  // A key with a slip ("[@ca2026:nederlandse-digitale-diesnt]") cites its look-alike already: the key's own finding puts
  // it right; a suggestion beside it added a second key and kept the slip (a trial of the language server). Only that
  // look-alike: another commitment, or a slip without one ("[@ca2026:todo]"), is still suggested (a reviewer).
  if (mistypedLookAlikes(engine, cited).has(top.key)) return { target, eligible, verdict: 'cited' };
  const complete = engine.corpus.corpus(top.corpusId)?.complete ?? false;
  const verdict = acceptance(top, hits[1], contentWords, shape, complete, TUNING);
  const second = hits[1];
  if (verdict === 'accepted' && second && second.score >= top.score * TUNING.alikeRatio) {
    eligible[1]!.alike = acceptance(second, hits[2], contentWords, shape, complete, TUNING) === 'accepted';
  }
  return { target, eligible, verdict };
}

/**
 * One suggestion per commitment per document, on the sentence it fits best; none for a commitment the document
 * cites already (directly or through a footnote). A sentence gets at most one suggestion (two commitments when they
 * score alike). Only the agreement that counts for the draft (named, or in force on its date) may be suggested of the
 * coalition agreements; other corpora (toezeggingen, programmes) always may.
 */
export const suggestCitations = perDraft((draft: Draft, engine: CitationEngine): Suggestion[] => {
  const units = citationUnits(draft);
  const citedInDocument = new Set<string>();
  for (const u of units) for (const k of u.cited) citedInDocument.add(k);
  for (const c of draft.citations) citedInDocument.add(c.key);
  // The best sentence per commitment: (unit, hits offered there).
  const best = new Map<string, { unit: CitationUnit; chosen: SearchHit[] }>();
  for (const { unit, eligible, verdict } of explainCitations(draft, engine)) {
    if (verdict !== 'accepted') continue;
    const chosen = eligible.slice(0, eligible[1]?.alike ? 2 : 1).map((e) => e.hit);
    for (const h of chosen) {
      const known = best.get(h.key);
      if (!known || h.score > (known.chosen.find((x) => x.key === h.key)?.score ?? 0)) best.set(h.key, { unit, chosen });
    }
  }
  const out = new Map<CitationUnit, Suggestion>();
  for (const [key, { unit, chosen }] of best) {
    // Another sentence fits this commitment better, or the document cites it already: not here.
    if (citedInDocument.has(key) || best.get(key)?.unit !== unit) continue;
    const suggestion = out.get(unit) ?? { unit, commitments: [] };
    const c = engine.corpus.get(key);
    if (c && chosen.some((h) => h.key === key) && !suggestion.commitments.some((x) => x.key === key)) suggestion.commitments.push(c);
    out.set(unit, suggestion);
  }
  // Best first within a sentence, in the order the engine ranked them.
  return [...out.values()]
    .map((s) => {
      const order = best.get(s.commitments[0]!.key)!.chosen.map((h) => h.key);
      return { ...s, commitments: [...s.commitments].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) };
    })
    .filter((s) => s.commitments.length > 0)
    .sort((a, b) => a.unit.start - b.unit.start);
});
