import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/features/codeActions';
import type { DraftService, Fix } from '../../src/core/service';
import { createEvalService } from '../eval/evaluate';
import { docText, loadDocs } from '../eval/real';
import { fixOutcomeProblems, parseProblems } from '../support/fixChecks';

/*
 * A quick fix never corrupts the document: on every fixture and every real document, plain and with mutations that
 * call for fixes (a capitalised formula word, a missing closing line, a lost punctuation mark, a doubled word), each
 * fix offered
 * - edits only inside the document, at character boundaries, with edits that do not overlap;
 * - leaves a document of the same kind (a motie stays a motie) that still parses as before outside the fix (the
 *   Markdown blocks before and after it unchanged);
 * - removes the finding it fixed, and is not offered again afterwards (applying it twice changes nothing more);
 * and applying every preferred fix, one after the other, leaves nothing that a preferred fix would change.
 */

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE_DIRS = ['moties', 'vragen', 'other'].map((d) => path.join(ROOT, 'test/fixtures', d));

interface Sample {
  name: string;
  text: string;
}

/** Deterministic mutations a staffer's typing produces, each one that some rule offers to fix. */
const MUTATIONS: [string, (t: string) => string][] = [
  ['capitalised formula word', (t) => t.replace(/\bverzoekt de regering\b/, 'Verzoekt de regering').replace(/\bconstaterende dat\b/, 'Constaterende dat')],
  ['no closing line', (t) => t.replace(/\n?en gaat over tot de orde van de dag\.?\s*$/m, '\n')],
  ['lost punctuation', (t) => t.replace(/;\n/, '\n').replace(/,\n\n/, '\n\n')],
  ['doubled word', (t) => t.replace(/ de (\p{L}+)/u, ' de de $1')],
  ['de kamer', (t) => t.replace('De Kamer,', 'de kamer,')],
];

function samples(): Sample[] {
  const base: Sample[] = [];
  for (const dir of FIXTURE_DIRS) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) base.push({ name: `${path.basename(dir)}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') });
  }
  for (const d of loadDocs()) base.push({ name: `real/${d.id}`, text: docText(d) });
  const mutated = base.flatMap((s) => MUTATIONS.map(([m, f]) => ({ name: `${s.name} (${m})`, text: f(s.text) })).filter((m) => m.text !== s.text));
  return [...base, ...mutated];
}

let version = 0;
function analyse(service: DraftService, text: string) {
  const uri = `file:///fix-invariants/${++version}.md`;
  const analysis = service.analyze({ uri, version, text });
  service.forget(uri);
  return analysis;
}

/** A UTF-16 offset that splits a surrogate pair or a CRLF is no place to edit. */
function atBoundary(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return !splitsPair && !(text[offset - 1] === '\r' && text[offset] === '\n');
}

function editProblems(text: string, fix: Fix): string[] {
  const out: string[] = [];
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  edits.forEach((e, i) => {
    if (e.start < 0 || e.end > text.length || e.start > e.end) out.push(`edit ${e.start}-${e.end} outside the document (${text.length})`);
    if (!atBoundary(text, e.start) || !atBoundary(text, e.end)) out.push(`edit ${e.start}-${e.end} splits a character`);
    const next = edits[i + 1];
    if (next && next.start < e.end) out.push(`edits ${e.start}-${e.end} and ${next.start}-${next.end} overlap`);
  });
  return out;
}

describe('quick fixes never corrupt the document', () => {
  const { service } = createEvalService({ everyRule: true });
  const all = samples();

  it('has samples with fixes to check (fixtures, real documents and their mutations)', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('every fix edits inside the document, keeps its kind and its parse outside the fix, removes its finding and is not offered again', () => {
    const problems: string[] = [];
    let fixesChecked = 0;
    for (const sample of all) {
      const before = analyse(service, sample.text);
      for (const finding of before.findings) {
        for (const fix of finding.fixes) {
          fixesChecked++;
          const where = `${sample.name}: ${finding.ruleId} “${finding.text.slice(0, 40)}” → ${fix.title}`;
          const bad = editProblems(sample.text, fix);
          if (bad.length > 0) {
            problems.push(`${where}: ${bad.join('; ')}`);
            continue;
          }
          const { text: fixed, skipped } = applyEdits(sample.text, fix.edits);
          if (skipped > 0) problems.push(`${where}: ${skipped} edit(s) could not be applied`);
          const after = analyse(service, fixed);
          if (after.draft.kind !== before.draft.kind) problems.push(`${where}: the document became a ${after.draft.kind}`);
          for (const p of parseProblems(sample.text, fix, fixed)) problems.push(`${where}: ${p}`);
          for (const p of fixOutcomeProblems(finding, fix, before.findings, after.findings)) problems.push(`${where}: ${p}`);
        }
      }
    }
    expect(fixesChecked).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  }, 180_000);

  it('applying every preferred fix, one after the other, leaves nothing a preferred fix would change', () => {
    const problems: string[] = [];
    for (const sample of all) {
      let text = sample.text;
      let rounds = 0;
      for (;;) {
        const preferred = analyse(service, text).findings.flatMap((f) => f.fixes.filter((x) => x.isPreferred).map((x) => ({ f, x })))[0];
        if (!preferred) break;
        if (++rounds > 50) {
          problems.push(`${sample.name}: still a preferred fix after 50 rounds (${preferred.f.ruleId}: ${preferred.x.title})`);
          break;
        }
        const next = applyEdits(text, preferred.x.edits).text;
        if (next === text) {
          problems.push(`${sample.name}: the preferred fix “${preferred.x.title}” (${preferred.f.ruleId}) changes nothing but is still offered`);
          break;
        }
        text = next;
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
