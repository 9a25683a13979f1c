/*
 * Helpers for the extension-host suite. Real VS Code API only; waits are on events (or on a condition that VS Code
 * exposes no event for), never a fixed sleep. Every failure message says what was expected and what was there.
 * Bundled into each test file separately (esbuild), so this module keeps no state of its own.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'akkoordwijzer.akkoordwijzer';
export const SOURCE = 'akkoordwijzer';
export const STATE_KEY = '__akkoordwijzerE2E';

/**
 * In code-server the extension host's console is forwarded to the browser page, where the offline driver
 * (test/e2e/harness/exthost.ts) reads the lines tagged like this; desktop VS Code prints them untagged.
 */
export const TAG = vscode.env.uiKind === vscode.UIKind.Web ? '[aw-e2e] ' : '';

/** A line in the test report (e.g. that a request had to be repeated). */
export function note(line: string): void {
  console.log(TAG + line);
}

/** Facts recorded by `index.ts` before the first test file ran. */
export interface SuiteState {
  activeAtStart: boolean;
}

export function suiteState(): SuiteState {
  const s = (globalThis as Record<string, unknown>)[STATE_KEY] as SuiteState | undefined;
  assert.ok(s, 'index.ts did not record the suite state: run the suite through its index (run()).');
  return s;
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath should be the repository root)`);
  return ext;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (a copy of test/e2e/fixtures/workspace)');
  return folder.uri;
}

export function inWorkspace(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

/** Open a file of the workspace and show it in an editor. */
export async function openDraft(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(inWorkspace(...segments));
  return vscode.window.showTextDocument(doc);
}

let counter = 0;

/**
 * A fresh copy of a workspace fixture under `scratch/`, opened in an editor: tests that edit a draft each get
 * their own file, so no test depends on what another one did.
 */
export async function freshDraft(fixture: string, label: string): Promise<vscode.TextEditor> {
  const text = await vscode.workspace.fs.readFile(inWorkspace(fixture));
  const uri = inWorkspace('scratch', `${label}-${process.pid}-${++counter}.md`);
  await vscode.workspace.fs.writeFile(uri, text);
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** The rule id of a diagnostic (`code` arrives as `{ value, target }` because the server sends a codeDescription). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function ours(ds: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return ds.filter((d) => d.source === SOURCE);
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];

/** One line per diagnostic: `12:5-12:10 warning vaag-begrip "regie" Vaag begrip …` (1-based like the Problems panel). */
export function describeDiagnostics(ds: readonly vscode.Diagnostic[], doc?: vscode.TextDocument): string {
  if (ds.length === 0) return '  (no diagnostics)';
  return ds
    .map((d) => {
      const r = d.range;
      const text = doc ? ` ${JSON.stringify(doc.getText(r))}` : '';
      return `  ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${SEVERITY[d.severity]} ${codeOf(d) ?? '-'}${text} ${d.message}`;
    })
    .join('\n');
}

/**
 * Wait until the diagnostics of `uri` satisfy `predicate`: checked now, then on every `onDidChangeDiagnostics`
 * that names `uri`. On timeout the error lists what the diagnostics were.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  description: string,
  timeoutMs = 15_000,
): Promise<vscode.Diagnostic[]> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = vscode.languages.getDiagnostics(uri);
      if (!predicate(ds)) return false;
      finish();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const ds = vscode.languages.getDiagnostics(uri);
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.toString(true)}: ${description}\nThe diagnostics were:\n${describeDiagnostics(ds, doc)}`));
    }, timeoutMs);
    function finish() {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

/** Wait for a condition VS Code has no event for (extension activation); polls it every 50 ms. */
export async function waitUntil(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!condition()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The range of the `occurrence`-th (0-based) `needle` in the document; fails readably when it is not there. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) assert.fail(`"${needle}" (occurrence ${occurrence}) is not in ${doc.uri.toString(true)}:\n${text}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** The range of `word` inside the first occurrence of `context` (e.g. "regie" inside "de regie te geven"). */
export function rangeIn(doc: vscode.TextDocument, context: string, word: string): vscode.Range {
  const outer = rangeOf(doc, context);
  const inner = context.indexOf(word);
  assert.ok(inner >= 0, `"${word}" is not part of "${context}"`);
  const start = doc.offsetAt(outer.start) + inner;
  return new vscode.Range(doc.positionAt(start), doc.positionAt(start + word.length));
}

/** The vague-term diagnostic whose range covers exactly `range`. */
export function diagnosticAt(ds: readonly vscode.Diagnostic[], code: string, range: vscode.Range): vscode.Diagnostic | undefined {
  return ours(ds).find((d) => codeOf(d) === code && d.range.isEqual(range));
}

/** Markdown text of hover contents, whatever form VS Code gives them in. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

/**
 * What a snippet body expands to with every placeholder left at its default: `${1:x}` → x, `${1|a,b|}` → a,
 * `$1`/`$0` → ''. Variables such as `$CURRENT_YEAR` are not supported (the test says so instead of guessing).
 */
export function expandSnippetDefaults(body: readonly string[]): string {
  let text = body.join('\n');
  for (;;) {
    const next = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
    if (next === text) break;
    text = next;
  }
  text = text.replace(/\$\d+/g, '');
  assert.ok(!/\$\{?[A-Z_]/.test(text), `snippet uses variables this helper does not expand:\n${text}`);
  return text;
}

/** The shipped snippet file, read from the extension under test. */
export async function snippetBody(name: string): Promise<string[]> {
  const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension().extensionUri, 'snippets', 'markdown.json'));
  const snippets = JSON.parse(Buffer.from(raw).toString('utf8')) as Record<string, { body: string[] }>;
  assert.ok(snippets[name], `snippets/markdown.json has no snippet "${name}"`);
  return snippets[name].body;
}

/** Close all editors without saving (scratch files stay on disk; the workspace is a throwaway copy). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Hovers of every provider at a position (`vscode.executeHoverProvider`). */
export async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

/** Code actions of every provider for a range (`vscode.executeCodeActionProvider`). */
export async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

/**
 * Ask for code actions until one titled `title` is offered (at most `timeoutMs`). Observed in code-server: a request
 * made within about half a second after the language server started can come back without our actions although
 * the server received it with the diagnostic in its context (the client's diagnostics refresh after the settings
 * load seems to cancel it); a user pressing Ctrl+. again gets the fix. A late offer is printed, so it stays visible.
 */
export async function actionsOffering(uri: vscode.Uri, range: vscode.Range, title: string, timeoutMs = 10_000): Promise<vscode.CodeAction[]> {
  const t0 = Date.now();
  for (let attempt = 1; ; attempt++) {
    const actions = await actionsAt(uri, range);
    const offered = actions.some((a) => a.title === title);
    if (offered && attempt > 1) note(`      (code actions: "${title}" offered at attempt ${attempt}, after ${Date.now() - t0} ms)`);
    if (offered || Date.now() - t0 > timeoutMs) return actions;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The titles of code actions, one per line, for failure messages. */
export const actionTitles = (actions: readonly vscode.CodeAction[]): string => actions.map((a) => `  ${a.title}`).join('\n') || '  (none)';

/**
 * Wait until the text of `doc` satisfies `predicate`: checked now, then on every change of that document (for edits
 * made by a command, such as inserting a citation from the quick pick).
 */
export function waitForText(doc: vscode.TextDocument, predicate: (text: string) => boolean, description: string, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = doc.getText();
      if (!predicate(text)) return;
      finish();
      resolve(text);
    };
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting until ${doc.uri.toString(true)} ${description}; its text is:\n${doc.getText()}`));
    }, timeoutMs);
    function finish() {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

/** A built-in corpus file of the extension under test (`corpus/<name>`). */
export function builtinCorpus(name: string): vscode.Uri {
  return vscode.Uri.joinPath(extension().extensionUri, 'corpus', name);
}

/** The 0-based line of `- id: <id>` in a corpus file: where a commitment's entry starts. */
export async function entryLine(corpus: vscode.Uri, id: string): Promise<number> {
  const text = Buffer.from(await vscode.workspace.fs.readFile(corpus)).toString('utf8');
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => new RegExp(`^\\s*- id: ${id}\\s*$`).test(l));
  assert.ok(line >= 0, `${corpus.toString(true)} has no entry "- id: ${id}"`);
  return line;
}

/** Type text into the active editor one character at a time, as a user does (auto-closing brackets included). */
export async function typeText(text: string): Promise<void> {
  for (const ch of text) await vscode.commands.executeCommand('type', { text: ch });
}

interface ClientApi {
  client?: { isRunning(): boolean; sendRequest<R>(method: string, params?: unknown): Promise<R> };
}

/**
 * The extension is active, its language server runs and has loaded the corpora. Requests that carry no diagnostic
 * to wait for (hover, definition, completion on a draft without findings) need this when a test file runs first
 * (Mocha grep): a hover asked before the server loaded the corpora is empty. Polls the server's commitment list,
 * since no event says "corpora loaded" to an outside observer.
 */
export async function serverReady(timeoutMs = 30_000): Promise<void> {
  const ext = extension();
  if (!ext.isActive) await ext.activate();
  const api = ext.exports as ClientApi | undefined;
  assert.ok(api?.client, 'activate() should return { client } (the LanguageClient)');
  await waitUntil('the language client is running', () => api.client!.isRunning(), timeoutMs);
  const t0 = Date.now();
  for (;;) {
    const all = await api.client.sendRequest<unknown[]>('akkoordwijzer/toezeggingen').catch(() => []);
    if (all.length > 0) return;
    if (Date.now() - t0 > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for the server to load the corpora`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
