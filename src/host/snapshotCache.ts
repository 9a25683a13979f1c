import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { CORPUS_MODEL_FORMAT, type IndexCodec, type IndexState, type IndexStore } from '../core/service';

/*
 * Where compiled corpora are kept between runs: the snapshot of the built-in corpora made at build time (read-only,
 * beside the bundle that made it, so code and snapshot always belong together) and a cache folder for the user's
 * corpora (written after the first run that needed them). Every file is named by the hash of what it was made from,
 * so a changed corpus file simply finds nothing and is parsed again; the core checks what it reads, so a damaged file
 * is ignored and written anew, never an error.
 */

/** The snapshot folder's name beside the bundles (`dist/snapshot/`). */
export const SNAPSHOT_FOLDER = 'snapshot';

/** The snapshot beside the running bundle; none when running from the sources (tests pass theirs explicitly). */
export function bundledSnapshotFolder(): string | undefined {
  const dir = path.join(__dirname, SNAPSHOT_FOLDER);
  return existsSync(dir) ? dir : undefined;
}

/** The bundled snapshot, read-only: where the built-in data files are looked up before they are parsed. */
export function bundledSnapshot(): SnapshotFolders {
  const dir = bundledSnapshotFolder();
  return new SnapshotFolders(dir ? [dir] : []);
}

/** Whether `value` has the shape `{ <list>: [...], problems: [...] }` every loader of a data file returns. */
export function isLoadResult(value: unknown, list: string, item: (x: Record<string, unknown>) => boolean): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const items = v[list];
  return Array.isArray(v['problems']) && Array.isArray(items) && items.every((x) => typeof x === 'object' && x !== null && item(x as Record<string, unknown>));
}

/**
 * The bundle this code runs in (`cli`, `server` — bundled as `cli-main.js`, `server-main.js` —, or the sources under test): the CLI and a server without a cache
 * folder of their own share the user's cache folder, and each removes only the old builds of its own bundle, never
 * the other's current one.
 */
const BUNDLE = path.basename(__filename).replace(/\.[cm]?[jt]s$/, '').replace(/-main$/, '').replace(/[^a-z0-9]+/gi, '-');

/**
 * The cache folder of this build of the code under `base`: a folder per build (the bundle's size and time), so a
 * cache written by other code is never read; folders of other builds are removed when this one is first written.
 */
export function cacheFolderIn(base: string): string {
  let stamp = `${BUNDLE}-source`;
  try {
    const st = statSync(__filename);
    stamp = `${BUNDLE}-${st.size}-${Math.floor(st.mtimeMs)}`;
  } catch {
    // Keep the fixed stamp: the cache then lives as long as the folder.
  }
  return path.join(base, stamp);
}

/**
 * The CLI's default cache: `$AKKOORDWIJZER_CACHE` (`off` for none), else `$XDG_CACHE_HOME/akkoordwijzer`, else
 * `~/.cache/akkoordwijzer`. Only for the bundled CLI: run from the sources (the tests) it caches only when told to.
 */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const asked = env['AKKOORDWIJZER_CACHE'];
  if (asked === 'off') return undefined;
  if (asked) return cacheFolderIn(asked);
  if (!bundledSnapshotFolder()) return undefined;
  const base = env['XDG_CACHE_HOME'] || path.join(homedir(), '.cache');
  return cacheFolderIn(path.join(base, 'akkoordwijzer'));
}

/** The name of a stored corpus: the hash of its text and of what else its loading depended on (the known tags). */
export function corpusFileName(text: string, knownTags: readonly string[]): string {
  const hash = createHash('sha256').update(`${CORPUS_MODEL_FORMAT}\u0000${knownTags.join(',')}\u0000`).update(text).digest('hex');
  return `corpus-${hash.slice(0, 32)}.json`;
}

/** Raise when a built-in data file's loaded value (vague terms, synonyms, tags, calendar) changes shape. */
export const DATA_MODEL_FORMAT = 1;

/** The name of a stored index (its fingerprint is the core's). */
export function indexFileName(fingerprint: string): string {
  return `index-${fingerprint.replace(/[^0-9a-z]/gi, '')}.json`;
}

/**
 * Read-only folders (the snapshot) and at most one writable folder (the cache). Writes wait until the current work is
 * done (`setImmediate`), so storing never delays the first diagnostics; `flush` writes at once.
 */
export class SnapshotFolders {
  private readonly pending = new Map<string, unknown>();
  private scheduled = false;
  private pruned = false;

  constructor(
    private readonly readable: readonly string[],
    private writable?: string,
  ) {}

  /** The cache folder (for the server, the one its client names at `initialize`). */
  useWritable(dir: string | undefined): void {
    this.writable = dir;
  }

  /** The parsed JSON of a stored file, or undefined when none of the folders holds it readably. */
  read(name: string): unknown {
    for (const dir of [...this.readable, ...(this.writable ? [this.writable] : [])]) {
      const file = path.join(dir, name);
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // Missing or damaged: try the next folder; the caller builds (and stores) the value afresh.
      }
    }
    return undefined;
  }

  /** Keep `value` under `name` in the writable folder (soon; nothing when there is none). */
  write(name: string, value: unknown): void {
    if (!this.writable) return;
    this.pending.set(name, value);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Write what is pending now. Failures (a read-only disk, no space) are swallowed: a cache is an optimisation. */
  flush(): void {
    this.scheduled = false;
    const dir = this.writable;
    if (!dir || this.pending.size === 0) return;
    try {
      mkdirSync(dir, { recursive: true });
      this.pruneOtherBuilds(dir);
      for (const [name, value] of this.pending) {
        // Write beside, then rename: a reader never sees half a file, and two processes never mix theirs.
        const temporary = path.join(dir, `${name}.${process.pid}.tmp`);
        writeFileSync(temporary, asciiJson(value));
        renameSync(temporary, path.join(dir, name));
      }
    } catch {
      // Nothing to do: the next run parses and tries again.
    }
    this.pending.clear();
  }

  /** Remove the caches of other builds of the code beside this one (their files can never be read again). */
  private pruneOtherBuilds(dir: string): void {
    if (this.pruned) return;
    this.pruned = true;
    const parent = path.dirname(dir);
    for (const name of readdirSync(parent)) {
      if (name !== path.basename(dir) && name.startsWith(`${BUNDLE}-`) && /-(\d+-\d+|source)$/.test(name)) rmSync(path.join(parent, name), { recursive: true, force: true });
    }
  }

  /**
   * The value `compute` makes of a data file's text (`kind` names the loader), read back when stored for this text
   * and `valid`, else computed and stored: the built-in data files are compiled into the snapshot this way.
   */
  compiled<T>(kind: string, text: string, compute: () => T, valid: (value: unknown) => boolean): T {
    const hash = createHash('sha256').update(`${DATA_MODEL_FORMAT}\u0000${kind}\u0000`).update(text).digest('hex');
    const name = `${kind}-${hash.slice(0, 32)}.json`;
    const stored = this.read(name) as { format?: unknown; value?: unknown } | undefined;
    if (stored && typeof stored === 'object' && stored.format === DATA_MODEL_FORMAT && valid(stored.value)) return stored.value as T;
    const value = compute();
    this.write(name, { format: DATA_MODEL_FORMAT, value });
    return value;
  }

  /** An index store over these folders, for `createCorpusSet`. */
  indexStore(): IndexStore {
    return {
      load: (fingerprint) => this.read(indexFileName(fingerprint)),
      save: (fingerprint, state: IndexState) => this.write(indexFileName(fingerprint), state),
      codec: nodeCodec,
    };
  }
}

const NOT_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON with every character above ASCII written as `\uXXXX` (the same value when parsed). A start reads the snapshot of
 * the 2021 agreement and its index, a megabyte; with one accented letter in it, `readFileSync` takes the slow path of
 * UTF-8 decoding and `JSON.parse` reads a string of two bytes a character. In ASCII both take the fast one: reading and
 * parsing the two files in a fresh process, medians of twelve, 10.1 → 8.5 ms.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Node's SHA-256 (over the text's UTF-16 code units, so no two texts share their bytes) and base64 decoder for the
 * analysed index: the snapshot is written and read through the same codec. Node's decoder skips what is not base64, so
 * the bytes are encoded again and compared: natively, where a pattern over the text (half a megabyte) cost a first
 * start ~2 ms of interpreted regular expression.
 */
export const nodeCodec: IndexCodec = {
  digest: (text) => createHash('sha256').update(text, 'utf16le').digest('hex').slice(0, 32),
  fromBase64: (text) => {
    if (text.length % 4 === 1) return undefined;
    const bytes = Buffer.from(text, 'base64');
    const again = bytes.toString('base64');
    const padding = again.length - text.length;
    if (padding < 0 || padding > 2 || !again.startsWith(text) || !again.endsWith('='.repeat(padding))) return undefined;
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  },
};
