/**
 * The first half of the pipeline over a whole document: repair each paragraph, split it into units and classify
 * them. The caller then applies its own corrections (overrides) and names the commitments (`makeIds`), and links
 * repeated promises (`findRepeats`).
 */

import { classifyUnit } from './classify';
import type { Classification } from './classify';
import { ProblemList } from './problems';
import type { BuildProblem } from './problems';
import { repairText } from './repair';
import type { Rules } from './rules';
import type { HeadingPath } from './tags';
import { splitUnits } from './units';
import type { Unit } from './units';
import type { Span } from '../../types';

/** A paragraph as a source reader gives it: its raw text, its headings, and whether it is a table row. */
export interface SourceParagraph extends HeadingPath {
  text: string;
  table?: boolean;
}

export interface ClassifiedUnit<P extends SourceParagraph = SourceParagraph> {
  paragraph: P;
  unit: Unit;
  classification: Classification;
}

/**
 * Units of every paragraph in document order, each classified. A missing full stop of the rules that no paragraph
 * used is a problem (the rule is stale or the text changed). `rulesFile` names the table in problems. `fixed` gives,
 * by paragraph index, spans of its repaired text that must be units of their own (see `splitUnits`).
 */
export function classifyParagraphs<P extends SourceParagraph>(
  paragraphs: readonly P[],
  rules: Rules,
  rulesFile = 'rules',
  fixed: ReadonlyMap<number, readonly Span[]> = new Map(),
): { units: ClassifiedUnit<P>[]; problems: BuildProblem[] } {
  const used = new Set<string>();
  const units: ClassifiedUnit<P>[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    const spans = fixed.get(index);
    const split = splitUnits(repairText(paragraph.text), rules, { table: paragraph.table === true, ...(spans ? { fixed: spans } : {}) });
    for (const s of split.stopsUsed) used.add(s);
    for (const unit of split.units) units.push({ paragraph, unit, classification: classifyUnit(unit, paragraph, rules) });
  }
  const problems = new ProblemList();
  for (const s of rules.missingStops) {
    if (!used.has(s.after)) problems.add('rules-stale-stop', rulesFile, `missingStops "${s.after} ${s.at}" komt niet voor.`, `missingStops "${s.after} ${s.at}" does not occur.`);
  }
  return { units, problems: problems.problems };
}
