/**
 * From paragraphs to citable units, and the classification of each unit (promise or context, firmness, tags,
 * ministries), by the rules in rules.yaml. Deterministic and pure.
 */

import { joinBrokenHyphens, normaliseSpaces } from '../../../server/src/core/corpus/text';
import { splitSentences } from '../../../server/src/core/text/sentences';
import type { Span } from '../../../server/src/core/types';
import type { Firmness } from '../../../server/src/core/corpus/types';
import type { Paragraph } from './parse';
import { firstIndex, fold } from './rules';
import type { Rules } from './rules';

export interface Unit {
  paragraph: Paragraph;
  /** The cleaned paragraph text the unit is a slice of. */
  paragraphText: string;
  /** Verbatim text of the unit (consecutive sentences of the paragraph). */
  text: string;
  sentences: string[];
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

function attaches(sentence: string, rules: Rules): boolean {
  return rules.attachStarters.some((w) => (w.endsWith(' ') ? sentence.startsWith(w) : new RegExp(`^${w}(?![\\p{L}\\p{N}])`, 'u').test(sentence)));
}

/** Group a paragraph's sentences into units: a sentence starting with a continuation word joins the previous. */
export function unitsOf(paragraph: Paragraph, rules: Rules, usedStops?: Set<string>): Unit[] {
  const text = cleanParagraph(paragraph.text);
  if (paragraph.table) return [{ paragraph, paragraphText: text, text, sentences: [text] }];
  const spans = sentenceSpans(text, rules, usedStops);
  const groups: Span[][] = [];
  for (const s of spans) {
    const sentence = text.slice(s.start, s.end);
    const last = groups[groups.length - 1];
    if (last && last.length < rules.maxSentences && attaches(sentence, rules)) last.push(s);
    else groups.push([s]);
  }
  return groups.map((g) => ({
    paragraph,
    paragraphText: text,
    text: text.slice(g[0]!.start, g[g.length - 1]!.end),
    sentences: g.map((s) => text.slice(s.start, s.end)),
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
