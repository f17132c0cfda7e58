import type { FlexBox } from '@linejsx/schema';
import type { LineElement, LineNode } from '../element.ts';
import { actionProp, copyProps, put } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { Frame } from '../render/frame.ts';

export interface BoxProps extends Partial<Omit<FlexBox, 'type' | 'contents' | 'action'>> {
  /** Tapping the box runs this action. */
  action?: LineElement;
  /** Flex components: `<Box>`, `<Text>`, `<Image>`, `<Button>`, `<Separator>`, `<Filler>`; `<Icon>` in baseline boxes. */
  children?: LineNode;
}

const CONTENTS = { key: 'contents', indexed: true } as const;
const OWN = ['layout', 'action'];

/** The JSON of a box, shared with the block components, which are boxes too. */
export function boxJson(props: BoxProps, frame: Frame): Record<string, unknown> {
  const json: Record<string, unknown> = { type: 'box', layout: props.layout ?? 'vertical', contents: frame.children('box', CONTENTS) };
  return put(copyProps(props, OWN, json), 'action', actionProp(frame));
}

/**
 * A flex box (`R#box`): lays its children out vertically (the default here), horizontally, or on a
 * shared baseline. Every box property of LINE is a prop: spacing, margin, paddings, position and
 * offsets, backgroundColor, background (linear gradient), borders, corner radius, sizes,
 * justifyContent, alignItems, action.
 *
 * @example
 * <Box layout="horizontal" spacing="md">
 *   <Text flex={0}>Coffee</Text>
 *   <Text align="end">¥480</Text>
 * </Box>
 */
export const Box = defineBuiltin<BoxProps>({
  name: 'Box',
  slots: { box: boxJson, hero: boxJson, altContent: boxJson },
});
