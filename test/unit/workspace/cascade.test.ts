import { describe, expect, it } from 'vitest';
import { ConfigCascade, parseConfigFile, RULE_IDS, workspaceOf, type Workspace } from '../../../src/core/service';

const CONFIG = '.akkoordwijzer.yaml';
const read = (text: string, uri: string) => parseConfigFile(text, RULE_IDS, uri);

/** A workspace over a map the test may change, as files are edited, created and deleted on disk. */
function mutableWorkspace(files: Record<string, string>, folders: string[] = []): Workspace {
  const ws = workspaceOf(files, folders);
  return { ...ws, read: (uri) => (uri in files ? { text: files[uri]! } : undefined) };
}

describe('the configuration cascade', () => {
  const tree = () => ({
    [`file:///w/${CONFIG}`]: 'taal: en\nregels:\n  vaag-begrip: error\n  motie-slot: off\ncorpora: [a.akkoord.yaml]\n',
    [`file:///w/moties/${CONFIG}`]: 'regels:\n  vaag-begrip: off\ncorpora: [b.akkoord.yaml]\n',
    [`file:///w/moties/2026/diep/${CONFIG}`]: 'regels:\n  vaag-begrip: hint\n',
  });

  it('merges nested folders, the nearer file winning key by key, corpora accumulating', () => {
    const cascade = new ConfigCascade(mutableWorkspace(tree(), ['file:///w']), read);
    const motie = cascade.forDocument('file:///w/moties/2026/motie.md');
    expect(motie.files).toEqual([`file:///w/moties/${CONFIG}`, `file:///w/${CONFIG}`]);
    // vaag-begrip from moties/, motie-slot and taal from the root: override per key, not per file.
    expect(motie.config.regels).toEqual({ 'vaag-begrip': 'off', 'motie-slot': 'off' });
    expect(motie.config.taal).toBe('en');
    expect(motie.config.corpora).toEqual(['a.akkoord.yaml', 'b.akkoord.yaml']);
    expect(cascade.forDocument('file:///w/moties/2026/diep/m.md').config.regels['vaag-begrip']).toBe('hint');
    expect(cascade.forDocument('file:///w/vragen.md').config.regels).toEqual({ 'vaag-begrip': 'error', 'motie-slot': 'off' });
    // Two folders with the same files share one key (and so one service in the editor).
    expect(cascade.forDocument('file:///w/moties/2026/x.md').key).toBe(cascade.forDocument('file:///w/moties/y.md').key);
    expect(cascade.forDocument('file:///w/moties/y.md').key).not.toBe(cascade.forDocument('file:///w/y.md').key);
  });

  it('forgets a deleted file, and names only the drafts below it as changed', () => {
    const files: Record<string, string> = tree();
    const cascade = new ConfigCascade(mutableWorkspace(files, ['file:///w']), read);
    expect(cascade.forDocument('file:///w/moties/m.md').config.regels['vaag-begrip']).toBe('off');
    delete files[`file:///w/moties/${CONFIG}`];
    // Until told, the file read stays in force (the editor tells on every change it watches).
    expect(cascade.forDocument('file:///w/moties/m.md').config.regels['vaag-begrip']).toBe('off');
    const affects = cascade.changed(`file:///w/moties/${CONFIG}`);
    expect(affects('file:///w/moties/m.md')).toBe(true);
    expect(affects('file:///w/moties/2026/diep/m.md')).toBe(true);
    expect(affects('file:///w/vragen.md')).toBe(false);
    expect(affects('file:///w/motiesx/m.md')).toBe(false);
    const after = cascade.forDocument('file:///w/moties/m.md');
    expect(after.files).toEqual([`file:///w/${CONFIG}`]);
    expect(after.config.regels['vaag-begrip']).toBe('error');
    expect(cascade.forDocument('file:///w/moties/2026/diep/m.md').files).toEqual([`file:///w/moties/2026/diep/${CONFIG}`, `file:///w/${CONFIG}`]);
    expect(cascade.layersInUse().map((l) => l.uri)).not.toContain(`file:///w/moties/${CONFIG}`);
  });

  it('picks up a file created later, once told', () => {
    const files: Record<string, string> = {};
    const cascade = new ConfigCascade(mutableWorkspace(files, ['file:///w']), read);
    expect(cascade.forDocument('file:///w/a/m.md').files).toEqual([]);
    files[`file:///w/a/${CONFIG}`] = 'regels: { vaag-begrip: off }\n';
    expect(cascade.changed(`file:///w/a/${CONFIG}`)('file:///w/a/m.md')).toBe(true);
    expect(cascade.forDocument('file:///w/a/m.md').config.regels).toEqual({ 'vaag-begrip': 'off' });
  });

  it('keeps two roots of a multi-root workspace apart, and stops at each root', () => {
    const files = {
      [`file:///${CONFIG}`]: 'taal: en\n',
      [`file:///a/${CONFIG}`]: 'regels: { vaag-begrip: off }\n',
      [`file:///b/${CONFIG}`]: 'regels: { vaag-begrip: error }\n',
      [`file:///b/sub/${CONFIG}`]: 'taal: nl\n',
    };
    const cascade = new ConfigCascade(mutableWorkspace(files, ['file:///a', 'file:///b', 'file:///b/sub']), read);
    const a = cascade.forDocument('file:///a/x/m.md');
    const b = cascade.forDocument('file:///b/m.md');
    expect([a.workspaceFolder, a.files, a.config.regels, a.config.taal]).toEqual(['file:///a', [`file:///a/${CONFIG}`], { 'vaag-begrip': 'off' }, undefined]);
    expect([b.workspaceFolder, b.files, b.config.regels]).toEqual(['file:///b', [`file:///b/${CONFIG}`], { 'vaag-begrip': 'error' }]);
    // A nested workspace folder is a root of its own: nothing from b above it.
    expect(cascade.forDocument('file:///b/sub/m.md').files).toEqual([`file:///b/sub/${CONFIG}`]);
    // Outside every folder the cascade goes up to the root, as on the command line.
    expect(cascade.forDocument('file:///c/m.md').files).toEqual([`file:///${CONFIG}`]);
  });

  it('keeps a broken file\'s problems with it and the defaults working', () => {
    const cascade = new ConfigCascade(mutableWorkspace({ [`file:///w/${CONFIG}`]: 'regels:\n  geen-regel: off\n  vaag-begrip: uit\n' }, ['file:///w']), read);
    expect(cascade.forDocument('file:///w/m.md').config.regels).toEqual({ 'vaag-begrip': 'off' });
    const [layer] = cascade.layersInUse();
    expect(layer?.problems.map((p) => p.code)).toEqual(['unknown-rule']);
  });
});
