import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/**
 * What the .vsix ships: `vsce ls` applies `.vscodeignore` exactly as `vsce package` does, and the release build is
 * what `npm run package` bundles. Nothing in the package that nothing reads; the bundles minified; no bundle refers to
 * a source map the package leaves out.
 */
describe('the package', () => {
  let out: string;
  let shipped: string[];
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'aw-release-'));
    execFileSync(process.execPath, ['tools/build.mjs', '--release', '--outdir', out], { cwd: ROOT });
    shipped = execFileSync(path.join(ROOT, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('ships the extension, the language server and the PDF reader from dist/, not the CLI or source maps', () => {
    expect(shipped.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/snapshot/')).sort()).toEqual(['dist/ThirdPartyNotices.txt', 'dist/entities.js', 'dist/export.js', 'dist/extension.js', 'dist/import.js', 'dist/nl-words.txt', 'dist/pdf-import.js', 'dist/server-main.js', 'dist/server.js', 'dist/yaml.js']);
  });

  it('ships the licenses of the bundled third-party code, the changelog and the icon', () => {
    expect(shipped).toEqual(expect.arrayContaining(['dist/ThirdPartyNotices.txt', 'CHANGELOG.md', 'images/icon.png', 'LICENSE']));
    expect(readFileSync(path.join(out, 'ThirdPartyNotices.txt'), 'utf8')).toMatch(/^pdfjs-dist \S+ — Apache-2\.0$/m);
  });

  it('ships the snapshot of the built-in corpora and data, and nothing else under dist/snapshot/', () => {
    const snapshot = shipped.filter((f) => f.startsWith('dist/snapshot/')).map((f) => path.basename(f).replace(/-[0-9a-f]+\.json$/, ''));
    expect(snapshot.sort()).toEqual(['agreements', 'corpus', 'corpus', 'index', 'synonyms', 'tags', 'vague-terms']);
  });

  it('the README lists what the package holds (npm run package:report writes it from the packed .vsix)', async () => {
    const { groupOf, reportedNames } = await import(pathToFileURL(path.join(ROOT, 'tools/package-report.mjs')).href);
    // vsce stores README.md, CHANGELOG.md and LICENSE as readme.md, changelog.md and LICENSE.txt.
    const normal = (name: string) => name.toLowerCase().replace(/^license\.txt$/, 'license');
    const listed: string[] = reportedNames(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).map(normal);
    const packed = [...new Set(shipped.map((f) => normal(groupOf(f))))];
    expect(listed.sort()).toEqual(packed.sort());
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toMatch(/Het pakket `akkoordwijzer-<versie>\.vsix` is [\d,]+ MB/);
  });

  it('ships no sources, tests, tools or copied source documents', () => {
    const unexpected = shipped.filter((f) => /^(src|client|test|tools|bench|node_modules|corpus\/sources)\//.test(f) || f.endsWith('.ts'));
    expect(unexpected).toEqual([]);
  });

  it('the CLI and the server do not carry the importer, the HTTP client, the Word writer, the YAML parser or the entity table: those load on first use (src/host/bundles.ts, tools/build.mjs)', () => {
    const code = (file: string) => readFileSync(path.join(out, file), 'utf8');
    // The markers are there in the bundles that hold them, so their absence elsewhere means something.
    expect(code('import.js')).toContain('mammoth');
    expect(code('fetch.js')).toContain('undici');
    // The docx library's own namespace for footnotes, written into every .docx it makes.
    const DOCX_MARKER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes';
    expect(code('export.js')).toContain(DOCX_MARKER);
    // One of the YAML parser's own error messages.
    const YAML_MARKER = 'Implicit keys of flow sequence pairs need to be on a single line';
    expect(code('yaml.js')).toContain(YAML_MARKER);
    // The first named character reference of HTML's table.
    expect(code('entities.js')).toContain('AElig');
    for (const file of ['cli-main.js', 'server-main.js']) {
      expect(code(file), file).not.toContain(YAML_MARKER);
      expect(code(file), file).not.toContain('AElig');
      expect(code(file), file).not.toContain('mammoth');
      expect(code(file), file).not.toContain('undici');
      expect(code(file), file).not.toContain(DOCX_MARKER);
    }
  });

  it('the release bundles are minified and reference no source map', () => {
    const bundles = readdirSync(out).filter((f) => f.endsWith('.js'));
    // cli.js and server.js are the loader (src/host/bundleLoader.cjs) of cli-main.js and server-main.js.
    expect(bundles.sort()).toEqual(['cli-main.js', 'cli.js', 'entities.js', 'export.js', 'extension.js', 'fetch.js', 'import.js', 'pdf-import.js', 'server-main.js', 'server.js', 'yaml.js']);
    for (const file of bundles) {
      const code = readFileSync(path.join(out, file), 'utf8');
      expect(code, file).not.toMatch(/sourceMappingURL/);
      // Minified code has few, long lines; esbuild's readable output has one statement per line.
      const lines = code.split('\n').length;
      expect(code.length / lines, `${file}: ${lines} lines`).toBeGreaterThan(200);
    }
  });
});
