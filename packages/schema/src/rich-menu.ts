/** Rich menu objects (`R#rich-menu-object`): size, areas and their actions. */
import { z } from 'zod';
import { actionSchema } from './actions.ts';
import { LIMITS } from './limits.ts';
import { isRectangle, isSize, overlap, pastTheEdges } from './rectangles.ts';
import { chars, int, list, report, strict, whole } from './rules.ts';
import { formatCount } from './words.ts';

export type RichMenuBounds = z.infer<typeof richMenuBoundsSchema>;

export const richMenuBoundsSchema = strict('bounds', {
  /** Its left edge, in pixels of the menu image. */
  x: int(0, Number.MAX_SAFE_INTEGER, 'x'),
  /** Its top edge, in pixels of the menu image. */
  y: int(0, Number.MAX_SAFE_INTEGER, 'y'),
  /** Its width in pixels; it must end inside the menu. */
  width: int(1, Number.MAX_SAFE_INTEGER, 'width'),
  /** Its height in pixels; it must end inside the menu. */
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
      return isRectangle(b) ? b : undefined;
    });
    const sized = isSize(size);
    bounds.forEach((b, i) => {
      if (!b) return;
      const past = sized ? pastTheEdges(b, size) : undefined;
      if (past)
        report(ctx, 'out_of_range', `area ${i} reaches past the menu ${past} of the ${size.width}x${size.height} menu`, [
          'areas',
          i,
          'bounds',
        ]);
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
