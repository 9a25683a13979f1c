import * as assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { builtinCorpus, extension, freshDraft, hoversAt, hoverText, inWorkspace, rangeOf, serverReady } from './helpers';

const NUMMER = '2026D04554';
const KEY = 'ca2026:nederlandse-digitale-dienst';
const DOC_ID = '3f0c7f5e-8a51-4c1e-9d2b-6a7e0b1c2d34';

interface ImportResult {
  out: string;
  corpusId: string;
  commitments: number;
  units: number;
  report: string;
}

/** HTML escaping for the constructed document. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A stand-in for the agreement as the open data would serve it, constructed for this test (not recorded): the
 * built-in ca2026 passages as an HTML document, each under its chapter heading. The real 2026D04554 is a PDF of about
 * 70 pages; the PDF reader has its own tests, this one checks the editor's chain from the command to the corpus.
 */
async function constructedAgreement(): Promise<string> {
  const corpus = parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(builtinCorpus('ca2026.akkoord.yaml')))) as { commitments: { text: string; theme?: string }[] };
  const byChapter = new Map<string, string[]>();
  for (const c of corpus.commitments) {
    const chapter = (c.theme ?? 'Inleiding').split(':')[0]!;
    byChapter.set(chapter, [...(byChapter.get(chapter) ?? []), c.text]);
  }
  const body = [...byChapter].map(([c, ps]) => `<h2>${escape(c)}</h2>\n${ps.map((p) => `<p>${escape(p)}</p>`).join('\n')}`).join('\n');
  return `<!DOCTYPE html>\n<html lang="nl"><head><title>Aan de slag</title></head><body>\n<h1>Aan de slag — Coalitieakkoord 2026</h1>\n${body}\n</body></html>\n`;
}

/** The open data on the loopback interface: the metadata of one HTML document and its file. */
async function openDataStandIn(html: string): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.endsWith('/Document') && url.searchParams.get('$filter')?.includes(`'${NUMMER}'`)) {
      res.writeHead(200, { 'content-type': 'application/json; odata.metadata=minimal' });
      res.end(
        JSON.stringify({
          '@odata.context': 'constructed for the test',
          value: [{ Id: DOC_ID, Soort: 'Brief regering', DocumentNummer: NUMMER, Titel: 'Kabinetsformatie 2025', Onderwerp: 'Coalitieakkoord (testgegevens)', Datum: '2026-01-30T00:00:00+01:00', ContentType: 'text/html', ContentLength: Buffer.byteLength(html), Verwijderd: false }],
        }),
      );
    } else if (url.pathname.endsWith(`/Document(${DOC_ID})/resource`)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(html)) });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/OData/v4/2.0`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('fetch and import the agreement', () => {
  let standIn: Awaited<ReturnType<typeof openDataStandIn>>;
  const out = () => inWorkspace('ca2026.akkoord.yaml');
  before(async () => {
    await serverReady();
    standIn = await openDataStandIn(await constructedAgreement());
    process.env['AKKOORDWIJZER_OPENDATA_URL'] = standIn.url;
  });
  after(async () => {
    delete process.env['AKKOORDWIJZER_OPENDATA_URL'];
    await standIn.close();
    for (const file of [out(), inWorkspace('ca2026.akkoord.lock.tsv')]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('haalAkkoordOp fetches 2026D04554 from the open data, imports it as ca2026.akkoord.yaml, and the workspace corpus takes over the built-in one', async () => {
    const result = await vscode.commands.executeCommand<ImportResult | undefined>('akkoordwijzer.haalAkkoordOp', { nummer: NUMMER, overwrite: true });
    assert.ok(result, 'the command returns the import result (an error message was shown instead)');
    assert.deepEqual(
      standIn.requests.map((r) => r.replace(/\?.*/, '?…')),
      ['GET /OData/v4/2.0/Document?…', `GET /OData/v4/2.0/Document(${DOC_ID})/resource`],
      'the metadata, then the file: nothing else goes online',
    );
    assert.equal(result.out, out().toString());
    assert.equal(result.corpusId, 'ca2026');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(out()));
    assert.match(text, /^complete: true$/m, 'the imported document is the whole agreement');
    assert.match(text, new RegExp(`${NUMMER}`), 'its provenance names the document number');
    assert.match(text, /^\s+- id: nederlandse-digitale-dienst$/m, 'the built-in key is kept');
    assert.match(result.report, /ca2026/, 'a report comes back');

    // The workspace corpus takes over: the commitment now comes from the imported file (the server reloads it when
    // the file appears), and a draft's hover shows its words.
    const api = extension().exports as { client: { sendRequest<R>(method: string, params?: unknown): Promise<R> } };
    let from = '';
    for (const t0 = Date.now(); from !== out().toString() && Date.now() - t0 < 20_000; await new Promise((r) => setTimeout(r, 200))) {
      from = (await api.client.sendRequest<{ uri: string } | null>('akkoordwijzer/toezegging', { key: KEY }))?.uri ?? '';
    }
    assert.equal(from, out().toString(), 'the commitment comes from the imported corpus file (within 20 s)');
    const editor = await freshDraft('motie-toezegging.md', 'fetched');
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `\nZie [@${KEY}].\n`));
    const hover = hoverText(await hoversAt(editor.document.uri, rangeOf(editor.document, KEY).start.translate(0, 3)));
    assert.match(hover, /We richten een Nederlandse Digitale Dienst op/, `the commitment's words in the hover; it was: ${hover}`);
  });
});

/** A small party programme written for this test: three chapters, twelve promises (an import wants ten at least). */
const PROGRAMME = [
  'Programma voor de toets',
  '1. Wonen',
  'We bouwen elk jaar 100.000 nieuwe woningen, waarvan twee derde betaalbaar.',
  'We voeren een landelijke huurprijsbescherming in voor middenhuurwoningen.',
  'We geven gemeenten meer grond om te bouwen.',
  'We maken het makkelijker om een woning te splitsen.',
  '2. Zorg',
  'We verlagen het eigen risico in de zorg naar 165 euro.',
  'We investeren structureel in de salarissen van zorgmedewerkers.',
  'We korten niet op de wijkverpleging.',
  '3. Onderwijs',
  'We verkleinen de klassen in het basisonderwijs tot hoogstens 23 leerlingen.',
  'We voeren de basisbeurs weer in voor alle studenten.',
  'We investeren in de leraren van het mbo.',
  'We maken de kinderopvang vrijwel gratis voor werkende ouders.',
  'We geven elke school een eigen budget voor bijles.',
].join('\n\n');

describe('import a document', () => {
  const files = ['verkiezingsprogramma-proef.txt', 'partij-proef.akkoord.yaml', 'partij-proef.akkoord.lock.tsv'];
  before(serverReady);
  after(async () => {
    for (const f of files) await vscode.workspace.fs.delete(inWorkspace(f)).then(undefined, () => undefined);
  });

  it('importeer asks what the document is (what its name suggests first) and writes that kind into the corpus file', async () => {
    await vscode.workspace.fs.writeFile(inWorkspace(files[0]!), new TextEncoder().encode(PROGRAMME));
    // The suite shares the extension's `vscode` API object: its quick pick is answered here, as a user would.
    const win = vscode.window as unknown as { showQuickPick: (items: readonly vscode.QuickPickItem[]) => Promise<vscode.QuickPickItem | undefined> };
    const original = win.showQuickPick;
    const offered: string[] = [];
    win.showQuickPick = async (items) => {
      offered.push(...items.map((i) => i.label));
      return items.find((i) => i.label === 'Verkiezingsprogramma');
    };
    let result: ImportResult | undefined;
    try {
      result = await vscode.commands.executeCommand<ImportResult | undefined>('akkoordwijzer.importeer', {
        source: inWorkspace(files[0]!),
        id: 'partij-proef',
        out: inWorkspace(files[1]!),
        overwrite: true,
      });
    } finally {
      win.showQuickPick = original;
    }
    assert.deepEqual(offered, ['Verkiezingsprogramma', 'Coalitieakkoord', 'Toezeggingen', 'Overig'], 'every kind, the one the file name suggests first');
    assert.ok(result, 'the command returns the import result (an error message was shown instead)');
    assert.equal(result.corpusId, 'partij-proef');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace(files[1]!)));
    assert.match(text, /^kind: verkiezingsprogramma$/m, 'the kind chosen is the corpus file\'s');
  });

  it('importeer writes nothing when the question what the document is, is cancelled', async () => {
    const out = inWorkspace('geannuleerd.akkoord.yaml');
    const win = vscode.window as unknown as { showQuickPick: () => Promise<undefined> };
    const original = win.showQuickPick;
    win.showQuickPick = async () => undefined;
    try {
      const result = await vscode.commands.executeCommand('akkoordwijzer.importeer', { source: inWorkspace(files[0]!), id: 'geannuleerd', out, overwrite: true });
      assert.equal(result, undefined);
    } finally {
      win.showQuickPick = original as unknown as () => Promise<undefined>;
    }
    assert.equal(await vscode.workspace.fs.stat(out).then(() => true, () => false), false, 'no corpus file was written');
  });
});
