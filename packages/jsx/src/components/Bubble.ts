import type { FlexBubble } from '@linejsx/schema';
import type { LineElement, LineNode } from '../element.ts';
import { actionProp, copyProps, put } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { Frame } from '../render/frame.ts';
import { BLOCK_ORDER, BlockOutput } from './block.ts';

export interface BubbleProps extends Omit<FlexBubble, 'type' | 'header' | 'hero' | 'body' | 'footer' | 'action'> {
  /** Tapping anywhere on the bubble runs this action. */
  action?: LineElement;
  /** The blocks: `<Header>`, `<Hero>`, `<Body>`, `<Footer>`, each at most once. */
  children?: LineNode;
}

const OWN = ['size', 'direction', 'action'];

function bubbleJson(props: BubbleProps, frame: Frame) {
  const blocks: Record<string, unknown> = {};
  for (const output of frame.children('bubble')) {
    if (!(output instanceof BlockOutput)) continue;
    if (output.block in blocks) frame.problem(`a bubble has one ${output.block}; this one has two`, 'invalid_nesting', output.block);
    else blocks[output.block] = output.value;
  }
  const json: Record<string, unknown> = { type: 'bubble' };
  put(json, 'size', props.size);
  put(json, 'direction', props.direction);
  for (const block of BLOCK_ORDER) put(json, block, blocks[block]);
  copyProps(props, OWN, json);
  return put(json, 'action', actionProp(frame));
}

/**
 * A bubble (`R#bubble`): a card of up to four blocks. `size` is nano, micro, deca, hecto, kilo,
 * mega (default) or giga; `styles` colours each block and draws separators between them.
 *
 * @example
 * <Bubble size="kilo" styles={{ footer: { separator: true } }}>
 *   <Hero><Image url="https://cdn.example.com/a.jpg" size="full" aspectMode="cover" /></Hero>
 *   <Body><Text>Fresh today</Text></Body>
 * </Bubble>
 */
export const Bubble = defineBuiltin<BubbleProps>({
  name: 'Bubble',
  slots: { flex: bubbleJson, carousel: bubbleJson },
  misplaced: {
    message: 'wrap it in <Flex altText="…">…</Flex>',
    box: 'a bubble goes only in <Flex> or a <Carousel>; inside a box use a <Box>',
    bubble: 'a bubble can not hold another bubble; put several bubbles in a <Carousel>',
  },
});
