/*
 * Scheduling of diagnostics over a real connection: a burst of keystrokes is analysed once, at its newest version;
 * nothing is shown for a version that has changed since; a pull for a stale version asks the client to pull again.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, DocumentDiagnosticRequest, LSPErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { describe, expect, it } from 'vitest';
import { MOTIE, closeAfterEach, startClient, type TestClient } from './client';

/** The motie after `n` keystrokes: "regie" typed letter by letter over "sturing" in the dictum. */
const typed = (n: number) => MOTIE.replace('de regie te geven', `de ${'sturing'.slice(0, n)} te geven`);

let client: TestClient | undefined;
let ws: string | undefined;
closeAfterEach(() => ({ client, ws, forget: () => (client = ws = undefined) }));

async function start(pull: boolean): Promise<{ client: TestClient; uri: string }> {
  ws = mkdtempSync(path.join(tmpdir(), 'aw-sched-'));
  client = await startClient({ workspace: ws, capabilities: { workspace: { configuration: true }, ...(pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {}) } });
  return { client, uri: pathToFileURL(path.join(ws, 'motie.md')).href };
}

describe('push diagnostics under a burst of keystrokes', () => {
  it('analyses the burst once at its newest version and never publishes an older version after a newer one', async () => {
    const { client, uri } = await start(false);
    await client.open(uri, MOTIE, 1);
    await client.diagnostics(uri, (_d, p) => p.version === 1);
    const before = client.published(uri).length;
    const last = 'sturing'.length + 1;
    // Sent without waiting, as an editor sends keystrokes typed faster than they are analysed.
    await Promise.all(Array.from({ length: last - 1 }, (_, i) => client.change(uri, typed(i + 1), i + 2)));
    const diags = await client.diagnostics(uri, (_d, p) => p.version === last);
    const published = client.published(uri).slice(before).map((p) => p.version ?? -1);
    expect(diags.some((d) => d.code === 'vaag-begrip')).toBe(false); // "regie" is gone
    expect(published.at(-1)).toBe(last);
    expect([...published].sort((a, b) => a - b)).toEqual(published);
    expect(published.length).toBeLessThan(last - 1);
  });
});

describe('the spelling rule’s word list', () => {
  it('is loaded after the first diagnostics went out, and the drafts are checked again with it', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-sched-'));
    // The rule is off by default; the workspace switches it on.
    writeFileSync(path.join(ws, '.akkoordwijzer.yaml'), 'regels:\n  spelfout: aan\n');
    client = await startClient({ workspace: ws, capabilities: { workspace: { configuration: true } } });
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE.replace('constaterende dat', 'constaterende dat de barriere voor starters hoog is en dat'), 1);
    const first = await client.diagnostics(uri, (_d, p) => p.version === 1);
    const spelled = await client!.diagnostics(uri, (d) => d.some((x) => x.code === 'spelfout'));
    expect(spelled.find((d) => d.code === 'spelfout')?.message).toContain('‘barrière’');
    // The first answer did not wait for the list: it came without the spelling finding.
    expect(first.some((d) => d.code === 'spelfout')).toBe(false);
  });

  it('is loaded when a later setting switches the rule on', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-sched-'));
    let regels: Record<string, string> = {};
    client = await startClient({ workspace: ws, settings: () => ({ regels }), capabilities: { workspace: { configuration: true } } });
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE.replace('constaterende dat', 'constaterende dat de barriere voor starters hoog is en dat'), 1);
    const first = await client.diagnostics(uri, (_d, p) => p.version === 1);
    expect(first.some((d) => d.code === 'spelfout')).toBe(false);
    regels = { spelfout: 'aan' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const spelled = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'spelfout'));
    expect(spelled.find((d) => d.code === 'spelfout')?.message).toContain('‘barrière’');
  });
});

describe('pull diagnostics', () => {
  it('answers a pull for a version that changed while it waited with ServerCancelled, and the next pull with the newest', async () => {
    const { client, uri } = await start(true);
    await client.open(uri, MOTIE, 1);
    const stale = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    void client.change(uri, typed(3), 2);
    const error = await stale.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<{ retriggerRequest: boolean }>).code).toBe(LSPErrorCodes.ServerCancelled);
    expect((error as ResponseError<{ retriggerRequest: boolean }>).data).toEqual({ retriggerRequest: true });
    const fresh = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as { items: Diagnostic[] };
    expect(fresh.items.some((d) => d.code === 'vaag-begrip')).toBe(false);
  });

  it('answers a pull that names the current result with "unchanged", and a pull after an edit or a settings change in full', async () => {
    const { client, uri } = await start(true);
    await client.open(uri, MOTIE, 1);
    type Report = { kind: 'full' | 'unchanged'; resultId?: string; items?: Diagnostic[] };
    const pull = (previousResultId?: string) => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }) as Promise<Report>;
    const first = await pull();
    expect(first.kind).toBe('full');
    expect(first.items?.some((d) => d.code === 'vaag-begrip')).toBe(true);
    expect(first.resultId).toBeTruthy();
    expect(await pull(first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    await client.change(uri, typed(3), 2);
    const edited = await pull(first.resultId);
    expect(edited.kind).toBe('full');
    expect(edited.resultId).not.toBe(first.resultId);
    expect(edited.items?.some((d) => d.code === 'vaag-begrip')).toBe(false);
    // New settings reach every draft: the same version is checked again, not answered "unchanged".
    const refreshed = new Promise<void>((resolve) => client.connection.onRequest('workspace/diagnostic/refresh', () => resolve()));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { akkoordwijzer: { regels: { 'vaag-begrip': 'uit' } } } });
    await refreshed;
    const after = await pull(edited.resultId);
    expect(after.kind).toBe('full');
    expect(after.resultId).not.toBe(edited.resultId);
  });

  it('honours the client cancelling a pull', async () => {
    const { client, uri } = await start(true);
    await client.open(uri, MOTIE, 1);
    const source = new CancellationTokenSource();
    const pulled = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, source.token);
    source.cancel();
    const error = await pulled.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestCancelled);
  });
});

/** The order in which drafts get their first findings (version 1): by pull requests or by pushed diagnostics. */
function orderOfFindings(client: TestClient, pull: boolean, timeout: number) {
  const order: string[] = [];
  const diagnose = (uri: string, name: string): Promise<unknown> =>
    pull
      ? client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }).then(() => void order.push(name))
      : client.diagnostics(uri, (_d, p) => p.version === 1, timeout).then(() => void order.push(name));
  return { order, diagnose };
}

describe('several drafts at once', () => {
  /** A long motie (about 0.5 MB, within the work budget): its analysis takes a while. */
  const long = MOTIE.replace('De Kamer,', `De Kamer,\n\n${Array.from({ length: 8000 }, (_, i) => `overwegende dat punt ${i} meer regie vraagt;\n\n`).join('')}`);

  for (const pull of [false, true]) {
    it(`analyses the small draft before the long one when both arrive together (${pull ? 'pull' : 'push'})`, async () => {
      const { client } = await start(pull);
      const longUri = pathToFileURL(path.join(ws!, 'lang.md')).href;
      const smallUri = pathToFileURL(path.join(ws!, 'kort.md')).href;
      const { order, diagnose } = orderOfFindings(client, pull, 60_000);
      // Opened in one burst, the long one first, as an editor restores its tabs.
      await Promise.all([client.open(longUri, long, 1), client.open(smallUri, MOTIE, 1)]);
      await Promise.all([diagnose(longUri, 'lang'), diagnose(smallUri, 'kort')]);
      expect(order).toEqual(['kort', 'lang']);
    }, 90_000);
  }
});

describe('a long analysis already under way', () => {
  /** A motie of 20,000 overwegingen (0.9 MB, within the work budget, so every rule runs): many slices of work. */
  const huge = MOTIE.replace('De Kamer,', `De Kamer,\n\n${Array.from({ length: 20_000 }, (_, i) => `overwegende dat punt ${i} meer regie vraagt;\n\n`).join('')}`);

  /** Resolves once the server has logged that the analysis of `uri` runs in steps (polled, not slept). */
  const underWay = (client: TestClient, uri: string) =>
    new Promise<void>((resolve, reject) => {
      const deadline = Date.now() + 60_000;
      const look = () => {
        if (client.log().some((m) => m.message.startsWith(`${uri}: `))) resolve();
        else if (Date.now() > deadline) reject(new Error(`the analysis of ${uri} was never reported under way; log: ${JSON.stringify(client.log())}`));
        else setTimeout(look, 5);
      };
      look();
    });

  /** A started server that has loaded its settings and data, so that nothing but the diagnostics analyses a draft. */
  const ready = async (pull: boolean) => {
    const started = await start(pull);
    await started.client.status();
    return started;
  };

  for (const pull of [false, true]) {
    it(`gives a small draft opened during it its findings before the long one's (${pull ? 'pull' : 'push'})`, async () => {
      const { client } = await ready(pull);
      const longUri = pathToFileURL(path.join(ws!, 'lang.md')).href;
      const smallUri = pathToFileURL(path.join(ws!, 'kort.md')).href;
      const { order, diagnose } = orderOfFindings(client, pull, 90_000);
      await client.open(longUri, huge, 1);
      const long = diagnose(longUri, 'lang');
      await underWay(client, longUri);
      await client.open(smallUri, MOTIE, 1);
      const small = diagnose(smallUri, 'kort');
      await Promise.all([long, small]);
      expect(order).toEqual(['kort', 'lang']);
    }, 120_000);

    it(`abandons it for a newer version of the long draft (${pull ? 'pull: ServerCancelled' : 'push: only the newer version published'})`, async () => {
      const { client } = await ready(pull);
      const longUri = pathToFileURL(path.join(ws!, 'lang.md')).href;
      await client.open(longUri, huge, 1);
      const stale = pull ? client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: longUri } }).then(() => undefined, (e: unknown) => e) : undefined;
      await underWay(client, longUri);
      // The newer version drops "regie" from the motie's own dictum: its diagnostics are told apart by that.
      await client.change(longUri, huge.replace('de regie te geven', 'de sturing te geven'), 2);
      if (pull) {
        expect(((await stale) as ResponseError<unknown>).code).toBe(LSPErrorCodes.ServerCancelled);
        return;
      }
      await client.diagnostics(longUri, (_d, p) => p.version === 2, 90_000);
      expect(client.published(longUri).map((p) => p.version)).toEqual([2]);
    }, 120_000);
  }
});
