import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_INPUT } from '../../src/host/import/messages';
import { failureReason, fileErrorReason, keptCopies, findFiles, MAX_DATA_FILE_BYTES, readText, writeWhole } from '../../src/host/files';

/**
 * What a disk or its owner refuses, set per test: `failing`, a full disk while a file's content is copied over it
 * (`copyFileSync` from a matching name writes half, then fails); `busy`, a rename from a matching name refused (a file
 * held by another program on Windows); `readOnly`, files their owner made read-only (the tests may run as root, whom
 * permissions do not stop); `noNewFiles`, a folder that takes no new file (a matching name cannot be created).
 */
const disk = vi.hoisted(() => ({ failing: undefined as RegExp | undefined, busy: undefined as RegExp | undefined, readOnly: undefined as RegExp | undefined, noNewFiles: undefined as RegExp | undefined }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const refuse = (code: string) => Object.assign(new Error(`${code}: refused`), { code });
  return {
    ...real,
    copyFileSync: (from: string, to: string) => {
      if (!disk.failing?.test(from)) return real.copyFileSync(from, to);
      real.writeFileSync(to, real.readFileSync(from).subarray(0, 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, copyfile'), { code: 'ENOSPC' });
    },
    renameSync: (from: string, to: string) => {
      if (disk.busy?.test(from)) throw refuse('EBUSY');
      return real.renameSync(from, to);
    },
    accessSync: (file: string, mode?: number) => {
      if (disk.readOnly?.test(file)) throw refuse('EACCES');
      return real.accessSync(file, mode);
    },
    writeFileSync: (file: string, ...rest: Parameters<typeof real.writeFileSync> extends [unknown, ...infer R] ? R : never) => {
      if (typeof file === 'string' && disk.noNewFiles?.test(file)) throw refuse('EACCES');
      return real.writeFileSync(file, ...rest);
    },
  };
});
afterEach(() => Object.assign(disk, { failing: undefined, busy: undefined, readOnly: undefined, noNewFiles: undefined }));

/** Broken data files: each gets a clear problem at the file's start, never an exception, and the rest keeps working. */
describe('reading data files', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), 'aw-files-')));

  it('reads UTF-8 text, without a byte-order mark', () => {
    const file = path.join(fresh(), 'a.akkoord.yaml');
    writeFileSync(file, '\uFEFFid: x\n');
    expect(readText(file)).toEqual({ text: 'id: x\n' });
  });

  it('refuses a binary file (a NUL byte) and bytes that are not UTF-8, saying it is no text file', () => {
    fresh();
    const png = path.join(dir, 'plaatje.akkoord.yaml');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const latin1 = path.join(dir, 'latin1.akkoord.yaml');
    writeFileSync(latin1, Buffer.from('id: caf\xe9\n', 'latin1'));
    for (const file of [png, latin1]) {
      const r = readText(file);
      expect(r.problem).toMatchObject({ code: 'not-text', line: 0, character: 0, severity: 'error' });
      expect(r.problem!.message).toBe(`${file} is geen tekstbestand (binaire inhoud of geen UTF-8) en wordt niet gelezen. Een corpus- of instellingenbestand is YAML-tekst.`);
    }
  });

  it('refuses a file over the limit, naming its size and the limit (a register of thousands of toezeggingen fits)', () => {
    const file = path.join(fresh(), 'groot.akkoord.yaml');
    writeFileSync(file, '');
    truncateSync(file, MAX_DATA_FILE_BYTES + 1);
    expect(MAX_DATA_FILE_BYTES).toBeGreaterThan(5000 * 1500); // 5,000 entries of 1.5 kB each
    expect(readText(file).problem).toMatchObject({ code: 'too-large' });
    expect(readText(file).problem!.message).toMatch(/is te groot om als gegevensbestand te lezen \(20 MB; de grens is 20 MB\)/);
  });

  it('a file that is gone (also one that vanished after it was found) is a problem, not an exception', () => {
    const file = path.join(fresh(), 'weg.akkoord.yaml');
    expect(readText(file).problem).toMatchObject({ code: 'unreadable' });
    expect(readText(dir).problem).toMatchObject({ code: 'unreadable' }); // a folder where a file was expected
  });

  it('walks a workspace with symbolic-link loops once: every corpus found once, no endless or repeated walk', () => {
    fresh();
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(dir, 'a', 'b', 'x.akkoord.yaml'), 'id: x\n');
    symlinkSync('..', path.join(dir, 'a', 'b', 'omhoog'));
    symlinkSync(dir, path.join(dir, 'a', 'wortel'));
    symlinkSync(path.join(dir, 'a', 'b', 'x.akkoord.yaml'), path.join(dir, 'ook-x.akkoord.yaml'));
    const found = findFiles(dir, (name) => name.endsWith('.akkoord.yaml'), 50);
    expect(found).toHaveLength(1);
  });
});

/** Files written whole or not at all: a corpus and its lock both or neither, nothing left behind. */
describe('writing files whole', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), 'aw-write-')));

  it('writes every file, replacing what was there, and leaves no temporary file', () => {
    fresh();
    writeFileSync(path.join(dir, 'x.akkoord.yaml'), 'oud');
    expect(writeWhole({ file: path.join(dir, 'x.akkoord.yaml'), data: 'nieuw' }, { file: path.join(dir, 'x.akkoord.lock.tsv'), data: new TextEncoder().encode('slot') })).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['x.akkoord.lock.tsv', 'x.akkoord.yaml']);
    expect(readFileSync(path.join(dir, 'x.akkoord.yaml'), 'utf8')).toBe('nieuw');
    expect(readFileSync(path.join(dir, 'x.akkoord.lock.tsv'), 'utf8')).toBe('slot');
  });

  it('when a later file cannot be placed, puts back the earlier one it replaced, and names the file that failed', () => {
    fresh();
    const corpus = path.join(dir, 'x.akkoord.yaml');
    writeFileSync(corpus, 'oud');
    // The lock's place holds a folder: its temporary file is written, but cannot be renamed over it.
    mkdirSync(path.join(dir, 'x.akkoord.lock.tsv'));
    const failed = writeWhole({ file: corpus, data: 'nieuw' }, { file: path.join(dir, 'x.akkoord.lock.tsv'), data: 'slot' });
    expect(failed?.file).toBe(path.join(dir, 'x.akkoord.lock.tsv'));
    expect(failed?.reason.nl).toMatch(/map/);
    expect(readFileSync(corpus, 'utf8')).toBe('oud');
    expect(readdirSync(dir).sort()).toEqual(['x.akkoord.lock.tsv', 'x.akkoord.yaml']);
  });

  it('when the last of three cannot be placed, removes a file that was new and puts back one it replaced', () => {
    fresh();
    writeFileSync(path.join(dir, 'b.txt'), 'oud b');
    mkdirSync(path.join(dir, 'c.txt'));
    const failed = writeWhole({ file: path.join(dir, 'a.txt'), data: 'nieuw a' }, { file: path.join(dir, 'b.txt'), data: 'nieuw b' }, { file: path.join(dir, 'c.txt'), data: 'nieuw c' });
    expect(failed?.file).toBe(path.join(dir, 'c.txt'));
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe('oud b');
    expect(readdirSync(dir).sort()).toEqual(['b.txt', 'c.txt']);
  });

  it('writes nothing into a folder that is not there, and says so', () => {
    fresh();
    const failed = writeWhole({ file: path.join(dir, 'geen-map', 'x.akkoord.yaml'), data: 'nieuw' });
    expect(failed?.reason).toEqual({ nl: 'de map bestaat niet', en: 'the folder does not exist' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps what the user set up: a symbolic link stays a link and its file gets the text, the permissions stay', () => {
    fresh();
    mkdirSync(path.join(dir, 'sync'));
    const real = path.join(dir, 'sync', 'motie.md');
    writeFileSync(real, 'oud');
    chmodSync(real, 0o640);
    const link = path.join(dir, 'motie.md');
    symlinkSync(real, link);
    // A link to a file not there yet: the file is made where it points, the link kept.
    const dangling = path.join(dir, 'nieuw.md');
    symlinkSync(path.join('sync', 'later.md'), dangling);
    expect(writeWhole({ file: link, data: 'nieuw' }, { file: dangling, data: 'later' })).toBeUndefined();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('nieuw');
    expect(readFileSync(path.join(dir, 'sync', 'later.md'), 'utf8')).toBe('later');
    if (process.platform !== 'win32') expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(dir, 'sync')).sort()).toEqual(['later.md', 'motie.md']);
  });

  it('writes a file with a second (hard) link in place, so both names give the new text', () => {
    fresh();
    const file = path.join(dir, 'motie.md');
    writeFileSync(file, 'oud');
    linkSync(file, path.join(dir, 'ook-motie.md'));
    expect(writeWhole({ file, data: 'nieuw' })).toBeUndefined();
    expect(readFileSync(path.join(dir, 'ook-motie.md'), 'utf8')).toBe('nieuw');
    expect(readdirSync(dir).sort()).toEqual(['motie.md', 'ook-motie.md']);
  });

  it('a file written in place gets its text back when a later file cannot be placed', () => {
    fresh();
    const file = path.join(dir, 'motie.md');
    writeFileSync(file, 'oud');
    linkSync(file, path.join(dir, 'ook-motie.md'));
    mkdirSync(path.join(dir, 'lock.tsv'));
    const failed = writeWhole({ file, data: 'nieuw' }, { file: path.join(dir, 'lock.tsv'), data: 'slot' });
    expect(failed?.file).toBe(path.join(dir, 'lock.tsv'));
    expect(readFileSync(path.join(dir, 'ook-motie.md'), 'utf8')).toBe('oud');
    expect(readdirSync(dir).sort()).toEqual(['lock.tsv', 'motie.md', 'ook-motie.md']);
  });

  it('a file written in place whose copy stops half-way (a full disk) gets its text back; failing that, the message says where it is', () => {
    fresh();
    const file = path.join(dir, 'motie.md');
    writeFileSync(file, 'de oude tekst');
    linkSync(file, path.join(dir, 'ook-motie.md'));
    try {
      disk.failing = /\.part$/;
      const failed = writeWhole({ file, data: 'de nieuwe tekst' });
      expect(failed).toEqual({ file, reason: { nl: 'de schijf is vol', en: 'the disk is full' }, kept: [] });
      expect(readFileSync(file, 'utf8')).toBe('de oude tekst');
      expect(readdirSync(dir).sort()).toEqual(['motie.md', 'ook-motie.md']);
      // The way back fails too: the old text stays in its copy, and the message names it.
      disk.failing = /\.(?:part|old)$/;
      const lost = writeWhole({ file, data: 'de nieuwe tekst' })!;
      const copy = readdirSync(dir).find((f) => f.endsWith('.old'))!;
      expect(readFileSync(path.join(dir, copy), 'utf8')).toBe('de oude tekst');
      expect(lost.kept).toEqual([{ file, copy: path.join(dir, copy) }]);
      expect(failureReason(lost)).toEqual({
        nl: `de schijf is vol; de vorige inhoud van ${file} staat nog in ${path.join(dir, copy)}`,
        en: `the disk is full; the previous content of ${file} is still in ${path.join(dir, copy)}`,
      });
    } finally {
      disk.failing = undefined;
    }
  });

  it('leaves a file its owner made read-only as it is, and says so (a rename needs only the folder\'s permission)', () => {
    fresh();
    const file = path.join(dir, 'motie.md');
    writeFileSync(file, 'oud');
    disk.readOnly = /motie\.md$/;
    expect(writeWhole({ file, data: 'nieuw' })).toEqual({ file, reason: { nl: 'geen toestemming', en: 'no permission' }, kept: [] });
    expect(readFileSync(file, 'utf8')).toBe('oud');
    expect(readdirSync(dir)).toEqual(['motie.md']);
  });

  it('removes the copy of an earlier file whose rename was refused (it stayed beside it)', () => {
    fresh();
    writeFileSync(path.join(dir, 'a.yaml'), 'oud a');
    disk.busy = /a\.yaml\.\d+\.part$/;
    const failed = writeWhole({ file: path.join(dir, 'a.yaml'), data: 'nieuw a' }, { file: path.join(dir, 'a.lock'), data: 'slot' });
    expect(failed).toMatchObject({ file: path.join(dir, 'a.yaml'), kept: [] });
    expect(readdirSync(dir)).toEqual(['a.yaml']);
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe('oud a');
  });

  it('writes a file over itself when its folder takes no new file (a shared folder), and keeps the old text when that fails', () => {
    fresh();
    const file = path.join(dir, 'motie.md');
    writeFileSync(file, 'oud');
    disk.noNewFiles = /\.part$/;
    expect(writeWhole({ file, data: 'nieuw' })).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe('nieuw');
    expect(readdirSync(dir)).toEqual(['motie.md']);
    // A new file there is refused as before, with the reason in words.
    expect(writeWhole({ file: path.join(dir, 'nieuw.md'), data: 'x' })?.reason).toEqual({ nl: 'geen toestemming', en: 'no permission' });
  });

  it('follows a link to a file not there yet from the link\'s real folder, and along a chain of links', () => {
    fresh();
    mkdirSync(path.join(dir, 'echt', 'sub'), { recursive: true });
    symlinkSync(path.join(dir, 'echt', 'sub'), path.join(dir, 'alias'));
    symlinkSync(path.join('..', 'doel.md'), path.join(dir, 'echt', 'sub', 'l.md'));
    expect(writeWhole({ file: path.join(dir, 'alias', 'l.md'), data: 'via de map' })).toBeUndefined();
    expect(readFileSync(path.join(dir, 'echt', 'doel.md'), 'utf8')).toBe('via de map');
    expect(lstatSync(path.join(dir, 'echt', 'sub', 'l.md')).isSymbolicLink()).toBe(true);
    symlinkSync('l2.md', path.join(dir, 'l1.md'));
    symlinkSync('eind.md', path.join(dir, 'l2.md'));
    expect(writeWhole({ file: path.join(dir, 'l1.md'), data: 'keten' })).toBeUndefined();
    expect(readFileSync(path.join(dir, 'eind.md'), 'utf8')).toBe('keten');
    expect([lstatSync(path.join(dir, 'l1.md')).isSymbolicLink(), lstatSync(path.join(dir, 'l2.md')).isSymbolicLink()]).toEqual([true, true]);
  });

  it("the import's message says nothing was written only when nothing was", () => {
    const why = { nl: 'het bestand is in gebruik', en: 'the file is in use' };
    expect(IMPORT_INPUT.unwritable('x.akkoord.lock.tsv', why)).toEqual({
      nl: 'x.akkoord.lock.tsv: kan het bestand niet schrijven (het bestand is in gebruik); er is niets geschreven.',
      en: 'x.akkoord.lock.tsv: cannot write the file (the file is in use); nothing was written.',
    });
    expect(IMPORT_INPUT.unwritable('x.akkoord.lock.tsv', why, keptCopies([{ file: 'x.akkoord.yaml', copy: 'x.akkoord.yaml.7.old' }]))).toEqual({
      nl: 'x.akkoord.lock.tsv: kan het bestand niet schrijven (het bestand is in gebruik); daarna kon niet alles worden teruggezet: de vorige inhoud van x.akkoord.yaml staat nog in x.akkoord.yaml.7.old.',
      en: 'x.akkoord.lock.tsv: cannot write the file (the file is in use); what was written could not all be put back: the previous content of x.akkoord.yaml is still in x.akkoord.yaml.7.old.',
    });
  });

  it('says a full or read-only disk in words, in both languages', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(fileErrorReason(err('ENOSPC'), true)).toEqual({ nl: 'de schijf is vol', en: 'the disk is full' });
    expect(fileErrorReason(err('EROFS'), true)).toEqual({ nl: 'de schijf is alleen-lezen', en: 'the disk is read-only' });
  });
});
