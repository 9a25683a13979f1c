import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeWorkspace } from '../../src/host/workspace';
import { configFilesFor, markdownDocuments } from '../../src/core/workspace/workspace';

const root = mkdtempSync(path.join(tmpdir(), 'aw-ws-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
const uri = (rel: string) => URI.file(path.join(root, rel)).toString();

write('.akkoordwijzer.yaml', 'taal: nl\n');
write('moties/.akkoordwijzer.yaml', 'taal: en\n');
write('moties/a.md', 'Op schijf.\n');
write('moties/b.markdown', 'B.\n');
write('node_modules/pkg/readme.md', 'niet doorzocht\n');
write('.git/x.md', 'niet doorzocht\n');
write('notities.txt', 'geen Markdown\n');
write('groot.md', 'x'.repeat(2_100_000));

describe('the workspace on disk', () => {
  const open = new Map([[uri('moties/a.md'), { uri: uri('moties/a.md'), version: 7, getText: () => 'In de editor.\n' }]]);
  const ws = new NodeWorkspace([URI.file(root).toString()], { all: () => [...open.values()], get: (u) => open.get(u) });

  it('reads the open buffer over the disk, and the disk for the rest', () => {
    expect(ws.read(uri('moties/a.md'))).toEqual({ text: 'In de editor.\n', version: 7 });
    expect(ws.read(uri('moties/b.markdown'))).toEqual({ text: 'B.\n' });
    expect(ws.read(uri('bestaat-niet.md'))).toBeUndefined();
  });

  it('walks folders past dependencies, version control and files too large to be a draft', () => {
    expect(markdownDocuments(ws)).toEqual([uri('moties/a.md'), uri('moties/b.markdown')]);
    expect(ws.read(uri('groot.md'))).toBeUndefined();
  });

  it('finds the config cascade on disk', () => {
    expect(configFilesFor(ws, uri('moties/a.md'))).toEqual([uri('moties/.akkoordwijzer.yaml'), uri('.akkoordwijzer.yaml')]);
  });

  it('follows workspace folders as they change', () => {
    const cli = NodeWorkspace.ofPaths([path.join(root, 'moties')]);
    expect(cli.folderPaths).toEqual([path.join(root, 'moties')]);
    expect(markdownDocuments(cli)).toEqual([uri('moties/a.md'), uri('moties/b.markdown')]);
    cli.setFolders([]);
    expect(markdownDocuments(cli)).toEqual([]);
  });
});
