import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('keeps its exit code when the reader of its output stops early (`| head -1` under `set -o pipefail`, as in CI)', () => {
    // A broken corpus file validated into `head -1` exited 0 (a staffer's CI trial): the closed pipe ended the run
    // before its result was known. Its findings are written one by one, so the pipe closes while it still writes.
    const dir = mkdtempSync(path.join(tmpdir(), 'aw-pipe-'));
    try {
      const broken = 'format: 1\nid: kapot\ntitle: x\ncommitments:\n  - id: a\n    text: [unclosed\n';
      for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, `k${i}.akkoord.yaml`), broken);
      const files = Array.from({ length: 400 }, (_, i) => `k${i}.akkoord.yaml`).join(' ');
      const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${CLI}" corpus validate ${files} | head -1`], { cwd: dir, encoding: 'utf8' });
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toContain('k0.akkoord.yaml');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
