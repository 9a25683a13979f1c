// Draws the extension's icon, images/icon.png (128×128): a page of a motie on the blue of the Dutch government, with
// an orange pointer (the "wijzer") ticking it off. Drawn from shapes in code and written with a small PNG encoder
// (node:zlib for the compression), so the art is ours and can be redrawn: `node tools/icon.mjs [OUTFILE]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
/** Samples per pixel side: edges are smoothed by averaging SAMPLES² points. */
const SAMPLES = 4;

const BLUE = [21, 66, 115];
const BLUE_LIGHT = [1, 104, 155];
const WHITE = [255, 255, 255];
const INK = [154, 170, 190];
const ORANGE = [225, 112, 0];

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x, y, cx, cy, halfW, halfH, r) {
  const qx = Math.abs(x - cx) - halfW + r;
  const qy = Math.abs(y - cy) - halfH + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance to a line segment of the given half thickness (round caps). */
function segment(x, y, ax, ay, bx, by, half) {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - half;
}

/** The colour at a point, painting the shapes back to front; undefined outside the icon (transparent). */
function colourAt(x, y) {
  if (roundedRect(x, y, 64, 64, 62, 62, 22) > 0) return undefined;
  const t = (x + y) / (2 * SIZE);
  let c = BLUE.map((v, i) => Math.round(v + (BLUE_LIGHT[i] - v) * t));
  if (roundedRect(x, y, 56, 62, 30, 40, 6) <= 0) c = WHITE;
  for (const [ly, len] of [[38, 36], [52, 40], [66, 40], [80, 26]]) if (segment(x, y, 36, ly, 36 + len, ly, 3) <= 0) c = INK;
  const ring = Math.hypot(x - 92, y - 92);
  if (ring <= 25) c = WHITE;
  if (ring <= 21) c = ORANGE;
  if (segment(x, y, 81, 93, 89, 101, 4) <= 0 || segment(x, y, 89, 101, 104, 83, 4) <= 0) c = WHITE;
  return c;
}

/** RGBA pixels, each the average of SAMPLES² points. */
function draw() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
          sum[3]++;
        }
      }
      const at = (py * SIZE + px) * 4;
      // Colour averaged over the covered samples; coverage is the alpha (no dark fringe on a light background).
      for (let i = 0; i < 3; i++) rgba[at + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
      rgba[at + 3] = Math.round((255 * sum[3]) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of RGBA pixels: 8 bits per channel, no interlace, filter 0 on every row. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const out = process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'images', 'icon.png');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, encodePng(SIZE, SIZE, draw()));
  console.log(`${out}: ${SIZE}×${SIZE}`);
}

export { draw as drawIcon, SIZE as ICON_SIZE };
