'use strict';
/*
 * The entry of the CLI and the language server (dist/cli.js, dist/server.js): it runs the bundle beside it
 * (`cli-main.js`, `server-main.js`; the build puts its name in BUNDLE) with a V8 code cache, so a start after the
 * first skips compiling the bundle's code (about half of a start's CPU time). Plain CommonJS, no dependencies: it
 * runs before anything else is loaded.
 *
 * The cache is one file per bundle, V8 version and architecture in a folder of the user's:
 *   - `AKKOORDWIJZER_CODE_CACHE`: that folder (the extension passes one in its global storage), `off` for none;
 *   - else `AKKOORDWIJZER_CACHE` (`off` for none) with `code/` inside, as the compiled corpora of the CLI;
 *   - else `$XDG_CACHE_HOME/akkoordwijzer/code`, else `~/.cache/akkoordwijzer/code`.
 * V8 checks the cache against the source, its own version and its flags, and rejects one that does not fit; the bundle
 * is then compiled as without a cache, and the cache written anew. A cache that cannot be read or written changes
 * nothing but the speed. `AKKOORDWIJZER_CODE_CACHE_LOG=1` writes to stderr what happened (for tests and benchmarks).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { wrap } = require('node:module');
const { setFlagsFromString } = require('node:v8');

const BUNDLE = '__BUNDLE__';

// The flags the bundle sets at start (src/host/process.ts), set before compiling: V8 keys its cache by the flags. Node's
// own modules that every start loads are loaded first: after a flag changes, V8 rejects Node's built-in code cache for
// them too, and compiling them again costs a start ~25 ms of CPU.
for (const builtin of ['stream', 'crypto', 'net', 'child_process', 'worker_threads', 'fs/promises', 'readline', 'util']) require(`node:${builtin}`);
setFlagsFromString('--no-regexp-tier-up');

function cacheFolder(env) {
  const own = env.AKKOORDWIJZER_CODE_CACHE;
  if (own) return own === 'off' ? undefined : own;
  const shared = env.AKKOORDWIJZER_CACHE;
  if (shared) return shared === 'off' ? undefined : path.join(shared, 'code');
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'akkoordwijzer', 'code');
}

const log = process.env.AKKOORDWIJZER_CODE_CACHE_LOG === '1' ? (what) => process.stderr.write(`akkoordwijzer code cache: ${what}\n`) : () => {};
const file = path.join(__dirname, BUNDLE);
const source = fs.readFileSync(file, 'utf8');
const folder = cacheFolder(process.env);
const prefix = `${path.basename(BUNDLE, '.js')}-`;
let cacheFile;
let cached;
if (folder) {
  try {
    const st = fs.statSync(file);
    cacheFile = path.join(folder, `${prefix}${st.size}-${Math.floor(st.mtimeMs)}-${process.versions.v8}-${process.arch}.bin`);
    cached = fs.readFileSync(cacheFile);
  } catch {
    // No cache yet, or none readable: compile as without one.
  }
}
const script = new vm.Script(wrap(source), { filename: file, cachedData: cached });
log(cached ? (script.cachedDataRejected ? 'rejected' : 'accepted') : cacheFile ? 'none' : 'off');

if (cacheFile && (!cached || script.cachedDataRejected)) {
  // Written once the start's code has run (the cache then holds the functions compiled so far), at the latest at exit.
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    try {
      fs.mkdirSync(folder, { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, script.createCachedData());
      fs.renameSync(temporary, cacheFile);
      // The caches of earlier versions of this bundle go.
      for (const name of fs.readdirSync(folder)) {
        if (name.startsWith(prefix) && name.endsWith('.bin') && path.join(folder, name) !== cacheFile) fs.rmSync(path.join(folder, name), { force: true });
      }
      log('written');
    } catch (e) {
      log(`not written (${e && e.code ? e.code : e})`);
    }
  };
  setTimeout(write, 5000).unref();
  process.on('exit', write);
}

// The bundle runs as this module: `require.main === module` holds for it as for a file started directly.
script.runInThisContext({ displayErrors: true })(module.exports, require, module, file, __dirname);
