/**
 * Rich menu images (`R#upload-rich-menu-image-requirements`): JPEG or PNG, at most 1 MB, and as
 * many pixels wide and high as the menu. Width and height are read from the file's own header (PNG
 * IHDR, JPEG SOFn), so a wrong image is refused before it is uploaded, and the Content-Type is the
 * one the bytes say, never a file name's. A few dozen lines instead of a dependency: two formats
 * are all LINE takes. The client checks with this before uploading, the emulator when it receives.
 */
import type { ValidationIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import type { RichMenuSize } from './rich-menu.ts';

/** The two types LINE takes. */
export type RichMenuImageType = 'image/png' | 'image/jpeg';

/** What an image's header says. */
export interface ImageHeader {
  readonly type: RichMenuImageType;
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// Formats people try by mistake, named so that the error says what the file is.
const OTHER_FORMATS: ReadonlyArray<readonly [string, (b: Uint8Array) => boolean]> = [
  ['a GIF', (b) => ascii(b, 0, 4) === 'GIF8'],
  ['a WebP image', (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP'],
  ['a BMP image', (b) => ascii(b, 0, 2) === 'BM'],
  ['a HEIC/AVIF image', (b) => ascii(b, 4, 4) === 'ftyp'],
  ['an SVG or other text file', (b) => /^\s*</.test(ascii(b, 0, 16))],
];

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

function pngHeader(bytes: Uint8Array): ImageHeader | string {
  // Signature, then the IHDR chunk: length 13, "IHDR", width, height (big-endian).
  if (bytes.length < 24) return 'the PNG ends before its header (IHDR) does';
  if (ascii(bytes, 12, 4) !== 'IHDR') return 'the PNG does not start with its header chunk (IHDR)';
  return { type: 'image/png', width: u32(bytes, 16), height: u32(bytes, 20) };
}

// Start-of-frame markers (SOF0–SOF15) carry the size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
// Markers without a length: TEM, RST0–7, SOI.
const standsAlone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);

function jpegHeader(bytes: Uint8Array): ImageHeader | string {
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) return `the JPEG has no marker at byte ${i} where one belongs`;
    while (bytes[i] === 0xff) i++; // fill bytes
    const marker = bytes[i++];
    if (marker === undefined) break;
    if (standsAlone(marker)) continue;
    if (marker === 0xd9 || marker === 0xda) return 'the JPEG has no frame header (SOF) before its image data, so its size is unknown';
    if (i + 2 > bytes.length) break;
    const length = u16(bytes, i);
    if (isFrame(marker)) {
      // length, precision, height, width
      if (i + 7 > bytes.length) break;
      return { type: 'image/jpeg', width: u16(bytes, i + 5), height: u16(bytes, i + 3) };
    }
    if (length < 2) return `the JPEG has a segment of length ${length} at byte ${i}`;
    i += length;
  }
  return 'the JPEG ends before its frame header (SOF) that gives its size';
}

/**
 * Reads the type, width and height from the first bytes of a PNG or JPEG, or says in words why it
 * can not (another format, a cut-off header).
 *
 * @example
 * readImageHeader(readFileSync('menu.png')); // { type: 'image/png', width: 2500, height: 1686 }
 * readImageHeader(Buffer.from('GIF89a…'));    // 'the image is a GIF; LINE takes JPEG or PNG'
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | string {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return pngHeader(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegHeader(bytes);
  if (bytes.length === 0) return 'the image is empty';
  const other = OTHER_FORMATS.find(([, test]) => test(bytes))?.[0];
  const start = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return other ? `the image is ${other}; LINE takes JPEG or PNG` : `the image is not a JPEG or PNG (it starts with the bytes ${start})`;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Everything LINE would refuse about `bytes` as the image of a menu of `size`: not a JPEG or PNG,
 * more than 1 MB, or another pixel size than the menu's. Returns the header too, whose `type` is
 * the upload's Content-Type.
 *
 * @example
 * const { header, issues } = richMenuImageIssues(readFileSync('menu.png'), { width: 2500, height: 843 });
 * issues[0]?.message; // 'the image is 2500x1686 pixels but the menu is 2500x843; draw it at the size of the menu'
 */
export function richMenuImageIssues(bytes: Uint8Array, size: RichMenuSize): { header: ImageHeader | undefined; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const max = LIMITS.richMenuImageBytes.max;
  if (bytes.length > max) {
    issues.push({
      path: 'image',
      code: 'too_long',
      limit: 'richMenuImageBytes',
      message: `the image is ${count(bytes.length)} bytes; LINE allows at most ${count(max)} bytes (1 MB)`,
    });
  }
  const read = readImageHeader(bytes);
  if (typeof read === 'string') return { header: undefined, issues: [...issues, { path: 'image', code: 'invalid_format', message: read }] };
  if (read.width !== size.width || read.height !== size.height) {
    issues.push({
      path: 'image',
      code: 'invalid_combination',
      message: `the image is ${read.width}x${read.height} pixels but the menu is ${size.width}x${size.height}; draw it at the size of the menu`,
    });
  }
  return { header: read, issues };
}
