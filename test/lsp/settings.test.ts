import { describe, expect, it } from 'vitest';
import { nullLogger, parseConfigFile } from '../../src/core/service';
import { mergeEditorSettings } from '../../src/lsp/settings';

describe('editor settings over the workspace file', () => {
  const workspace = parseConfigFile('werkbudget:\n  tekens: 5000\n', [], 'ws').config;

  it('an unset budget setting (null, as VS Code sends the default) leaves the workspace file in charge', () => {
    const merged = mergeEditorSettings({ werkbudget: { tekens: null, nesting: null } }, [workspace], ['/ws'], nullLogger);
    expect(merged.budget).toEqual({ maxChars: 5000 });
  });

  it('a budget the user sets in the editor wins', () => {
    const merged = mergeEditorSettings({ werkbudget: { tekens: 0, nesting: null } }, [workspace], ['/ws'], nullLogger);
    expect(merged.budget).toEqual({ maxChars: 0 });
  });
});
