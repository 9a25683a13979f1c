import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileErrorReason, findFiles, MAX_DATA_FILE_BYTES, readText, writeWhole } from '../../src/host/files';

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

  it('says a full or read-only disk in words, in both languages', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(fileErrorReason(err('ENOSPC'), true)).toEqual({ nl: 'de schijf is vol', en: 'the disk is full' });
    expect(fileErrorReason(err('EROFS'), true)).toEqual({ nl: 'de schijf is alleen-lezen', en: 'the disk is read-only' });
  });
});
