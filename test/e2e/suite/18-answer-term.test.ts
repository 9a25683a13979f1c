import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { openDraft, serverReady } from './helpers';

describe('answer term of Kamervragen', () => {
  it('shows a code lens over the header of sent questions with the date the answer is due', async () => {
    await serverReady();
    const { document: doc } = await openDraft('vragen-antwoordtermijn.md');
    // The lens comes from the server once the document is open there; ask until it is (no fixed sleep).
    let lenses: vscode.CodeLens[] = [];
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];
      if (lenses.some((l) => l.command?.title.includes('9 januari 2026'))) break;
    }
    const lens = lenses.find((l) => l.command?.title.includes('9 januari 2026'));
    assert.ok(lens, `expected a lens with the due date 9 januari 2026 (21 days after 19 december 2025); got ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    assert.equal(lens.range.start.line, 0, 'the lens sits over the header');
    // The suite runs on the clock's day: before the due date the lens counts down, after it says "verlopen".
    assert.match(lens.command!.title, /^(Antwoord uiterlijk 9 januari 2026 \(|Antwoordtermijn verlopen op 9 januari 2026 \()/);
    assert.ok(lens.command!.title.includes('21 dagen na inzending op 19 december 2025'), lens.command!.title);
  });
});
