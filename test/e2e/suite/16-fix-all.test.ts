import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, freshDraft, waitForDiagnostics, waitForText } from './helpers';

/** motie-herstel.md after every certain fix: the formula, the overweging's ‘;’, the renamed key, the slot; not “regie”. */
const FIXED = `# Motie van het lid Jansen over de basisbeurs

De Kamer,

gehoord de beraadslaging,

constaterende dat het kabinet van 2021 de basisbeurs terugbracht [@ca2021:studeren-inkomen-ouders];

verzoekt de regering de regie te nemen over de uitvoering van de basisbeurs,

en gaat over tot de orde van de dag.

Jansen
`;

const FIXABLE = ['motie-formule', 'motie-afsluiting', 'onbekende-toezegging', 'motie-slot'];

describe('fix all', () => {
  it('"Akkoordwijzer: Herstel alles" applies every certain fix to the active draft and leaves the vague term', async () => {
    const editor = await freshDraft('motie-herstel.md', 'herstel-alles');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => FIXABLE.every((code) => d.some((x) => codeOf(x) === code)), 'the four fixable findings and the vague term');
    await vscode.commands.executeCommand('akkoordwijzer.herstelAlles');
    await waitForText(doc, (text) => text === FIXED, 'is the fixed motie');
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => FIXABLE.includes(codeOf(x) ?? '')) && d.some((x) => codeOf(x) === 'vaag-begrip'), 'only the vague term left');
  });

  it('codeActionsOnSave with source.fixAll.akkoordwijzer fixes the draft when it is saved', async () => {
    const editor = await freshDraft('motie-herstel.md', 'herstel-bij-opslaan');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'motie-slot'), 'the missing slot reported');
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await config.update('codeActionsOnSave', { 'source.fixAll.akkoordwijzer': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      // A change makes the save a real one (an unchanged file is not saved, and its actions do not run).
      await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\n'));
      assert.equal(await doc.save(), true, 'the draft was saved');
      const text = await waitForText(doc, (t) => t.includes('en gaat over tot de orde van de dag.'), 'has the slot after saving');
      assert.equal(text.replace(/\n+$/, '\n'), FIXED);
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});
