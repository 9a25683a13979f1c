/**
 * From a paragraph to citable units: consecutive sentences of one paragraph, where a sentence that cannot stand
 * alone (a continuation word, a back reference, no subject matter of its own) joins the unit before it.
 */

import { splitSentences } from '../../text/sentences';
import type { Span } from '../../types';
import { firmnessOf } from './firmness';
import { comparisonForm, firstIndex, fold } from './match';
import type { FirmnessRules, IdRules, UnitRules } from './rules';
import { contentWords } from './words';

/**
 * Why a sentence cannot stand alone and continues the unit before it; `fixed`: both lie in one span the caller fixed
 * as a unit (a passage an earlier corpus cites by key).
 */
export type AttachReason = 'starter' | 'weak-starter' | 'anaphor' | 'no-content' | 'listed' | 'fixed';

/** The parts of the table the unit split reads. */
export type SplitRules = UnitRules & FirmnessRules & Pick<IdRules, 'idPhrases' | 'idStopwords' | 'idShortWords' | 'verbForms'>;

export interface Unit {
  /** The repaired paragraph text the unit is a slice of. */
  paragraphText: string;
  /** Verbatim text of the unit (consecutive sentences of the paragraph). */
  text: string;
  sentences: string[];
  /** For each sentence after the first: why it joined the unit. */
  attached: AttachReason[];
  /** Index of the fixed span (see `splitUnits`) this unit is, if any. */
  fixed?: number;
}

export interface UnitSplit {
  units: Unit[];
  /** The `after` of every missing full stop restored in this paragraph (a stop never used is a stale rule). */
  stopsUsed: string[];
}

/** Sentences of a paragraph, with the known missing full stops of the source restored as split points. */
export function sentenceSpans(text: string, rules: Pick<UnitRules, 'missingStops'>, used?: Set<string>): Span[] {
  const out: Span[] = [];
  for (const s of splitSentences(text)) {
    let start = s.start;
    for (const stop of rules.missingStops) {
      const slice = text.slice(start, s.end);
      const i = slice.indexOf(`${stop.after} ${stop.at}`);
      if (i < 0) continue;
      const cut = start + i + stop.after.length;
      out.push({ start, end: cut });
      start = cut + 1;
      used?.add(stop.after);
    }
    out.push({ start, end: s.end });
  }
  return out;
}

function wordsBefore(text: string, at: number): number {
  return (text.slice(0, at).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function startsWithAny(sentence: string, starters: readonly RegExp[]): boolean {
  return starters.some((re) => re.test(sentence));
}

/**
 * The first clause of a sentence: up to the first comma, colon, semicolon or subordinating conjunction
 * (`attach.clauseEnd`); a sentence that starts with a subordinate clause keeps it and its main clause.
 * A back reference later in the sentence usually points inside the sentence ("… starters helpen, zonder dat
 * hierdoor de prijzen stijgen").
 */
export function firstClause(sentence: string, rules: Pick<UnitRules, 'clauseEnd'>): string {
  const folded = fold(sentence);
  const ends = [...folded.matchAll(rules.clauseEnd)].map((m) => m.index);
  if (ends.length === 0) return sentence;
  if (ends[0]! > 0) return sentence.slice(0, ends[0]);
  // A fronted clause ("Om dit doel te halen, spreken we af om …"): it and the main clause after its comma.
  const comma = folded.indexOf(',');
  if (comma < 0) return sentence;
  const next = ends.find((e) => e > comma);
  return next === undefined ? sentence : sentence.slice(0, next);
}

/**
 * Why this sentence depends on the one before it, or undefined when it stands alone: it starts with a
 * continuation word ("Daarom", "In totaal"; "Ook" only when it promises nothing itself), refers back in its first
 * clause ("hiervoor", "daarin", "dit", "dit doel"), has no subject matter of its own ("Structureel trekken we €3
 * miljard uit."), or is one of the listed exceptions.
 */
export function attachReason(sentence: string, rules: SplitRules): AttachReason | undefined {
  if (startsWithAny(sentence, rules.attachStarters)) return 'starter';
  if (startsWithAny(sentence, rules.attachWeakStarters) && !firmnessOf([sentence], rules).firmness) return 'weak-starter';
  const clause = fold(firstClause(sentence, rules));
  if (firstIndex(rules.attachAnaphora, clause) >= 0) return 'anaphor';
  const at = firstIndex(rules.attachEarlyAnaphora, clause);
  if (at >= 0 && wordsBefore(clause, at) < rules.earlyWithin) return 'anaphor';
  if (firstIndex(rules.attachAnaphoraAnywhere, fold(sentence)) >= 0) return 'anaphor';
  if (contentWords(sentence, rules).every((w) => rules.notContent.some((re) => re.test(w)))) return 'no-content';
  const form = comparisonForm(sentence);
  if (rules.attachSentences.some((s) => form.startsWith(comparisonForm(s)))) return 'listed';
  return undefined;
}

/**
 * The sentences, also split where a fixed span (a passage an earlier corpus cut out of the same text) starts or ends
 * inside one before a capital letter: the source lost a full stop there ("… de Kamer versterken Wij willen …"), and
 * the earlier corpus, made with a table that knows that stop, says where it was.
 */
export function splitAtFixedEdges(text: string, spans: readonly Span[], fixed: readonly Span[]): Span[] {
  const cuts = new Set<number>();
  for (const f of fixed) {
    // The span's end followed by space and a capital, or its capital start preceded by a word and a space.
    if (/^\s+\p{Lu}/u.test(text.slice(f.end)) && /[\p{L}\p{N})]$/u.test(text.slice(0, f.end))) cuts.add(f.end);
    if (/^\p{Lu}/u.test(text.slice(f.start)) && /[\p{L}\p{N})]\s+$/u.test(text.slice(Math.max(0, f.start - 40), f.start))) cuts.add(f.start);
  }
  if (cuts.size === 0) return [...spans];
  const out: Span[] = [];
  for (const s of spans) {
    let start = s.start;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      if (cut <= start || cut >= s.end) continue;
      const end = start + text.slice(start, cut).trimEnd().length;
      if (end > start) out.push({ start, end });
      start = cut + (text.slice(cut).length - text.slice(cut).trimStart().length);
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/**
 * Group a repaired paragraph's sentences into units: a sentence that cannot stand alone joins the unit before it,
 * up to `maxSentences`. Never across paragraphs: a unit is a slice of one paragraph. A table row is one unit.
 * `fixed` spans (offsets in `text`) are units whatever the rules say: the sentences they touch form one unit, and
 * no other sentence joins it.
 */
export function splitUnits(text: string, rules: SplitRules, options: { table?: boolean; fixed?: readonly Span[] } = {}): UnitSplit {
  if (options.table) return { units: [{ paragraphText: text, text, sentences: [text], attached: [] }], stopsUsed: [] };
  const used = new Set<string>();
  const spans = splitAtFixedEdges(text, sentenceSpans(text, rules, used), options.fixed ?? []);
  const reasons = spans.map((s) => attachReason(text.slice(s.start, s.end), rules));
  const fixed = spans.map((s) => options.fixed?.findIndex((f) => s.start < f.end && f.start < s.end) ?? -1);
  const groups: { spans: Span[]; attached: AttachReason[]; fixed: number }[] = [];
  spans.forEach((s, i) => {
    const last = groups[groups.length - 1];
    if (fixed[i]! >= 0 || (last && last.fixed >= 0)) {
      if (last && last.fixed === fixed[i]) {
        last.spans.push(s);
        last.attached.push('fixed');
      } else groups.push({ spans: [s], attached: [], fixed: fixed[i]! });
      return;
    }
    let why = last && last.spans.length < rules.maxSentences ? reasons[i] : undefined;
    // "Ook vragen de opgaven … een Europese aanpak. Daarom gaat Nederland …": a sentence that only adds context and
    // that the next sentence builds on opens the next unit instead.
    const next = reasons[i + 1];
    if (why === 'weak-starter' && next && next !== 'weak-starter') why = undefined;
    if (last && why) {
      last.spans.push(s);
      last.attached.push(why);
    } else groups.push({ spans: [s], attached: [], fixed: -1 });
  });
  const units = groups.map(({ spans: g, attached, fixed: f }) => {
    const unit: Unit = {
      paragraphText: text,
      text: text.slice(g[0]!.start, g[g.length - 1]!.end),
      sentences: g.map((s) => text.slice(s.start, s.end)),
      attached,
    };
    if (f >= 0) unit.fixed = f;
    return unit;
  });
  return { units, stopsUsed: [...used] };
}
