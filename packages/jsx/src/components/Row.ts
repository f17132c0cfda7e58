import type { LineNode } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { CellSpec } from './Cell.ts';

export interface RowProps {
  /** Fixed height in pixels of the menu image. */
  height?: number;
  /** Share of the height the fixed rows leave (default 1). */
  flex?: number;
  /** `<Cell>`s, left to right. */
  children?: LineNode;
}

/** What a `<Row>` gives its `<RichMenu>`: its height rule and its cells, laid out later. */
export class RowSpec {
  constructor(
    readonly height: number | undefined,
    readonly flex: number | undefined,
    readonly cells: CellSpec[],
  ) {}
}

/**
 * A row of a rich menu grid: the rows of a `<RichMenu>` split its height (fixed `height`s first,
 * the rest by `flex`), and the row's `<Cell>`s split its width the same way.
 *
 * @example
 * <RichMenu size="half" name="Shop" chatBarText="Menu">
 *   <Row>
 *     <Cell flex={2}><Uri label="Shop" uri="https://example.com/shop" /></Cell>
 *     <Cell><MessageAction label="Help" text="help" /></Cell>
 *   </Row>
 * </RichMenu>
 */
export const Row = defineBuiltin<RowProps>({
  name: 'Row',
  slots: {
    richMenuArea: (props, frame) => new RowSpec(props.height, props.flex, frame.children('richMenuRow', { indexed: true }) as CellSpec[]),
  },
});
