import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './runCli';

/*
 * dist/cli.js and dist/server.js are src/host/bundleLoader.cjs: they run their bundle (cli-main.js, server-main.js)
 * with a V8 code cache in the user's cache folder. A start with the cache must do what a start without one does; a
 * cache that does not fit (damaged, another version) is rejected and written anew; a folder that cannot be written
 * changes nothing but the speed.
 */
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MOTIE = 'De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen,\n\n';

let folders: string[] = [];
afterEach(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
  folders = [];
});
const tempFolder = () => {
  const f = mkdtempSync(path.join(tmpdir(), 'aw-code-cache-'));
  folders.push(f);
  return f;
};

/** A check of a draft from standard input, with the loader's log; what it printed, and what the loader said. */
function check(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '-'], {
    cwd: ROOT,
    encoding: 'utf8',
    input: MOTIE,
    env: { ...process.env, AKKOORDWIJZER_CODE_CACHE_LOG: '1', ...env },
  });
  const said = r.stderr.split('\n').filter((l) => l.startsWith('akkoordwijzer code cache: ')).map((l) => l.slice('akkoordwijzer code cache: '.length));
  return { status: r.status, findings: JSON.parse(r.stdout).files[0].findings as unknown[], said };
}

const cacheFiles = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.bin'));

describe('the code cache of the CLI and the server', () => {
  it('the first start writes it, later starts use it, and the findings are the same', () => {
    const folder = path.join(tempFolder(), 'code');
    const first = check({ AKKOORDWIJZER_CODE_CACHE: folder });
    expect(first.said).toEqual(['none', 'written']);
    const [file] = cacheFiles(folder);
    expect(file).toMatch(/^cli-main-\d+-\d+-.+\.bin$/);
    const written = statSync(path.join(folder, file!)).mtimeMs;
    const second = check({ AKKOORDWIJZER_CODE_CACHE: folder });
    expect(second.said).toEqual(['accepted']);
    expect(second.status).toBe(first.status);
    expect(second.findings).toEqual(first.findings);
    expect(first.findings.length).toBeGreaterThan(0);
    // Not written again when it fits.
    expect(statSync(path.join(folder, file!)).mtimeMs).toBe(written);
  });

  it('a damaged cache is rejected, the start does what it always does, and the cache is written anew', () => {
    const folder = tempFolder();
    const clean = check({ AKKOORDWIJZER_CODE_CACHE: 'off' });
    check({ AKKOORDWIJZER_CODE_CACHE: folder });
    const [file] = cacheFiles(folder);
    const at = path.join(folder, file!);
    const bytes = readFileSync(at);
    // Garbage of the same length, then a cut-off file.
    for (const damaged of [Buffer.alloc(bytes.length, 0x5a), bytes.subarray(0, 100)]) {
      writeFileSync(at, damaged);
      const run = check({ AKKOORDWIJZER_CODE_CACHE: folder });
      expect(run.said).toEqual(['rejected', 'written']);
      expect(run.findings).toEqual(clean.findings);
      expect(readFileSync(at).equals(damaged)).toBe(false);
    }
  });

  it('the caches of earlier builds of the same bundle go when a new one is written; the server’s stay', () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'cli-main-1-2-old.bin'), 'old');
    writeFileSync(path.join(folder, 'server-main-1-2-old.bin'), 'old');
    check({ AKKOORDWIJZER_CODE_CACHE: folder });
    const files = cacheFiles(folder);
    expect(files).not.toContain('cli-main-1-2-old.bin');
    expect(files).toContain('server-main-1-2-old.bin');
    expect(files.filter((n) => n.startsWith('cli-main-'))).toHaveLength(1);
  });

  it('off: no cache; AKKOORDWIJZER_CACHE names the folder (code/ inside) when no folder of its own is given', () => {
    expect(check({ AKKOORDWIJZER_CODE_CACHE: 'off' }).said).toEqual(['off']);
    expect(check({ AKKOORDWIJZER_CODE_CACHE: '', AKKOORDWIJZER_CACHE: 'off' }).said).toEqual(['off']);
    const shared = tempFolder();
    expect(check({ AKKOORDWIJZER_CODE_CACHE: '', AKKOORDWIJZER_CACHE: shared }).said).toEqual(['none', 'written']);
    expect(cacheFiles(path.join(shared, 'code'))).toHaveLength(1);
  });

  it('a folder that cannot be written changes nothing but the speed', () => {
    const blocker = path.join(tempFolder(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const clean = check({ AKKOORDWIJZER_CODE_CACHE: 'off' });
    const run = check({ AKKOORDWIJZER_CODE_CACHE: path.join(blocker, 'code') });
    expect(run.said[0]).toBe('none');
    expect(run.said[1]).toMatch(/^not written/);
    expect(run.status).toBe(clean.status);
    expect(run.findings).toEqual(clean.findings);
  });
});
