// Compiles the built-in corpora into the snapshot that ships beside the bundles (`dist/snapshot/`): every corpus file
// as its loaded model and the analysed index of the built-in set, exactly as a start would have made them, so a
// start reads them back instead of parsing YAML and analysing every commitment. `npm run build` runs it.
// Usage: node tools/run-ts.mjs tools/snapshot/write.ts OUTDIR
import { rmSync } from 'node:fs';
import { writeSnapshot } from './snapshot';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node tools/run-ts.mjs tools/snapshot/write.ts OUTDIR');
  process.exit(2);
}
rmSync(outDir, { recursive: true, force: true });
writeSnapshot(outDir);
