import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { inWorkspace, serverReady } from './helpers';

/*
 * The Markdown preview as VS Code's own Markdown extension renders it (`markdown.api.render`, the HTML of the
 * preview), with our markdown-it plugin loaded: citation keys become numbered notes with the commitment's words.
 */
const KEY = 'ca2026:nederlandse-digitale-dienst';
/** The whole commitment: the motie quotes only its first sentence. */
const WORDS =
  'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht. Deze dienst ondersteunt de digitalisering Rijksbreed, stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes.';
const UNKNOWN = 'ca2026:bestaat-niet-in-het-akkoord';
/** A note with the words (the motie quotes them in its own text too, so the words alone prove nothing). */
const NOTE_WITH_WORDS = 'class="akkoordwijzer-noot">“We richten een Nederlandse Digitale Dienst op';

async function render(text: string): Promise<string> {
  return (await vscode.commands.executeCommand<string>('markdown.api.render', text)) ?? '';
}

/** Render until `done` holds: the first render shows a placeholder while the client asks the server for the words. */
async function renderUntil(text: string, done: (html: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
  const t0 = Date.now();
  let html = await render(text);
  while (!done(html)) {
    if (Date.now() - t0 > timeoutMs) assert.fail(`Timed out after ${timeoutMs} ms waiting for ${what}; the preview HTML was:\n${html}`);
    await new Promise((r) => setTimeout(r, 100));
    html = await render(text);
  }
  return html;
}

describe('Markdown preview: citation keys as numbered notes', () => {
  let draft = '';
  before(async () => {
    await serverReady();
    const motie = new TextDecoder().decode(await vscode.workspace.fs.readFile(inWorkspace('motie-citaat.md')));
    draft = `${motie}\nZie ook [@${UNKNOWN}] en, als code, \`[@${KEY}]\`.\n`;
  });

  it("shows the note number in the text and the commitment's words and source under Noten", async () => {
    const first = await render(draft);
    // Rendering is synchronous and no render asked for this key before: the placeholder, with the notes section.
    assert.ok(first.includes('<h2>Noten</h2>'), `the first render already has the notes section:\n${first}`);
    assert.ok(first.includes(`<code>${KEY}</code> wordt geladen…`), `the first render shows the placeholder for ${KEY}:\n${first}`);
    const html = await renderUntil(draft, (h) => h.includes(NOTE_WITH_WORDS), 'the words of the commitment in the notes');
    assert.match(html, /doorzettingsmacht\.” <sup class="akkoordwijzer-citaat"><a href="#akkoordwijzer-noot-1"[^>]*>1<\/a><\/sup>;/, 'the key in the overweging becomes note 1');
    assert.ok(!html.includes(`[@${KEY}];`), 'the key itself is not shown in the text');
    const note1 = /<li id="akkoordwijzer-noot-1"[^>]*>(.*?)<\/li>/.exec(html)?.[1];
    assert.equal(note1, `“${WORDS}” — Aan de slag. Bouwen aan een beter Nederland, Nederland koploper in een digitale wereld.`);
  });

  it('shows an unknown key as unknown, and leaves a key inside code alone', async () => {
    const html = await renderUntil(draft, (h) => h.includes('akkoordwijzer-onbekend'), 'the unknown key marked as unknown');
    const note2 = /<li id="akkoordwijzer-noot-2"[^>]*>(.*?)<\/li>/.exec(html)?.[1];
    assert.equal(note2, `<code>${UNKNOWN}</code>: Onbekende citeersleutel: geen geladen corpus heeft deze sleutel.`);
    assert.ok(html.includes(`<code>[@${KEY}]</code>`), `the key in code stays code:\n${html}`);
    assert.equal((html.match(/<li id="akkoordwijzer-noot-/g) ?? []).length, 2, 'two notes: the code span adds none');
  });

  it('speaks English with akkoordwijzer.taal = en', async () => {
    const config = vscode.workspace.getConfiguration('akkoordwijzer');
    await config.update('taal', 'en', vscode.ConfigurationTarget.Workspace);
    try {
      const html = await renderUntil(draft, (h) => h.includes('<h2>Notes</h2>') && h.includes(NOTE_WITH_WORDS), 'the English heading with the words');
      assert.ok(html.includes('Unknown citation key: no loaded corpus has this key.'), `the unknown key in English:\n${html}`);
    } finally {
      await config.update('taal', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
