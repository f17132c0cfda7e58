/** Rich menu objects (`R#rich-menu-object`): size, areas and their actions. */
import { z } from 'zod';
import { actionSchema } from './actions.ts';
import { LIMITS } from './limits.ts';
import { chars, int, list, report, strict, whole } from './rules.ts';
import { formatCount } from './words.ts';

export type RichMenuBounds = z.infer<typeof richMenuBoundsSchema>;

export const richMenuBoundsSchema = strict('bounds', {
  x: int(0, Number.MAX_SAFE_INTEGER, 'x'),
  y: int(0, Number.MAX_SAFE_INTEGER, 'y'),
  width: int(1, Number.MAX_SAFE_INTEGER, 'width'),
  height: int(1, Number.MAX_SAFE_INTEGER, 'height'),
});

export const richMenuAreaSchema = strict('a rich menu area', {
  bounds: richMenuBoundsSchema,
  action: actionSchema('richMenu'),
});

export const richMenuSizeSchema = strict('size', {
  width: int(LIMITS.richMenuWidth.min, LIMITS.richMenuWidth.max, 'width'),
  height: int(LIMITS.richMenuHeight.min, Number.MAX_SAFE_INTEGER, 'height'),
}).check(
  whole((ctx) => {
    const { width, height } = ctx.value;
    if (typeof width === 'number' && typeof height === 'number' && height > 0 && width / height < LIMITS.richMenuRatio.min) {
      report(
        ctx,
        'out_of_range',
        `size ${width}x${height} has width/height ${(width / height).toFixed(2)}; LINE needs at least 1.45 (height at most ${Math.floor(width / 1.45)} for this width)`,
        [],
        'richMenuRatio',
      );
    }
  }),
);

/**
 * How `b` reaches past the menu, or undefined when it is inside:
 * "(x + width = 2,501 > 2,500): 1 px past the right edge of the 2500x1686 menu".
 */
function pastTheMenu(b: RichMenuBounds, size: RichMenuSize): string | undefined {
  const sums: string[] = [];
  const edges: string[] = [];
  const right = b.x + b.width;
  const bottom = b.y + b.height;
  if (right > size.width) {
    sums.push(`x + width = ${formatCount(right)} > ${formatCount(size.width)}`);
    edges.push(`${formatCount(right - size.width)} px past the right edge`);
  }
  if (bottom > size.height) {
    sums.push(`y + height = ${formatCount(bottom)} > ${formatCount(size.height)}`);
    edges.push(`${formatCount(bottom - size.height)} px past the bottom edge`);
  }
  return sums.length ? `(${sums.join(') and (')}): ${edges.join(' and ')} of the ${size.width}x${size.height} menu` : undefined;
}

const isBounds = (b: unknown): b is RichMenuBounds =>
  typeof b === 'object' && b !== null && ['x', 'y', 'width', 'height'].every((k) => typeof (b as Record<string, unknown>)[k] === 'number');
const isSize = (s: unknown): s is RichMenuSize =>
  typeof s === 'object' && s !== null && typeof (s as RichMenuSize).width === 'number' && typeof (s as RichMenuSize).height === 'number';

/** The rectangle two areas share, or undefined when they only touch or are apart. */
function overlap(a: RichMenuBounds, b: RichMenuBounds): RichMenuBounds | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

export const richMenuSchema = strict('a rich menu', {
  size: richMenuSizeSchema,
  selected: z.boolean(),
  name: chars('richMenuName'),
  chatBarText: chars('chatBarText'),
  areas: list(richMenuAreaSchema, 'richMenuAreas'),
}).check(
  whole((ctx) => {
    const { size, areas } = ctx.value;
    if (!Array.isArray(areas)) return;
    // Areas whose bounds are not four numbers are reported as such; the others are still checked.
    const bounds = areas.map((area) => {
      const b: unknown = area?.bounds;
      return isBounds(b) ? b : undefined;
    });
    const sized = isSize(size);
    bounds.forEach((b, i) => {
      if (!b) return;
      const past = sized ? pastTheMenu(b, size) : undefined;
      if (past) report(ctx, 'out_of_range', `area ${i} reaches past the menu ${past}`, ['areas', i, 'bounds']);
      for (let j = 0; j < i; j++) {
        const other = bounds[j];
        const shared = other && overlap(b, other);
        if (shared) {
          const at = `${formatCount(shared.width)}x${formatCount(shared.height)} px at x ${formatCount(shared.x)}, y ${formatCount(shared.y)}`;
          report(ctx, 'invalid_combination', `area ${i} overlaps area ${j} by ${at}; a tap there would be ambiguous`, [
            'areas',
            i,
            'bounds',
          ]);
        }
      }
    });
  }),
);

export type RichMenuArea = z.infer<typeof richMenuAreaSchema>;
export type RichMenuSize = z.infer<typeof richMenuSizeSchema>;
export type RichMenu = z.infer<typeof richMenuSchema>;
