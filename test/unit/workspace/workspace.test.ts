import { describe, expect, it } from 'vitest';
import { configFilesFor, folderOf, markdownDocuments, parentOf, workspaceOf } from '../../../src/core/workspace/workspace';
import { findKeyReferences } from '../../../src/core/features/references';

const CONFIG = '.akkoordwijzer.yaml';

describe('workspace discovery', () => {
  it('walks a URI up to the root, never past the scheme', () => {
    expect(parentOf('file:///a/b/c.md')).toBe('file:///a/b');
    expect(parentOf('file:///a')).toBe('file://');
    expect(parentOf('file://')).toBeUndefined();
    expect(parentOf('file:///c%3A/x.md')).toBe('file:///c%3A');
  });

  it('finds the innermost workspace folder of a document', () => {
    const ws = workspaceOf({}, ['file:///w', 'file:///w/sub', 'file:///other']);
    expect(folderOf(ws, 'file:///w/sub/x.md')).toBe('file:///w/sub');
    expect(folderOf(ws, 'file:///w/x.md')).toBe('file:///w');
    expect(folderOf(ws, 'file:///wider/x.md')).toBeUndefined();
    expect(folderOf(ws, 'file:///elsewhere/x.md')).toBeUndefined();
  });

  it('lists the config files that apply to a document, nearest first, up to its workspace folder', () => {
    const ws = workspaceOf(
      {
        [`file:///${CONFIG}`]: 'taal: en',
        [`file:///w/${CONFIG}`]: 'taal: nl',
        [`file:///w/moties/${CONFIG}`]: 'regels: {}',
        'file:///w/moties/2026/motie.md': '',
      },
      ['file:///w'],
    );
    expect(configFilesFor(ws, 'file:///w/moties/2026/motie.md')).toEqual([`file:///w/moties/${CONFIG}`, `file:///w/${CONFIG}`]);
    expect(configFilesFor(ws, 'file:///w/vragen.md')).toEqual([`file:///w/${CONFIG}`]);
  });

  it('looks up to the root for a document outside every workspace folder (as linters on the command line do)', () => {
    const ws = workspaceOf({ [`file:///${CONFIG}`]: '', [`file:///home/${CONFIG}`]: '' });
    expect(configFilesFor(ws, 'file:///home/staf/motie.md')).toEqual([`file:///home/${CONFIG}`, `file:///${CONFIG}`]);
  });

  it('keeps the folders of a multi-root workspace apart', () => {
    const ws = workspaceOf({ [`file:///a/${CONFIG}`]: '', [`file:///b/${CONFIG}`]: '' }, ['file:///a', 'file:///b']);
    expect(configFilesFor(ws, 'file:///a/x.md')).toEqual([`file:///a/${CONFIG}`]);
    expect(configFilesFor(ws, 'file:///b/y/x.md')).toEqual([`file:///b/${CONFIG}`]);
  });

  it('lists Markdown documents once: open buffers first, then each folder', () => {
    const ws = workspaceOf({ 'file:///w/b.md': '', 'file:///w/a.markdown': '', 'file:///w/c.txt': '', 'file:///x/open.md': '' }, ['file:///w'], ['file:///x/open.md', 'file:///w/b.md']);
    expect(markdownDocuments(ws)).toEqual(['file:///x/open.md', 'file:///w/b.md', 'file:///w/a.markdown']);
  });
});

describe('find references over a workspace', () => {
  it('finds every citation of a key (the range from its @), parsing only documents that hold it', () => {
    const ws = workspaceOf(
      {
        'file:///w/a.md': 'Zie [@ca2026:digitale-dienst] en [@ca2026:digitale-dienst].\n',
        'file:///w/b.md': 'Geen citaat.\n',
        'file:///w/c.md': '# Kop\n\nOok [@ca2026:digitale-dienst; @ca2026:x].\n',
      },
      ['file:///w'],
    );
    const parsed: string[] = [];
    const refs = findKeyReferences(ws, 'ca2026:digitale-dienst', (uri) => {
      parsed.push(uri);
      return undefined;
    }, '2026-12-03');
    expect(refs.map((r) => `${r.uri}:${r.range.start.line}:${r.range.start.character}`)).toEqual(['file:///w/a.md:0:5', 'file:///w/a.md:0:34', 'file:///w/c.md:2:5']);
    expect(parsed).toEqual(['file:///w/a.md', 'file:///w/c.md']);
  });
});
