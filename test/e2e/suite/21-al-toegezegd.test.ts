import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { actionsOffering, actionTitles, codeOf, describeDiagnostics, inWorkspace, ours, rangeOf, waitForDiagnostics } from './helpers';

const KEY = 'ca2026:nederlandse-digitale-dienst';
const REQUEST = `verzoekt de regering een Nederlandse Digitale Dienst met doorzettingsmacht op te richten [@${KEY}];`;
const MOTIE = `# Motie van het lid Jansen over de Nederlandse Digitale Dienst

De Kamer,

gehoord de beraadslaging,

constaterende dat de digitalisering van de overheid versnipperd is;

${REQUEST}

en gaat over tot de orde van de dag.

Jansen
`;
const DEADLINE = 'Vraag om een termijn';
const TITLES = ['Vraag om een rapportage aan de Kamer vóór …', DEADLINE, 'Vraag naar de middelen'];

const alreadyPromised = (ds: readonly vscode.Diagnostic[]) => ours(ds).filter((d) => codeOf(d) === 'al-toegezegd');

describe('al-toegezegd in the editor', () => {
  it('a dictum asking for a decision of the agreement in force gets the note; "Vraag om een termijn" adds to it and the note goes', async () => {
    // Undated, so measured on today: the 2026 agreement, which decides the Nederlandse Digitale Dienst.
    const uri = inWorkspace('scratch', `al-toegezegd-${process.pid}.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(MOTIE));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const request = rangeOf(doc, REQUEST.replace(/;$/, ''));
    const ds = await waitForDiagnostics(doc.uri, (d) => alreadyPromised(d).length > 0, 'al-toegezegd on the dictum');
    const d = alreadyPromised(ds)[0]!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    assert.ok(d.range.start.isEqual(request.start), `the note starts at the dictum; got:\n${describeDiagnostics(alreadyPromised(ds), doc)}`);
    assert.match(d.message, new RegExp(`^Dit verzoek vraagt wat het akkoord al besluit: “We richten een Nederlandse Digitale Dienst op: .*” \\(${KEY}\\)\\. Vraag iets wat het akkoord nog niet regelt: `));

    const cursor = rangeOf(doc, 'doorzettingsmacht op te').start;
    const actions = await actionsOffering(doc.uri, new vscode.Range(cursor, cursor), DEADLINE);
    for (const title of TITLES) assert.ok(actions.some((a) => a.title === title), `expected "${title}"; the code actions were:\n${actionTitles(actions)}`);
    assert.equal(actions.filter((a) => TITLES.includes(a.title) && a.isPreferred).length, 0, 'no fix of al-toegezegd is preferred');

    const before = doc.getText();
    const fix = actions.find((a) => a.title === DEADLINE)!;
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true, 'workspace.applyEdit refused the edit');
    assert.equal(doc.getText(), before.replace(` [@${KEY}];`, ` en de Kamer te laten weten vóór welke datum dit gerealiseerd is [@${KEY}];`), 'only the addition, before the citation');
    await waitForDiagnostics(doc.uri, (x) => alreadyPromised(x).length === 0, 'no al-toegezegd once the dictum asks for a deadline');
  });
});
