// `npm run screenshots`: runs the UI part of the real-editor suite (the packaged .vsix in code-server, driven in
// Chromium; test/e2e/harness/ui.ts), then copies the screenshots the README shows from .e2e/screenshots/ to
// docs/images/, without their step number (`01-language-status-says-motie.png` → `language-status-says-motie.png`), so
// the README keeps its links when steps are added. The others stay in .e2e/screenshots/ (15 × ~150 kB would bloat the
// repository); to show one more, link it in the README as docs/images/<name>.png and run this again.
// test/tools/screenshots.test.ts checks that every image the README shows is there and is one the suite makes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shots = path.join(path.resolve(process.env.AKKOORDWIJZER_E2E_ARTIFACTS ?? path.join(root, '.e2e')), 'screenshots');
const images = path.join(root, 'docs/images');

/** The screenshots the README shows: `docs/images/<name>.png` → name. */
export function readmeImages(readme) {
  return [...readme.matchAll(/\]\((docs\/images\/([\w-]+)\.png)\)/g)].map((m) => m[2]);
}

if (!process.argv.includes('--copy-only')) {
  const npm = process.env.npm_execpath;
  const run = (args) => spawnSync(npm ? process.execPath : 'npm', npm ? [npm, ...args] : args, { cwd: root, stdio: 'inherit' }).status;
  if (run(['run', '-s', 'build']) !== 0 || run(['run', '-s', 'test:e2e', '--', '--only=ui']) !== 0) {
    console.error('screenshots: the UI suite failed; docs/images/ is left as it was');
    process.exit(1);
  }
}
const made = new Map(
  (existsSync(shots) ? readdirSync(shots) : []).filter((f) => /^\d+-[\w-]+\.png$/.test(f) && !f.includes('FAILED')).map((f) => [f.replace(/^\d+-/, '').replace(/\.png$/, ''), f]),
);
mkdirSync(images, { recursive: true });
const missing = [];
for (const name of readmeImages(readFileSync(path.join(root, 'README.md'), 'utf8'))) {
  const file = made.get(name);
  if (!file) missing.push(name);
  else copyFileSync(path.join(shots, file), path.join(images, `${name}.png`));
}
console.log(`screenshots: ${made.size} made, README shows ${readmeImages(readFileSync(path.join(root, 'README.md'), 'utf8')).length}, copied to docs/images/`);
if (missing.length) {
  console.error(`screenshots: the README shows images the suite did not make: ${missing.join(', ')} (made: ${[...made.keys()].join(', ')})`);
  process.exit(1);
}
