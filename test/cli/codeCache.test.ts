import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROCESS_FLAGS } from '../../src/host/process';
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
    // The bundle's content hash, V8's version, the architecture and the Node options are in the name.
    expect(file).toMatch(new RegExp(`^cli-main-[0-9a-f]{16}-${process.versions.v8.replace(/[.]/g, '\\.')}-${process.arch}-[0-9a-f]{8}\\.bin$`));
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
    // Bytes flipped inside the payload (V8 checks only its header: it would crash on them), garbage of the same
    // length, and a cut-off file.
    const flipped = Buffer.from(bytes);
    for (let i = Math.floor(flipped.length / 2); i < Math.floor(flipped.length / 2) + 64; i++) flipped[i] = flipped[i]! ^ 0xff;
    for (const damaged of [flipped, Buffer.alloc(bytes.length, 0x5a), bytes.subarray(0, 100)]) {
      writeFileSync(at, damaged);
      const run = check({ AKKOORDWIJZER_CODE_CACHE: folder });
      expect(run.said).toEqual(['rejected', 'written']);
      expect(run.findings).toEqual(clean.findings);
      expect(readFileSync(at).equals(damaged)).toBe(false);
    }
  });

  it('a folder keeps the three newest caches of a bundle (two installed versions keep theirs); the server’s stay', () => {
    const folder = tempFolder();
    const old = ['cli-main-a-1.bin', 'cli-main-b-1.bin', 'cli-main-c-1.bin'];
    old.forEach((name, i) => {
      writeFileSync(path.join(folder, name), 'old');
      utimesSync(path.join(folder, name), 1_000_000 + i, 1_000_000 + i);
    });
    writeFileSync(path.join(folder, 'server-main-a-1.bin'), 'old');
    check({ AKKOORDWIJZER_CODE_CACHE: folder });
    const files = cacheFiles(folder);
    // The oldest went; the two newest of the others stay beside the one written.
    const cli = files.filter((n) => n.startsWith('cli-main-'));
    expect(cli).toHaveLength(3);
    expect(cli).toEqual(expect.arrayContaining(['cli-main-b-1.bin', 'cli-main-c-1.bin', expect.stringMatching(/^cli-main-[0-9a-f]{16}-/)]));
    expect(files).toContain('server-main-a-1.bin');
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('other Node options keep a cache of their own instead of rejecting each other’s', () => {
    const folder = tempFolder();
    // Added to the options the suite runs with (the network guard stays installed).
    const other = { AKKOORDWIJZER_CODE_CACHE: folder, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=2048`.trim() };
    expect(check({ AKKOORDWIJZER_CODE_CACHE: folder }).said).toEqual(['none', 'written']);
    expect(check(other).said).toEqual(['none', 'written']);
    expect(check({ AKKOORDWIJZER_CODE_CACHE: folder }).said).toEqual(['accepted']);
    expect(check(other).said).toEqual(['accepted']);
  });

  it('the cache is keyed by the content of the bundle (a rebuilt bundle of the same size and time gets a cache of its own)', () => {
    const hash = createHash('sha256').update(readFileSync(path.join(ROOT, 'dist', 'cli-main.js'))).digest('hex').slice(0, 16);
    expect(readFileSync(CLI, 'utf8')).toContain(JSON.stringify(hash));
    const folder = tempFolder();
    check({ AKKOORDWIJZER_CODE_CACHE: folder });
    expect(cacheFiles(folder)[0]).toContain(`cli-main-${hash}-`);
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

  it('the loader sets the flags the bundle sets (PROCESS_FLAGS) before it compiles: V8 keys its cache by them', () => {
    const loader = readFileSync(path.join(ROOT, 'src', 'host', 'bundleLoader.cjs'), 'utf8');
    const set = /for \(const flag of \[([^\]]*)\]\) setFlagsFromString\(flag\)/.exec(loader);
    expect(set).not.toBeNull();
    expect(set![1]!.split(',').map((f) => f.trim().replace(/^'|'$/g, ''))).toEqual([...PROCESS_FLAGS]);
  });
});
