import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS, type Localized } from '../../src/core/service';
import * as messages from '../../src/cli/messages';
import { runCli as run } from './runCli';

/*
 * `--taal en` gives English everywhere: help, usage errors (ours, never parseArgs' own), input errors, reports. The
 * yardstick is every Dutch word of the CLI's own message tables that none of their English texts uses ("motie",
 * "Kamervragen" and the like occur in both and so do not count), plus the Dutch words that data-file problems use.
 */

// One argument that serves as a string, a number in a template, a list and a Localized (its fields are then undefined in both).
const SAMPLE = ['x'];
function texts(value: unknown): Localized[] {
  if (typeof value === 'function') return texts((value as (...a: unknown[]) => unknown)(SAMPLE, SAMPLE, SAMPLE));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.nl === 'string' && typeof o.en === 'string') return [o as unknown as Localized];
    return Object.values(o).flatMap(texts);
  }
  return [];
}
const words = (s: string) => s.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
const all = texts(messages);
const english = new Set(all.flatMap((t) => words(t.en)));
/** The corpus format's own values of `kind:`, which an English message quotes as they must be written. */
const FORMAT_VALUES = new Set(['coalitieakkoord', 'verkiezingsprogramma', 'toezeggingen', 'overig']);
const DUTCH = new Set(
  [...all.flatMap((t) => words(t.nl)), 'niet', 'kan', 'bestand', 'regel', 'kolom', 'fout', 'waarschuwing'].filter((w) => !english.has(w) && !FORMAT_VALUES.has(w)),
);

/**
 * The Dutch words of an output outside quotations (English texts quote the Dutch formulas a draft must contain), rule
 * ids (Dutch by contract: `akkoord-niet-geladen` is a setting key and a SARIF rule id in every language) and option
 * names (`--ministerie` is typed the same in every language).
 */
function dutchIn(output: string): string[] {
  const ids = new RegExp(`\\b(?:${[...RULE_IDS].join('|')})\\b`, 'g');
  const unquoted = output.replace(/‘[^’\n]*’|“[^”\n]*”/g, '').replace(ids, '').replace(/--[\p{L}-]+/gu, '');
  return [...new Set(words(unquoted).filter((w) => DUTCH.has(w)))];
}

/** What a person reads of standard output: of a JSON report its string values, not its (English) keys. */
function readable(stdout: string): string {
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
  try {
    return strings(JSON.parse(stdout)).join('\n');
  } catch {
    return stdout;
  }
}

const MOTIE = 'De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen,\n\nen gaat over tot de orde van de dag.\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'aw-english-'));
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, 'a.md'), MOTIE);
  writeFileSync(path.join(dir, 'broken.yaml'), 'regels:\n  vaag-begrip: [warning\n');
  writeFileSync(path.join(dir, 'unknown.yaml'), 'regels:\n  no-such-rule: warning\ntaal: fr\n');
  // Out of the folder's corpus discovery: only the runs that name it read it.
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'data', 'broken.akkoord.yaml'), 'id: x\ncommitments: 3\n');
  writeFileSync(path.join(dir, 'empty.pdf'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each command on bad input (and the reports on good input), as a user would type it. */
const RUNS: { argv: string[]; code: number; stdin?: string }[] = [
  { argv: [], code: 2 },
  { argv: ['--help'], code: 0 },
  { argv: ['bogus'], code: 2 },
  { argv: ['--bogus'], code: 2 },
  { argv: ['help', 'check'], code: 0 },
  { argv: ['check', '--help'], code: 0 },
  { argv: ['check'], code: 2 },
  { argv: ['check', '--bogus', 'a.md'], code: 2 },
  { argv: ['check', '--format'], code: 2 },
  { argv: ['check', '--format', 'xml', 'a.md'], code: 2 },
  { argv: ['check', '--quiet=yes', 'a.md'], code: 2 },
  { argv: ['check', '--max-warnings', 'x7', 'a.md'], code: 2 },
  { argv: ['check', '--stdin-filename', 'x.md', 'a.md'], code: 2 },
  { argv: ['check', '--stdin', 'a.md'], code: 2, stdin: MOTIE },
  { argv: ['check', '--id', 'x', 'a.md'], code: 2 },
  { argv: ['check', 'missing.md'], code: 2 },
  { argv: ['check', 'missing/**/*.md'], code: 2 },
  { argv: ['check', '-'], code: 2 },
  { argv: ['check', '--config', 'missing.yaml', 'a.md'], code: 2 },
  { argv: ['check', '--config', 'broken.yaml', 'a.md'], code: 2 },
  { argv: ['check', '--config', 'unknown.yaml', 'a.md'], code: 2 },
  { argv: ['check', '--corpus', 'missing.akkoord.yaml', 'a.md'], code: 2 },
  { argv: ['check', '--corpus', 'data/broken.akkoord.yaml', 'a.md'], code: 2 },
  { argv: ['check', '--ignore', '*.md', 'a.md'], code: 0 },
  { argv: ['check', '--max-warnings', '0', 'a.md'], code: 1 },
  { argv: ['check', '--format', 'sarif', '--stdin'], code: 0, stdin: MOTIE },
  { argv: ['corpus'], code: 2 },
  { argv: ['corpus', '--help'], code: 0 },
  { argv: ['corpus', 'find'], code: 2 },
  { argv: ['corpus', 'list', 'extra'], code: 2 },
  { argv: ['corpus', 'list', '--format', 'sarif'], code: 2 },
  { argv: ['corpus', 'search'], code: 2 },
  { argv: ['corpus', 'search', '--help'], code: 0 },
  { argv: ['corpus', 'validate'], code: 2 },
  { argv: ['corpus', 'validate', 'data/broken.akkoord.yaml', 'missing.akkoord.yaml'], code: 2 },
  { argv: ['corpus', 'import'], code: 2 },
  { argv: ['corpus', 'import', 'empty.pdf', 'second.pdf'], code: 2 },
  { argv: ['corpus', 'import', 'empty.pdf'], code: 2 },
  { argv: ['corpus', 'import', 'missing.pdf'], code: 2 },
  { argv: ['corpus', 'fetch'], code: 2 },
  { argv: ['corpus', 'fetch', '--help'], code: 0 },
  { argv: ['corpus', 'fetch', '--timeout', 'x0', '2026D04554'], code: 2 },
  { argv: ['corpus', 'fetch', '--proxy', 'proxy', '2026D04554'], code: 2 },
  { argv: ['corpus', 'fetch', 'abc'], code: 2 },
];

describe('--taal en', () => {
  it('the yardstick knows the Dutch of the messages', () => {
    expect(DUTCH.size).toBeGreaterThan(100);
    for (const w of ['verwacht', 'onbekende', 'gevonden', 'standaardinvoer', 'bestanden', 'opties', 'gebruik']) expect(DUTCH.has(w), w).toBe(true);
    for (const w of ['motie', 'moties', 'kamervragen', 'error', 'warning']) expect(DUTCH.has(w), w).toBe(false);
  });

  it.each(RUNS)('akkoordwijzer $argv: no Dutch in English, and Dutch without --taal', async ({ argv, code, stdin }) => {
    // First, so that an option missing its value cannot take `--taal` for it.
    const en = await run(['--taal', 'en', ...argv], dir, stdin);
    expect(en.code).toBe(code);
    expect(en.stdout + en.stderr).not.toBe('');
    expect(dutchIn(`${readable(en.stdout)}\n${en.stderr}`)).toEqual([]);
    // The same run in Dutch does say something in Dutch, so the yardstick would have caught it.
    const nl = await run(argv, dir, stdin);
    expect(nl.code).toBe(code);
    if (!argv.includes('--stdin') && code !== 1) expect(dutchIn(nl.stdout + nl.stderr).length).toBeGreaterThan(0);
  });
});
