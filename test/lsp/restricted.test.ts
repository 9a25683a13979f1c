import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ReferencesRequest, type Location } from 'vscode-languageserver-protocol/node';
import { TRUST_NOTIFICATION } from '../../src/shared/protocol';
import { ROOT, startClient, type TestClient } from './client';

const FRACTIE = path.join(ROOT, 'test/fixtures/workspace/fractie.akkoord.yaml');

/**
 * VS Code's Restricted Mode: the client says it does not trust the workspace; the server then reads no file outside
 * the workspace folders — a corpus file the settings or a configuration file name, one a symbolic link in the workspace
 * leads to, a configuration file above a draft outside every folder — until the user trusts the workspace.
 */
describe('Restricted Mode (an untrusted workspace)', () => {
  let client: TestClient | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await client?.close();
    client = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A workspace folder and, beside it, a folder outside it, each with a corpus file of its own id. */
  function layout(): { workspace: string; inside: string; outside: string } {
    const workspace = mkdtempSync(path.join(tmpdir(), 'aw-ws-'));
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'aw-elsewhere-'));
    dirs.push(workspace, elsewhere);
    mkdirSync(path.join(workspace, 'data'));
    // Named in the settings only (a file name the workspace walk does not pick up), inside and outside the folder.
    const inside = path.join(workspace, 'data', 'binnen.yaml');
    const outside = path.join(elsewhere, 'buiten.yaml');
    copyFileSync(FRACTIE, outside);
    writeFileSync(inside, readFileSync(FRACTIE, 'utf8').replace('id: toezeggingen-bzk', 'id: binnen-de-werkmap'));
    return { workspace, inside, outside };
  }

  const ids = (s: { corpora: { id?: string; loaded: boolean }[] }) => s.corpora.filter((c) => c.loaded).map((c) => c.id);

  it('reads corpus files the settings name inside the workspace, not outside it; trusting the workspace loads them', async () => {
    const { workspace, inside, outside } = layout();
    client = await startClient({ workspace, settings: { corpora: [inside, outside] }, initializationOptions: { trusted: false } });
    const untrusted = await client.status((s) => ids(s).includes('binnen-de-werkmap'));
    expect(ids(untrusted)).not.toContain('toezeggingen-bzk');
    expect(client.log().map((m) => m.message)).toContainEqual(expect.stringContaining(`Beperkte modus: ${outside} ligt buiten de werkmap`));
    const since = client.statusCount();
    await client.connection.sendNotification(TRUST_NOTIFICATION);
    const trusted = await client.status((s) => ids(s).includes('toezeggingen-bzk'), since);
    expect(ids(trusted)).toEqual(expect.arrayContaining(['binnen-de-werkmap', 'toezeggingen-bzk']));
  });

  it('reads no corpus file that a configuration file names outside the workspace, nor one a symbolic link leads to', async () => {
    const { workspace, outside } = layout();
    writeFileSync(path.join(workspace, '.akkoordwijzer.yaml'), `corpora:\n  - ${JSON.stringify(outside)}\n`);
    // A folder of the workspace that is a link to a folder outside it, holding a corpus file the walk would pick up.
    const linked = mkdtempSync(path.join(tmpdir(), 'aw-linked-'));
    dirs.push(linked);
    writeFileSync(path.join(linked, 'gelinkt.akkoord.yaml'), readFileSync(FRACTIE, 'utf8').replace('id: toezeggingen-bzk', 'id: via-een-link'));
    symlinkSync(linked, path.join(workspace, 'gedeeld'), 'dir');
    writeFileSync(path.join(workspace, 'eigen.akkoord.yaml'), readFileSync(FRACTIE, 'utf8').replace('id: toezeggingen-bzk', 'id: eigen-corpus'));
    client = await startClient({ workspace, initializationOptions: { trusted: false } });
    const untrusted = await client.status((s) => ids(s).includes('eigen-corpus'));
    expect(ids(untrusted)).not.toContain('toezeggingen-bzk');
    expect(ids(untrusted)).not.toContain('via-een-link');
    const since = client.statusCount();
    await client.connection.sendNotification(TRUST_NOTIFICATION);
    const trusted = await client.status((s) => ids(s).includes('toezeggingen-bzk') && ids(s).includes('via-een-link'), since);
    expect(ids(trusted)).toContain('eigen-corpus');
  });

  it('reads no configuration file above a draft outside every workspace folder', async () => {
    const { workspace } = layout();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'aw-draft-elsewhere-'));
    dirs.push(elsewhere);
    writeFileSync(path.join(elsewhere, '.akkoordwijzer.yaml'), 'regels:\n  vaag-begrip: off\n');
    const draft = pathToFileURL(path.join(elsewhere, 'motie.md')).href;
    const text = '---\nsoort: motie\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen,\n\nen gaat over tot de orde van de dag.\n';
    // Every file the server reads or looks at by name goes to its standard error (added to the suite's options).
    const reads = { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${path.join(__dirname, 'reportReads.cjs')}`.trim() };
    client = await startClient({ workspace, initializationOptions: { trusted: false }, env: reads });
    await client.open(draft, text);
    // Untrusted, the file is not read, not even looked at: vaag-begrip stays on.
    expect((await client.diagnostics(draft)).map((d) => d.code)).toContain('vaag-begrip');
    const config = path.join(elsewhere, '.akkoordwijzer.yaml');
    expect(client.stderr()).toMatch(/^@read /m);
    expect(client.stderr().split('\n')).not.toContain(`@read ${config}`);
    // Trusted, it is: the draft is checked again with vaag-begrip off.
    await client.connection.sendNotification(TRUST_NOTIFICATION);
    await client.diagnostics(draft, (d) => !d.some((x) => x.code === 'vaag-begrip'));
    expect(client.stderr().split('\n')).toContain(`@read ${config}`);
  });

  it('finds no references in drafts a symbolic link in the workspace leads to', async () => {
    const { workspace } = layout();
    const linked = mkdtempSync(path.join(tmpdir(), 'aw-linked-drafts-'));
    dirs.push(linked);
    const motie = (n: string) => `---\nsoort: motie\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering het kabinet aan [@ca2026:nederlandse-digitale-dienst] te houden (${n}),\n\nen gaat over tot de orde van de dag.\n`;
    writeFileSync(path.join(workspace, 'binnen.md'), motie('binnen'));
    writeFileSync(path.join(linked, 'buiten.md'), motie('buiten'));
    symlinkSync(linked, path.join(workspace, 'gedeeld'), 'dir');
    client = await startClient({ workspace, initializationOptions: { trusted: false } });
    const uri = pathToFileURL(path.join(workspace, 'binnen.md')).href;
    const text = motie('binnen');
    await client.open(uri, text);
    await client.diagnostics(uri);
    const line = text.split('\n').findIndex((l) => l.includes('[@ca2026'));
    const position = { line, character: text.split('\n')[line]!.indexOf('nederlandse-digitale-dienst') + 2 };
    const names = async () => {
      const refs = (await client!.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } })) as Location[];
      return refs.map((r) => path.basename(new URL(r.uri).pathname)).sort();
    };
    expect(await names()).toEqual(['binnen.md']);
    await client.connection.sendNotification(TRUST_NOTIFICATION);
    await client.status();
    expect(await names()).toEqual(['binnen.md', 'buiten.md']);
  });

  it('a client that says nothing about trust (Neovim, the CLI) is trusted', async () => {
    const { workspace, outside } = layout();
    client = await startClient({ workspace, settings: { corpora: [outside] } });
    await client.status((s) => ids(s).includes('toezeggingen-bzk'));
    expect(client.log().map((m) => m.message).filter((m) => m.includes('Beperkte modus'))).toEqual([]);
  });
});
