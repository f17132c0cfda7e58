/**
 * Real PNG files of any size for tests, encoded with node:zlib: the signature, IHDR, one IDAT of
 * filtered scanlines and IEND, each chunk with its CRC, so any decoder reads them. Grey levels only,
 * which keeps a 2500x1686 image small; rows of noise make one as heavy as a test needs.
 */
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

export interface PngOptions {
  /** Grey level of the picture (default 200). */
  readonly grey?: number;
  /** Rows of random noise at the top, which deflate can not shrink: about `width` bytes each. */
  readonly noiseRows?: number;
}

/**
 * A `width`x`height` greyscale PNG.
 *
 * @example
 * const image = png(2500, 843); // a light grey half-size rich menu image, about 10 KB
 */
export function png(width: number, height: number, options: PngOptions = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const row = width + 1; // filter byte 0 (none), then one byte per pixel
  const pixels = Buffer.alloc(row * height, options.grey ?? 200);
  for (let y = 0; y < height; y++) pixels[y * row] = 0;
  for (let y = 0; y < Math.min(options.noiseRows ?? 0, height); y++) randomBytes(width).copy(pixels, y * row + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', new Uint8Array()),
  ]);
}
