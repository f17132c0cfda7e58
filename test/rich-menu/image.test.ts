/**
 * Reading a rich menu image's type and pixel size from its header (PNG IHDR, JPEG SOFn), and the
 * checks made before an upload: type, weight, pixel size.
 */
import { readFileSync } from 'node:fs';
import { readImageHeader, richMenuImageIssues } from '@linejsx/send';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { png } from '../support/png.ts';

/** A JPEG's markers as a real encoder writes them, with `frame` (C0 baseline, C2 progressive…) giving the size. */
function jpeg(width: number, height: number, options: { frame?: number; exif?: boolean; fill?: boolean } = {}): Buffer {
  const segment = (marker: number, data: number[]) => [0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff, ...data];
  const app0 = segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const exif = options.exif ? segment(0xe1, [...Buffer.from('Exif\0\0'), ...Array(300).fill(7)]) : [];
  const dqt = segment(0xdb, [0, ...Array(64).fill(1)]);
  const sof = segment(options.frame ?? 0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
  const dht = segment(0xc4, [0, ...Array(16).fill(0)]);
  const sos = segment(0xda, [1, 1, 0, 0, 63, 0]);
  return Buffer.from([
    0xff,
    0xd8,
    ...app0,
    ...exif,
    ...(options.fill ? [0xff, 0xff] : []),
    ...dqt,
    ...dht,
    ...sof,
    ...sos,
    0x12,
    0x34,
    0xff,
    0xd9,
  ]);
}

describe('readImageHeader', () => {
  it('reads the size of a PNG of any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 2000 }), (width, height) => {
        expect(readImageHeader(png(width, height))).toEqual({ type: 'image/png', width, height });
      }),
      { numRuns: 25 },
    );
  });

  it('reads the size of baseline and progressive JPEGs, past EXIF data and fill bytes', () => {
    expect(readImageHeader(jpeg(2500, 1686))).toEqual({ type: 'image/jpeg', width: 2500, height: 1686 });
    expect(readImageHeader(jpeg(1200, 405, { frame: 0xc2, exif: true, fill: true }))).toEqual({
      type: 'image/jpeg',
      width: 1200,
      height: 405,
    });
    // DHT (C4) looks like a frame marker but is not one: the size comes from the SOF after it.
    expect(readImageHeader(jpeg(800, 270, { frame: 0xc1 }))).toEqual({ type: 'image/jpeg', width: 800, height: 270 });
  });

  it('reads the JPEG that chromium encodes', () => {
    const real = readFileSync(new URL('./fixtures/half-menu.jpg', import.meta.url));
    expect(readImageHeader(real)).toEqual({ type: 'image/jpeg', width: 2500, height: 843 });
  });

  it('names the formats people upload by mistake', () => {
    expect(readImageHeader(Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1'))).toBe('the image is a GIF; LINE takes JPEG or PNG');
    expect(readImageHeader(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe(
      'the image is a WebP image; LINE takes JPEG or PNG',
    );
    expect(readImageHeader(Buffer.from('BM6\x00\x00\x00', 'latin1'))).toBe('the image is a BMP image; LINE takes JPEG or PNG');
    expect(readImageHeader(Buffer.from('\x00\x00\x00\x1cftypheic', 'latin1'))).toBe(
      'the image is a HEIC/AVIF image; LINE takes JPEG or PNG',
    );
    expect(readImageHeader(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      'the image is an SVG or other text file; LINE takes JPEG or PNG',
    );
    expect(readImageHeader(Buffer.from([1, 2, 3, 4, 5]))).toBe('the image is not a JPEG or PNG (it starts with the bytes 01 02 03 04)');
    expect(readImageHeader(new Uint8Array())).toBe('the image is empty');
  });

  it('says why a cut-off or broken header can not be read', () => {
    expect(readImageHeader(png(10, 10).subarray(0, 20))).toBe('the PNG ends before its header (IHDR) does');
    const noSof = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xda, 0, 2]);
    expect(readImageHeader(noSof)).toBe('the JPEG has no frame header (SOF) before its image data, so its size is unknown');
    expect(readImageHeader(jpeg(2500, 843).subarray(0, 40))).toBe('the JPEG ends before its frame header (SOF) that gives its size');
    expect(readImageHeader(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x00]))).toBe(
      'the JPEG has no marker at byte 8 where one belongs',
    );
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom([], [0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        (tail, head) => {
          const result = readImageHeader(Uint8Array.from([...head, ...tail]));
          expect(typeof result === 'string' || (result.width >= 0 && result.height >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe('richMenuImageIssues', () => {
  const size = { width: 2500, height: 843 };

  it('accepts an image of the menu size, and gives its Content-Type', () => {
    expect(richMenuImageIssues(png(2500, 843), size)).toEqual({ header: { type: 'image/png', width: 2500, height: 843 }, issues: [] });
    expect(richMenuImageIssues(jpeg(2500, 843), size).header?.type).toBe('image/jpeg');
  });

  it('refuses every problem at once: type, weight and pixel size', () => {
    const heavy = Buffer.concat([jpeg(1200, 405), Buffer.alloc(1_048_577 - jpeg(1200, 405).length)]);
    expect(richMenuImageIssues(heavy, size).issues).toEqual([
      {
        path: 'image',
        code: 'too_long',
        limit: 'richMenuImageBytes',
        message: 'the image is 1,048,577 bytes; LINE allows at most 1,048,576 bytes (1 MB)',
      },
      {
        path: 'image',
        code: 'invalid_combination',
        message: 'the image is 1200x405 pixels but the menu is 2500x843; draw it at the size of the menu',
      },
    ]);
    expect(richMenuImageIssues(Buffer.from('GIF89a'), size).issues.map((i) => i.code)).toEqual(['invalid_format']);
  });

  it('accepts exactly 1 MB', () => {
    const image = jpeg(2500, 843);
    expect(richMenuImageIssues(Buffer.concat([image, Buffer.alloc(1_048_576 - image.length)]), size).issues).toEqual([]);
  });
});
