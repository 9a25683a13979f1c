/**
 * The corpus build pipeline, pure: text and rule tables in, units, classifications, ids and problems out; never
 * throws. The build tool (`tools/corpus/`) runs it on the built-in sources; an importer runs it on a user's
 * agreement. Steps, in order:
 *
 * 1. `readRules` / `readRuleLayers` / `compileRules`: the rule table (the format of `corpus/rules.yaml`, the generic
 *    table, with a source's table over it: `overlayRuleTable`).
 * 2. `repairText`: undo what PDF extraction did to a paragraph (`isTableLine`, `isHeadingLine` help a reader).
 * 3. `splitUnits`: citable units of one paragraph; `classifyUnit`: firmness, tags, ministry, amount, deadline
 *    (`classifyParagraphs` does both for a document).
 * 4. `makeIds`: stable ids with a lock in and out (`deriveIds` makes fresh ones, `weakId` judges one).
 * 5. `findRepeats`: promises stated more than once (`seeAlso`).
 */

export { amountAndDeadline } from './amounts';
export { classifyUnit } from './classify';
export type { Classification, UnitPlace } from './classify';
export { compileRules, readRuleLayers, readRules } from './compileRules';
export type { CompiledRules, RuleLayer, RuleOptions } from './compileRules';
export { overlayRuleTable } from './overlay';
export { firmnessOf } from './firmness';
export { deriveIds, weakId } from './ids';
export type { IdSource } from './ids';
export { isHeadingLine, isTableLine } from './layout';
export { makeIds, readIdLock, readRenamed, renamedTable, unitKey } from './lock';
export type { IdLockIn, IdLockOptions, IdResult, IdUnit } from './lock';
export { comparisonForm, firstIndex, fold } from './match';
export type { Matcher } from './match';
export { classifyParagraphs } from './pipeline';
export type { ClassifiedUnit, SourceParagraph } from './pipeline';
export { formatProblem, ProblemList } from './problems';
export type { BuildProblem } from './problems';
export { findRepeats, linkRepeats, repeatPairs, seeAlsoGroups } from './repeats';
export type { LinkableCommitment, RepeatInput, RepeatPair } from './repeats';
export { needsRepair, repairText } from './repair';
export type { FirmnessRule, GluedHeading, HeadingDefaults, IdRules, MissingStop, RepeatRules, Rules, TagRules, UnitRules } from './rules';
export { sha1Hex } from './sha1';
export { ministriesOf, tagsOf } from './tags';
export type { HeadingPath } from './tags';
export { attachReason, firstClause, sentenceSpans, splitUnits } from './units';
export type { AttachReason, SplitRules, Unit, UnitSplit } from './units';
export { presentForms } from './verbForms';
export { asciiSlug, contentWords, isContentWord } from './words';
