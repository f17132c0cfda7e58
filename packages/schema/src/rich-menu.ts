/** Rich menu objects (`R#rich-menu-object`): size, areas and their actions. */
import { z } from 'zod';
import { actionSchema } from './actions.ts';
import { LIMITS } from './limits.ts';
import { chars, int, list, report, strict } from './rules.ts';
import { formatCount } from './words.ts';

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
}).check((ctx) => {
  const { width, height } = ctx.value;
  if (height > 0 && width / height < LIMITS.richMenuRatio.min) {
    report(ctx, 'out_of_range', `size ${width}x${height} has width/height ${(width / height).toFixed(2)}; LINE needs at least 1.45 (height at most ${Math.floor(width / 1.45)} for this width)`, [], 'richMenuRatio');
  }
});

export const richMenuSchema = strict('a rich menu', {
  size: richMenuSizeSchema,
  selected: z.boolean(),
  name: chars('richMenuName'),
  chatBarText: chars('chatBarText'),
  areas: list(richMenuAreaSchema, 'richMenuAreas'),
}).check((ctx) => {
  const { size, areas } = ctx.value;
  areas.forEach(({ bounds: b }, i) => {
    const right = b.x + b.width;
    const bottom = b.y + b.height;
    if (right > size.width || bottom > size.height) {
      const over = right > size.width ? `x + width = ${formatCount(right)} > ${formatCount(size.width)}` : `y + height = ${formatCount(bottom)} > ${formatCount(size.height)}`;
      report(ctx, 'out_of_range', `area ${i} reaches past the menu (${over})`, ['areas', i, 'bounds']);
    }
    for (let j = 0; j < i; j++) {
      const o = areas[j]!.bounds;
      if (b.x < o.x + o.width && o.x < right && b.y < o.y + o.height && o.y < bottom) {
        report(ctx, 'invalid_combination', `area ${i} overlaps area ${j}`, ['areas', i, 'bounds']);
      }
    }
  });
});

export type RichMenuBounds = z.infer<typeof richMenuBoundsSchema>;
export type RichMenuArea = z.infer<typeof richMenuAreaSchema>;
export type RichMenuSize = z.infer<typeof richMenuSizeSchema>;
export type RichMenu = z.infer<typeof richMenuSchema>;
