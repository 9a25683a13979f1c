import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { extension, openDraft, suiteState, waitUntil } from './helpers';

interface Api {
  client?: { isRunning(): boolean };
}

describe('activation', () => {
  it('is lazy: the extension is not active before a draft is opened', async () => {
    // Its activation events are Markdown, a corpus file in the workspace and its own view; none of them eager.
    const events = (extension().packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
    const eager = events.filter((e) => e === '*' || e === 'onStartupFinished');
    assert.deepEqual(eager, [], `activationEvents ${JSON.stringify(events)} start the extension with every window`);
    // This workspace has no *.akkoord.yaml (workspaceContains:) and the Coalitieakkoord view is collapsed (onView:),
    // so nothing but opening a Markdown draft may start it. A corpus file in the fixture would make this test vacuous.
    const corpora = await vscode.workspace.findFiles('**/*.akkoord.{yaml,yml}');
    assert.deepEqual(corpora.map((u) => u.toString(true)), [], 'the fixture workspace must not contain corpus files (they activate the extension)');
    assert.equal(
      suiteState().activeAtStart,
      false,
      `the extension was already active before any Markdown file was opened; its activation events are ${JSON.stringify(events)} (update this test if a new eager activation event is intended)`,
    );
  });

  it('activates when a Markdown draft is opened, and its language server runs', async () => {
    await openDraft('motie-correct.md');
    const ext = extension();
    await waitUntil('the extension is active after opening motie-correct.md', () => ext.isActive);
    const api = ext.exports as Api | undefined;
    assert.ok(api?.client, 'activate() should return { client } (the LanguageClient)');
    await waitUntil('the language client is running', () => api.client!.isRunning());
  });
});
