import type { FlexSpan } from '@linejsx/schema';
import { copyProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface SpanProps extends Omit<FlexSpan, 'type' | 'text'> {
  /** The span's text. */
  children?: string | number | Array<string | number>;
}

/**
 * A run of differently styled text inside a flex `<Text>` (`R#span`): size, color, weight, style,
 * decoration (it can not undo the parent text's decoration).
 *
 * @example
 * <Text>Total <Span weight="bold" color="#06c755">¥1,200</Span></Text>
 */
export const Span = defineBuiltin<SpanProps>({
  name: 'Span',
  slots: {
    span: (props, frame) => copyProps(props, undefined, { type: 'span', text: frame.text() }),
  },
  misplaced: {
    box: 'put it inside a <Text>: <Text>Total <Span weight="bold">…</Span></Text>',
    messageText: 'spans style a flex <Text> (in a box of a <Flex> bubble); a text message is plain',
  },
});
