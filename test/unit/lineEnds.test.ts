/*
 * A draft saved on Windows ends its lines with CR LF, and a file or a client may keep a byte order mark at its start.
 * Neither may change a finding: every fixture and published document is checked as written with LF, with CR LF, and
 * with a byte order mark before it, and gives the same findings at the same line and column, with the same message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLineStarts } from '../../src/core/markdown/lines';
import { positionAt } from '../../src/core/text/positions';
import { createEvalService } from '../eval/evaluate';

const ROOT = path.resolve(__dirname, '../..');

const FILES = ['test/fixtures', 'test/eval/real/docs']
  .flatMap((dir) => readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, dir, f)))
  .sort();
const { service } = createEvalService({ everyRule: true });

/** The findings of `text` by line and column; `skip` characters at the start (a byte order mark) count for none. */
function findingsOf(text: string, skip = 0): string[] {
  const uri = 'file:///line-ends/draft.md';
  const starts = computeLineStarts(text.slice(skip));
  const at = (offset: number) => {
    const p = positionAt(starts, Math.max(0, offset - skip));
    return `${p.line}:${p.character}`;
  };
  const findings = service.analyze({ uri, version: 1, text }).findings.map((f) => `${f.ruleId} ${at(f.start)}-${at(f.end)} ${JSON.stringify(f.message)}`);
  service.forget(uri);
  return findings.sort();
}

describe('line ends and a byte order mark change no finding', () => {
  it(`for ${FILES.length} fixtures and published documents`, () => {
    expect(FILES.length).toBeGreaterThan(400);
    for (const file of FILES) {
      const lf = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
      const expected = findingsOf(lf);
      expect(findingsOf(lf.replace(/\n/g, '\r\n')), `${path.relative(ROOT, file)} with CR LF`).toEqual(expected);
      expect(findingsOf(`\uFEFF${lf}`, 1), `${path.relative(ROOT, file)} with a byte order mark`).toEqual(expected);
    }
  }, 120_000);
});
