import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import type { DraftService } from '../../src/core/service';
import { createEvalService } from './evaluate';
import { docText, loadDocs } from './real';

/*
 * The command line checks each text once and keeps no part reports for a next version (`ServiceInit.keepPartReports:
 * false`): its part-scoped rules run over the whole draft at once instead of part by part with their reports stored.
 * Both ways must find the same, with every rule on (the rules that are off by default included): on published
 * documents (every third; moties and Kamervragen, complete and cut off) as stored and with CRLF line ends, on the
 * fixtures, over a small work budget, and on the fixed text `check --fix` checks as version 2 of its file.
 */

const PART_RULES = new Set(RULES.filter((r) => r.scope === 'part').map((r) => r.id));
const ROOT = path.resolve(__dirname, '../..');

function texts(): { name: string; text: string }[] {
  const real = loadDocs()
    .filter((_, i) => i % 3 === 0)
    .map((doc) => ({ name: doc.id, text: docText(doc) }));
  const fixtures = ['moties', 'vragen'].flatMap((dir) =>
    readdirSync(path.join(ROOT, 'test', 'fixtures', dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(path.join(ROOT, 'test', 'fixtures', dir, f), 'utf8') })),
  );
  return [...real, ...fixtures, ...real.map((t) => ({ name: `${t.name} (CRLF)`, text: t.text.replace(/\r?\n/g, '\r\n') }))];
}

/** Both services' findings on `text`, checked as the command line checks it: version 1, or after `--fix` version 2. */
function compare(kept: DraftService, once: DraftService, name: string, text: string, fix: boolean): { partFindings: number; fixed: boolean } {
  const uri = `file:///check-once/${encodeURIComponent(name)}.md`;
  const checked = (service: DraftService) => {
    const fixed = fix ? service.fixAll({ uri, version: 1, text }).text : text;
    const findings = service.analyze({ uri, version: fixed === text ? 1 : 2, text: fixed }).findings;
    service.forget(uri);
    return { fixed, findings };
  };
  const expected = checked(kept);
  const actual = checked(once);
  // The fixed text (what --fix writes) and the findings on it.
  expect(actual.fixed, name).toBe(expected.fixed);
  expect(actual.findings, name).toEqual(expected.findings);
  return { partFindings: expected.findings.filter((f) => PART_RULES.has(f.ruleId)).length, fixed: expected.fixed !== text };
}

describe('a service that checks each text once', () => {
  it('finds what a service that keeps versions finds', { timeout: 180_000 }, () => {
    const kept = createEvalService({ everyRule: true }).service;
    const once = createEvalService({ everyRule: true, keepPartReports: false }).service;
    let partFindings = 0;
    for (const { name, text } of texts()) {
      const found = compare(kept, once, name, text, false).partFindings;
      if (!name.endsWith('(CRLF)')) partFindings += found;
    }
    // Enough findings of part-scoped rules (the CRLF copies not counted again) that a difference would show.
    expect(partFindings).toBeGreaterThan(60);
  });

  it('finds the same after check --fix (version 2 of the file) and over a small work budget', { timeout: 180_000 }, () => {
    const kept = createEvalService({ everyRule: true }).service;
    const once = createEvalService({ everyRule: true, keepPartReports: false }).service;
    let fixedTexts = 0;
    for (const { name, text } of texts()) if (compare(kept, once, name, text, true).fixed) fixedTexts++;
    expect(fixedTexts).toBeGreaterThan(20);
    // Over the budget: the part within it is checked, and only the rules that run over a budget (`Rule.overBudget`).
    const budget = { maxChars: 2_000, maxNesting: 100, maxFootnotes: 1_000 };
    kept.configure({ settings: { budget } });
    once.configure({ settings: { budget } });
    let over = 0;
    let overFindings = 0;
    for (const { name, text } of texts().filter((t) => t.text.length > budget.maxChars)) {
      // Counted per text compared, the CRLF copies too: over a budget of characters their cut falls elsewhere.
      overFindings += compare(kept, once, `${name} (budget)`, text, false).partFindings;
      over++;
    }
    expect(over).toBeGreaterThan(20);
    expect(overFindings).toBeGreaterThan(10);
  });
});
