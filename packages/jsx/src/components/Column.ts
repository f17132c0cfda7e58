import type { CarouselColumn } from '@linejsx/schema';
import type { LineElement, LineNode } from '../element.ts';
import { copyProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import { defaultAction } from './template.ts';

export interface ColumnProps extends Omit<CarouselColumn, 'actions' | 'defaultAction'> {
  /** What tapping the image, title or text does: `defaultAction={<Uri uri="…" />}`. */
  defaultAction?: LineElement;
  /** One to three actions; every column of a carousel needs the same number. */
  children?: LineNode;
}

/**
 * A column of a template `<Carousel>` (`R#column-object-for-carousel`): optional image and title,
 * text (≤ 120 characters, ≤ 60 with an image or title) and up to three actions.
 *
 * @example
 * <Column title="Bread" text="Freshly baked" thumbnailImageUrl="https://cdn.example.com/bread.jpg">
 *   <Postback label="Order" data="order=bread" />
 * </Column>
 */
export const Column = defineBuiltin<ColumnProps>({
  name: 'Column',
  slots: {
    templateColumn: (props, frame) => {
      const column: Record<string, unknown> = copyProps(props, ['defaultAction']);
      defaultAction(frame, column, 'defaultAction');
      column.actions = frame.children('action', { key: 'actions', indexed: true });
      return column;
    },
  },
});
