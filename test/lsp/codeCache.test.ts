import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, startClient, type TestClient } from './client';

/*
 * The server as the extension starts it: dist/server.js (src/host/bundleLoader.cjs) with a code cache in the folder
 * the client names (`AKKOORDWIJZER_CODE_CACHE`, in the extension's storage). The second start uses the cache and gives
 * the same diagnostics as the first. (The loader's other paths are tested with the CLI: test/cli/codeCache.test.ts.)
 */
const MOTIE = 'De Kamer,\n\ngehoord de beraadslaging,\n\noverwegende dat er meer regie nodig is;\n\nverzoekt de regering waar mogelijk de regie te nemen,\n\nen gaat over tot de orde van de dag.\n';

let client: TestClient | undefined;
let ws: string | undefined;
closeAfterEach(() => ({ client, ws, forget: () => (client = ws = undefined) }));

describe('the language server with its code cache', () => {
  it('the first start writes the cache at exit, the second uses it, with the same diagnostics', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-lsp-code-cache-'));
    const env = { AKKOORDWIJZER_CODE_CACHE: path.join(ws, '.code-cache'), AKKOORDWIJZER_CODE_CACHE_LOG: '1' };
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    const said = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('akkoordwijzer code cache: '));
    const diagnosticsOfAStart = async () => {
      client = await startClient({ workspace: ws!, env });
      await client.open(uri, MOTIE);
      const found = (await client.diagnostics(uri)).map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
      const c = client;
      await c.close();
      client = undefined;
      return { found, said: said(c.stderr()) };
    };
    const first = await diagnosticsOfAStart();
    expect(first.said[0]).toBe('akkoordwijzer code cache: none');
    expect(readdirSync(env.AKKOORDWIJZER_CODE_CACHE).filter((n) => n.startsWith('server-main-'))).toHaveLength(1);
    const second = await diagnosticsOfAStart();
    expect(second.said).toEqual(['akkoordwijzer code cache: accepted']);
    expect(second.found).toEqual(first.found);
    expect(first.found.length).toBeGreaterThan(0);
  });
});
