import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftService, type CorpusSet, type DraftService } from '../../src/core/service';
import { CorpusStore, type CorpusStoreOptions } from '../../src/host/corpusStore';
import { loadBuiltinLexicon, loadBuiltinSynonyms } from '../../src/host/data';
import { nodeCodec, SnapshotFolders } from '../../src/host/snapshotCache';
import { fromBase64, toBase64 } from '../../src/core/retrieval/snapshot';
import { writeSnapshot } from '../../tools/snapshot/snapshot';
import { findFiles } from '../../src/host/files';

const ROOT = path.resolve(__dirname, '../..');
const TODAY = '2026-12-01';

/*
 * The snapshot and the cache are an optimisation only: with them a start must give what parsing and analysing give.
 * Every fixture draft is checked both ways and its findings, hovers and definitions compared; a changed corpus text
 * and a damaged file must fall back to parsing.
 */

let work: string;
let snapshot: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'aw-snapshot-'));
  snapshot = path.join(work, 'snapshot');
  writeSnapshot(snapshot, ROOT);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function corpusSet(options: CorpusStoreOptions, extraFiles: string[] = [], root = ROOT): { store: CorpusStore; set: CorpusSet } {
  const store = new CorpusStore(root, options);
  return { store, set: store.build({ folders: [], extraFiles, openText: () => undefined }) };
}

function serviceOver(set: CorpusSet, compiled?: SnapshotFolders): DraftService {
  return createDraftService({
    vagueTerms: loadBuiltinLexicon(ROOT, compiled).terms,
    synonyms: loadBuiltinSynonyms(ROOT, compiled).lexicon,
    corpus: set,
    today: () => TODAY,
  });
}

/** What a draft shows in an editor: findings, the hover at each finding and citation, the definition of each citation. */
function observe(service: DraftService, uri: string, text: string) {
  const doc = { uri, version: 1, text };
  const findings = service.findings(doc);
  const offsets = [...findings.map((f) => f.start), ...[...text.matchAll(/\[[@^]/g)].map((m) => m.index! + 3)];
  return {
    findings,
    hovers: offsets.map((o) => service.hover(doc, o)),
    definitions: offsets.map((o) => {
      const cited = service.citedAt(doc, o);
      return cited?.commitment ? service.describeCommitment(cited.commitment.key) : undefined;
    }),
  };
}

describe('the snapshot of the built-in corpora', () => {
  it('holds every built-in corpus, the tags, the calendar, the vague terms, the synonyms and the index of the built-in set', () => {
    const kinds = readdirSync(snapshot).map((n) => n.replace(/-[0-9a-f]+\.json$/, ''));
    expect(kinds.sort()).toEqual(['agreements', 'corpus', 'corpus', 'index', 'synonyms', 'tags', 'vague-terms']);
  });

  it('gives the same corpora, findings, hovers and definitions as parsing, for every fixture draft', () => {
    const parsed = corpusSet({ snapshot: false }).set;
    const read = corpusSet({ snapshot }).set;
    expect(read.files).toEqual(parsed.files);
    expect([...read.tags]).toEqual([...parsed.tags]);
    expect(read.timeline.periods).toEqual(parsed.timeline.periods);
    const compiled = new SnapshotFolders([snapshot]);
    expect(loadBuiltinLexicon(ROOT, compiled)).toEqual(loadBuiltinLexicon(ROOT, new SnapshotFolders([])));
    expect(loadBuiltinSynonyms(ROOT, compiled)).toEqual(loadBuiltinSynonyms(ROOT, new SnapshotFolders([])));
    const fromText = serviceOver(parsed, new SnapshotFolders([]));
    const fromSnapshot = serviceOver(read, compiled);
    expect(fromSnapshot.engine()!.source).toBe('stored');
    expect(fromText.engine()!.source).toBe('analysed');
    const drafts = findFiles(path.join(ROOT, 'test/fixtures'), (name) => name.endsWith('.md')).filter((f) => /\/(moties|vragen|other)\//.test(f));
    expect(drafts.length).toBeGreaterThan(20);
    let findings = 0;
    for (const file of drafts) {
      const text = readFileSync(file, 'utf8');
      const expected = observe(fromText, `file://${file}`, text);
      expect(observe(fromSnapshot, `file://${file}`, text), file).toEqual(expected);
      findings += expected.findings.length;
    }
    expect(findings).toBeGreaterThan(50);
    for (const c of parsed.commitments) expect(fromSnapshot.describeCommitment(c.key)).toEqual(fromText.describeCommitment(c.key));
  }, 240_000);

  it('is not used for a corpus text that changed since: the file is parsed and the index analysed', () => {
    const root = path.join(work, 'package');
    for (const dir of ['corpus', 'lexicon']) cpSync(path.join(ROOT, dir), path.join(root, dir), { recursive: true, filter: (f) => !f.includes(`${path.sep}sources`) });
    const file = path.join(root, 'corpus', 'ca2026.akkoord.yaml');
    const original = readFileSync(file, 'utf8');
    const changed = original.replace('compact, deskundig en met doorzettingsmacht', 'compact, deskundig en met zeggenschap over glasvezelkabels');
    expect(changed).not.toBe(original);
    writeFileSync(file, changed);
    const { set } = corpusSet({ snapshot }, [], root);
    expect(set.get('ca2026:nederlandse-digitale-dienst')?.text).toContain('glasvezelkabels');
    const service = serviceOver(set, new SnapshotFolders([snapshot]));
    expect(service.engine()!.source).toBe('analysed');
    expect(service.engine()!.rank('zeggenschap over glasvezelkabels van de digitale dienst', ['ca2026'])[0]?.key).toBe('ca2026:nederlandse-digitale-dienst');
  }, 240_000);
});

describe('the cache of a user corpus', () => {
  const userCorpus = () => {
    const file = path.join(work, 'eigen.akkoord.yaml');
    writeFileSync(file, readFileSync(path.join(ROOT, 'test/fixtures/corpus/valid.akkoord.yaml'), 'utf8'));
    return file;
  };

  it('is written once, read back while the file is unchanged, and a damaged cache file is ignored and rewritten', () => {
    const cache = path.join(work, 'cache');
    const file = userCorpus();
    const first = corpusSet({ snapshot, cache }, [file]);
    const firstService = serviceOver(first.set);
    expect(firstService.engine()!.source).toBe('analysed');
    first.store.flushCache();
    const written = readdirSync(cache).sort();
    expect(written.filter((n) => n.startsWith('corpus-'))).toHaveLength(1);
    expect(written.filter((n) => n.startsWith('index-'))).toHaveLength(1);

    const second = corpusSet({ snapshot, cache }, [file]);
    expect(second.set.files).toEqual(first.set.files);
    const secondService = serviceOver(second.set);
    expect(secondService.engine()!.source).toBe('stored');
    const draft = 'De Kamer,\n\nverzoekt de regering een digitale dienst met doorzettingsmacht op te richten,\n\nen gaat over tot de orde van de dag.\n';
    expect(observe(secondService, 'file:///d.md', draft)).toEqual(observe(firstService, 'file:///d.md', draft));

    for (const name of written) writeFileSync(path.join(cache, name), name.startsWith('corpus-') ? '{"format":1,"loaded":{"corpus":{"id":7}' : '[]');
    const third = corpusSet({ snapshot, cache }, [file]);
    expect(third.set.files).toEqual(first.set.files);
    expect(serviceOver(third.set).engine()!.source).toBe('analysed');
    third.store.flushCache();
    for (const name of written) expect(() => JSON.parse(readFileSync(path.join(cache, name), 'utf8'))).not.toThrow();
    expect(serviceOver(corpusSet({ snapshot, cache }, [file]).set).engine()!.source).toBe('stored');
  }, 240_000);
});

describe('the files of the snapshot and the cache', () => {
  it('are ASCII (one byte a character to read and parse) and read back as the values written', () => {
    for (const name of readdirSync(snapshot)) expect(readFileSync(path.join(snapshot, name)).every((b) => b < 0x80), name).toBe(true);
    const dir = path.join(work, 'ascii');
    const value = { text: 'vóór ‘2030’ € 5 miljoen 😀', lone: '\ud800', separator: '\u2028', list: ['één', 'financiën'] };
    const folders = new SnapshotFolders([], dir);
    folders.write('value.json', value);
    folders.flush();
    expect(readFileSync(path.join(dir, 'value.json')).every((b) => b < 0x80)).toBe(true);
    expect(new SnapshotFolders([dir]).read('value.json')).toEqual(value);
  });
});

describe('the host codec of the analysed index', () => {
  it('decodes base64 exactly as the core does, and rejects what the core rejects', () => {
    for (let n = 0; n < 64; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + n * 7) & 0xff);
      const text = toBase64(bytes);
      expect(nodeCodec.fromBase64(text)).toEqual(fromBase64(text));
      expect(Array.from(nodeCodec.fromBase64(text)!)).toEqual(Array.from(bytes));
    }
    for (const bad of ['ab$d', 'abcde', 'ab=d', 'ab d', 'abc\n', 'ab-d', 'a_cd', 'abcd=', 'ab==']) {
      expect(fromBase64(bad)).toBeUndefined();
      expect(nodeCodec.fromBase64(bad)).toBeUndefined();
    }
  });

  it('digests code units, so texts that differ only in a lone surrogate or a separator differ', () => {
    const texts = ['', 'a', 'ab\uffffc', 'a\uffffbc', '\ud800', '\ufffd', '\udc00', 'ab'];
    const digests = texts.map((t) => nodeCodec.digest(t));
    expect(new Set(digests).size).toBe(texts.length);
    expect(nodeCodec.digest('ab\uffffc')).toBe(digests[2]);
  });
});
