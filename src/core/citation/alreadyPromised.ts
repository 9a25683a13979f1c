/**
 * Which request of a draft asks for what a loaded commitment already promises firmly: a dictum that asks the
 * government to act, or a Kamervragen question "Bent u bereid …", whose sentence cites a firm commitment or is
 * strongly and clearly about one (an agreement commitment that decides, legislates or funds; an open promise of the
 * Kamer's register made before the draft). Strict on purpose: a wrong "already promised" costs a member a motie,
 * silence costs nothing.
 */

import { isKamerToezeggingDone } from '../corpus/kamerToezeggingen';
import type { Commitment } from '../corpus/types';
import { openerText } from '../draft/formulas';
import type { Draft } from '../draft/types';
import { onFirstUse } from '../text/lazy';
import type { Span } from '../types';
import { agreementContext } from './agreement';
import type { CitationEngine } from './engine';
import { explainCitations, preferenceFor, type CitationUnit } from './suggest';

/** Firmness that promises the thing itself, not effort, a study, a goal or a view. */
const FIRM = new Set(['besluit', 'wetgeving', 'financiering']);

/** A dictum that asks the government to act (not "spreekt uit", "betreurt", …). */
const ASKS_GOVERNMENT = /^(?:en\s+)?(?:verzoekt|roept\s+\S+(?:\s+\S+)?\s+op|draagt\s+\S+(?:\s+\S+)?\s+op|dringt\s+er\s+bij|vraagt)\b/iu;
/** A question that asks the government to act: "Bent u bereid …", "Is het kabinet bereid …". */
const QUESTION_ASKS = /(?<![\p{L}])(?:bent\s+u|is\s+(?:het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris))\s+bereid\b/iu;

// `v\u00F3\u00F3r` is "vóór": these are pattern sources, and the bundle keeps its regular expressions in ASCII
// (tools/asciiRegex.mjs rewrites literals; a raw string it cannot tell from text).
const TIME = String.raw`(?:v\u00F3\u00F3r|voor|uiterlijk|per|sinds|na|in)\s+(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d\d|(?:v\u00F3\u00F3r|uiterlijk)\s+(?:de|het|eind|medio|begin|\d)|voor\s+(?:het\s+einde|eind|medio|begin|de\s+zomer|het\s+(?:zomer|kerst)reces|\d)|binnen\s+(?:\S+\s+){0,2}(?:dagen|weken|maanden|jaar|jaren)|zo\s+(?:snel|spoedig)\s+mogelijk|op\s+korte\s+termijn|termijn|datum|tijdpad|tijdlijn|planning|eerder|versnel\p{L}*|spoedig\p{L}*`;
const REPORT = String.raw`informe\p{L}*|rapporte\p{L}*|brief|laten\s+weten|aan\s+te\s+geven|voortgang\p{L}*|monitor\p{L}*|evalu\p{L}*|in\s+kaart|onderzo\p{L}*|verken\p{L}*|bezien|overweg\p{L}*|uitwerk\p{L}*|plan\s+van\s+aanpak`;
const MEANS = String.raw`middelen|dekking|begroting\p{L}*|financier\p{L}*|budget\p{L}*|miljoen|miljard`;
const DIFFERS = String.raw`niet|geen|nooit|af\s+te\s+zien|terug\s+te\s+draaien|terug\p{L}*|schrap\p{L}*|stop\p{L}*|uit\s+te\s+stellen|heroverw\p{L}*|herzien|pauze\p{L}*|bevriez\p{L}*|opschort\p{L}*|afschaf\p{L}*|alsnog`;
const FURTHER = String.raw`ook\s+(?:voor|aan|bij|op)|extra|meer|verder\s+dan|uit\s+te\s+breiden|uitbrei\p{L}*|aanvullend\p{L}*|naast|bovenop|tenminste|ten\s+minste|minimaal|wettelijk\p{L}*|in\s+de\s+wet\s+(?:te\s+)?(?:verankeren|vastleggen|opnemen|regelen)|wetsvoorstel\p{L}*`;
/** The groups of words `addsToAgreement` and `addsToRegister` look for. */
export const ADDING_WORDS = { agreement: [TIME, REPORT, MEANS, DIFFERS, FURTHER], register: [TIME, MEANS, DIFFERS, FURTHER] };
/**
 * The pattern of those words: the word boundaries once around all the groups. The same matches as a pair of them around
 * each group (the lookbehind reads the same place for each, and the alternatives are tried in the same order; a test
 * holds the two equal), with fewer caseless Unicode classes for V8 to compile on a check's first request.
 */
export const addingWordsPattern = (groups: readonly string[]) => `(?<![\\p{L}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{N}])|€`;
const words = (...groups: string[]) => new RegExp(addingWordsPattern(groups), 'giu');
/**
 * What makes a request more than an agreement's promise, or something else than it: a date or term, a report to the
 * Kamer, the means; a study instead of the deed; going further ("ook voor", "extra", "versnellen", a duty in law:
 * "wettelijk te borgen" of a promise to build was told it asked what stands already; a staffer's trial); or against it
 * ("niet", "af te zien van", "terug te draaien"). Any of them and the request is not "already promised".
 */
const addsToAgreement = onFirstUse(() => words(...ADDING_WORDS.agreement));
/** The same for a promise of the register, which mostly is a report: asking for that report is asking for the promise. */
const addsToRegister = onFirstUse(() => words(...ADDING_WORDS.register));

/** A sentence strongly about its best hit: this share of its content words matched, and this score (stricter than a citation offer). */
export const ALREADY_PROMISED = { minCoverage: 0.5, minScore: 20, minGap: 4 };

export interface AlreadyPromised extends Span {
  unit: CitationUnit;
  commitment: Commitment;
  /** How the sentence is tied to it: it cites it, or the retrieval finds it clearly. */
  by: 'cited' | 'found';
}

/** Whether a commitment promises firmly as of `date`: a firm agreement commitment, or a register promise open then. */
export function promisesFirmly(c: Commitment, date: string): boolean {
  if (c.register) return !!c.register.status && !isKamerToezeggingDone(c.register.status) && /^openstaand$/i.test(c.register.status.trim()) && (!c.register.made || c.register.made <= date);
  return !!c.firmness && FIRM.has(c.firmness);
}

function asksToAct(draft: Draft, unit: CitationUnit): boolean {
  const part = unit.part;
  if (part.kind === 'dictum') {
    const opener = openerText(draft, part);
    // Only the dictum's first sentence carries its formula's request.
    return ASKS_GOVERNMENT.test(opener) && unit.start <= (part.opener?.end ?? part.start);
  }
  // By the sentence's words alone: kept in its slot, which a sentence the keystroke did not touch keeps (the pattern is
  // unanchored, Unicode and caseless, and ran over every question of a long set of Kamervragen on every keystroke).
  return part.kind === 'vraag' && (unit.slot.asks ??= QUESTION_ASKS.test(unit.text));
}

/** Every request of the draft that asks for what a loaded commitment already promises firmly (one per commitment). */
export function alreadyPromised(draft: Draft, engine: CitationEngine): AlreadyPromised[] {
  const ctx = agreementContext(draft, engine.corpus);
  const out: AlreadyPromised[] = [];
  const seen = new Set<string>();
  for (const { unit, eligible, verdict } of explainCitations(draft, engine)) {
    if (!asksToAct(draft, unit)) continue;
    const found = tiedCommitment(draft, engine, unit, eligible.map((e) => e.hit), verdict);
    if (!found || seen.has(found.commitment.key) || !promisesFirmly(found.commitment, ctx.date)) continue;
    const adds = found.commitment.register ? addsToRegister() : addsToAgreement();
    if (addsSomething(adds, unit.text.slice(requestStart(unit) - unit.start), found.commitment.text)) continue;
    seen.add(found.commitment.key);
    out.push({ start: unit.start, end: unit.end, unit, ...found });
  }
  return out;
}

/** A word that adds or differs, unless the promise itself says it ("een aanvullende beurs" in the agreement). */
function addsSomething(words: RegExp, request: string, promise: string): boolean {
  const own = promise.toLowerCase();
  for (const m of request.matchAll(words)) if (!own.includes(m[0].toLowerCase())) return true;
  return false;
}

/** Where the request's own words begin: after the dictum's formula. */
function requestStart(unit: CitationUnit): number {
  const opener = unit.part.opener;
  return unit.part.kind === 'dictum' && opener && opener.end > unit.start ? opener.end : unit.start;
}

function tiedCommitment(
  draft: Draft,
  engine: CitationEngine,
  unit: CitationUnit,
  hits: { key: string; score: number; matchedWords: number }[],
  verdict: string,
): { commitment: Commitment; by: AlreadyPromised['by'] } | undefined {
  // Most requests cite nothing and have no hit that could be clear (every hit scores at most the best one): nothing to
  // tie them to, without reading the agreement in force (this runs for every request of the draft on every keystroke).
  if (unit.cited.size === 0 && (hits.length === 0 || hits[0]!.score < ALREADY_PROMISED.minScore)) return undefined;
  const { target, order } = preferenceFor(draft, engine.corpus, unit.text);
  // Only the government has promised: the agreement in force on the draft's date, or a promise to the Kamer (the
  // register's, or a file of toezeggingen). An agreement that was not in force, a party's programme or another
  // document promises nothing the government must do.
  const governmentPromise = (c: Commitment) => c.corpusId === target || !!c.register || engine.corpus.corpus(c.corpusId)?.kind === 'toezeggingen';
  const cited = [...unit.cited].map((k) => engine.corpus.get(k)).find((c): c is Commitment => !!c && governmentPromise(c));
  if (cited) return { commitment: cited, by: 'cited' };
  // The government's promises among the hits: a party's programme that says the same (its words are often the ones
  // the agreement took over) may rank above the agreement's promise, and must not hide it, whatever the verdict on the
  // programme's hit (too weak for an incomplete corpus, too close to the agreement's for a lead, or cited).
  const [top, next] = hits.filter((h) => {
    const c = engine.corpus.get(h.key);
    return !!c && governmentPromise(c);
  });
  const promise = top && engine.corpus.get(top.key);
  if (!top || !promise) return undefined;
  // The best hit's verdict speaks for the government's promise when it is that promise.
  if (top === hits[0] && verdict !== 'accepted') return undefined;
  // Words, not occurrences: "de dienst … de dienst" is one word of the sentence (a question about the agency's powers,
  // "dienst" twice, "IT" and "Rijk", was told it asked for a promise on IT staff "in dienst van het Rijk").
  const { distinctWords } = engine.rankWithCoverage(unit.text, order);
  const coverage = top.matchedWords / Math.max(distinctWords, 1);
  const clear = top.score >= ALREADY_PROMISED.minScore && coverage >= ALREADY_PROMISED.minCoverage && top.score - (next?.score ?? 0) >= ALREADY_PROMISED.minGap;
  return clear ? { commitment: promise, by: 'found' } : undefined;
}
