import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize } from '../../tools/docs/nls';

const ROOT = path.resolve(__dirname, '../..');
// As VS Code shows it: the placeholders filled in from package.nls.json.
const manifest = localize(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')), JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')));
/** Written here by hand, not taken from the code under test. */
const DRAFTS_CONTEXT_KEY_FOR_TESTS = 'akkoordwijzer.conceptenOfCorpora';
const client = (file: string) => readFileSync(path.join(ROOT, 'client/src', file), 'utf8');

/*
 * The agreement view in the manifest: named for what it shows, shown only where drafts or corpora are (a context key
 * the client sets), and explained when empty. Commands its texts link to must exist.
 */
describe('the agreement view in package.json', () => {
  const views = manifest.contributes.views.explorer as { id: string; name: string; when?: string }[];
  const view = views.find((v) => v.id === 'akkoordwijzer.coalitieakkoord');
  const commands = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));

  it('is called "Coalitieakkoord"; the register of toezeggingen is a view of its own beside it, named unambiguously', () => {
    expect(views.map((v) => v.id)).toEqual(['akkoordwijzer.coalitieakkoord', 'akkoordwijzer.kamertoezeggingen']);
    expect(view!.name).toBe('Coalitieakkoord');
    expect(views[1]!.name).toBe('Toezeggingen aan de Kamer');
    expect(JSON.stringify(manifest.contributes)).not.toContain('akkoordwijzer.toezeggingen');
  });

  it('shows only when the context key the client sets says the workspace has drafts or corpora', () => {
    expect(view!.when).toBe(DRAFTS_CONTEXT_KEY_FOR_TESTS);
    // The key in the manifest is the one the client sets (client/src/languageStatus.ts).
    expect(client('languageStatus.ts')).toContain(`DRAFTS_CONTEXT_KEY = '${view!.when}'`);
    expect(client('languageStatus.ts')).toMatch(/executeCommand\('setContext', DRAFTS_CONTEXT_KEY,/);
  });

  it('has a welcome text for when it is empty, whose command links exist', () => {
    const welcome = (manifest.contributes.viewsWelcome as { view: string; contents: string }[]).filter((w) => w.view === view!.id);
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.contents).toMatch(/toezeggingen uit het coalitieakkoord/);
    const linked = [...welcome[0]!.contents.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(1);
    expect(linked.filter((c) => !commands.has(c))).toEqual([]);
  });

  it('activates on the view and its menus name it by its id', () => {
    expect(manifest.activationEvents).toContain(`onView:${view!.id}`);
    const menuWhens = Object.values(manifest.contributes.menus as Record<string, { when?: string }[]>).flat().map((m) => m.when ?? '');
    expect(menuWhens.filter((w) => w.startsWith('view == ')).every((w) => w.startsWith(`view == ${view!.id}`))).toBe(true);
  });

  it('each command of the language status item and the view is contributed and registered by the client', () => {
    for (const command of ['akkoordwijzer.kiesSoort', 'akkoordwijzer.toonToezeggingen']) {
      expect(commands.has(command), command).toBe(true);
      expect(client('extension.ts') + client('languageStatus.ts'), command).toContain(`registerCommand('${command}'`);
    }
  });
});

describe('the walkthrough in package.json', () => {
  const walkthroughs = manifest.contributes.walkthroughs as { id: string; steps: { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }[] }[];
  const commands = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));

  it('takes a first motie from new to cite to fix to config, each step with its page', () => {
    expect(walkthroughs).toHaveLength(1);
    expect(walkthroughs[0]!.steps.map((s) => s.id)).toEqual(['nieuweMotie', 'citeer', 'herstel', 'instellen']);
    for (const step of walkthroughs[0]!.steps) {
      const page = step.media.markdown!;
      expect(existsSync(path.join(ROOT, page)), page).toBe(true);
      expect(readFileSync(path.join(ROOT, page), 'utf8'), page).toMatch(/^# \S/);
      expect(step.completionEvents?.length, step.id).toBeGreaterThan(0);
    }
    expect(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')).toContain('!walkthroughs/**');
  });

  it('links only commands of the extension that exist, or VS Code commands', () => {
    const linked = walkthroughs[0]!.steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!));
    expect(linked.filter((c) => c.startsWith('akkoordwijzer.') && !commands.has(c))).toEqual([]);
    expect(linked).toEqual(expect.arrayContaining(['akkoordwijzer.nieuweMotie', 'akkoordwijzer.zoek']));
  });
});

/*
 * Workspace trust and virtual workspaces (issue 18): the extension runs no workspace code, so Restricted Mode still
 * checks drafts, with the one setting that can reach outside the workspace restricted; a virtual workspace has no
 * disk for the server to read data files from. What the server does in Restricted Mode: test/lsp/restricted.test.ts.
 */
describe('workspace trust in package.json', () => {
  const capabilities = (manifest as { capabilities?: Record<string, { supported?: unknown; restrictedConfigurations?: unknown; description?: unknown }> }).capabilities;

  it('supports untrusted workspaces in part, restricting the corpora setting, and says so in Dutch', () => {
    expect(capabilities?.['untrustedWorkspaces']?.supported).toBe('limited');
    expect(capabilities?.['untrustedWorkspaces']?.restrictedConfigurations).toEqual(['akkoordwijzer.corpora']);
    expect(String(capabilities?.['untrustedWorkspaces']?.description)).toMatch(/beperkte modus/i);
  });

  it('does not claim virtual workspaces', () => {
    expect(capabilities?.['virtualWorkspaces']?.supported).toBe(false);
  });
});
