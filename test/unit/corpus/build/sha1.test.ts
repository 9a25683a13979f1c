import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1Hex } from '../../../../src/core/corpus/build';

describe('sha1Hex', () => {
  it.each(['', 'abc', 'geïnvesteerd in reïntegratie, Curaçao €', '😀 buiten het basisvlak', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000), 'los \ud800 surrogaat'])('equals node crypto for %j', (text) => {
    expect(sha1Hex(text)).toBe(createHash('sha1').update(text).digest('hex'));
  });
});
