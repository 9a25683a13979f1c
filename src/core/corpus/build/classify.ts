/** The classification of a unit: promise or context, firmness, tags, ministries, amount and deadline. */

import type { Firmness } from '../types';
import { amountAndDeadline } from './amounts';
import { firmnessOf } from './firmness';
import type { FirmnessRules, TagRules } from './rules';
import { ministriesOf, tagsOf } from './tags';
import type { HeadingPath } from './tags';

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

/** Where a unit stands, and whether it is a table row (always context, tagged by its headings only). */
export interface UnitPlace extends HeadingPath {
  table?: boolean;
}

/**
 * Classify one unit. A unit that matches a firmness rule is a commitment (with the amount and deadline it names);
 * any other unit is context, kept so quotations of it can be verified. Deterministic and pure.
 */
export function classifyUnit(unit: { text: string; sentences: readonly string[] }, place: UnitPlace, rules: FirmnessRules & TagRules): Classification {
  if (place.table) {
    const { tags, defaultTags } = tagsOf('', place, rules);
    return { kind: 'context', lead: unit.text, tags, defaultTags, ministry: [] };
  }
  const { firmness, lead } = firmnessOf(unit.sentences, rules);
  const { tags, defaultTags } = tagsOf(unit.text, place, rules);
  const c: Classification = {
    kind: firmness ? 'commitment' : 'context',
    lead,
    tags,
    defaultTags,
    ministry: ministriesOf(tags, place, rules),
  };
  if (firmness) {
    c.firmness = firmness;
    Object.assign(c, amountAndDeadline(unit.text));
  }
  return c;
}
