/** Tags and ministries of a unit: keywords of the table first, else the defaults of the headings above it. */

import { firstIndex, fold } from './match';
import type { HeadingDefaults, TagRules } from './rules';

/** Where a unit stands in its document: its chapter and, where there are any, its section and subsection. */
export interface HeadingPath {
  chapter: string;
  section?: string;
  subsection?: string;
}

/** The defaults that apply, most specific heading first, the chapter last. */
function headingDefaults(place: HeadingPath, rules: TagRules): HeadingDefaults[] {
  const chain = [place.subsection, place.section].filter((h): h is string => !!h).map((h) => rules.headingDefaults.get(h));
  // A chapter the table names only as a heading (the generic table knows headings, not one document's chapters).
  chain.push(rules.chapterDefaults.get(place.chapter) ?? rules.headingDefaults.get(place.chapter));
  return chain.filter((d): d is HeadingDefaults => !!d);
}

/** The keyword tags of a text, by first occurrence, at most `maxTags`. */
function keywordTags(text: string, rules: TagRules): string[] {
  const hits: { tag: string; at: number; order: number }[] = [];
  const folded = fold(text);
  const lower = folded.toLowerCase();
  rules.tags.forEach((r, order) => {
    const at = firstIndex(r.regexes, folded, lower);
    if (at >= 0) hits.push({ tag: r.tag, at, order });
  });
  hits.sort((a, b) => a.at - b.at || a.order - b.order);
  return hits.slice(0, rules.maxTags).map((h) => h.tag);
}

/**
 * Every tag whose keywords occur in the text, by first occurrence (at most `maxTags`); when none occurs, the tags of
 * the most specific heading that has any (`defaultTags: true`): from the table's defaults, else (a document the
 * table does not know, such as an imported agreement) the keyword tags of the most specific heading that gives any.
 */
export function tagsOf(text: string, place: HeadingPath, rules: TagRules): { tags: string[]; defaultTags: boolean } {
  const tags = keywordTags(text, rules);
  if (tags.length > 0) return { tags, defaultTags: false };
  const d = headingDefaults(place, rules).find((x) => x.tags.length > 0);
  if (d) return { tags: [...d.tags], defaultTags: true };
  for (const heading of [place.subsection, place.section, place.chapter]) {
    const fromHeading = heading ? keywordTags(heading, rules) : [];
    if (fromHeading.length > 0) return { tags: fromHeading, defaultTags: true };
  }
  return { tags: [], defaultTags: true };
}

/** The ministry of the most specific heading that names one, then those of the tags, at most `maxMinistries`. */
export function ministriesOf(tags: readonly string[], place: HeadingPath, rules: TagRules): string[] {
  const out: string[] = [];
  const heading = headingDefaults(place, rules).find((d) => d.ministry)?.ministry;
  if (heading) out.push(heading);
  for (const t of tags) {
    const m = rules.tagMinistry.get(t);
    if (m && !out.includes(m)) out.push(m);
  }
  return out.slice(0, rules.maxMinistries);
}
