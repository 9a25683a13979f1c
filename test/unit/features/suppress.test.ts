/*
 * "Negeer … op deze tekstregel": the comment goes where the runner reads it. For every finding of every
 * draft fixture the edit is applied and the draft checked again: that finding (and any other of the same rule on the
 * same line, which the comment names too) is gone, every other finding is still there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/features/codeActions';
import { computeLineStarts, createDraftService, positionAt, type Finding } from '../../../src/core/service';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { failOnRuleError } from '../../support/strict';
import { builtinCorpus, LEXICON, ROOT } from '../rules/helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SYNONYMS = loadBuiltinSynonyms(ROOT).lexicon;
const svc = createDraftService({ vagueTerms: LEXICON, corpus: builtinCorpus(), synonyms: SYNONYMS, today: () => '2026-12-01', onRuleError: failOnRuleError });

const drafts = ['moties', 'vragen']
  .flatMap((dir) => readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).map((f) => path.join(FIXTURES, dir, f)));

/** A finding wherever it stands (the inserted comment moves what follows it): its rule, message and text. */
function where(f: Finding): string {
  return `${f.ruleId} | ${f.message} | ${f.text}`;
}

let version = 0;
function findings(uri: string, text: string): Finding[] {
  return svc.analyze({ uri, version: ++version, text }).findings;
}

describe('disable-next-line on every finding of the draft fixtures', () => {
  let tried = 0;
  let ownLine = 0;
  let appended = 0;
  for (const file of drafts) {
    it(path.relative(FIXTURES, file), () => {
      const text = readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      const before = findings(uri, text);
      const starts = computeLineStarts(text);
      const lineOf = (f: Finding) => positionAt(starts, f.start).line;
      for (const f of before) {
        const edit = svc.disableNextLine({ uri, version, text }, f.ruleId, f.start);
        if (!edit) continue;
        tried++;
        if (edit.newText.startsWith(' ')) appended++;
        else ownLine++;
        expect(edit.newText).toContain(`<!-- akkoordwijzer-disable-next-line ${f.ruleId} -->`);
        const after = findings(uri, applyEdits(text, [edit]).text).map((x) => where(x));
        const silenced = before.filter((x) => x.ruleId === f.ruleId && lineOf(x) === lineOf(f));
        const kept = before.filter((x) => !silenced.includes(x)).map((x) => where(x));
        expect(after, `${f.ruleId} on line ${lineOf(f) + 1}`).toEqual(kept);
      }
    });
  }
  it('was tried on many findings, in both placements', () => {
    expect(tried).toBeGreaterThan(50);
    expect(ownLine).toBeGreaterThan(5);
    expect(appended).toBeGreaterThanOrEqual(3);
  });
});

describe('where the comment goes', () => {
  const draft = (text: string) => ({ uri: 'file:///werk/concept.md', version: ++version, text });
  const at = (text: string, words: string) => text.indexOf(words);

  it('keeps the indentation and the blockquote markers of a line that opens a block', () => {
    const text = 'Inleiding.\n\n> Citaat met een zin.\n>\n> Tweede alinea hier.\n\n- punt een\n\n  tweede alinea van het punt\n';
    expect(svc.disableNextLine(draft(text), 'vaag-begrip', at(text, 'Tweede alinea'))).toEqual({ start: at(text, '> Tweede'), end: at(text, '> Tweede'), newText: '> <!-- akkoordwijzer-disable-next-line vaag-begrip -->\n' });
    const inItem = at(text, '  tweede alinea');
    expect(svc.disableNextLine(draft(text), 'vaag-begrip', inItem + 2)).toEqual({ start: inItem, end: inItem, newText: '  <!-- akkoordwijzer-disable-next-line vaag-begrip -->\n' });
  });

  it('puts it at the end of the line above when the line continues a paragraph, in the file’s line breaks', () => {
    const text = 'Een zin die doorloopt\r\nop de volgende regel.\r\n';
    const end = at(text, '\r\nop');
    expect(svc.disableNextLine(draft(text), 'vaag-begrip', at(text, 'volgende'))).toEqual({ start: end, end, newText: ' <!-- akkoordwijzer-disable-next-line vaag-begrip -->' });
    const first = 'Eerste regel.\r\n';
    expect(svc.disableNextLine(draft(first), 'vaag-begrip', 3)!.newText).toBe('<!-- akkoordwijzer-disable-next-line vaag-begrip -->\r\n');
  });

  it('after a hard line break the comment takes a line of its own', () => {
    const text = 'Een regel met een harde breuk\\\nen verder.\n';
    expect(svc.disableNextLine(draft(text), 'vaag-begrip', at(text, 'verder'))!.start).toBe(at(text, 'en verder'));
  });

  it('offers nothing where no prose line is (front matter)', () => {
    const text = '---\nsoort: motie\n---\n\nDe Kamer,\n';
    expect(svc.disableNextLine(draft(text), 'motie-slot', at(text, 'soort'))).toBeUndefined();
  });
});
