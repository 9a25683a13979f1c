// `npm run package:report`: what the .vsix holds and how big it is, written into the README between
// <!-- pakket:begin --> and <!-- pakket:end -->. Packs the release build with vsce into a scratch folder, reads the
// archive's own directory (sizes as stored and unpacked), and groups the files by folder (files at the top and in dist/
// one by one). `--check` writes nothing and fails when the README's list of files differs from the package's (sizes
// change with every build and are not compared). test/house/package.test.ts compares the list too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BEGIN = '<!-- pakket:begin (gegenereerd door npm run package:report) -->';
const END = '<!-- pakket:end -->';

/** The entries of a zip archive from its central directory: name, stored and unpacked size. */
export function zipEntries(zip) {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const [stored, size, nameLength, extra, comment] = [zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 24), zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    out.push({ name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'), stored, size });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** The row a shipped file belongs to: itself at the top and in dist/, else its folder. */
export function groupOf(file) {
  const dir = path.posix.dirname(file);
  return dir === '.' || dir === 'dist' ? file : `${dir}/`;
}

const kb = (n) => `${(n / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 0 })} kB`;

/** The README section: the .vsix size and one row per file or folder. */
export function renderReport(files, vsixBytes) {
  const groups = new Map();
  for (const f of files) {
    const g = groups.get(groupOf(f.name)) ?? { files: 0, size: 0, stored: 0 };
    groups.set(groupOf(f.name), { files: g.files + 1, size: g.size + f.size, stored: g.stored + f.stored });
  }
  const rows = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, g]) => `| \`${name}\` | ${g.files} | ${kb(g.size)} | ${kb(g.stored)} |`);
  const total = files.reduce((n, f) => n + f.size, 0);
  return [
    BEGIN,
    `Het pakket \`akkoordwijzer-<versie>.vsix\` is ${(vsixBytes / 1e6).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB (uitgepakt ${(total / 1e6).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB, ${files.length} bestanden):`,
    '',
    '| bestand of map | bestanden | uitgepakt | in het pakket |',
    '|---|---|---|---|',
    ...rows,
    END,
  ].join('\n');
}

/** The file or folder names of the README's report (without sizes). */
export function reportedNames(readme) {
  const section = readme.slice(readme.indexOf(BEGIN), readme.indexOf(END));
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
}

/** Pack the release build with vsce into a scratch folder; the archive's entries (vsce's own files left out) and size. */
function pack() {
  const scratch = mkdtempSync(path.join(tmpdir(), 'aw-vsix-'));
  try {
    execFileSync(process.execPath, ['tools/build.mjs', '--release'], { cwd: root, stdio: 'inherit' });
    const vsix = path.join(scratch, 'akkoordwijzer.vsix');
    execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const entries = zipEntries(readFileSync(vsix)).filter((e) => e.name.startsWith('extension/')).map((e) => ({ ...e, name: e.name.slice('extension/'.length) }));
    return { entries, bytes: statSync(vsix).size };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { entries, bytes } = pack();
  const readmeFile = path.join(root, 'README.md');
  const readme = readFileSync(readmeFile, 'utf8');
  if (!readme.includes(BEGIN) || !readme.includes(END)) throw new Error(`README.md lacks the markers ${BEGIN} … ${END}`);
  const report = renderReport(entries, bytes);
  if (process.argv.includes('--check')) {
    const [want, have] = [reportedNames(report), reportedNames(readme)];
    if (want.join('\n') !== have.join('\n')) {
      console.error(`README.md lists other files than the package holds; run npm run package:report.\n  package: ${want.join(', ')}\n  README:  ${have.join(', ')}`);
      process.exit(1);
    }
    console.log(`README.md lists the package's ${want.length} files and folders`);
  } else {
    writeFileSync(readmeFile, readme.slice(0, readme.indexOf(BEGIN)) + report + readme.slice(readme.indexOf(END) + END.length));
    console.log(report);
  }
}
