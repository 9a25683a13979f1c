import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript; its output is checked here
import { drawIcon, encodePng, ICON_SIZE } from '../../tools/icon.mjs';

const ROOT = path.resolve(__dirname, '../..');

describe('the icon', () => {
  const png = readFileSync(path.join(ROOT, 'images/icon.png'));

  it('is what tools/icon.mjs draws (no copied art): the committed file equals a fresh drawing, byte for byte', () => {
    expect(Buffer.compare(encodePng(ICON_SIZE, ICON_SIZE, drawIcon()), png)).toBe(0);
  });

  it('is a 128×128 RGBA PNG that decodes, transparent in the corners, and named in package.json', () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([128, 128, 8, 6]);
    const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
    const rows = inflateSync(idat);
    expect(rows.length).toBe(128 * (128 * 4 + 1));
    const alpha = (x: number, y: number) => rows[y * (128 * 4 + 1) + 1 + x * 4 + 3];
    expect([alpha(0, 0), alpha(127, 127), alpha(64, 64)]).toEqual([0, 0, 255]);
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).icon).toBe('images/icon.png');
  });
});
