/*
 * Concurrency over a real connection: whatever arrives how fast, the diagnostics in the end are those of the final
 * text (and the final data). Compared with what the same server says about that text opened fresh.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { describe, expect, it } from 'vitest';
import { MOTIE, ROOT, closeAfterEach, startClient, type TestClient } from './client';

let client: TestClient | undefined;
let ws: string | undefined;
closeAfterEach(() => ({ client, ws, forget: () => (client = ws = undefined) }));

const summary = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort();

/** What the server says about `text` in a document it has never seen: the reference for the final state. */
async function fresh(c: TestClient, dir: string, text: string, name: string): Promise<string[]> {
  const uri = pathToFileURL(path.join(dir, name)).href;
  await c.open(uri, text, 1);
  return summary(await c.diagnostics(uri, (_d, p) => p.version === 1));
}

describe('concurrency: the final diagnostics match the final text', () => {
  it('100 edits sent within a second (words typed, deleted, pasted) end with the findings of the last text', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-conc-'));
    client = await startClient({ workspace: ws });
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE, 1);
    await client.diagnostics(uri, (_d, p) => p.version === 1);
    let text = MOTIE;
    const sent: Promise<void>[] = [];
    for (let v = 2; v <= 101; v++) {
      // A deterministic mix: type a letter into the dictum, delete one, paste a sentence with a vague term.
      if (v % 10 === 0) text = text.replace('aansturen;', 'aansturen en meer regie willen;');
      else if (v % 3 === 0) text = text.replace(/Rijk(\S*),/, (_m, tail: string) => `Rijk${tail.slice(0, -1)},`);
      else text = text.replace(/Rijk(\S*),/, (_m, tail: string) => `Rijk${tail}x,`);
      sent.push(client.change(uri, text, v));
    }
    await Promise.all(sent);
    const last = summary(await client.diagnostics(uri, (_d, p) => p.version === 101, 30_000));
    expect(last).toEqual(await fresh(client, ws, text, 'referentie.md'));
  });

  it('documents opened and closed in quick succession: the server keeps up, a closed document is cleared, an open one is right', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-conc-'));
    client = await startClient({ workspace: ws });
    const uris = Array.from({ length: 30 }, (_, i) => pathToFileURL(path.join(ws!, `motie-${i}.md`)).href);
    const textOf = (i: number) => (i % 2 ? MOTIE : MOTIE.replace('de regie', 'zeggenschap'));
    for (const [i, uri] of uris.entries()) {
      await client.open(uri, textOf(i), 1);
      if (i < uris.length - 1) await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }
    const kept = uris.at(-1)!;
    const diags = summary(await client.diagnostics(kept, (_d, p) => p.version === 1, 30_000));
    expect(diags).toEqual(await fresh(client, ws, textOf(uris.length - 1), 'referentie.md'));
    // Every closed document ends with no diagnostics (whatever was published for it before it was closed).
    await new Promise((r) => setTimeout(r, 500));
    for (const uri of uris.slice(0, -1)) {
      const last = client.published(uri).at(-1);
      expect(last?.diagnostics ?? [], uri).toEqual([]);
    }
  });

  it('a corpus file that changes while a draft is edited: the draft ends checked against the final corpus', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-conc-'));
    const corpusFile = path.join(ws, 'fractie.akkoord.yaml');
    const original = readFileSync(path.join(ROOT, 'test/fixtures/workspace/fractie.akkoord.yaml'), 'utf8');
    copyFileSync(path.join(ROOT, 'test/fixtures/workspace/fractie.akkoord.yaml'), corpusFile);
    client = await startClient({ workspace: ws });
    const key = /^\s+- id: ([a-z0-9-]+)$/m.exec(original)![1]!;
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    const cited = MOTIE.replace('aansturen;', `aansturen [@toezeggingen-bzk:${key}];`);
    await client.open(uri, cited, 1);
    await client.status((s) => s.corpora.some((c) => c.id === 'toezeggingen-bzk' && c.loaded));
    await client.diagnostics(uri, (_d, p) => p.version === 1);
    const changed = () => client!.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(corpusFile).href, type: FileChangeType.Changed }] });
    // Edits and corpus changes interleaved; the last corpus no longer has the cited key.
    let text = cited;
    for (let v = 2; v <= 21; v++) {
      text = text.replace('De Vries', v % 2 ? 'De Vries' : 'De  Vries');
      void client.change(uri, text, v);
      if (v % 5 === 0) {
        writeFileSync(corpusFile, v === 20 ? original.replace(`id: ${key}`, `id: ${key}-hernoemd`) : original);
        void changed();
      }
    }
    await client.diagnostics(uri, (ds, p) => p.version === 21 && ds.some((d) => d.code === 'onbekende-toezegging'), 30_000);
    const final = summary(await client.diagnostics(uri, (_d, p) => p.version === 21));
    expect(final).toEqual(await fresh(client, ws, text, 'referentie.md'));
    expect(final.some((d) => d.startsWith('onbekende-toezegging'))).toBe(true);
  });
});
