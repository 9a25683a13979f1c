import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/*
 * The benchmarks work: `npm run bench` in quick mode runs every benchmark and prints one table with every figure the
 * issue asks for, each a finite number with its baseline where it has one. It never looks at how fast anything was.
 */
describe('npm run bench (quick)', () => {
  it('prints one table with the start-up, server, scale, check, extremes and retrieval figures', () => {
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
    figure(/^whole check per keystroke/);
    for (const what of ['one line of', 'short lines', 'nested list items', 'nested blockquotes', 'overwegingen']) {
      figure(new RegExp(`${what}.*: CPU time`));
      figure(new RegExp(`${what}.*: peak memory`));
    }
    figure(/^ranking per sentence, \d+ commitments/);
    expect(out).toMatch(/quick mode/);
    expect(out).not.toMatch(/^failed:/m);
  }, 600_000);
});
