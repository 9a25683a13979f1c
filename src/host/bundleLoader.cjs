'use strict';
/*
 * The entry of the CLI and the language server (dist/cli.js, dist/server.js): it runs the bundle beside it
 * (`cli-main.js`, `server-main.js`) with a V8 code cache, so a start after the first skips compiling the bundle's code.
 * The build (tools/build.mjs) writes the bundle's name into BUNDLE and the hash of its content into BUILD. Plain
 * CommonJS, no dependencies: it runs before anything else is loaded.
 *
 * The cache is one file per bundle build, V8 version, architecture and Node options, in a folder of the user's:
 *   - `AKKOORDWIJZER_CODE_CACHE`: that folder, `off` for none (the extension passes a folder in its own storage);
 *   - else `AKKOORDWIJZER_CACHE` (`off` for none) with `code/` inside, as the compiled corpora of the CLI;
 *   - else `$XDG_CACHE_HOME/akkoordwijzer/code`, else `~/.cache/akkoordwijzer/code`.
 * V8 checks a cache against its own version, its flags and the source's length, and rejects one that does not fit;
 * the content of the bundle is in the file name (BUILD), and the file carries a checksum of the cache that is checked
 * before V8 reads it (V8 itself checks only the header: a damaged payload would crash it). A cache that does not fit
 * is not used; the bundle is then compiled as without one, and the cache written anew. A cache that cannot be read
 * or written changes nothing but the speed. `AKKOORDWIJZER_CODE_CACHE_LOG=1` writes to stderr what happened (for
 * tests and benchmarks). With `--enable-source-maps` the bundle is required as usual (V8 maps no cached script).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { createHash } = require('node:crypto');
const { wrap } = require('node:module');
const { setFlagsFromString } = require('node:v8');

const BUNDLE = '__BUNDLE__';
const BUILD = '__BUILD__';
/** How many caches of one bundle a folder keeps (the newest): two installed versions do not remove each other's. */
const KEEP = 3;
const CHECKSUM = 32;

const file = path.join(__dirname, BUNDLE);
const nodeOptions = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS || ''}`;
if (/--enable-source-maps\b/.test(nodeOptions)) {
  require(file);
} else {
  // The flags the bundle sets at start (`PROCESS_FLAGS`, src/host/process.ts; a test holds the two lists equal), set
  // before compiling: V8 keys its cache by the flags. Node's own modules that every start loads are loaded first:
  // after a flag changes, V8 rejects Node's built-in code cache for them too, and compiling them again costs a start
  // ~25 ms of CPU.
  for (const builtin of ['stream', 'net', 'child_process', 'worker_threads', 'fs/promises', 'readline', 'util']) require(`node:${builtin}`);
  for (const flag of ['--no-regexp-tier-up', '--no-allocation-site-pretenuring']) setFlagsFromString(flag);
  run();
}

function cacheFolder(env) {
  const own = env.AKKOORDWIJZER_CODE_CACHE;
  if (own) return own === 'off' ? undefined : own;
  const shared = env.AKKOORDWIJZER_CACHE;
  if (shared) return shared === 'off' ? undefined : path.join(shared, 'code');
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'akkoordwijzer', 'code');
}

function run() {
  const log = process.env.AKKOORDWIJZER_CODE_CACHE_LOG === '1' ? (what) => process.stderr.write(`akkoordwijzer code cache: ${what}\n`) : () => {};
  const source = fs.readFileSync(file, 'utf8');
  const prefix = `${path.basename(BUNDLE, '.js')}-`;
  let folder;
  let cacheFile;
  let cached;
  let damaged = false;
  try {
    // A watched build (BUILD empty) changes under a running loader: no cache then.
    folder = BUILD ? cacheFolder(process.env) : undefined;
    if (folder) {
      const options = createHash('sha256').update(nodeOptions).digest('hex').slice(0, 8);
      cacheFile = path.join(folder, `${prefix}${BUILD}-${process.versions.v8}-${process.arch}-${options}.bin`);
      const stored = fs.readFileSync(cacheFile);
      const payload = stored.subarray(CHECKSUM);
      if (stored.length > CHECKSUM && createHash('sha256').update(payload).digest().equals(stored.subarray(0, CHECKSUM))) cached = payload;
      else damaged = true;
    }
  } catch {
    // No cache yet, none readable, or no home folder: compile as without one.
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData: cached });
  const rejected = damaged || (cached !== undefined && script.cachedDataRejected);
  log(rejected ? 'rejected' : cached ? 'accepted' : cacheFile ? 'none' : 'off');

  if (cacheFile && (!cached || rejected)) {
    // Written once the start's code has run (the cache then holds the functions compiled so far), at the latest at exit.
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(folder, { recursive: true });
        const data = script.createCachedData();
        fs.writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]));
        fs.renameSync(temporary, cacheFile);
        // Only the newest caches of this bundle stay (earlier versions go; a second installed version keeps its own).
        const others = fs
          .readdirSync(folder)
          .filter((name) => name.startsWith(prefix) && name.endsWith('.bin') && path.join(folder, name) !== cacheFile)
          .map((name) => ({ name, at: fs.statSync(path.join(folder, name)).mtimeMs }))
          .sort((a, b) => b.at - a.at);
        for (const { name } of others.slice(KEEP - 1)) fs.rmSync(path.join(folder, name), { force: true });
        log('written');
      } catch (e) {
        try {
          fs.rmSync(temporary, { force: true });
        } catch {
          // Left for the next write to replace.
        }
        log(`not written (${e && e.code ? e.code : e})`);
      }
    };
    setTimeout(write, 5000).unref();
    process.on('exit', write);
  }

  // The bundle runs as this module: `require.main === module` holds for it as for a file started directly.
  script.runInThisContext()(module.exports, require, module, file, __dirname);
}
