import { ANALYZER_VERSION, type AnalyzerState } from './analyzer';
import { postingsTable, type PostingsTable } from './postings';
import type { CommitmentDoc } from './search';
import type { Lexicon } from './synonyms';

/*
 * The analysed index of a corpus version as plain JSON data: what analysing every commitment and passage produced
 * (the analyzer's vocabulary and known keys, the term dictionary, the postings of both tables), so a start reads it
 * back instead of tokenising, stemming and splitting compounds again. A state belongs to one fingerprint: the
 * analyzer's version, the lexicon and every text indexed, in order. A state for another fingerprint, or one that is
 * not well formed, is never used: the index is built afresh.
 */

/** Raise when the shape of `IndexState` changes. */
export const INDEX_STATE_FORMAT = 1;

/** A postings table, its typed arrays as base64 of their bytes (little-endian, as every platform Node runs on). */
export interface EncodedTable {
  documents: number;
  starts: string;
  postingDocs: string;
  impacts: string;
  common: string;
}

export interface IndexState {
  format: number;
  analyzerVersion: number;
  fingerprint: string;
  analyzer: AnalyzerState;
  terms: string[];
  commitments: EncodedTable;
  passages: EncodedTable;
}

/**
 * Where analysed indexes are kept between runs (injected by the host: a file shipped with the package, a cache
 * folder). `load` may return anything (a broken file parses to garbage); `save` may fail silently. Neither throws
 * into the core: failures are caught.
 */
export interface IndexStore {
  load(fingerprint: string): unknown;
  save(fingerprint: string, state: IndexState): void;
  /** The platform's own hashing and base64 (faster than the core's), used for every index this store holds. */
  codec?: IndexCodec;
}

/**
 * What a host does natively that the core otherwise does in JavaScript: at a start, hashing every indexed text for
 * the fingerprint and decoding the tables cost a first start ~10 ms in JavaScript (cold code), under 1 ms natively.
 */
export interface IndexCodec {
  /** A stable digest of `text` (at least 64 bits), the same in every run of the same host. */
  digest(text: string): string;
  /** The bytes of unpadded base64 (as `toBase64` writes it); undefined for anything else. */
  fromBase64(text: string): Uint8Array | undefined;
}

/** The core's own codec: a double 32-bit hash and base64 in JavaScript. */
export const coreCodec: IndexCodec = { digest: (text) => hashText(text), fromBase64: (text) => fromBase64(text) };

/**
 * The fingerprint of an index: the analyzer's version, the lexicon, and every indexed text with its key in order
 * (the postings name documents by position), as one text with a separator after every piece (so ["ab", "c"] and
 * ["a", "bc"] differ), digested by the codec.
 */
export function indexFingerprint(commitments: readonly CommitmentDoc[], passages: readonly CommitmentDoc[], lexicon: Lexicon, codec: IndexCodec = coreCodec): string {
  const pieces: string[] = [`v${ANALYZER_VERSION}/${INDEX_STATE_FORMAT}`, JSON.stringify(lexicon.groups)];
  for (const list of [commitments, passages]) {
    pieces.push(`#${list.length}`);
    for (const d of list) {
      pieces.push(d.key, d.corpusId, d.text, ...(d.fragments ?? []), '|', ...(d.tags ?? []), d.chapter ?? '');
    }
  }
  pieces.push('');
  return codec.digest(pieces.join(SEPARATOR));
}

/** Between the pieces of a fingerprint: a code unit that is not a character. */
const SEPARATOR = '\uffff';

/** Two 32-bit multiplicative hashes side by side; a collision would need both to agree. */
function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** A postings table as data. */
export function encodeTable(table: PostingsTable): EncodedTable {
  return {
    documents: table.documents,
    starts: toBase64(bytesOf(table.starts)),
    postingDocs: toBase64(bytesOf(table.postingDocs)),
    impacts: toBase64(bytesOf(table.impacts)),
    common: toBase64(bytesOf(table.common)),
  };
}

/** The table back from data; undefined when the data does not make a consistent table. */
export function decodeTable(encoded: EncodedTable, terms: number, codec: IndexCodec = coreCodec): PostingsTable | undefined {
  const starts = int32s(codec.fromBase64(encoded.starts));
  const postingDocs = int32s(codec.fromBase64(encoded.postingDocs));
  const impactBytes = aligned(codec.fromBase64(encoded.impacts));
  const common = codec.fromBase64(encoded.common);
  if (!starts || !postingDocs || !impactBytes || !common || impactBytes.length % 4 !== 0) return undefined;
  const impacts = new Float32Array(impactBytes.buffer, impactBytes.byteOffset, impactBytes.length / 4);
  const count = starts.length - 1;
  if (count < 0 || count > terms || common.length !== count || starts[count] !== postingDocs.length || impacts.length !== postingDocs.length) return undefined;
  for (let i = 0; i < postingDocs.length; i++) if (postingDocs[i]! < 0 || postingDocs[i]! >= encoded.documents) return undefined;
  for (let i = 0; i < count; i++) if (starts[i]! > starts[i + 1]!) return undefined;
  return postingsTable({ documents: encoded.documents, starts, postingDocs, impacts, common });
}

/**
 * Whether `value` is an index state for this fingerprint, with every field of the right type (a cache file may be
 * cut short, edited or from another version). The tables' contents are checked when they are decoded.
 */
export function isIndexState(value: unknown, fingerprint: string): value is IndexState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<IndexState>;
  return (
    s.format === INDEX_STATE_FORMAT &&
    s.analyzerVersion === ANALYZER_VERSION &&
    s.fingerprint === fingerprint &&
    isAnalyzerState(s.analyzer) &&
    isStringList(s.terms) &&
    isEncodedTable(s.commitments) &&
    isEncodedTable(s.passages)
  );
}

function isAnalyzerState(v: unknown): v is AnalyzerState {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Partial<AnalyzerState>;
  if (!isStringList(a.words) || !isStringList(a.keys) || !isStringList(a.knownKeys) || typeof a.concepts !== 'object' || a.concepts === null) return false;
  const { single, phrases } = a.concepts;
  const isPhrase = (p: unknown) => typeof p === 'object' && p !== null && isStringList((p as { keys: unknown }).keys) && typeof (p as { concept: unknown }).concept === 'string';
  return (
    Array.isArray(single) &&
    single.every((e) => Array.isArray(e) && typeof e[0] === 'string' && isStringList(e[1])) &&
    Array.isArray(phrases) &&
    phrases.every((e) => Array.isArray(e) && typeof e[0] === 'string' && Array.isArray(e[1]) && e[1].every(isPhrase))
  );
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isEncodedTable(v: unknown): v is EncodedTable {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Partial<EncodedTable>;
  return Number.isInteger(t.documents) && (t.documents ?? -1) >= 0 && [t.starts, t.postingDocs, t.impacts, t.common].every((x) => typeof x === 'string');
}

function bytesOf(array: Int32Array | Float32Array | Uint8Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function int32s(bytes: Uint8Array | undefined): Int32Array | undefined {
  const at = aligned(bytes);
  if (!at || at.length % 4 !== 0) return undefined;
  return new Int32Array(at.buffer, at.byteOffset, at.length / 4);
}

/** The bytes at an offset a 32-bit view can start at (a codec may hand out a slice of a shared pool). */
function aligned(bytes: Uint8Array | undefined): Uint8Array | undefined {
  return bytes && bytes.byteOffset % 4 !== 0 ? bytes.slice() : bytes;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Base64 without padding. The core has no Buffer; this is a few milliseconds for a megabyte. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    chunk += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + (left > 1 ? ALPHABET[(n >> 6) & 63]! : '') + (left > 2 ? ALPHABET[n & 63]! : '');
    if (chunk.length >= 8192) parts.push(chunk), (chunk = '');
  }
  parts.push(chunk);
  return parts.join('');
}

/** The bytes of unpadded base64; undefined for any character outside the alphabet or an impossible length. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  let bits = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = c < 128 ? DECODE[c]! : -1;
    if (d < 0) return undefined;
    value = (value << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
