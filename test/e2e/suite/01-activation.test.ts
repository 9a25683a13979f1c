import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { extension, openDraft, suiteState, waitUntil } from './helpers';

interface Api {
  client?: { isRunning(): boolean };
}

describe('activation', () => {
  it('is lazy: the extension is not active before a draft is opened', () => {
    assert.equal(
      suiteState().activeAtStart,
      false,
      'the extension was already active before any Markdown file was opened; activationEvents should be onLanguage:markdown and the commands only (update this test if a new activation event is intended)',
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
