import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSTRUCTED, loadConstructedDocs, scoreConstructed } from './constructed';
import { createEvalService } from './evaluate';
import { allFindings, loadDocs, loadJudgements, type KeyedFinding, type RealScores } from './real';

/*
 * al-toegezegd in the evaluation: its findings on the real documents and on the constructed toezegging cases
 * (test/eval/real/constructed/, counted apart), every one judged. A finding nobody judged counts as wrong, so a change
 * that adds findings fails here until they are judged in a commit of their own.
 */
const RULE = 'al-toegezegd';

describe('al-toegezegd on real documents and constructed cases', () => {
  let constructed: { findings: KeyedFinding[]; scores: RealScores };
  let real: KeyedFinding[];
  beforeAll(() => {
    constructed = scoreConstructed();
    real = allFindings(createEvalService().service, loadDocs()).filter((f) => f.rule === RULE);
  });

  it('labels every constructed case as constructed: file name, first line, index', () => {
    const docs = loadConstructedDocs();
    expect(docs.length).toBeGreaterThanOrEqual(10);
    for (const d of docs) {
      expect(d.file).toMatch(/\.constructed\.md$/);
      expect(readFileSync(path.join(CONSTRUCTED, path.basename(d.file)), 'utf8')).toMatch(/^<!-- GECONSTRUEERD/);
      expect(d.id.startsWith('constructed-')).toBe(true);
    }
    expect(loadDocs().some((d) => d.id.startsWith('constructed-'))).toBe(false);
  });

  it('every finding has a committed judgement, and at least 25 are judged in all', () => {
    const judged = new Set(loadJudgements().filter((j) => j.rule === RULE).map((j) => `${j.doc}:${j.line}`));
    expect([...constructed.scores.unjudged, ...real.filter((f) => !judged.has(`${f.doc}:${f.line}`))].map((f) => `${f.doc}:${f.line} "${f.text}"`)).toEqual([]);
    expect(constructed.findings.length + real.length).toBeGreaterThanOrEqual(25);
  });

  it('is right in at least 80 % of its constructed findings (a wrong "already promised" is worse than silence)', () => {
    const figures = constructed.scores.perRule.get(RULE)!;
    expect(figures.useful / figures.findings).toBeGreaterThanOrEqual(0.8);
  });
});
