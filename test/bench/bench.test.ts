import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/*
 * The benchmarks work: `npm run bench` in quick mode runs every benchmark and prints one table with every figure the
 * issue asks for, each a finite number with its baseline where it has one. It never looks at how fast anything was.
 */
describe('npm run bench (quick)', () => {
  it('prints one table with the start-up, server, scale, check, scaling, typing, extremes and retrieval figures', () => {
    const out = execFileSync(process.execPath, ['tools/run-ts.mjs', 'bench/run.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BENCH_QUICK: '1' }, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    const rows = out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| bench '));
    const cells = rows.map((r) => r.split('|').slice(1, -1).map((c) => c.trim()));
    const figure = (name: RegExp) => {
      const row = cells.find((c) => name.test(c[1]!));
      expect(row, `a row for ${name}`).toBeDefined();
      const value = Number.parseFloat(row![2]!);
      expect(Number.isFinite(value) && value > 0, `${row![1]}: ${row![2]}`).toBe(true);
      return row!;
    };
    for (const name of [/^CLI start to findings/, /^server spawn to first diagnostics/]) {
      const row = figure(name);
      expect(row[3], 'measured against a baseline in the same run').toMatch(/\d/);
      expect(row[4]).toMatch(/^\d+\.\d\d×$/);
    }
    figure(/^CLI peak memory/);
    figure(/^server peak memory/);
    figure(/^server CPU time, start to exit/);
    for (const what of ['snapshot load', 'first diagnostics of a 1 KB motie', 'ranking per sentence', 'heap after first diagnostics']) figure(new RegExp(`^1k commitments: ${what}`));
    figure(/^re-check per keystroke/);
    // The import of an agreement PDF by the CLI as a process, against its goal of 10 s.
    figure(/^import of a \d+-page agreement PDF, CLI process/);
    // What each further 100 KB of drafts costs against markdownlint, how the cost per kB grows, the memory of it. A
    // marginal cost is a difference of two timings: in quick mode (small sizes, three rounds) it may come out below
    // zero, so only that it is a number is asked of it.
    for (const what of ['published moties and Kamervragen', 'one Kamervragen', 'one motie']) {
      const row = cells.find((c) => new RegExp(`^whole check per 100 KB, ${what} \\(process level`).test(c[1]!));
      expect(row, `a row for the whole check per 100 KB, ${what}`).toBeDefined();
      expect(Number.isFinite(Number.parseFloat(row![2]!)), row![2]).toBe(true);
      expect(row![3], 'measured against markdownlint in the same run').toMatch(/\d.* markdownlint$/);
      figure(new RegExp(`^whole check, peak memory, ${what}, `));
    }
    for (const what of ['Kamervragen', 'motie']) figure(new RegExp(`^whole check, growth per kB .*, ${what} \\(in process`));
    // Typing over a real LSP connection against a re-check of the same draft.
    for (const draft of ['Kamervragen 50 kB', 'motie 50 kB']) {
      for (const p of ['p50', 'p95', 'max']) expect(figure(new RegExp(`^typing over LSP, ${draft}: ${p} per keystroke`))[4]).toMatch(/^\d+\.\d\d×$/);
    }
    for (const what of ['one line of', 'short lines', 'nested list items', 'nested blockquotes', 'overwegingen']) {
      figure(new RegExp(`${what}.*: CPU time`));
      figure(new RegExp(`${what}.*: peak memory`));
    }
    figure(/^ranking per sentence, \d+ commitments/);
    expect(out).toMatch(/quick mode/);
    expect(out).not.toMatch(/^failed:/m);
  }, 600_000);
});
