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

describe('the section VS Code sends when the user has set nothing', () => {
  it('gives no warning and no settings: every default of the manifest, as VS Code nests them', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    const section: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(pkg.contributes.configuration.properties)) {
      const names = key.replace(/^akkoordwijzer\./, '').split('.');
      let at = section;
      for (const n of names.slice(0, -1)) at = (at[n] ??= {}) as Record<string, unknown>;
      at[names.at(-1)!] = prop.default ?? null;
    }
    const warnings: string[] = [];
    const logger = { ...nullLogger, warn: (m: string) => void warnings.push(m) };
    const read = readEditorSettings(section, '/ws', logger);
    expect(warnings).toEqual([]);
    expect(read.config).toEqual(readEditorSettings({}, '/ws', nullLogger).config);
  });
});

describe('the settings the server asks per folder are resource-scoped in the manifest', () => {
  it('rule, lexicon, corpus, budget settings and akkoordwijzer.enable have "scope": "resource"; enable is on by default', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { configuration: { properties: Record<string, { scope?: string; default?: unknown }> } } };
    const props = pkg.contributes.configuration.properties;
    const perFolder = Object.keys(props).filter((k) => /^akkoordwijzer\.(regels\.|lexicon\.|corpora$|werkbudget\.|enable$)/.test(k));
    expect(perFolder.length).toBeGreaterThan(20);
    for (const k of perFolder) expect({ k, scope: props[k]!.scope }).toEqual({ k, scope: 'resource' });
    expect(props['akkoordwijzer.enable']?.default).toBe(true);
  });
});

describe('the per-rule severity dropdown', () => {
  it('keeps its stored values, shows Dutch labels, and the reader takes the stored value and the Dutch word alike', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { configuration: { properties: Record<string, { enum?: string[]; enumItemLabels?: string[] }> } } };
    const nls = JSON.parse(readFileSync(new URL('../../package.nls.json', import.meta.url), 'utf8')) as Record<string, string>;
    const prop = pkg.contributes.configuration.properties['akkoordwijzer.regels.vaag-begrip']!;
    expect(prop.enum).toEqual(['standaard', 'off', 'aan', 'hint', 'info', 'warning', 'error']);
    const labels = prop.enumItemLabels!.map((l) => nls[l.slice(1, -1)]);
    expect(labels).toEqual(['standaard', 'uit', 'aan', 'hint', 'informatie', 'waarschuwing', 'fout']);
    const warnings: string[] = [];
    const logger = { ...nullLogger, warn: (m: string) => void warnings.push(m) };
    prop.enum!.forEach((value, i) => {
      if (value === 'standaard') return;
      const stored = readEditorSettings({ regels: { 'vaag-begrip': value } }, '/ws', logger).config.regels['vaag-begrip'];
      const dutch = readEditorSettings({ regels: { 'vaag-begrip': labels[i] } }, '/ws', logger).config.regels['vaag-begrip'];
      expect({ value, stored }).toEqual({ value, stored: dutch });
      expect(stored).toBeDefined();
    });
    expect(readEditorSettings({ regels: { 'vaag-begrip': 'standaard' } }, '/ws', logger).config.regels).toEqual({});
    expect(warnings).toEqual([]);
  });
});
