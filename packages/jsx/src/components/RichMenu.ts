import type { RichMenuSize } from '@linejsx/schema';
import type { LineNode } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { Frame, PathNode } from '../render/frame.ts';
import { PlacedArea } from './Area.ts';
import { CellSpec } from './Cell.ts';
import { split } from './grid.ts';
import { RowSpec } from './Row.ts';

/** LINE's two standard sizes (`R#size-object`); any size LINE accepts can be given as an object. */
export const RICH_MENU_SIZES = {
  full: { width: 2500, height: 1686 },
  half: { width: 2500, height: 843 },
} as const;

export interface RichMenuProps {
  /** `"full"` (2500×1686), `"half"` (2500×843), or `{ width, height }`: width 800–2500, height ≥ 250, width/height ≥ 1.45. */
  size: keyof typeof RICH_MENU_SIZES | RichMenuSize;
  /** Shown only to you, in LINE Official Account Manager (≤ 300 characters). */
  name: string;
  /** Text of the chat bar that opens and closes the menu (≤ 14 characters). */
  chatBarText: string;
  /** Open the menu when the chat opens (default false). */
  selected?: boolean;
  /** `<Area>`s at explicit pixel bounds, or `<Row>`s of `<Cell>`s that tile the whole menu. */
  children?: LineNode;
}

type Area = { bounds: { x: number; y: number; width: number; height: number }; action: unknown };

/** Lays the rows out over the whole menu and gives every cell with an action its area. */
function layoutRows(rows: RowSpec[], width: number, height: number, frame: Frame, areasPath: PathNode, areas: Area[]) {
  const vertical = split(height, rows.map((r) => ({ size: r.height, flex: r.flex })));
  if (vertical.problem) return frame.problem(`the rows do not fit the menu's height: ${vertical.problem}`, 'invalid_combination', 'areas');
  rows.forEach((row, r) => {
    const horizontal = split(width, row.cells.map((c) => ({ size: c.width, flex: c.flex })));
    if (horizontal.problem) return frame.problem(`row ${r}'s cells do not fit the menu's width: ${horizontal.problem}`, 'invalid_combination', 'areas');
    row.cells.forEach((cell: CellSpec, c) => {
      if (cell.action === undefined) return;
      if (cell.path) {
        cell.path.parent = areasPath;
        cell.path.key = areas.length;
      }
      const x = horizontal.spans[c]!;
      const y = vertical.spans[r]!;
      areas.push({ bounds: { x: x.start, y: y.start, width: x.length, height: y.length }, action: cell.action });
    });
  });
}

/**
 * A rich menu (`R#rich-menu-object`): the menu under the chat, an image (of a size LINE allows,
 * `R#size-object`) with up to 20 tappable areas. Place areas explicitly with `<Area x y width height>`, or lay them out as `<Row>`s of
 * `<Cell>`s whose integer bounds tile the menu exactly. Render it with `renderRichMenu()`.
 *
 * @example
 * <RichMenu size="full" name="Main menu" chatBarText="Menu" selected>
 *   <Row>
 *     <Cell><Uri label="Shop" uri="https://example.com/shop" /></Cell>
 *     <Cell><MessageAction label="Points" text="points" /></Cell>
 *     <Cell><Postback label="Coupons" data="coupons" /></Cell>
 *   </Row>
 *   <Row>
 *     <Cell flex={2}><Uri label="Book a table" uri="https://example.com/book" /></Cell>
 *     <Cell><MessageAction label="Help" text="help" /></Cell>
 *   </Row>
 * </RichMenu>
 */
export const RichMenu = defineBuiltin<RichMenuProps>({
  name: 'RichMenu',
  slots: {
    richMenu: (props, frame) => {
      const size = typeof props.size === 'string' ? RICH_MENU_SIZES[props.size] : props.size;
      if (typeof props.size === 'string' && !size) {
        frame.problem(`size "${props.size}" is not a preset; use "full", "half" or { width, height }`, 'invalid_value', 'size');
      }
      const areasPath: PathNode = { parent: frame.path, key: 'areas' };
      const areas: Area[] = [];
      const rows: RowSpec[] = [];
      for (const output of frame.children('richMenuArea', { key: 'areas', indexed: true })) {
        if (output instanceof RowSpec) rows.push(output);
        else if (output instanceof PlacedArea) {
          if (output.path) output.path.key = areas.length;
          areas.push(output.json as Area);
        }
      }
      if (rows.length && size) layoutRows(rows, size.width, size.height, frame, areasPath, areas);
      return {
        size: size ? { width: size.width, height: size.height } : props.size,
        selected: props.selected ?? false,
        name: props.name,
        chatBarText: props.chatBarText,
        areas,
      };
    },
  },
});
