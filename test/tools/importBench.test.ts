/*
 * The import benchmark (bench/import.bench.ts) runs: its quick mode imports a few generated pages through the CLI
 * path and prints every phase. Times are the benchmark's to report; this asserts none.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

describe('npm run bench:import', () => {
  it('in quick mode, imports a generated agreement and reports each phase and the total against the goal', () => {
    const output = execFileSync(process.execPath, ['tools/run-ts.mjs', 'bench/import.bench.ts'], { cwd: ROOT, env: { ...process.env, BENCH_QUICK: '1' }, encoding: 'utf8', timeout: 120_000 });
    expect(output).toMatch(/^document: \d+ pages, 60 paragraphs, \d+ kB PDF .*\[quick\]$/m);
    expect(output).toMatch(/^commitments: [1-9]\d*, passages: \d+$/m);
    for (const phase of ['PDF read (pdf.js)', 'layout (paragraphs)', 'pipeline (units, ids)', 'write (corpus, check)', 'total, CLI path (cold)']) {
      expect(output).toMatch(new RegExp(`^${phase.replace(/[()]/g, '\\$&')} +\\d+ ms`, 'm'));
    }
    expect(output).toMatch(/goal 10 s: (within|over) \(ratio \d+\.\d\d\)/);
  }, 150_000);
});
