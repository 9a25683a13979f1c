/**
 * From paragraphs to citable units, and the classification of each unit (promise or context, firmness, tags,
 * ministries), by the rules in rules.yaml. Deterministic and pure.
 */

import { joinBrokenHyphens, normaliseSpaces } from '../../../src/core/corpus/text';
import { splitSentences } from '../../../src/core/text/sentences';
import type { Span } from '../../../src/core/types';
import type { Firmness } from '../../../src/core/corpus/types';
import type { Paragraph } from './parse';
import { norm } from '../util';
import { contentWords } from './ids';
import { firstIndex, fold } from './rules';
import type { Rules } from './rules';

export interface Unit {
  paragraph: Paragraph;
  /** The cleaned paragraph text the unit is a slice of. */
  paragraphText: string;
  /** Verbatim text of the unit (consecutive sentences of the paragraph). */
  text: string;
  sentences: string[];
  /** For each sentence after the first: why it joined the unit. */
  attached: AttachReason[];
}

export interface Classification {
  kind: 'commitment' | 'context';
  firmness?: Firmness;
  /** The sentence that decided the firmness (or the first sentence). */
  lead: string;
  tags: string[];
  /** True when no keyword matched and the tags are the heading's defaults. */
  defaultTags: boolean;
  ministry: string[];
  deadline?: string;
  amount?: string;
}

/** The paragraph text as it goes into the corpus: words broken by the PDF joined, whitespace normalised. */
export function cleanParagraph(text: string): string {
  return normaliseSpaces(joinBrokenHyphens(text));
}

/** Sentences of a paragraph, with the known missing full stops of the source restored as split points. */
export function sentenceSpans(text: string, rules: Rules, used?: Set<string>): Span[] {
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

/** Why a sentence cannot stand alone and continues the unit before it. */
export type AttachReason = 'starter' | 'weak-starter' | 'anaphor' | 'no-content' | 'listed';

function wordsBefore(text: string, at: number): number {
  return (text.slice(0, at).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function startsWithAny(sentence: string, starters: string[]): boolean {
  return starters.some((w) => (w.endsWith(' ') ? sentence.startsWith(w) : new RegExp(`^${w}(?![\\p{L}\\p{N}])`, 'u').test(sentence)));
}

/**
 * The first clause of a sentence: up to the first comma, colon, semicolon or subordinating conjunction
 * (rules.yaml `attach.clauseEnd`); a sentence that starts with a subordinate clause keeps it and its main clause.
 * A back reference later in the sentence usually points inside the sentence ("… starters helpen, zonder dat
 * hierdoor de prijzen stijgen").
 */
export function firstClause(sentence: string, rules: Rules): string {
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
 * Why this sentence depends on the one before it (rules.yaml `attach`), or undefined when it stands alone: it starts
 * with a continuation word ("Daarom", "In totaal"; "Ook" only when it promises nothing itself), refers back in its first clause ("hiervoor", "daarin",
 * "dit", "dit doel"), has no subject matter of its own ("Structureel trekken we €3 miljard uit."), or is one of the
 * listed exceptions.
 */
export function attachReason(sentence: string, rules: Rules): AttachReason | undefined {
  if (startsWithAny(sentence, rules.attachStarters)) return 'starter';
  if (startsWithAny(sentence, rules.attachWeakStarters) && !firmnessOf([sentence], rules).firmness) return 'weak-starter';
  const clause = fold(firstClause(sentence, rules));
  if (firstIndex(rules.attachAnaphora, clause) >= 0) return 'anaphor';
  const at = firstIndex(rules.attachEarlyAnaphora, clause);
  if (at >= 0 && wordsBefore(clause, at) < rules.earlyWithin) return 'anaphor';
  if (firstIndex(rules.attachAnaphoraAnywhere, fold(sentence)) >= 0) return 'anaphor';
  if (contentWords(sentence, rules).every((w) => rules.notContent.some((re) => re.test(w)))) return 'no-content';
  const n = norm(sentence);
  if (rules.attachSentences.some((s) => n.startsWith(norm(s)))) return 'listed';
  return undefined;
}

/**
 * Group a paragraph's sentences into units: a sentence that cannot stand alone joins the unit before it, up to
 * maxSentences. Never across paragraphs or headings: a unit is a slice of one paragraph.
 */
export function unitsOf(paragraph: Paragraph, rules: Rules, usedStops?: Set<string>): Unit[] {
  const text = cleanParagraph(paragraph.text);
  if (paragraph.table) return [{ paragraph, paragraphText: text, text, sentences: [text], attached: [] }];
  const spans = sentenceSpans(text, rules, usedStops);
  const reasons = spans.map((s) => attachReason(text.slice(s.start, s.end), rules));
  const groups: { spans: Span[]; attached: AttachReason[] }[] = [];
  spans.forEach((s, i) => {
    const last = groups[groups.length - 1];
    let why = last && last.spans.length < rules.maxSentences ? reasons[i] : undefined;
    // "Ook vragen de opgaven … een Europese aanpak. Daarom gaat Nederland …": a sentence that only adds context and
    // that the next sentence builds on opens the next unit instead.
    const next = reasons[i + 1];
    if (why === 'weak-starter' && next && next !== 'weak-starter') why = undefined;
    if (last && why) {
      last.spans.push(s);
      last.attached.push(why);
    } else groups.push({ spans: [s], attached: [] });
  });
  return groups.map(({ spans: g, attached }) => ({
    paragraph,
    paragraphText: text,
    text: text.slice(g[0]!.start, g[g.length - 1]!.end),
    sentences: g.map((s) => text.slice(s.start, s.end)),
    attached,
  }));
}

/**
 * Firmness from the first sentence that matches any rule: the first-listed specific rule that matches, else the
 * generic rule whose match comes first in the sentence (ties: the first listed).
 */
export function firmnessOf(sentences: string[], rules: Rules): { firmness?: Firmness; lead: string } {
  for (const s of sentences) {
    let specific: { rank: number; firmness: Firmness } | undefined;
    let generic: { at: number; rank: number; firmness: Firmness } | undefined;
    const folded = fold(s);
    const lower = folded.toLowerCase();
    for (const r of rules.firmness) {
      const at = firstIndex(r.regexes, folded, lower);
      if (at < 0) continue;
      if (r.specific) {
        if (!specific || r.rank < specific.rank) specific = { rank: r.rank, firmness: r.firmness };
      } else if (!generic || at < generic.at || (at === generic.at && r.rank < generic.rank)) {
        generic = { at, rank: r.rank, firmness: r.firmness };
      }
    }
    const best = specific ?? generic;
    if (best) return { firmness: best.firmness, lead: s };
  }
  return { lead: sentences[0] ?? '' };
}

function headingDefaults(p: Paragraph, rules: Rules) {
  const chain = [p.subsection, p.section].filter((h): h is string => !!h).map((h) => rules.headingDefaults.get(h));
  chain.push(rules.chapterDefaults.get(p.chapter));
  return chain.filter((d): d is NonNullable<typeof d> => !!d);
}

export function tagsOf(text: string, p: Paragraph, rules: Rules): { tags: string[]; defaultTags: boolean } {
  const hits: { tag: string; at: number; order: number }[] = [];
  const folded = fold(text);
  const lower = folded.toLowerCase();
  rules.tags.forEach((r, order) => {
    const at = firstIndex(r.regexes, folded, lower);
    if (at >= 0) hits.push({ tag: r.tag, at, order });
  });
  hits.sort((a, b) => a.at - b.at || a.order - b.order);
  const tags = hits.slice(0, rules.maxTags).map((h) => h.tag);
  if (tags.length > 0) return { tags, defaultTags: false };
  const d = headingDefaults(p, rules).find((x) => x.tags.length > 0);
  return { tags: d ? [...d.tags] : [], defaultTags: true };
}

export function ministriesOf(tags: string[], p: Paragraph, rules: Rules): string[] {
  const out: string[] = [];
  const heading = headingDefaults(p, rules).find((d) => d.ministry)?.ministry;
  if (heading) out.push(heading);
  for (const t of tags) {
    const m = rules.tagMinistry.get(t);
    if (m && !out.includes(m)) out.push(m);
  }
  return out.slice(0, rules.maxMinistries);
}

const AMOUNT = /€ ?\d[\d.,]*(?: ?(?:mln|miljoen|mld|miljard|mrd)\b\.?)?|\b\d[\d.,]* (?:miljoen|miljard) euro\b|\b\d[\d.]* euro\b/u;
const DEADLINE = /(?<![\p{L}\p{N}])(?:uiterlijk in|in|voor|vóór|tot|per studiejaar|per|vanaf) (20[2-9]\d(?:\/20[2-9]\d)?)(?![\p{N}])/u;

/** Amount and deadline, only when the text names them (the first of each). */
export function amountAndDeadline(text: string): { amount?: string; deadline?: string } {
  const out: { amount?: string; deadline?: string } = {};
  const a = AMOUNT.exec(text);
  if (a) out.amount = a[0].replace(/\.$/, '');
  const d = DEADLINE.exec(text);
  if (d) out.deadline = d[1]!;
  return out;
}

export function classify(unit: Unit, rules: Rules): Classification {
  if (unit.paragraph.table) {
    const { tags, defaultTags } = tagsOf('', unit.paragraph, rules);
    return { kind: 'context', lead: unit.text, tags, defaultTags, ministry: [] };
  }
  const { firmness, lead } = firmnessOf(unit.sentences, rules);
  const { tags, defaultTags } = tagsOf(unit.text, unit.paragraph, rules);
  const c: Classification = {
    kind: firmness ? 'commitment' : 'context',
    lead,
    tags,
    defaultTags,
    ministry: ministriesOf(tags, unit.paragraph, rules),
  };
  if (firmness) {
    c.firmness = firmness;
    Object.assign(c, amountAndDeadline(unit.text));
  }
  return c;
}
