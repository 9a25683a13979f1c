/*
 * One way to do each thing: the duplicate-code scan (jscpd, thresholds in .jscpd.json: 5 lines and 50 tokens of the
 * same code) finds nothing in shipped code, build tools and benchmarks. `npm run dup` shows the same report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './sources';

describe('duplicate code', () => {
  it('jscpd finds no clone of 5 lines and 50 tokens or more', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'aw-jscpd-'));
    try {
      const bin = path.join(ROOT, 'node_modules/jscpd/bin/jscpd');
      // The threshold is checked here, with the clones listed, rather than by jscpd's exit code.
      execFileSync(process.execPath, [bin, '--reporters', 'json', '--output', out, '--threshold', '100', '--silent'], { cwd: ROOT, stdio: 'pipe' });
      const report = JSON.parse(readFileSync(path.join(out, 'jscpd-report.json'), 'utf8')) as {
        statistics: { total: { sources: number } };
        duplicates: { firstFile: { name: string; start: number; end: number }; secondFile: { name: string; start: number; end: number } }[];
      };
      expect(report.statistics.total.sources).toBeGreaterThan(100);
      const clones = report.duplicates.map((d) => `${d.firstFile.name}:${d.firstFile.start}-${d.firstFile.end} = ${d.secondFile.name}:${d.secondFile.start}-${d.secondFile.end}`);
      expect(clones).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
