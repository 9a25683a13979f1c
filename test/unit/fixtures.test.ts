/*
 * Fixture drafts: real and realistic moties, Kamervragen and other Markdown in test/fixtures/{moties,vragen,other}.
 * Expectations are written at the end of the line they are about (see DEVELOPERS.md, Tests):
 *
 *   <!-- expect vaag-begrip "regie" -->                 a finding of that rule starts on this line; its text is exactly "regie"
 *   <!-- expect motie-dictum-werkwoord ^"verzoekt" -->  a finding starts on this line and its text starts with "verzoekt"
 *   <!-- expect-none -->                               (first line) the document gives no findings at all
 *   <!-- fixture-aan spelfout -->                      a rule that is off by default is on for this fixture
 *
 * Every expected finding must be there and nothing else may be. The findings are rendered into a snapshot
 * (test/fixtures/__snapshots__/) so wording changes show up in review. Then every preferred fix is applied: the result
 * must equal the sibling `name.fixed.md`, and checking it again must leave nothing with a preferred fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits, preferredEdits } from '../../src/core/features/codeActions';
import { createDraftService, type DraftKind, type Finding } from '../../src/core/service';
import { loadVagueTerms } from '../../src/core/vague/terms';
import { computeLineStarts } from '../../src/core/markdown/lines';
import { positionAt } from '../../src/core/text/positions';
import { failOnRuleError } from '../support/strict';
import { loadBuiltinSynonyms } from '../../src/host/data';
import { builtinCorpus } from './rules/helpers';
import { shippedWords } from '../support/words';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const KINDS: Record<string, DraftKind> = { moties: 'motie', vragen: 'kamervragen', other: 'other' };

const lexicon = loadVagueTerms(readFileSync(path.join(ROOT, 'lexicon', 'vague-terms.yaml'), 'utf8'), 'ingebouwd');
const SYNONYMS = loadBuiltinSynonyms(ROOT).lexicon;

/** The day the fixtures are checked on: undated fixtures are measured against the agreement in force that day. */
const FIXTURE_TODAY = '2026-12-01';

/** The product as shipped: the built-in lexicon, corpora and synonyms, checked on a fixed day; `on`: rules switched on. */
function service(on: readonly string[] = []) {
  const severities = Object.fromEntries(on.map((id) => [id, 'on' as const]));
  return createDraftService({ vagueTerms: lexicon.terms, corpus: builtinCorpus(), synonyms: SYNONYMS, words: shippedWords(), settings: { severities }, today: () => FIXTURE_TODAY, onRuleError: failOnRuleError });
}

/** The rules a fixture switches on (`<!-- fixture-aan regel -->`): off by default, shown at work. */
const switchedOn = (text: string): string[] => [...text.matchAll(/<!--\s*fixture-aan\s+([a-z][a-z-]*)\s*-->/g)].map((m) => m[1]!);

interface Expectation {
  line: number; // 0-based
  ruleId: string;
  text: string;
  prefix: boolean;
}

const EXPECT = /<!--\s*expect\s+([a-z][a-z-]*)\s+(\^?)"((?:[^"\\]|\\.)*)"\s*-->/g;
const EXPECT_COMMENT = /[ \t]*<!--\s*expect(?:-none|\s+[a-z][a-z-]*\s+\^?"(?:[^"\\]|\\.)*")\s*-->/g;

function readExpectations(text: string): { none: boolean; list: Expectation[] } {
  const lines = text.split(/\r\n|\r|\n/);
  const list: Expectation[] = [];
  lines.forEach((l, line) => {
    for (const m of l.matchAll(EXPECT)) list.push({ line, ruleId: m[1]!, prefix: m[2] === '^', text: m[3]!.replace(/\\(.)/g, '$1') });
  });
  return { none: /^<!--\s*expect-none\s*-->/.test(lines[0] ?? ''), list };
}

function startLine(text: string, f: Finding): number {
  return positionAt(computeLineStarts(text), f.start).line;
}

function describeFinding(text: string, f: Finding): string {
  return `line ${startLine(text, f) + 1}: ${f.ruleId} "${f.text.split(/\r?\n/)[0]}"${f.text.includes('\n') ? ' …' : ''}`;
}

/** Pair expectations with findings; what is left over on either side is the failure. */
function compare(text: string, findings: readonly Finding[], expectations: readonly Expectation[]): { missing: string[]; unexpected: string[] } {
  const left = [...findings];
  const missing: string[] = [];
  for (const e of expectations) {
    const i = left.findIndex(
      (f) => f.ruleId === e.ruleId && startLine(text, f) === e.line && (e.prefix ? f.text.startsWith(e.text) : f.text === e.text),
    );
    if (i >= 0) left.splice(i, 1);
    else missing.push(`line ${e.line + 1}: ${e.ruleId} ${e.prefix ? '^' : ''}"${e.text}"`);
  }
  return { missing, unexpected: left.map((f) => describeFinding(text, f)) };
}

/** Source line, a `^~~~` mark under the span, and the finding: the form reviewers read in the snapshot diff. */
function render(text: string, findings: readonly Finding[]): string {
  const starts = computeLineStarts(text);
  const out: string[] = [];
  for (const f of findings) {
    const a = positionAt(starts, f.start);
    const b = positionAt(starts, f.end);
    const source = text.slice(starts[a.line]!, starts[a.line + 1] ?? text.length).replace(/\r?\n$/, '').replace(EXPECT_COMMENT, '');
    const width = b.line === a.line ? Math.max(1, b.character - a.character) : Math.max(1, source.length - a.character);
    const more = b.line > a.line ? ` (t/m regel ${b.line + 1})` : '';
    const fixes = f.fixes.map((x) => `${x.isPreferred ? '*' : '-'} ${x.title}`).join('\n    ');
    out.push(
      `${String(a.line + 1).padStart(3)} | ${source}`,
      `    | ${' '.repeat(a.character)}^${'~'.repeat(width - 1)}${more}`,
      `    ${f.ruleId} (${f.severity}): ${f.message}`,
      ...(fixes ? [`    ${fixes}`] : []),
      '',
    );
  }
  return out.length > 0 ? out.join('\n') : '(geen bevindingen)\n';
}

function fixtureFiles(): { dir: string; file: string }[] {
  const out: { dir: string; file: string }[] = [];
  for (const dir of Object.keys(KINDS)) {
    for (const file of readdirSync(path.join(FIXTURES, dir)).sort()) {
      if (file.endsWith('.md') && !file.endsWith('.fixed.md')) out.push({ dir, file });
    }
  }
  return out;
}

describe('the fixture runner itself', () => {
  const text = 'De Kamer,\n\nverzoekt de regering de regie te nemen, <!-- expect vaag-begrip "regie" -->\n';
  const finding = (start: number, end: number, ruleId = 'vaag-begrip'): Finding =>
    ({ ruleId, start, end, text: text.slice(start, end), severity: 'warning', message: '', commitments: [], fixes: [], related: [] }) as Finding;
  const at = text.indexOf('regie te nemen');

  it('reads expectations with their line, rule, text and prefix mark, also several on one line', () => {
    const e = readExpectations('a <!-- expect x-y "a \\"b\\"" --> <!-- expect z ^"c" -->\n<!-- expect-none -->');
    expect(e.list).toEqual([
      { line: 0, ruleId: 'x-y', prefix: false, text: 'a "b"' },
      { line: 0, ruleId: 'z', prefix: true, text: 'c' },
    ]);
    expect(e.none).toBe(false);
    expect(readExpectations('<!-- expect-none -->\ntekst').none).toBe(true);
  });

  it('reports a missing and an unexpected finding with line numbers', () => {
    const expectations = readExpectations(text).list;
    expect(compare(text, [finding(at, at + 5)], expectations)).toEqual({ missing: [], unexpected: [] });
    expect(compare(text, [finding(at, at + 14)], expectations)).toEqual({
      missing: ['line 3: vaag-begrip "regie"'],
      unexpected: ['line 3: vaag-begrip "regie te nemen"'],
    });
    expect(compare(text, [finding(at, at + 5, 'motie-slot')], expectations).missing).toHaveLength(1);
  });

  it('renders the span under the source line, without the expectation comment', () => {
    expect(render(text, [finding(at, at + 5)])).toBe(
      ['  3 | verzoekt de regering de regie te nemen,', `    | ${' '.repeat(24)}^~~~~`, '    vaag-begrip (warning): ', ''].join('\n'),
    );
  });
});

describe('the built-in lexicon used by the fixtures', () => {
  it('loads without problems', () => {
    expect(lexicon.problems).toEqual([]);
    expect(lexicon.terms.length).toBeGreaterThanOrEqual(25);
  });
});

describe('fixture drafts', () => {
  const files = fixtureFiles();

  it('cover at least 8 moties, 5 sets of Kamervragen and 3 other documents', () => {
    const count = (dir: string) => files.filter((f) => f.dir === dir).length;
    expect(count('moties')).toBeGreaterThanOrEqual(8);
    expect(count('vragen')).toBeGreaterThanOrEqual(5);
    expect(count('other')).toBeGreaterThanOrEqual(3);
  });

  for (const { dir, file } of files) {
    describe(`${dir}/${file}`, () => {
      const full = path.join(FIXTURES, dir, file);
      const text = readFileSync(full, 'utf8');
      const uri = pathToFileURL(full).href;
      const expectations = readExpectations(text);
      const on = switchedOn(text);
      const fixedPath = full.replace(/\.md$/, '.fixed.md');

      it(`is recognised as ${KINDS[dir]}`, () => {
        expect(service(on).analyze({ uri, version: 1, text }).draft.kind).toBe(KINDS[dir]);
      });

      it('gives exactly the expected findings', () => {
        const findings = service(on).findings({ uri, version: 1, text });
        if (expectations.none) expect(expectations.list, 'expect-none and expect on one fixture').toEqual([]);
        const { missing, unexpected } = compare(text, findings, expectations.list);
        expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
      });

      it('renders its findings as in the snapshot', async () => {
        const findings = service(on).findings({ uri, version: 1, text });
        await expect(render(text, findings)).toMatchFileSnapshot(path.join(FIXTURES, '__snapshots__', dir, `${file}.txt`));
      });

      it('is fixed by its preferred fixes into the .fixed.md, and nothing fixable remains', () => {
        const svc = service(on);
        const findings = svc.findings({ uri, version: 1, text });
        const edits = preferredEdits(findings);
        if (edits.length === 0) {
          expect(existsSync(fixedPath), `${path.basename(fixedPath)} exists but nothing is fixable`).toBe(false);
          return;
        }
        expect(existsSync(fixedPath), `write ${path.basename(fixedPath)}: the text after all preferred fixes`).toBe(true);
        const { text: fixed, skipped } = applyEdits(text, edits);
        expect(skipped).toBe(0);
        expect(fixed).toBe(readFileSync(fixedPath, 'utf8'));
        const after = svc.findings({ uri, version: 2, text: fixed });
        expect(after.filter((f) => f.fixes.some((x) => x.isPreferred)).map((f) => describeFinding(fixed, f))).toEqual([]);
      });

      it('gives the same findings without its expectation comments (they never influence a finding)', () => {
        const bare = text.replace(EXPECT_COMMENT, '');
        expect(bare).not.toMatch(/<!--\s*expect/);
        const key = (t: string, f: Finding) => `${startLine(t, f)} ${f.ruleId} ${f.severity} ${f.text.replace(EXPECT_COMMENT, '')} ${f.message}`;
        const withComments = service(on).findings({ uri, version: 1, text }).map((f) => key(text, f));
        const without = service(on).findings({ uri, version: 1, text: bare }).map((f) => key(bare, f));
        expect(without).toEqual(withComments);
      });
    });
  }
});
