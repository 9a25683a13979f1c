/*
 * Incremental analysis equals a full analysis also when versions do not follow one another neatly: an edit undone
 * (the text of an earlier version again), an analysis abandoned half-way (the server drops a job when a newer version
 * arrives), two analyses from the same previous version interleaved, a rule's severity changed, a vague term of the
 * user's own added (a new generation of settings: no earlier version's reports may be reused), a motie turned into
 * Kamervragen, and documents crossing the work budget. `incremental.property.test.ts` types keystroke after keystroke;
 * this one mixes those operations in. Fixed seed; AKKOORDWIJZER_PROPERTY_RUNS and AKKOORDWIJZER_PROPERTY_SEED as there.
 * (Written by a reviewer of the per-part reuse by index, 2026-12-06.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvalService } from '../eval/evaluate';
import type { DraftService } from '../../src/core/service';
import { DEFAULT_BUDGET } from '../../src/core/draft/budget';
import { loadBuiltinLexicon } from '../../src/host/data';

const BUILTIN = loadBuiltinLexicon().terms;

const ROOT = path.resolve(__dirname, '../..');
const RUNS = Number(process.env.AKKOORDWIJZER_PROPERTY_RUNS ?? 15);
const SEED = Number(process.env.AKKOORDWIJZER_PROPERTY_SEED ?? 20261206);
function md(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const f = path.join(dir, n); return statSync(f).isDirectory() ? md(f) : n.endsWith('.md') ? [f] : []; });
}
const SOURCES = [...md(path.join(ROOT, 'test/fixtures')), ...md(path.join(ROOT, 'test/eval/real/docs')).filter((_, i) => i % 9 === 0)].sort();
const HEADS = ['', '---\nsoort: motie\n---\n\n', '---\nsoort: kamervragen\ndatum: 2021-03-01\n---\n\n'];
const TAILS = ['', '\n[^1]: NOS, 2 maart 2026.\n', '\n[^bron]: Coalitieakkoord 2021, p. 4.\n[^2]: Zie [@ca2021:klimaat].\n'];
const KEYS = [...'aeno tdsr\n\n-*#>`[]^:@!?;,.1‘’"<'.split(''), '\r\n', '    ', '---', '[^1]', '[^1]: x', '<!--', '-->', '```', '; verzoekt de regering ', ' overwegende dat ', 'regieorganisatie ', 'Bent u bereid '];

type Op =
  | { op: 'key'; at: number; key: string | undefined }
  | { op: 'undo' }
  | { op: 'abandon'; at: number; key: string | undefined; steps: number }
  | { op: 'interleave'; at: number; key: string | undefined; at2: number; key2: string | undefined; steps: number }
  | { op: 'severity'; rule: string; level: string }
  | { op: 'flip' }
  | { op: 'lexicon'; term: string };
const keyArb = fc.option(fc.constantFrom(...KEYS), { freq: 3 }).map((k) => k ?? undefined);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('key' as const), at: fc.nat({ max: 1_000_000 }), key: keyArb }) },
  { weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('abandon' as const), at: fc.nat({ max: 1_000_000 }), key: keyArb, steps: fc.nat({ max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('interleave' as const), at: fc.nat({ max: 1_000_000 }), key: keyArb, at2: fc.nat({ max: 1_000_000 }), key2: keyArb, steps: fc.nat({ max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('severity' as const), rule: fc.constantFrom('vaag-begrip', 'spelfout', 'herhaald-woord', 'tussenzin'), level: fc.constantFrom('error', 'warning', 'hint', 'off', 'information') }) },
  { weight: 1, arbitrary: fc.constant({ op: 'flip' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lexicon' as const), term: fc.constantFrom('woningen', 'regering', 'kabinet', 'gemeente', 'bereid') }) },
);
function apply(text: string, at: number, key: string | undefined): string {
  const p = text.length === 0 ? 0 : at % (text.length + 1);
  return key === undefined ? text.slice(0, Math.max(0, p - 1)) + text.slice(p) : text.slice(0, p) + key + text.slice(p);
}
function observed(s: DraftService, uri: string, version: number, text: string) {
  const { draft, findings } = s.analyze({ uri, version, text });
  return { kind: draft.kind, parts: draft.parts.map((p) => [p.kind, p.start, p.end]), findings };
}

describe('incremental analysis', () => {
  it('equals a full analysis under undo, abandoned and interleaved analyses, changes of severity, vague terms and kind, and a small budget', () => {
    const texts = SOURCES.map((f) => readFileSync(f, 'utf8'));
    let run = 0;
    fc.assert(
      fc.property(
        fc.record({ source: fc.nat({ max: texts.length - 1 }), head: fc.nat({ max: HEADS.length - 1 }), tail: fc.nat({ max: TAILS.length - 1 }), crlf: fc.boolean(), smallBudget: fc.boolean(), ops: fc.array(opArb, { minLength: 10, maxLength: 40 }) }),
        ({ source, head, tail, crlf, smallBudget, ops }) => {
          const inc = createEvalService({ everyRule: true }).service;
          const full = createEvalService({ everyRule: true }).service;
          const budget = smallBudget ? { ...DEFAULT_BUDGET, maxFootnotes: 2, maxChars: 6000 } : DEFAULT_BUDGET;
          inc.configure({ settings: { budget } });
          full.configure({ settings: { budget } });
          const uri = `file:///ops/${++run}/${path.basename(SOURCES[source]!)}`;
          let text = HEADS[head]! + texts[source]! + TAILS[tail]!;
          if (crlf) text = text.replace(/\r?\n/g, '\r\n');
          const history = [text];
          let version = 0;
          inc.analyze({ uri, version, text });
          for (const o of ops) {
            if (o.op === 'severity') {
              const severities = { ...inc.settings.severities, [o.rule]: o.level as never };
              inc.configure({ settings: { severities } });
              full.configure({ settings: { severities } });
            } else if (o.op === 'lexicon') {
              // A vague term of the user's own (`lexicon.extra`): a new generation, whose findings no earlier version has.
              const vagueTerms = [...BUILTIN, { ...BUILTIN[0]!, id: `eigen-${o.term}`, forms: [o.term], replacements: {} }];
              inc.configure({ vagueTerms });
              full.configure({ vagueTerms });
            } else if (o.op === 'undo') {
              if (history.length > 1) { history.pop(); text = history[history.length - 1]!; }
            } else if (o.op === 'flip') {
              text = text.includes('soort: motie') ? text.replace('soort: motie', 'soort: kamervragen') : text.includes('soort: kamervragen') ? text.replace('soort: kamervragen', 'soort: motie') : `---\nsoort: kamervragen\n---\n\n${text}`;
              history.push(text);
            } else if (o.op === 'key') {
              text = apply(text, o.at, o.key);
              history.push(text);
            } else if (o.op === 'abandon') {
              const other = apply(text, o.at, o.key);
              const g = inc.analysisSteps({ uri, version: ++version, text: other });
              for (let i = 0; i < o.steps; i++) if (g.next().done) break;
              text = apply(text, o.at + 7, o.key === undefined ? 'q' : undefined);
              history.push(text);
            } else if (o.op === 'interleave') {
              const t1 = apply(text, o.at, o.key);
              const g = inc.analysisSteps({ uri, version: ++version, text: t1 });
              for (let i = 0; i < o.steps; i++) if (g.next().done) break;
              const t2 = apply(t1, o.at2, o.key2);
              inc.analyze({ uri, version: ++version, text: t2 });
              for (let r = g.next(); !r.done; r = g.next());
              text = apply(t2, o.at2 + 3, 'e');
              history.push(text);
            }
            version++;
            full.forget(uri);
            expect(observed(inc, uri, version, text)).toEqual(observed(full, uri, version, text));
          }
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
  }, 1_200_000);
});
