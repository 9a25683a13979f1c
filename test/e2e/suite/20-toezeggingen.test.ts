import * as assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { freshDraft, hoversAt, hoverText, inWorkspace, rangeOf, serverReady } from './helpers';

interface RegisterWriteResult {
  out: string;
  count: number;
  added: number;
  changed: number;
  removed: number;
}

const KEY = 'toezeggingen:tz202603-130';

/**
 * The open data's Toezegging set on the loopback interface, answering with two promises constructed for this test
 * from the documented format (not recorded; see test/fixtures/toezeggingen/README.md): one open and past its deadline,
 * one kept with no deadline (0001-01-01).
 */
async function registerStandIn(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const value = [
    {
      Id: '0a1b2c3d-0000-4000-8000-000000000001',
      Nummer: 'TZ202603-130',
      Tekst: 'De minister zegt toe de Kamer voor de zomer per brief te informeren over de voortgang van de Nederlandse Digitale Dienst.',
      Aanmaakdatum: '2026-03-19T17:42:13.69+01:00',
      Naam: 'Jansen, P.',
      Functie: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties',
      Ministerie: 'Binnenlandse Zaken en Koninkrijksrelaties',
      Status: 'Openstaand',
      DatumNakoming: '2026-07-01T00:00:00Z',
      GewijzigdOp: '2026-03-20T09:00:00+01:00',
      Verwijderd: false,
      Activiteit: { Nummer: '2026A01894', Soort: 'Commissiedebat', Onderwerp: 'Digitale overheid', Voortouwafkorting: 'DiZa' },
    },
    {
      Id: '0a1b2c3d-0000-4000-8000-000000000002',
      Nummer: 'TZ202604-011',
      Tekst: 'De staatssecretaris stuurt de Kamer een brief over de herziening van de toeslagen.',
      Aanmaakdatum: '2026-04-02T11:00:00+02:00',
      Ministerie: 'Financiën',
      Status: 'Voldaan',
      DatumNakoming: '0001-01-01T00:00:00Z',
      Verwijderd: false,
    },
  ];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${decodeURIComponent(req.url ?? '')}`);
    res.writeHead(200, { 'content-type': 'application/json; odata.metadata=minimal' });
    res.end(JSON.stringify({ '@odata.context': 'constructed for the test', value: new URL(req.url ?? '/', 'http://x').pathname.endsWith('/Toezegging') ? value : [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/OData/v4/2.0`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('toezeggingen of the Kamer', () => {
  let standIn: Awaited<ReturnType<typeof registerStandIn>>;
  const out = () => inWorkspace('toezeggingen.akkoord.yaml');
  before(async () => {
    await serverReady();
    standIn = await registerStandIn();
  });
  after(async () => {
    await standIn.close();
    await vscode.workspace.fs.delete(out()).then(undefined, () => undefined);
  });

  it('haalToezeggingenOp fetches the register from the base URL it is given and writes toezeggingen.akkoord.yaml', async () => {
    const result = await vscode.commands.executeCommand<RegisterWriteResult | undefined>('akkoordwijzer.haalToezeggingenOp', { baseUrl: standIn.url, confirmed: true });
    assert.ok(result, 'the command returns what it wrote (an error message was shown instead)');
    assert.equal(standIn.requests.length, 1, 'one page: nothing else goes online');
    assert.match(standIn.requests[0]!, /^GET \/OData\/v4\/2\.0\/Toezegging\?\$filter=Verwijderd eq false&\$expand=Activiteit\(/);
    assert.equal(result.out, out().toString());
    assert.equal(result.count, 2);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(out()));
    assert.match(text, /^kind: toezeggingen$/m);
    assert.match(text, /^\s+- id: tz202603-130$/m);
    assert.match(text, /^\s+deadline: "2026-07-01"$/m);
  });

  it('the hover on a cited promise shows its status and deadline, marked overdue (the deadline 1 July 2026 has passed)', async () => {
    const editor = await freshDraft('motie-toezegging.md', 'register');
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `\nZie [@${KEY}].\n`));
    let hover = '';
    // The server loads the new corpus file when it appears; until then the key is unknown.
    for (const t0 = Date.now(); !/Openstaand/.test(hover) && Date.now() - t0 < 20_000; await new Promise((r) => setTimeout(r, 250))) {
      hover = hoverText(await hoversAt(editor.document.uri, rangeOf(editor.document, KEY).start.translate(0, 3)));
    }
    assert.match(hover, /Openstaand — termijn 1 juli 2026 — \*\*verlopen\*\*/, `status, deadline and overdue in the hover; it was: ${hover}`);
    assert.match(hover, /Jansen, P\./);
  });
});
