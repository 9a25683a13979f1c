import type { CitationEngine } from '../citation/engine';
import { emptyCorpusSet, type CorpusSet } from '../corpus/registry';
import type { Draft, Directive } from '../draft/types';
import type { VagueLexicon } from '../vague/terms';
import type { Speller } from '../text/spelling';
import { pick, type Finding, type Logger, type Severity, type SeverityLevel, type Taal } from '../types';
import { positionAt } from '../text/positions';
import { checkByPartSteps, movedRelated, partKeys, type PartReports } from './partScope';
import { runSteps, type Steps } from '../steps';
import { effectiveSeverity, type Report, type Rule } from './types';
import { byCodeUnits } from '../text/order';
import { releaseTokens } from './util';
import { CheckContext } from './context';

export interface RunOptions {
  taal: Taal;
  /** Per-rule configured severity; `off` disables the rule. Missing ids use the rule's default. */
  severities: Readonly<Record<string, SeverityLevel>>;
  lexicon: VagueLexicon;
  corpus?: CorpusSet;
  engine?: CitationEngine;
  /**
   * The engine on first use, when `engine` is not given: a draft no rule asks it for (a note, a README) never makes
   * it, so a server start whose first document is no motie restores no index before its diagnostics.
   */
  engineOf?: () => CitationEngine | undefined;
  /** The Dutch spelling check, when the adapter has loaded its word list. */
  speller?: Speller;
  /** Called when a rule throws; the runner then goes on with the other rules. */
  onRuleError: RuleErrorHandler;
  /**
   * The part-scoped rules' reports of the document's earlier versions, where this version's are added (see
   * `Rule.scope`, `PartReports`). Without them every rule runs on the whole draft.
   */
  parts?: PartReports;
}

/** What happens when a rule throws: production logs it (once per rule), tests fail. */
export type RuleErrorHandler = (ruleId: string, uri: string, error: unknown) => void;

/**
 * The production handler: log a failing rule with its id and stack the first time it fails, and stay quiet about the
 * same rule afterwards (a rule that fails on every keystroke would otherwise flood the log).
 */
export function logOncePerRule(logger: Logger): RuleErrorHandler {
  const logged = new Set<string>();
  return (ruleId, uri, error) => {
    if (logged.has(ruleId)) return;
    logged.add(ruleId);
    logger.error(`Regel ${ruleId} faalde op ${uri} (verdere fouten van deze regel worden niet gelogd): ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  };
}

/**
 * Run every enabled rule that applies to the draft's kind, once, on the already built draft model. A throwing rule
 * goes to `onRuleError` with its id and is skipped, so one broken rule hides nothing else. Findings come back localized, sorted,
 * with suppression comments applied.
 */
export function runRules(draft: Draft, rules: readonly Rule[], options: RunOptions): Finding[] {
  return runSteps(runRulesSteps(draft, rules, options));
}

/**
 * `runRules` in steps: a rule on the whole draft is one step (of the draft's length), a part-scoped rule one per run
 * of parts (see `checkByPartSteps`). Rules that share work memoise it per draft, so the steps cost what one run does.
 */
export function* runRulesSteps(draft: Draft, rules: readonly Rule[], options: RunOptions): Steps<Finding[]> {
  const findings: Finding[] = [];
  const suppressed = suppressionTest(draft);
  let keys: readonly string[] | undefined;
  const engineOf = () => options.engine ?? options.engineOf?.();
  for (const rule of rules) {
    if (!rule.kinds.includes(draft.kind)) continue;
    const configured = effectiveSeverity(rule, options.severities[rule.id]);
    if (configured === 'off' || configured === 'on') continue;
    const severity: Severity = configured;
    // `delta`: a part-scoped rule's report comes with offsets relative to its part, moved here (see `checkByPartSteps`).
    const report = (r: Report, delta = 0) => {
      if (suppressed(rule.id, r.start + delta)) return;
      findings.push(toFinding(draft, rule, r, severity, options.taal, delta));
    };
    // Without `delta`: a rule passing `report` on (`list.forEach(ctx.report)`) must not move its findings.
    const ctx = new CheckContext(draft, severity, options.lexicon, options.corpus ?? emptyCorpusSet, options.speller, engineOf, (r: Report) => report(r));
    try {
      if (rule.scope === 'part' && options.parts) {
        keys ??= partKeys(draft);
        yield* checkByPartSteps(rule, ctx, keys, options.parts, report);
      } else {
        rule.check(ctx);
        yield draft.text.length;
      }
    } catch (err) {
      options.onRuleError(rule.id, draft.uri, err);
    }
  }
  releaseTokens(draft);
  findings.sort((a, b) => a.start - b.start || a.end - b.end || byCodeUnits(a.ruleId, b.ruleId));
  return findings;
}

/** A report as a finding, its offsets moved by `delta`: its span, its fixes' edits and its related places in the same document. */
function toFinding(draft: Draft, rule: Rule, r: Report, severity: Severity, taal: Taal, delta: number): Finding {
  const start = clamp(r.start + delta, draft.text.length);
  const end = clamp(Math.max(r.end + delta, start), draft.text.length);
  return {
    ruleId: rule.id,
    severity: r.severity ?? severity,
    message: pick(r.message, taal),
    start,
    end,
    text: draft.text.slice(start, end),
    commitments: r.commitments ?? [],
    fixes: (r.fixes ?? []).map((f) => ({
      title: pick(f.title, taal),
      edits: f.edits.map((e) => ({ start: clamp(e.start + delta, draft.text.length), end: clamp(e.end + delta, draft.text.length), newText: e.newText })),
      ...(f.isPreferred ? { isPreferred: true } : {}),
    })),
    related: movedRelated(r.related ?? [], delta).map((x) => ({ ...x, message: pick(x.message, taal) })),
    ...(r.data ? { data: r.data } : {}),
  };
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

function lineOf(starts: number[], offset: number): number {
  return positionAt(starts, offset).line;
}

/** `<!-- akkoordwijzer-disable x -->` … `<!-- akkoordwijzer-enable -->`, `-disable-next-line`, `-disable-line`. */
function suppressionTest(draft: Draft): (ruleId: string, offset: number) => boolean {
  const directives = draft.directives;
  if (directives.length === 0) return () => false;
  const starts = draft.lines.lineStarts;
  const proseLines = draft.lines.lines.map((l) => l.line);
  const lineRules = new Map<number, Directive[]>();
  for (const d of directives) {
    if (d.kind === 'disable-line') push(lineRules, lineOf(starts, d.start), d);
    if (d.kind === 'disable-next-line') {
      const own = lineOf(starts, d.end);
      const next = proseLines.find((l) => l > own);
      if (next !== undefined) push(lineRules, next, d);
    }
  }
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  return (ruleId, offset) => {
    const perLine = lineRules.get(lineOf(starts, offset));
    if (perLine?.some((d) => d.rules.length === 0 || d.rules.includes(ruleId))) return true;
    let off = false;
    for (const d of ranges) {
      if (d.start > offset) break;
      if (d.rules.length > 0 && !d.rules.includes(ruleId)) continue;
      off = d.kind === 'disable';
    }
    return off;
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
