import { describe, expect, it } from 'vitest';
import { createEvalService } from './evaluate';
import { docText, loadDocs } from './real';

/*
 * The command line checks each text once and keeps nothing for a next version (`ServiceInit.incremental: false`): its
 * part-scoped rules run over the whole draft at once instead of part by part with their reports stored. Both ways
 * must find the same, on published documents (every third; moties and Kamervragen, complete and cut off) with every
 * rule on, the rules that are off by default included.
 */
describe('a service that checks each text once', () => {
  it('finds what a service that keeps versions finds', () => {
    const kept = createEvalService({ everyRule: true }).service;
    const once = createEvalService({ everyRule: true, incremental: false }).service;
    const docs = loadDocs().filter((_, i) => i % 3 === 0);
    let findings = 0;
    for (const doc of docs) {
      const input = { uri: `file:///real/${doc.id}.md`, version: 1, text: docText(doc) };
      const expected = kept.findings(input);
      expect(once.findings(input), doc.id).toEqual(expected);
      findings += expected.length;
    }
    // Enough findings of part-scoped rules that a difference would show.
    expect(findings).toBeGreaterThan(100);
  });
});
