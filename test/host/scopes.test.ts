import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { CorpusStore } from '../../src/host/corpusStore';
import { loadBuiltinData, readConfigText } from '../../src/host/load';
import { DraftScopes } from '../../src/host/scopes';
import { NodeWorkspace } from '../../src/host/workspace';

const FRACTIE = path.resolve(__dirname, '../fixtures/workspace/fractie.akkoord.yaml');

describe('drafts grouped by their configuration (editor and CLI)', () => {
  let dir: string;
  const uri = (...p: string[]) => URI.file(path.join(dir, ...p)).toString();
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-scopes-'));
    for (const f of ['a', 'b', 'c', 'c/sub']) mkdirSync(path.join(dir, f), { recursive: true });
    // a and b name the same corpus file (outside both); c has a corpus of its own and a sub-folder switching a rule off.
    mkdirSync(path.join(dir, 'gedeeld'));
    copyFileSync(FRACTIE, path.join(dir, 'gedeeld', 'fractie.yaml'));
    writeFileSync(path.join(dir, 'a', '.akkoordwijzer.yaml'), 'corpora: [../gedeeld/fractie.yaml]\n');
    writeFileSync(path.join(dir, 'b', '.akkoordwijzer.yaml'), 'corpora: [../gedeeld/fractie.yaml]\nregels: { vaag-begrip: error }\n');
    copyFileSync(FRACTIE, path.join(dir, 'c', 'eigen.akkoord.yaml'));
    writeFileSync(path.join(dir, 'c', 'sub', '.akkoordwijzer.yaml'), 'regels: { vaag-begrip: off }\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const scopes = () => {
    const workspace = NodeWorkspace.ofPaths(['a', 'b', 'c'].map((f) => path.join(dir, f)));
    return new DraftScopes({ workspace, store: new CorpusStore(undefined, { snapshot: false }), read: readConfigText, builtin: loadBuiltinData() });
  };

  it('gives folders that load the same corpus files one corpus set (and so one search index), each its own rules', () => {
    const s = scopes();
    // c in between: the store keeps a set per list of files, not only the last one built.
    const [a, , b] = [s.scopeFor(uri('a', 'm.md')), s.scopeFor(uri('c', 'm.md')), s.scopeFor(uri('b', 'm.md'))];
    expect(a.service).not.toBe(b.service);
    expect(a.service.corpus).toBe(b.service.corpus);
    expect(a.service.corpus.corpora.map((c) => c.id)).toContain('toezeggingen-bzk');
    expect([a.service.settings.severities, b.service.settings.severities]).toEqual([{}, { 'vaag-begrip': 'error' }]);
  });

  it('shares one service between folders whose configuration comes out the same, and keeps a folder\'s corpora to it', () => {
    const s = scopes();
    const c = s.scopeFor(uri('c', 'm.md'));
    expect(s.scopeFor(uri('c', 'deeper', 'm.md'))).toBe(c);
    const sub = s.scopeFor(uri('c', 'sub', 'm.md'));
    expect(sub).not.toBe(c);
    expect(sub.service.corpus).toBe(c.service.corpus);
    expect(c.corpusRoot).toBe(path.join(dir, 'c'));
    // a's drafts do not see c's corpus file: each workspace folder its own.
    const files = (scope: typeof c) => scope.service.corpus.files.map((f) => f.uri);
    expect(files(c)).toContain(uri('c', 'eigen.akkoord.yaml'));
    expect(files(s.scopeFor(uri('a', 'm.md')))).not.toContain(uri('c', 'eigen.akkoord.yaml'));
  });

  it('outside a workspace folder: the folder of the outermost configuration file, else the fallback (the CLI: its working directory)', () => {
    const s = new DraftScopes({
      workspace: NodeWorkspace.ofPaths([]),
      store: new CorpusStore(undefined, { snapshot: false }),
      read: readConfigText,
      builtin: loadBuiltinData(),
      fallbackRoot: () => path.join(dir, 'c'),
    });
    expect(s.scopeFor(uri('c', 'sub', 'm.md')).corpusRoot).toBe(path.join(dir, 'c', 'sub'));
    expect(s.scopeFor(uri('c', 'm.md')).corpusRoot).toBe(path.join(dir, 'c'));
  });
});
