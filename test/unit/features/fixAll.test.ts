/*
 * Fix-all in the core, on every draft fixture: the certain fixes of the listed rules applied until nothing certain is
 * left. The result must be a fixed point, the findings it fixed must be gone, the other rules' findings unchanged,
 * and the edits it hands an editor must give the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/features/codeActions';
import { certainEdits, differenceEdit, FIX_ALL_RULES } from '../../../src/core/features/fixAll';
import { createDraftService, FIX_ALL_RULE_IDS, RULE_IDS, type Finding } from '../../../src/core/service';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { failOnRuleError } from '../../support/strict';
import { builtinCorpus, LEXICON, ROOT } from '../rules/helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SYNONYMS = loadBuiltinSynonyms(ROOT).lexicon;

function service() {
  return createDraftService({ vagueTerms: LEXICON, corpus: builtinCorpus(), synonyms: SYNONYMS, today: () => '2026-12-01', onRuleError: failOnRuleError });
}

const drafts = ['moties', 'vragen', 'other'].flatMap((dir) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: `${dir}/${f}`, file: path.join(FIXTURES, dir, f) })),
);

/** What a finding says, wherever it stands: rule, message and quoted text. */
const said = (f: Finding) => `${f.ruleId} | ${f.message} | ${f.text}`;
const isListed = (f: Finding) => FIX_ALL_RULE_IDS.includes(f.ruleId);

describe('fix-all on the draft fixtures', () => {
  const svc = service();
  let changed = 0;
  for (const { name, file } of drafts) {
    it(name, () => {
      const text = readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      const before = svc.analyze({ uri, version: 1, text });
      const result = svc.fixAll({ uri, version: 1, text });
      if (result.text !== text) changed++;
      // The edits for an editor give exactly the text `check --fix` writes.
      expect(applyEdits(text, result.edits)).toEqual({ text: result.text, skipped: 0 });
      const after = svc.analyze({ uri, version: 2, text: result.text });
      // The kind survives (the result parses as the same kind of draft), and nothing certain is left.
      expect(after.draft.kind).toBe(before.draft.kind);
      expect(certainEdits(after.findings).edits).toEqual([]);
      // Idempotent: fixing the result again changes nothing.
      expect(svc.fixAll({ uri, version: 3, text: result.text }).text).toBe(result.text);
      // The fixed findings are gone; every other rule says exactly what it said before.
      const remaining = after.findings.map(said);
      for (const f of result.fixed) if (certainEdits([f]).edits.length > 0 && before.findings.includes(f)) expect(remaining).not.toContain(said(f));
      // (By rule and message: a finding's span may hold a formula that was fixed, "VERZOEKT" → "verzoekt".)
      const ruleAndMessage = (list: readonly Finding[]) => list.filter((f) => !isListed(f)).map((f) => `${f.ruleId} | ${f.message}`);
      expect(ruleAndMessage(after.findings)).toEqual(ruleAndMessage(before.findings));
      // Only listed rules' findings may disappear, and only those with a certain fix.
      const messages = after.findings.map((f) => `${f.ruleId} | ${f.message}`);
      const gone = before.findings.filter((f) => !messages.includes(`${f.ruleId} | ${f.message}`));
      for (const f of gone) expect(FIX_ALL_RULE_IDS).toContain(f.ruleId);
    });
  }
  it('changes some fixtures (the test above is not vacuous)', () => {
    expect(changed).toBeGreaterThanOrEqual(4);
  });
});

describe('the fix-all list', () => {
  it('names only existing rules, never the vague-term or placeholder fixes', () => {
    for (const r of FIX_ALL_RULES) expect(RULE_IDS).toContain(r.id);
    for (const never of ['vaag-begrip', 'citeer-toezegging', 'voetnoten', 'vragen-bron', 'citaat-onjuist']) expect(FIX_ALL_RULE_IDS).not.toContain(never);
  });

  it('skips a finding with more than one fix, and a fix of an unlisted rule', () => {
    const edit = { start: 0, end: 1, newText: 'X' };
    const base = { severity: 'warning' as const, message: '', start: 0, end: 1, text: 'a', commitments: [], related: [] };
    const two: Finding = { ...base, ruleId: 'motie-formule', fixes: [{ title: 'a', edits: [edit], isPreferred: true }, { title: 'b', edits: [{ ...edit, newText: 'Y' }] }] };
    const vague: Finding = { ...base, ruleId: 'vaag-begrip', fixes: [{ title: 'a', edits: [edit], isPreferred: true }] };
    const one: Finding = { ...base, ruleId: 'motie-formule', fixes: [{ title: 'a', edits: [edit], isPreferred: true }] };
    expect(certainEdits([two, vague]).edits).toEqual([]);
    expect(certainEdits([one]).edits).toEqual([edit]);
  });

  it('counts every finding its fixes remove: three wrong question numbers fixed by one renumbering are three (it said 2 of 4)', () => {
    const text = [
      'Vragen van het lid Smit (GL-PvdA) aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over datacenters (ingezonden 3 maart 2026).',
      '1. Bent u bekend met het bericht over datacenters?',
      '1. Kun u aangeven hoeveel stroom ze gebruiken?',
      '3. Bent u bereid dit te onderzoeken',
      '5. Welke effect heeft dit op het net?',
    ].join('\n\n');
    const svc = service();
    const before = svc.analyze({ uri: 'file:///w/genummerd.vragen.md', version: 1, text }).findings;
    const result = svc.fixAll({ uri: 'file:///w/genummerd.vragen.md', version: 1, text });
    const after = svc.analyze({ uri: 'file:///w/genummerd.vragen.md', version: 2, text: result.text }).findings;
    expect(before.length - after.length).toBe(4);
    expect(result.fixed.map((f) => f.ruleId).sort()).toEqual(['vragen-nummering', 'vragen-nummering', 'vragen-nummering', 'vragen-vraagteken']);
  });

  it('takes a look-alike key never, a renamed key always', () => {
    const base = { severity: 'warning' as const, message: '', start: 0, end: 9, text: '@ca2021:x', commitments: [], related: [], ruleId: 'onbekende-toezegging' };
    const lookAlike: Finding = { ...base, fixes: [{ title: 'a', edits: [{ start: 1, end: 9, newText: 'ca2021:y' }], isPreferred: true }] };
    const renamed: Finding = {
      ...base,
      data: { renamedTo: 'ca2021:z' },
      fixes: [
        { title: 'a', edits: [{ start: 1, end: 9, newText: 'ca2021:z' }], isPreferred: true },
        { title: 'b', edits: [{ start: 1, end: 9, newText: 'ca2021:y' }] },
      ],
    };
    expect(certainEdits([lookAlike]).edits).toEqual([]);
    expect(certainEdits([renamed]).edits).toEqual([{ start: 1, end: 9, newText: 'ca2021:z' }]);
  });

  it('mends the Kamervragen header\'s fixed form, but not a ministry\'s name one or two letters off (a guess; `--fix` left the header as it was)', () => {
    const header = (kop: string) => `${kop}\n\n1. Wat is X?\n\n2. Wat is Y?\n`;
    const text = header('Vragen van lid Hagen (D66) aan de Staatssecretaris voor Justitie en Veiligheid, de minister van VWS en de minister van Economishe Zaken en Klimaat over de opvang (ingezonden 3-8-2023).');
    const fixed = service().fixAll({ uri: 'file:///w/kop.vragen.md', version: 1, text }).text;
    expect(fixed).toBe(
      header('Vragen van het lid Hagen (D66) aan de Staatssecretaris van Justitie en Veiligheid, de minister van Volksgezondheid, Welzijn en Sport en de minister van Economishe Zaken en Klimaat over de opvang (ingezonden 3 augustus 2023).'),
    );
  });

  it('gives one edit for the changed stretch', () => {
    expect(differenceEdit('abcdef', 'abXYef')).toEqual([{ start: 2, end: 4, newText: 'XY' }]);
    expect(differenceEdit('aaa', 'aaaa')).toEqual([{ start: 3, end: 3, newText: 'a' }]);
    expect(differenceEdit('same', 'same')).toEqual([]);
  });
});
