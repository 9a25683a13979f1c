import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, freshDraft, inWorkspace, waitForDiagnostics } from './helpers';

interface ExportResponse {
  written?: string;
  blocked: boolean;
  overridden: boolean;
  errors: { line: number; code: string; message: string }[];
  report: string;
}

const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
let counter = 0;
const outFile = (ext: string) => inWorkspace('scratch', `export-${process.pid}-${++counter}.${ext}`);

describe('export for submission', () => {
  it('"Exporteer voor indiening" writes the motie in the Kamer\'s layout (driven by its arguments, no dialog)', async () => {
    const editor = await freshDraft('motie-correct.md', 'export-tekst');
    const out = outFile('txt');
    const result = await vscode.commands.executeCommand<ExportResponse | undefined>('akkoordwijzer.exporteer', { format: 'txt', out, toch: false });
    assert.ok(result?.written, `nothing written: ${JSON.stringify(result)}`);
    assert.equal(vscode.Uri.parse(result.written).toString(), out.toString());
    const text = await read(out);
    assert.match(text, /^Motie van het lid Jansen over doorzettingsmacht voor ICT\n\nVoorgesteld \d{1,2} \p{L}+ \d{4}\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat ministeries/u);
    assert.match(text, /,\n\nen gaat over tot de orde van de dag\.\n\nJansen\n$/);
    assert.equal(editor.document.isDirty, false);
  });

  it('writes a .docx (a Word package)', async () => {
    await freshDraft('motie-correct.md', 'export-docx');
    const out = outFile('docx');
    const result = await vscode.commands.executeCommand<ExportResponse | undefined>('akkoordwijzer.exporteer', { format: 'docx', out, toch: false });
    assert.ok(result?.written, `nothing written: ${JSON.stringify(result)}`);
    const bytes = await vscode.workspace.fs.readFile(out);
    // A .docx is a zip package: "PK\x03\x04".
    assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
  });

  it('stops while the unsaved text has an error, and "toch" exports it anyway', async () => {
    const editor = await freshDraft('motie-correct.md', 'export-fout');
    const doc = editor.document;
    const slot = doc.getText().indexOf('en gaat over tot de orde van de dag.');
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(slot), doc.positionAt(slot + 'en gaat over tot de orde van de dag.\n\n'.length))));
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'motie-slot'), 'the missing slot reported');
    const out = outFile('md');
    const stopped = await vscode.commands.executeCommand<ExportResponse | undefined>('akkoordwijzer.exporteer', { format: 'md', out, toch: false });
    assert.equal(stopped?.blocked, true);
    assert.deepEqual(stopped.errors.map((e) => e.code), ['motie-slot']);
    assert.equal(await exists(out), false);
    const toch = await vscode.commands.executeCommand<ExportResponse | undefined>('akkoordwijzer.exporteer', { format: 'md', out, toch: true });
    assert.equal(toch?.overridden, true);
    assert.match(toch.report, /^Toch geëxporteerd, met 1 fout in het concept/);
    assert.match(await read(out), /^# Motie van het lid Jansen[\s\S]*ICT-projecten van het Rijk boven € 5 miljoen,\n\nJansen\n$/);
  });
});
