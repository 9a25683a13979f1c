import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './runCli';

// The rest of the CLI is tested in-process (runCli); these two run the shipped bundle as a user's shell would.
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MOTIE = 'De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen,\n\nen gaat over tot de orde van de dag.\n';

describe('dist/cli.js as a process', () => {
  it('is a node script whose exit code is the result: 1 for an error finding, a draft read from standard input', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '-'], { cwd: ROOT, encoding: 'utf8', input: MOTIE.replace('\n\nen gaat over tot de orde van de dag.', '') });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.files[0]).toMatchObject({ path: '-', kind: 'motie' });
    expect(json.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['motie-slot', 'vaag-begrip']));
  });

  it('exits 2 on a usage error, with the message on standard error', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--bogus', 'x.md'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('onbekende optie --bogus');
    expect(r.stdout).toBe('');
  });
});
