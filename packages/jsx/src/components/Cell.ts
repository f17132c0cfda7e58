import type { LineNode } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { PathNode } from '../render/frame.ts';

export interface CellProps {
  /** Fixed width in pixels of the menu image. */
  width?: number;
  /** Share of the width the fixed cells leave (default 1). */
  flex?: number;
  /** The cell's action; a cell without one is a part of the image that does nothing. */
  children?: LineNode;
}

/** What a `<Cell>` gives its `<Row>`: its width rule, its action, and its path to fix up later. */
export class CellSpec {
  constructor(
    readonly width: number | undefined,
    readonly flex: number | undefined,
    readonly action: unknown,
    readonly path: PathNode | undefined,
  ) {}
}

/**
 * A cell of a rich menu `<Row>`, holding the action of that part of the menu.
 *
 * @example
 * <Cell flex={2}><Postback label="Coupons" data="tab=coupons" /></Cell>
 */
export const Cell = defineBuiltin<CellProps>({
  name: 'Cell',
  slots: {
    richMenuRow: (props, frame) =>
      new CellSpec(props.width, props.flex, frame.one('action', props.children, 'action', 'as its action'), frame.path),
  },
});
