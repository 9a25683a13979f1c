/*
 * Typing latency: 100 characters typed one at a time into a long draft, each keystroke checked before the next, as
 * an editor does while a staffer types. Two figures, each against a full re-check of the same texts in the same run:
 *
 * 1. in-process: `service.analyze` of the next version of the same URI (the incremental path: the blocks around the
 *    keystroke re-parsed, part-scoped rules reused on unchanged parts) against a full analysis of the same text (the
 *    URI forgotten first);
 * 2. over a real LSP connection (the bundled server, push diagnostics, incremental `didChange` events): the time from
 *    sending `didChange` to receiving the diagnostics of that version, against opening the same text as a new
 *    document (a full check, the text sent once).
 *
 * Drafts are made from the published documents of the evaluation (`bench/realDrafts.ts`): Kamervragen of 50 kB and
 * 500 kB, and a 50 kB motie. Reported, never asserted. Usage: npm run bench:typing [-- --quick] (`npm run build` first
 * for the LSP figure).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { createEvalService } from '../test/eval/evaluate';
import { startClient } from '../test/lsp/client';
import { packageRoot } from '../src/host/data';
import { kamervragenDraft, motieDraft } from './realDrafts';
import { reportFigure } from './report';

const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const KEYSTROKES = QUICK ? 20 : 100;
/**
 * The 100 characters are typed this many times (each time into the draft as it was), and the figures are taken over
 * all keystrokes: a p95 of 100 samples is their fifth slowest, which one collection of the garbage collector moves.
 */
const ROUNDS = QUICK ? 1 : 3;
/** What is typed: a follow-up to a question, as a staffer would add one. */
const PHRASE = ' En wanneer ontvangt de Kamer daarover een brief van de minister, met een tijdpad en de kosten per jaar?'.repeat(2);

interface Draft {
  name: string;
  text: string;
  /** What ends the unit typed into: a question's "?", an overweging's ";". */
  end: '?' | ';';
}

const DRAFTS: Draft[] = [
  { name: 'Kamervragen 50 kB', text: kamervragenDraft(50_000), end: '?' },
  { name: 'motie 50 kB', text: motieDraft(50_000), end: ';' },
  ...(QUICK ? [] : [{ name: 'Kamervragen 500 kB', text: kamervragenDraft(500_000), end: '?' as const }]),
];

/**
 * The versions typed: character by character at the end of the unit nearest the middle (a question before its "?",
 * an overweging before its ";"). A draft without one there is a broken benchmark, not a place to type: a motie has no
 * "?", and searching for one typed into its title line.
 */
function keystrokes({ text, end }: Draft): { at: number; key: string; text: string }[] {
  const at = text.indexOf(end, Math.floor(text.length / 2));
  if (at < 0) throw new Error(`typing bench: no "${end}" after the middle of the draft`);
  const out: { at: number; key: string; text: string }[] = [];
  let current = text;
  for (let i = 0; i < KEYSTROKES; i++) {
    const key = PHRASE[i % PHRASE.length]!;
    current = current.slice(0, at + i) + key + current.slice(at + i);
    out.push({ at: at + i, key, text: current });
  }
  return out;
}

function stats(xs: number[]): { p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { p50: q(0.5), p95: q(0.95), max: s.at(-1)! };
}

const fmt = (n: number) => n.toFixed(1).padStart(7);
function row(name: string, typed: number[], full: number[]): string {
  const t = stats(typed);
  const f = stats(full);
  return `${name.padEnd(22)}${fmt(t.p50)}${fmt(t.p95)}${fmt(t.max)}   ${fmt(f.p50)}${fmt(f.p95)}   ${(t.p50 / f.p50).toFixed(3).padStart(6)} ${(t.p95 / f.p50).toFixed(3).padStart(6)}`;
}
const HEADER = `${''.padEnd(22)}${'p50'.padStart(7)}${'p95'.padStart(7)}${'max'.padStart(7)}   ${'p50'.padStart(7)}${'p95'.padStart(7)}   ${'p50/'.padStart(6)} ${'p95/'.padStart(6)}\n${'ms'.padEnd(22)}${'per keystroke'.padStart(21)}   ${'full re-check'.padStart(14)}   ${'full p50'.padStart(13)}`;

function inProcess(): void {
  const { service } = createEvalService();
  service.engine();
  console.log(`\nIn-process: service.analyze per keystroke (${ROUNDS} × ${KEYSTROKES} keystrokes) against a full analysis of the same text`);
  console.log(HEADER);
  for (const draft of DRAFTS) {
    const uri = `file:///bench/${draft.name.replace(/\W+/g, '-')}.md`;
    const versions = keystrokes(draft);
    for (let r = 0; r < 3; r++) service.analyze({ uri: `${uri}-warm${r}`, version: 0, text: draft.text });
    const typed: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      service.analyze({ uri, version: round * 1000, text: draft.text });
      typed.push(...versions.map((v, i) => timed(() => service.analyze({ uri, version: round * 1000 + i + 1, text: v.text }))));
    }
    // A full check of a sample of the same versions (every fifth), the URI forgotten so nothing is reused.
    const full = versions.filter((_, i) => i % 5 === 0).map((v, i) => timed(() => (service.forget(uri), service.analyze({ uri, version: 100_000 + i, text: v.text }))));
    console.log(row(`${draft.name} (${(draft.text.length / 1000).toFixed(0)} kB)`, typed, full));
  }
}

function timed(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

async function overLsp(): Promise<void> {
  const server = path.join(packageRoot(), 'dist', 'server.js');
  if (!existsSync(server)) {
    console.log('\nOver LSP: dist/server.js is missing (npm run build); skipped.');
    return;
  }
  const ws = mkdtempSync(path.join(tmpdir(), 'aw-bench-'));
  const client = await startClient({ workspace: ws, server });
  try {
    console.log(`\nOver LSP (stdio, push diagnostics; ${ROUNDS} × ${KEYSTROKES} keystrokes): didChange → diagnostics of that version, against opening the same text as a new document`);
    console.log(HEADER);
    for (const draft of DRAFTS) {
      const uri = pathToFileURL(path.join(ws, `${draft.name.replace(/\W+/g, '-')}.md`)).href;
      const starts = lineStarts(draft.text);
      const typed: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Each round types into the draft as it was, as a new document (the same text, its own URI).
        const roundUri = round === 0 ? uri : `${uri}-round-${round}.md`;
        await client.open(roundUri, draft.text, 1);
        await client.diagnostics(roundUri, (_d, p) => p.version === 1, 120_000);
        for (const [i, v] of keystrokes(draft).entries()) {
          const version = i + 2;
          const position = positionOf(starts, v.at);
          const t = performance.now();
          await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: roundUri, version }, contentChanges: [{ range: { start: position, end: position }, text: v.key }] });
          await client.diagnostics(roundUri, (_d, p) => p.version === version, 120_000);
          typed.push(performance.now() - t);
        }
        if (round > 0) await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: roundUri } });
      }
      const full: number[] = [];
      for (let r = 0; r < (QUICK ? 2 : 5); r++) {
        const fresh = `${uri}-full-${r}.md`;
        const t = performance.now();
        await client.open(fresh, draft.text, 1);
        await client.diagnostics(fresh, (_d, p) => p.version === 1, 120_000);
        full.push(performance.now() - t);
      }
      console.log(row(`${draft.name} (${(draft.text.length / 1000).toFixed(0)} kB)`, typed, full));
      reportTyping(draft.name, typed, full);
    }
  } finally {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  }
}

/**
 * The figures for the one table of `npm run bench`: p50, p95 and max of the keystrokes over LSP, each against the
 * median full re-check of the same text (the goal: p95 within one frame, 16 ms, and at most a quarter of a re-check).
 */
function reportTyping(name: string, typed: number[], full: number[]): void {
  const t = stats(typed);
  const baseline = { baseline: stats(full).p50, baselineName: 'full re-check' };
  reportFigure({ name: `typing over LSP, ${name}: p50 per keystroke`, value: t.p50, unit: 'ms', ...baseline });
  reportFigure({ name: `typing over LSP, ${name}: p95 per keystroke`, value: t.p95, unit: 'ms', ...baseline, goal: '≤ 16 ms; ≤ 0.25×' });
  reportFigure({ name: `typing over LSP, ${name}: max per keystroke`, value: t.max, unit: 'ms', ...baseline });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The LSP position of an offset; keystrokes go on one line, so the starts of the original text stay valid. */
function positionOf(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

console.log(`Akkoordwijzer: typing latency, ${KEYSTROKES} characters typed one at a time${QUICK ? ' (quick)' : ''}`);
inProcess();
void overLsp().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
