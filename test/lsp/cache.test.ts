import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startClient } from './client';

/*
 * The server keeps a workspace's corpus compiled in the folder its client names (`initializationOptions.cacheFolder`,
 * VS Code's global storage), and a second server over the same files finds it there and gives the same diagnostics.
 */
describe('the server caches compiled user corpora where the client says', () => {
  let ws: string;
  let cache: string;
  beforeAll(() => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-cache-ws-'));
    cache = mkdtempSync(path.join(tmpdir(), 'aw-cache-'));
    cpSync(path.join(ROOT, 'test/fixtures/workspace'), ws, { recursive: true });
  });
  afterAll(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  const firstDiagnostics = async () => {
    const client = await startClient({ workspace: ws, initializationOptions: { cacheFolder: cache } });
    const uri = pathToFileURL(path.join(ws, 'motie-cloud.md')).href;
    await client.open(uri, readFileSync(path.join(ws, 'motie-cloud.md'), 'utf8'));
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0, 30_000);
    await client.close();
    return diagnostics;
  };

  it('writes the corpus and its index on the first start and reads them on the next', async () => {
    const first = await firstDiagnostics();
    const builds = readdirSync(cache);
    expect(builds).toHaveLength(1);
    const written = readdirSync(path.join(cache, builds[0]!)).map((n) => n.replace(/-[0-9a-f]+\.json$/, ''));
    expect(written.sort()).toEqual(['corpus', 'index']);
    const folder = path.join(cache, builds[0]!);
    const stamps = () => readdirSync(folder).map((n) => `${n} ${statSync(path.join(folder, n)).mtimeMs}`);
    const before = stamps();
    const second = await firstDiagnostics();
    expect(second).toEqual(first);
    // Read, not made again: a file is written only when what it holds had to be parsed or analysed.
    expect(stamps()).toEqual(before);
    expect(first.some((d) => JSON.stringify(d).includes('cloud'))).toBe(true);
  }, 120_000);
});
