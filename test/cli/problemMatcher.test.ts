import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run, ROOT } from './runCli';

/*
 * The `$akkoordwijzer` problem matcher of package.json, applied to the CLI's text output line by line as VS Code's
 * task system applies a single-line pattern: the regexp per line, the groups into file, line, column, severity, code
 * and message (trimmed), the file located with `fileLocation` (autoDetect: relative to the workspace folder if it
 * exists there, else absolute), and the severity word mapped as VS Code maps it (error, warning, info; hint as info).
 */

interface Matcher {
  name: string;
  owner: string;
  fileLocation: [string, string];
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const matcher = (manifest.contributes.problemMatchers as Matcher[]).find((m) => m.name === 'akkoordwijzer')!;

/** The marker severity VS Code gives a severity word; anything it does not know falls back to the matcher's default (error). */
function markerSeverity(word: string): 'error' | 'warning' | 'info' {
  const w = word.toLowerCase();
  if (w === 'warning' || w === 'warn' || w === 'w') return 'warning';
  if (w === 'info' || w === 'hint' || w === 'note' || w === 'i') return 'info';
  return 'error';
}

function applyMatcher(output: string, workspaceFolder: string) {
  const regexp = new RegExp(matcher.pattern.regexp);
  const p = matcher.pattern;
  return output.split('\n').flatMap((line) => {
    const m = regexp.exec(line);
    if (!m) return [];
    const relative = path.resolve(workspaceFolder, m[p.file]!);
    return [{ file: existsSync(relative) ? relative : m[p.file]!, line: Number(m[p.line]), column: Number(m[p.column]), severity: markerSeverity(m[p.severity]!), code: m[p.code], message: m[p.message]!.trim() }];
  });
}

type JsonFinding = { ruleId: string; severity: string; message: string; range: { start: { line: number; character: number } } };

/** What each finding should become in the Problems panel, from the same run's JSON report. */
async function expected(args: string[], cwd: string) {
  const { files } = JSON.parse((await run(['check', '--format', 'json', ...args], cwd)).stdout) as { files: { path: string; findings: JsonFinding[] }[] };
  return files.flatMap((f) =>
    f.findings.map((x) => ({
      file: path.resolve(cwd, f.path),
      line: x.range.start.line + 1,
      column: x.range.start.character + 1,
      severity: markerSeverity(x.severity === 'hint' ? 'info' : x.severity),
      code: x.ruleId,
      message: x.message.trim(),
    })),
  );
}

describe('the $akkoordwijzer problem matcher', () => {
  it('is contributed with the fields VS Code needs', () => {
    expect(matcher).toMatchObject({ owner: 'akkoordwijzer', fileLocation: ['autoDetect', '${workspaceFolder}'] });
  });

  it('matches every finding of the text output, with its file, position, severity, rule and message', async () => {
    const want = await expected(['test/fixtures'], ROOT);
    expect(new Set(want.map((w) => w.severity))).toEqual(new Set(['error', 'warning', 'info']));
    const text = await run(['check', 'test/fixtures'], ROOT);
    const lines = text.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBe(want.length);
    expect(applyMatcher(text.stdout, ROOT)).toEqual(want);
  });

  it('reads hint and info findings as information, not as errors', async () => {
    const text = await run(['check', 'test/fixtures'], ROOT);
    const hints = text.stdout.split('\n').filter((l) => / hint /.test(l));
    expect(hints.length).toBeGreaterThan(0);
    for (const m of applyMatcher(hints.join('\n'), ROOT)) expect(m.severity).toBe('info');
  });

  it('matches absolute paths and coloured output (the terminal drops the escape codes before the matcher sees a line)', async () => {
    const folder = path.join(ROOT, 'test/fixtures/moties');
    const want = await expected([folder], ROOT);
    const colored = await run(['check', '--color', folder], ROOT);
    expect(colored.stdout).toContain('\u001b[');
    expect(applyMatcher(colored.stdout.replace(/\u001b\[\d+m/g, ''), '/nonexistent-workspace')).toEqual(want);
  });
});
