import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFileInWorker } from '../../../src/host/import/importWorker';

// The worker's own failure paths, with small scripts standing in for the importer bundle (the bundle itself is run
// over LSP in test/lsp/import.test.ts): what matters here is that a worker that runs out of memory or dies ends the
// import with a clear message, and the server thread that called it lives on.
const dir = mkdtempSync(join(tmpdir(), 'aw-import-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
}

const options = { source: '/nowhere/akkoord.pdf', out: '/nowhere/akkoord.akkoord.yaml' } as never;

describe('importFileInWorker', () => {
  it('ends an import whose worker exceeds its heap limit with the memory message, and writes nothing', async () => {
    const hog = script('hog.cjs', 'const keep = []; for (;;) keep.push(new Array(1e5).fill({ a: Math.random() }));');
    const result = await importFileInWorker(hog, options, {}, 32);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.nl).toContain('meer dan 32 MB geheugen');
    expect(result.problems[0]?.en).toContain('more than 32 MB of memory');
    expect(result.report).toEqual([]);
  }, 30_000);

  it('reports a worker that exits without an answer as an unexpected stop', async () => {
    const quitter = script('quit.cjs', 'process.exit(3);');
    const result = await importFileInWorker(quitter, options);
    expect(result.problems[0]?.nl).toContain('stopte onverwacht (exit 3)');
  });
});
