/*
 * Incremental analysis must never change a finding: real drafts (the fixtures and the published documents of the
 * evaluation, half of them with the CR LF line ends of Windows) are edited one keystroke at a time at random places
 * (front matter, header, footnotes and line starts weighted in), and after every keystroke the findings of the
 * incremental path (the service that saw every earlier version of the URI) equal those of a full analysis of the same
 * text (a service that forgets the URI first).
 *
 * Quick mode runs in `npm test`; AKKOORDWIJZER_PROPERTY_RUNS=2000 runs longer, AKKOORDWIJZER_PROPERTY_SEED=n replays
 * a seed (fast-check prints the seed and the shrunk edit list of a failure).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvalService } from '../eval/evaluate';
import type { DraftService } from '../../src/core/service';

const ROOT = path.resolve(__dirname, '../..');
const RUNS = Number(process.env.AKKOORDWIJZER_PROPERTY_RUNS ?? 70);
const SEED = Number(process.env.AKKOORDWIJZER_PROPERTY_SEED ?? 20261203);
const KEYSTROKES = 40;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? markdownFiles(file) : name.endsWith('.md') ? [file] : [];
  });
}

/** Every fixture, and every fifth published document (they are alike; the long run may take them all). */
const SOURCES = [
  ...markdownFiles(path.join(ROOT, 'test/fixtures')),
  ...markdownFiles(path.join(ROOT, 'test/eval/real/docs')).filter((_, i) => RUNS > 200 || i % 5 === 0),
].sort();

/** Heads put before a document: none, front matter (the kind and the date), a heading. */
const HEADS = ['', '---\nsoort: motie\n---\n\n', '---\nsoort: kamervragen\ndatum: 2021-03-01\n---\n\n', '# Concept\n\n'];
/** Footnote definitions put after a document, so that references typed anywhere may resolve. */
const TAILS = ['', '\n[^1]: NOS, 2 maart 2026.\n', '\n[^bron]: Coalitieakkoord 2021, p. 4.\n[^2]: Zie [@ca2021:klimaat].\n'];
/** What a keystroke types: letters, spaces, line breaks, and the characters that change Markdown's structure. */
const KEYS = [...'aeno tdsr\n\n-*#>`[]^:@!?;,.1‘’"<'.split(''), '\r\n', '    ', '---', '[^1]', '<!--', '-->', '```'];

type Where = 'anywhere' | 'start' | 'footnote' | 'lineStart';
interface Keystroke {
  where: Where;
  at: number;
  /** Typed text, or undefined for a backspace. */
  key: string | undefined;
}

const keystroke: fc.Arbitrary<Keystroke> = fc.record({
  where: fc.constantFrom<Where>('anywhere', 'anywhere', 'start', 'footnote', 'lineStart'),
  at: fc.nat({ max: 1_000_000 }),
  key: fc.option(fc.constantFrom(...KEYS), { freq: 3 }).map((k) => k ?? undefined),
});

/** Where in `text` a keystroke lands. */
function positionOf(text: string, { where, at }: Keystroke): number {
  if (text.length === 0) return 0;
  if (where === 'start') return at % Math.min(text.length + 1, 240);
  const anchors = where === 'footnote' ? [...text.matchAll(/\[\^/g)].map((m) => m.index) : where === 'lineStart' ? [...text.matchAll(/^/gm)].map((m) => m.index) : [];
  if (anchors.length === 0) return at % (text.length + 1);
  return Math.min(text.length, anchors[at % anchors.length]! + ((at >> 8) % 8));
}

function apply(text: string, k: Keystroke): string {
  const at = positionOf(text, k);
  return k.key === undefined ? text.slice(0, Math.max(0, at - 1)) + text.slice(at) : text.slice(0, at) + k.key + text.slice(at);
}

/** What the two paths must agree on: the findings in full, and the draft's kind and parts behind them. */
function observed(service: DraftService, uri: string, version: number, text: string) {
  const { draft, findings } = service.analyze({ uri, version, text });
  return { kind: draft.kind, parts: draft.parts.map((p) => [p.kind, p.start, p.end]), findings };
}

describe('incremental analysis equals a full analysis after every keystroke', () => {
  let incremental: DraftService;
  let full: DraftService;
  beforeAll(() => {
    incremental = createEvalService({ everyRule: true }).service;
    full = createEvalService({ everyRule: true }).service;
  });

  it(`${RUNS} drafts × ${KEYSTROKES} keystrokes (seed ${SEED})`, () => {
    const texts = SOURCES.map((f) => readFileSync(f, 'utf8'));
    const scenario = fc.record({
      source: fc.nat({ max: texts.length - 1 }),
      head: fc.nat({ max: HEADS.length - 1 }),
      tail: fc.nat({ max: TAILS.length - 1 }),
      // Drafts saved on Windows end their lines with CR LF (VS Code's default there).
      crlf: fc.boolean(),
      keystrokes: fc.array(keystroke, { minLength: KEYSTROKES / 2, maxLength: KEYSTROKES }),
    });
    let run = 0;
    fc.assert(
      fc.property(scenario, ({ source, head, tail, crlf, keystrokes }) => {
        // A URI per run (and per shrink step): the incremental service starts from a full parse of the first version.
        const uri = `file:///property/${++run}/${path.basename(SOURCES[source]!)}`;
        let text = HEADS[head]! + texts[source]! + TAILS[tail]!;
        if (crlf) text = text.replace(/\r?\n/g, '\r\n');
        incremental.analyze({ uri, version: 0, text });
        keystrokes.forEach((k, i) => {
          text = apply(text, k);
          full.forget(uri);
          expect(observed(incremental, uri, i + 1, text)).toEqual(observed(full, uri, i + 1, text));
        });
        incremental.forget(uri);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
  }, 600_000);
});
