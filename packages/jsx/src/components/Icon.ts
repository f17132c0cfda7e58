import type { FlexIcon } from '@linejsx/schema';
import { copyProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export type IconProps = Omit<FlexIcon, 'type'>;

/**
 * An icon (`R#icon`): a small image that sits on the text baseline; only in baseline boxes.
 *
 * @example
 * <Box layout="baseline"><Icon url="https://cdn.example.com/star.png" size="sm" /><Text>4.0</Text></Box>
 */
export const Icon = defineBuiltin<IconProps>({
  name: 'Icon',
  slots: { box: (props) => copyProps(props, undefined, { type: 'icon' }) },
});
