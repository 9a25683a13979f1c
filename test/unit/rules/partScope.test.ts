import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';
import { RULES } from '../../../src/core/rules/index';
import type { Rule } from '../../../src/core/rules/types';
import { failOnRuleError } from '../../support/strict';
import { buildDraft } from '../../../src/core/draft/model';
import { runRules } from '../../../src/core/rules/runner';
import { copiedOff, createPartReports, keptReport, movedRelated } from '../../../src/core/rules/partScope';
import type { FixSpec, Report } from '../../../src/core/rules/types';
import { createVagueLexicon } from '../../../src/core/vague/terms';
import { LEXICON } from './helpers';

const VRAGEN = `Vragen van het lid De Vries aan de minister van Financiën over de regie (ingezonden 3 maart 2026).

Vraag 1

Kent u het bericht dat de regie op de uitvoering ontbreekt?

Vraag 2

Bent u bereid de regie te versterken en dat dat snel gebeurt?

Vraag 3

Wat gaat u doen om de de kosten te beperken?
`;

/** A part-scoped rule that counts the parts it is asked about and reports every part's first word. */
function countingRule(): { rule: Rule; calls: string[] } {
  const calls: string[] = [];
  const rule: Rule = {
    ...RULES.find((r) => r.id === 'herhaald-woord')!,
    id: 'telregel',
    scope: 'part',
    check(ctx) {
      for (const part of ctx.draft.parts) {
        calls.push(ctx.draft.text.slice(part.start, part.end));
        ctx.report({ start: part.start, end: part.start + 4, message: { nl: 'deel', en: 'part' }, fixes: [{ title: { nl: 'x', en: 'x' }, edits: [{ start: part.end, end: part.end, newText: '!' }] }] });
      }
    },
  };
  return { rule, calls };
}

const service = (rules: readonly Rule[]) => createDraftService({ vagueTerms: LEXICON, rules, onRuleError: failOnRuleError, today: () => '2026-03-10' });

describe('part-scoped rules', () => {
  it('check only the part a keystroke changed, and report the others at their new offsets', () => {
    const { rule, calls } = countingRule();
    const incremental = service([rule]);
    const uri = 'file:///vragen.md';
    incremental.analyze({ uri, version: 1, text: VRAGEN });
    const parts = calls.length;
    expect(parts).toBeGreaterThanOrEqual(4);
    calls.length = 0;
    const edited = VRAGEN.replace('Kent u het bericht', 'Kent u het nieuwe bericht');
    const after = incremental.analyze({ uri, version: 2, text: edited }).findings;
    // The edited part, and its neighbours only when the edit lies within their margin (a rule may read 64 characters
    // around a part); the last question is far enough away to be reused.
    expect(calls).toContainEqual(expect.stringContaining('Kent u het nieuwe bericht'));
    expect(calls.length).toBeLessThan(parts);
    expect(calls.some((c) => c.includes('Wat gaat u doen'))).toBe(false);
    expect(after).toEqual(service([rule]).analyze({ uri, version: 2, text: edited }).findings);
    // The reused findings after the edit moved with it, fixes included.
    const last = after.at(-1)!;
    expect(edited.slice(last.start, last.start + 7)).toBe('Vraag 3');
    expect(last.fixes[0]!.edits[0]!.start).toBe(edited.trimEnd().length);
  });

  it('keep one store of reports for the versions of a document, letting go of parts it no longer has', () => {
    const { rule, calls } = countingRule();
    const store = createPartReports(0);
    const options = { taal: 'nl' as const, severities: {}, lexicon: createVagueLexicon(LEXICON), onRuleError: failOnRuleError, parts: store };
    const check = (text: string) => runRules(buildDraft({ uri: 'file:///vragen.md', version: 1, text }, '2026-03-10'), [rule], options);
    let text = VRAGEN;
    const parts = check(text).length;
    const at = text.indexOf('bericht') + 'bericht'.length;
    // Every keystroke in question 1 leaves its previous key behind: 300 of them, far more than the draft has parts.
    for (let i = 0; i < 300; i++) {
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      expect(check(text)).toHaveLength(parts);
    }
    const byPart = [...store.byRule.values()][0]!;
    expect(byPart.size).toBeLessThanOrEqual(2 * parts + 64);
    // What the last version has is kept: checking it again asks the rule about nothing.
    calls.length = 0;
    const again = check(text);
    expect(calls).toEqual([]);
    expect(again).toEqual(runRules(buildDraft({ uri: 'file:///vragen.md', version: 1, text }, '2026-03-10'), [rule], { ...options, parts: undefined }));
  });

  it('run again on every part when the settings change', () => {
    const { rule, calls } = countingRule();
    const s = service([rule]);
    const uri = 'file:///vragen.md';
    s.analyze({ uri, version: 1, text: VRAGEN });
    calls.length = 0;
    s.configure({ settings: { taal: 'en' } });
    expect(s.analyze({ uri, version: 1, text: VRAGEN }).findings[0]!.message).toBe('part');
    expect(calls.length).toBeGreaterThanOrEqual(4);
  });

  it('give the real rules the same findings incrementally as in full (herhaald-woord, lidwoord, schrijfwijze, spelfout, trema, tussenzin, vaag-begrip, vragen-vraagteken, werkwoordsvorm, witregel-in-zin)', () => {
    const rules = RULES.filter((r) => r.scope === 'part');
    expect(rules.map((r) => r.id).sort()).toEqual(['herhaald-woord', 'lidwoord', 'schrijfwijze', 'spelfout', 'trema', 'tussenzin', 'vaag-begrip', 'vragen-vraagteken', 'werkwoordsvorm', 'witregel-in-zin']);
    const incremental = service(rules);
    const uri = 'file:///vragen.md';
    incremental.analyze({ uri, version: 1, text: VRAGEN });
    const edited = VRAGEN.replace('Vraag 2\n', 'Vraag 2\n\nKunt u de regie de regie verbeteren?\n');
    const findings = incremental.analyze({ uri, version: 2, text: edited }).findings;
    expect(findings.map((f) => f.ruleId)).toContain('herhaald-woord');
    expect(findings).toEqual(service(rules).analyze({ uri, version: 2, text: edited }).findings);
  });

  // The same values as moving the report and walking every field; whether the strings are copies is held by
  // versionMemory.test.ts (no earlier text kept through the reports of a long vague term). Every field of a report, a
  // fix and a related place is set (`Required`), so a field added to those types must be added to `keptReport` too.
  it('keep a report moved to its part and copied off the text, as moving it and copying every field would', () => {
    const text = 'x'.repeat(40) + 'regieorganisatie en een integrale aanpak';
    const slice = (a: number, b: number) => text.slice(a, b);
    const reports: Report[] = [
      { start: 40, end: 56, message: { nl: `‘${slice(40, 56)}’ is vaag`, en: 'vague' } },
      {
        start: 60,
        end: 76,
        severity: 'info',
        message: { nl: 'n', en: 'e' },
        commitments: ['ca2026:regie'],
        fixes: [
          { title: { nl: 'a', en: 'b' }, edits: [{ start: 60, end: 76, newText: slice(60, 70) }], isPreferred: true } satisfies Required<FixSpec>,
          { title: { nl: 'c', en: 'd' }, edits: [{ start: 40, end: 40, newText: '' }], isPreferred: false },
          { title: { nl: 'e', en: 'f' }, edits: [] },
        ],
        related: [
          { span: { start: 44, end: 48 }, message: { nl: 'hier', en: 'here' } },
          { uri: 'file:///corpus.akkoord.yaml', span: { start: 3, end: 9 }, line: 2, character: 4, message: { nl: 'daar', en: 'there' } } satisfies Required<NonNullable<Report['related']>[number]>,
          { uri: 'file:///corpus.akkoord.yaml', line: 7, message: { nl: 'r', en: 'r' } },
        ],
        data: { term: slice(60, 76), list: [slice(40, 50), 3, { deep: slice(50, 56) }], none: null },
      } satisfies Required<Report>,
    ];
    for (const r of reports) {
      const moved: Report = {
        ...r,
        start: r.start - 40,
        end: r.end - 40,
        ...(r.fixes ? { fixes: r.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start - 40, end: e.end - 40 })) })) } : {}),
        ...(r.related ? { related: movedRelated(r.related, -40) } : {}),
      };
      expect(keptReport(r, -40)).toStrictEqual(copiedOff(moved));
    }
  });
});
