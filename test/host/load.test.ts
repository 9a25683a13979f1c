import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusStore } from '../../src/host/corpusStore';
import { URI } from 'vscode-uri';
import { ConfigCascade } from '../../src/core/service';
import { loadBuiltinData, loadConfigFile, loadCorpusSet, readConfigText } from '../../src/host/load';
import { NodeWorkspace } from '../../src/host/workspace';

describe('host loading shared by the CLI and the server', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aw-host-'));
    mkdirSync(path.join(dir, 'werk', 'diep'), { recursive: true });
    writeFileSync(path.join(dir, '.akkoordwijzer.yaml'), 'taal: en\ncorpora: [extra.yaml, /elders/abs.yaml]\n');
    writeFileSync(path.join(dir, 'werk', 'kapot.akkoord.yaml'), 'format: 1\nid: kapot\ncommitments: 3\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a config file with its corpora relative to the file, and finds it from a folder below', () => {
    const direct = loadConfigFile(path.join(dir, '.akkoordwijzer.yaml'));
    expect(direct.config.corpora).toEqual([path.join(dir, 'extra.yaml'), '/elders/abs.yaml']);
    expect(direct.config.taal).toBe('en');
    const found = new ConfigCascade(NodeWorkspace.ofPaths([]), readConfigText).forDocument(URI.file(path.join(dir, 'werk', 'diep', 'motie.md')).toString());
    expect(found.files).toEqual([URI.file(path.join(dir, '.akkoordwijzer.yaml')).toString()]);
    expect(found.config).toEqual(direct.config);
  });

  it('gives the defaults where no config file is found, and an unreadable file as a problem', () => {
    const none = new ConfigCascade(NodeWorkspace.ofPaths([]), readConfigText).forDocument(URI.file(path.join(path.parse(tmpdir()).root, 'motie.md')).toString());
    if (none.files.length === 0) expect(none.config).toEqual({ regels: {}, extraTerms: [], corpora: [], budget: {}, answerTerm: {} });
    expect(loadConfigFile(path.join(dir, 'werk')).problems.map((p) => p.code)).toEqual(['unreadable']);
  });

  it('builds the corpus set and lists problems per file, built-in or not', () => {
    const { set, problems } = loadCorpusSet(new CorpusStore(), { folders: [path.join(dir, 'werk')], extraFiles: [] });
    expect(set.corpora.map((c) => c.id)).toEqual(expect.arrayContaining(['ca2026', 'ca2021']));
    const broken = problems.find((p) => p.path === path.join(dir, 'werk', 'kapot.akkoord.yaml'));
    expect(broken).toMatchObject({ builtin: false });
    expect(broken!.problems.some((p) => p.severity === 'error')).toBe(true);
    // Every file is listed, a clean one with no problems, so the editor can clear what it showed before.
    expect(problems.filter((p) => p.builtin).map((p) => [path.basename(p.path), p.problems])).toEqual([
      ['ca2021.akkoord.yaml', []],
      ['ca2026.akkoord.yaml', []],
    ]);
  });

  it('a corpus file the user named wins over a copy with its id found in a folder below (a backup took its place)', () => {
    const folder = path.join(dir, 'fractie');
    mkdirSync(path.join(folder, 'oud'), { recursive: true });
    const entry = (text: string) => `format: 1\nid: fractie-tz\ntitle: Fractie\nkind: toezeggingen\nsource: { verified: original }\ncommitments:\n  - id: brief\n    text: "${text}"\n    firmness: besluit\n`;
    const named = path.join(folder, 'toezeggingen.akkoord.yaml');
    writeFileSync(named, entry('De brief komt voor de zomer.'));
    writeFileSync(path.join(folder, 'oud', 'lijst.akkoord.yaml'), entry('Een oude versie.'));
    const { set, problems } = loadCorpusSet(new CorpusStore(), { folders: [folder], extraFiles: [named] });
    expect(set.get('fractie-tz:brief')?.text).toBe('De brief komt voor de zomer.');
    expect(problems.find((p) => p.path === path.join(folder, 'oud', 'lijst.akkoord.yaml'))?.problems.map((p) => p.code)).toEqual(['duplicate-corpus']);
  });

  it('a corpus file that vanishes after the walk found it is a problem at that file; the rest still loads', () => {
    const folder = path.join(dir, 'verdwijnt');
    mkdirSync(folder, { recursive: true });
    const gone = path.join(folder, 'weg.akkoord.yaml');
    writeFileSync(gone, 'format: 1\nid: weg\ncommitments: []\n');
    const store = new CorpusStore();
    expect(loadCorpusSet(store, { folders: [folder], extraFiles: [] }).problems.map((p) => p.path)).toContain(gone);
    // The store keeps what its walk found (until told files were created or deleted): the file is gone when read.
    rmSync(gone);
    const { set, problems } = loadCorpusSet(store, { folders: [folder], extraFiles: [] });
    expect(problems.find((p) => p.path === gone)?.problems.map((p) => p.code)).toEqual(['unreadable']);
    expect(set.corpora.map((c) => c.id)).toEqual(expect.arrayContaining(['ca2026', 'ca2021']));
  });

  it('loads the built-in vague terms and synonyms without problems', () => {
    const data = loadBuiltinData();
    expect(data.vagueTerms.length).toBeGreaterThan(10);
    expect(data.problems.flatMap((r) => r.problems)).toEqual([]);
  });
});
