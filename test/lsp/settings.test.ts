import { describe, expect, it } from 'vitest';
import { mergeConfigs, nullLogger, parseConfigFile } from '../../src/core/service';
import { readEditorSettings } from '../../src/lsp/settings';

describe('editor settings over the workspace file', () => {
  const workspace = parseConfigFile('werkbudget:\n  tekens: 5000\n', [], 'ws').config;
  const over = (editor: unknown) => mergeConfigs(workspace, readEditorSettings(editor, '/ws', nullLogger).config);

  it('an unset budget setting (null, as VS Code sends the default) leaves the workspace file in charge', () => {
    expect(over({ werkbudget: { tekens: null, nesting: null } }).budget).toEqual({ maxChars: 5000 });
  });

  it('a budget the user sets in the editor wins', () => {
    expect(over({ werkbudget: { tekens: 0, nesting: null } }).budget).toEqual({ maxChars: 0 });
  });

  it('reads akkoordwijzer.enable on its own (true unless false), without a warning about an unknown field', () => {
    const warnings: string[] = [];
    const logger = { ...nullLogger, warn: (m: string) => void warnings.push(m) };
    expect(readEditorSettings({ enable: false, taal: 'standaard' }, '/ws', logger).enabled).toBe(false);
    expect(readEditorSettings({ enable: true }, '/ws', logger).enabled).toBe(true);
    expect(readEditorSettings(undefined, '/ws', logger).enabled).toBe(true);
    expect(warnings).toEqual([]);
  });
});
