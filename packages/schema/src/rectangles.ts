/**
 * Rectangles inside an image (`R#bounds-object`, `R#imagemap-area-object`): a rich menu's area
 * bounds and an imagemap's action and video areas, each in pixels of the image's own size.
 */
import { formatCount } from './words.ts';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Four numbers, whatever else is wrong with them (malformed values are reported on their own). */
export const isRectangle = (r: unknown): r is Rectangle =>
  typeof r === 'object' && r !== null && ['x', 'y', 'width', 'height'].every((k) => typeof (r as Record<string, unknown>)[k] === 'number');

/** A width and a height that are numbers. */
export const isSize = (s: unknown): s is Size =>
  typeof s === 'object' && s !== null && typeof (s as Size).width === 'number' && typeof (s as Size).height === 'number';

/**
 * How `r` reaches past the right or bottom edge of `size`, or undefined when it is inside:
 * "(x + width = 2,501 > 2,500): 1 px past the right edge".
 */
export function pastTheEdges(r: Rectangle, size: Size): string | undefined {
  const sums: string[] = [];
  const edges: string[] = [];
  const right = r.x + r.width;
  const bottom = r.y + r.height;
  if (right > size.width) {
    sums.push(`x + width = ${formatCount(right)} > ${formatCount(size.width)}`);
    edges.push(`${formatCount(right - size.width)} px past the right edge`);
  }
  if (bottom > size.height) {
    sums.push(`y + height = ${formatCount(bottom)} > ${formatCount(size.height)}`);
    edges.push(`${formatCount(bottom - size.height)} px past the bottom edge`);
  }
  return sums.length ? `(${sums.join(') and (')}): ${edges.join(' and ')}` : undefined;
}

/** The rectangle two share, or undefined when they only touch or are apart. */
export function overlap(a: Rectangle, b: Rectangle): Rectangle | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}
