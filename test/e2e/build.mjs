// Bundles the real-editor tests with esbuild into out/e2e/:
//   out/e2e/suite/index.js + one bundle per suite/*.test.ts  (run inside the extension host; `vscode` and `mocha`
//                                                               stay external: the host provides vscode, mocha
//                                                               comes from node_modules)
//   out/e2e/run.js, out/e2e/runVscode.js                      (Node scripts: the offline and the online runner)
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = path.join(root, 'out/e2e');
rmSync(out, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', keepNames: true, sourcemap: 'inline' };
const suiteDir = path.join(here, 'suite');
const suiteEntries = readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(suiteDir, f));

await Promise.all([
  esbuild.build({ ...common, entryPoints: suiteEntries, outdir: path.join(out, 'suite'), external: ['vscode', 'mocha'] }),
  esbuild.build({ ...common, entryPoints: [path.join(here, 'run.ts'), path.join(here, 'runVscode.ts')], outdir: out, packages: 'external' }),
]);
