// Runs a TypeScript script of this repository (tools/, bench/, test/eval/) without a TS runtime:
// esbuild bundles it to a temporary CJS file next to node_modules, then node runs it with the given arguments.
// Usage: node tools/run-ts.mjs path/to/script.ts [args...]
// RUN_TS_NODE_FLAGS="--cpu-prof --trace-gc" passes flags to that node (flags NODE_OPTIONS refuses).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const outdir = path.resolve('node_modules/.cache/run-ts');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, `${path.basename(entry, '.ts')}-${process.pid}.cjs`);
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  packages: 'bundle',
  // pdfkit finds its fonts through its package's "imports" map, which a bundle loses (bench/import.bench.ts uses it).
  external: ['pdfkit'],
  define: { 'import.meta.url': 'importMetaUrl', __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  banner: { js: `const importMetaUrl = require('url').pathToFileURL(${JSON.stringify(path.resolve(entry))}).href;` },
});
// --preserve-symlinks-main: in a worktree whose node_modules is a link to another checkout's, the script's folder stays
// this checkout's, so what it finds from its own folder (the built-in lexicon and corpora, `packageRoot()`) is this
// checkout's too, not the other one's (an older commit's evaluation read today's lexicon that way).
const r = spawnSync(process.execPath, [...(process.env.RUN_TS_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? []), '--enable-source-maps', '--preserve-symlinks-main', outfile, ...args], { stdio: 'inherit' });
rmSync(outfile, { force: true });
process.exit(r.status ?? 1);
