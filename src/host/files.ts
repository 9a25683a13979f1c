import { accessSync, chmodSync, constants, copyFileSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataProblem, Localized } from '../core/service';

/**
 * Why a file could not be read or written, in words, for the common causes; else Node's own message. In Dutch a message read
 * "kan het bestand niet lezen (EISDIR: illegal operation on a directory, read)" (a reviewer).
 */
export function fileErrorReason(err: unknown, writing = false): Localized {
  if (err instanceof Unwritable) return err.reason;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  // A file written where no folder is: the folder is what is missing.
  if (code === 'ENOENT' && writing) return { nl: 'de map bestaat niet', en: 'the folder does not exist' };
  if (code === 'ENOENT') return { nl: 'het bestaat niet', en: 'it does not exist' };
  if (code === 'EISDIR') return { nl: 'het is een map, geen bestand', en: 'it is a folder, not a file' };
  if (code === 'EACCES' || code === 'EPERM') return { nl: 'geen toestemming', en: 'no permission' };
  if (code === 'EBUSY') return { nl: 'het bestand is in gebruik', en: 'the file is in use' };
  if (code === 'ENOSPC') return { nl: 'de schijf is vol', en: 'the disk is full' };
  if (code === 'EROFS') return { nl: 'de schijf is alleen-lezen', en: 'the disk is read-only' };
  if (code === 'ENOTDIR') return { nl: 'een deel van het pad is geen map', en: 'part of the path is not a folder' };
  // Making the folders of a path where a file of that name stands.
  if (code === 'EEXIST') return { nl: 'een deel van het pad is een bestand, geen map', en: 'part of the path is a file, not a folder' };
  const m = err instanceof Error ? err.message : String(err);
  return { nl: m, en: m };
}

/** A file `writeWhole` could not write, thrown by a caller that reports failures as exceptions (the export). */
export class Unwritable extends Error {
  constructor(
    readonly file: string,
    readonly reason: Localized,
  ) {
    super(`cannot write ${file}: ${reason.en}`);
  }
}

/**
 * Write the files whole or not at all: each to a temporary file beside it, and only when all are written each moved
 * into place, so a full disk or a missing folder never leaves half a corpus, nor a lock file that no longer fits its
 * corpus. Each file is replaced by a rename, at once; with more than one, a copy of what an earlier one replaces is put
 * back when a later one cannot be placed. A file that exists keeps what the user set up (see `placeOf`): through a
 * symbolic link the file it names is written, with its permissions; a file with other (hard) links is written in
 * place. When it fails: which file, and why in words; nothing is written then, unless what a file replaced could not
 * be put back (`kept`).
 */
export function writeWhole(...files: readonly { file: string; data: string | Uint8Array }[]): WriteFailure | undefined {
  const places: Place[] = [];
  let current = files[0]?.file ?? '';
  try {
    for (const { file, data } of files) {
      current = file;
      const place = placeOf(file);
      places.push(place);
      try {
        writeFileSync(place.partial, data);
      } catch (e) {
        // A folder that takes no new file, with the one file in it that may be written (a shared folder): written
        // over that file, as an editor without a backup would (`writeInPlace`).
        const code = (e as NodeJS.ErrnoException).code;
        if (files.length === 1 && place.mode !== undefined && (code === 'EACCES' || code === 'EPERM')) return writeInPlace(place, data);
        throw e;
      }
      // The mode given on creation passes through the umask: set after, exactly (on Windows only read-only counts).
      if (place.mode !== undefined) chmodSync(place.partial, place.mode);
    }
  } catch (e) {
    for (const p of places) removeQuietly(p.partial);
    return { file: current, reason: fileErrorReason(e, true), kept: [] };
  }
  // Each file replaced at once (a watcher never sees it missing); a copy of what it replaces is kept until all are in
  // place, and put back over it when a later one cannot be placed (the last needs none unless written in place).
  const placed: { place: Place; copy?: string | undefined }[] = [];
  let copying: string | undefined;
  try {
    places.forEach((place, i) => {
      current = place.file;
      // A folder in its place is refused here, before any rename: Windows says EPERM for it, which the rename would
      // take for a file held by another program and try again for a second.
      const there = statSync(place.target, { throwIfNoEntry: false });
      if (there?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${place.target}`), { code: 'EISDIR' });
      // Written in place, a file is copied even when it is the last: the copy over it may stop half-way (a full disk).
      const copy = (i < places.length - 1 || place.inPlace) && there?.isFile() ? `${place.target}.${process.pid}.old` : undefined;
      if (copy !== undefined) copyFileSync(place.target, (copying = copy));
      // Counted as placed before the copy over it (its copy then goes back), after the rename (which did nothing if it
      // failed: then its copy is only removed).
      if (place.inPlace) (placed.push({ place, copy }), (copying = undefined));
      put(place.partial, place);
      if (!place.inPlace) placed.push({ place, copy });
      copying = undefined;
    });
  } catch (e) {
    // Back as it was: what the files placed replaced put back (or they removed), the temporary files gone.
    const reason = fileErrorReason(e, true);
    const kept: { file: string; copy: string }[] = [];
    for (const { place, copy } of placed.reverse()) {
      if (copy === undefined) removeQuietly(place.target);
      else if (!putBack(copy, place)) kept.push({ file: place.file, copy });
    }
    if (copying !== undefined) removeQuietly(copying);
    for (const p of places) removeQuietly(p.partial);
    return { file: current, reason, kept };
  }
  for (const { copy } of placed) if (copy !== undefined) removeQuietly(copy);
  return undefined;
}

/** Why `writeWhole` wrote nothing. */
export interface WriteFailure {
  /** The file that could not be written or placed (as the caller named it). */
  file: string;
  reason: Localized;
  /**
   * What could not be put back after that (a file held by another program on Windows): the file with its new text (or
   * half of it), and the copy beside it that holds its old text. Almost always empty.
   */
  kept: { file: string; copy: string }[];
}

/** Where the old texts of the files not put back are, in words ("de vorige inhoud van X staat nog in Y"). */
export function keptCopies(kept: WriteFailure['kept']): Localized {
  return {
    nl: kept.map((k) => `de vorige inhoud van ${k.file} staat nog in ${k.copy}`).join('; '),
    en: kept.map((k) => `the previous content of ${k.file} is still in ${k.copy}`).join('; '),
  };
}

/** The reason of a failed write with where the old text of a file not put back is (`kept`), for a message. */
export function failureReason(failed: WriteFailure): Localized {
  if (!failed.kept.length) return failed.reason;
  const kept = keptCopies(failed.kept);
  return { nl: `${failed.reason.nl}; ${kept.nl}`, en: `${failed.reason.en}; ${kept.en}` };
}

/**
 * One file written over itself, its old text held in memory and written back if the new one cannot be: for a folder
 * that takes no new file (no temporary file, no copy beside it). Not at once, as a rename is; nothing is lost but on
 * a failure of the write back too.
 */
function writeInPlace(place: Place, data: string | Uint8Array): WriteFailure | undefined {
  const old = readFileSync(place.target);
  try {
    writeFileSync(place.target, data);
    return undefined;
  } catch (e) {
    try {
      writeFileSync(place.target, old);
    } catch {
      // The old text could not be written back either (the disk full): the reason says why the write failed.
    }
    return { file: place.file, reason: fileErrorReason(e, true), kept: [] };
  }
}

/** Where a file's new content goes (`target`), written first to `partial` beside it. */
interface Place {
  /** The file as the caller named it (what a message names). */
  file: string;
  /** The file written: `file`, or the file a symbolic link of that name points to. */
  target: string;
  partial: string;
  /** The permissions of the file replaced, kept. */
  mode?: number;
  /** The file has other (hard) links, which a rename would leave holding the old text: its content is copied over it. */
  inPlace: boolean;
}

/**
 * What replacing `file` must keep, as an editor keeps it on save: a symbolic link stays a link (a draft kept in a
 * synchronised folder and linked into a workspace), the file it names gets the text; the permissions stay (a corpus
 * readable by the owner only is not made readable by all); a file with more than one name keeps all of them.
 */
function placeOf(file: string): Place {
  const target = linkTarget(file);
  const there = statSync(target, { throwIfNoEntry: false });
  const existing = there?.isFile() === true;
  // A file its owner made read-only is not replaced (a rename needs only the folder's permission, and would).
  if (existing) accessSync(target, constants.W_OK);
  return { file, target, partial: `${target}.${process.pid}.part`, ...(existing ? { mode: there!.mode & 0o7777 } : {}), inPlace: existing && there!.nlink > 1 };
}

/**
 * The file a name stands for: itself, or through symbolic links the file they name; a link to a file not (yet) there
 * gets that file (its target read against the real folder of the link, through a chain of links).
 */
function linkTarget(file: string): string {
  let at = file;
  for (let hops = 0; hops < 40; hops++) {
    if (lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink() !== true) return at;
    try {
      return realpathSync(at);
    } catch {
      // The chain ends in nothing: follow it one link at a time.
    }
    let folder = path.dirname(at);
    try {
      folder = realpathSync(folder);
    } catch {
      // A folder gone while asked: its name as given.
    }
    at = path.resolve(folder, readlinkSync(at));
  }
  return at;
}

/** `from` (a finished temporary file or a kept copy) becomes the content of the place's file, and is gone after. */
function put(from: string, place: Place): void {
  if (!place.inPlace) {
    renameRetrying(from, place.target);
    return;
  }
  // Over the file itself, so every name of it sees the new text; `from` holds it whole until the copy is done.
  copyFileSync(from, place.target);
  removeQuietly(from);
}

/** `put` for the way back; whether it worked (else the copy is left under its own name). */
function putBack(copy: string, place: Place): boolean {
  try {
    put(copy, place);
    return true;
  } catch {
    return false;
  }
}

/**
 * A rename, tried again for about a second on Windows while another program (a virus scanner, the search indexer, a
 * file watcher) holds the file for a moment, as graceful-fs does.
 */
function renameRetrying(from: string, to: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let wait = 10; ; wait *= 2) {
    try {
      renameSync(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (process.platform !== 'win32' || wait > 640 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw e;
      Atomics.wait(pause, 0, 0, wait);
    }
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Never made: its folder is missing or no folder (`force` passes over the first only).
  }
}

/** A file that could not be read, as a data problem at its start (never an exception). */
export function unreadable(file: string, err: unknown): DataProblem {
  const why = fileErrorReason(err);
  return { line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error', code: 'unreadable', message: `Kan ${file} niet lezen: ${why.nl}`, messageEn: `Cannot read ${file}: ${why.en}` };
}

/**
 * The largest data file read (corpus, configuration, lexicon): a register of thousands of toezeggingen is a few
 * megabytes; anything far larger is not a data file someone maintains, and parsing it would stall the editor.
 */
export const MAX_DATA_FILE_BYTES = 20 * 1024 * 1024;

const problemAt = (code: string, nl: string, en: string): DataProblem => ({ line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error', code, message: nl, messageEn: en });

/**
 * A data file's text, or the problem that it cannot be read: gone (also while being read), a folder, too large, or
 * not text (a NUL byte, or bytes that are not UTF-8, as in an image or a zip renamed to `.akkoord.yaml`).
 */
export function readText(file: string): { text: string; problem?: undefined } | { text?: undefined; problem: DataProblem; cause?: unknown } {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_DATA_FILE_BYTES) {
      const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
      return { problem: problemAt('too-large', `${file} is te groot om als gegevensbestand te lezen (${mb(size)}; de grens is ${mb(MAX_DATA_FILE_BYTES)}).`, `${file} is too large to read as a data file (${mb(size)}; the limit is ${mb(MAX_DATA_FILE_BYTES)}).`) };
    }
    bytes = readFileSync(file);
  } catch (err) {
    return { problem: unreadable(file, err), cause: err };
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    return { problem: problemAt('not-text', `${file} is geen tekstbestand (binaire inhoud of geen UTF-8) en wordt niet gelezen. Een corpus- of instellingenbestand is YAML-tekst.`, `${file} is not a text file (binary content or not UTF-8) and is not read. A corpus or settings file is YAML text.`) };
  }
  return { text };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes (a byte-order mark dropped); undefined for bytes that are no text. */
function decodeUtf8(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** Folders never searched: dependencies, version control, build output. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'coverage', '.vscode-test', '.e2e']);

/**
 * Files below `folder` whose name satisfies `accept`, sorted, to a bounded depth; hidden folders and the usual
 * dependency and build folders are skipped. Unreadable entries are passed over, never thrown.
 */
export function findFiles(folder: string, accept: (name: string, size: number) => boolean, maxDepth = 6): string[] {
  const out: string[] = [];
  // Each folder and file once, by its real path: a symbolic link to a parent (a loop) or to a folder already walked
  // neither repeats the walk nor finds the same corpus twice.
  const seen = new Set<string>();
  const once = (p: string) => {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      return false;
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const walk = (dir: string, depth: number) => {
    if (!once(dir)) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (SKIP_DIRS.has(name) || name.startsWith('.')) continue;
      const p = path.join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (depth < maxDepth) walk(p, depth + 1);
      } else if (st.isFile() && accept(name, st.size) && once(p)) {
        out.push(p);
      }
    }
  };
  walk(folder, 0);
  return out;
}
