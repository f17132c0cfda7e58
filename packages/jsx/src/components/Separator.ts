import type { FlexSeparator } from '@linejsx/schema';
import { copyProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export type SeparatorProps = Omit<FlexSeparator, 'type'>;

/**
 * A separator line (`R#separator`): horizontal in a vertical box, vertical in a horizontal one.
 *
 * @example
 * <Separator margin="md" color="#eeeeee" />
 */
export const Separator = defineBuiltin<SeparatorProps>({
  name: 'Separator',
  slots: { box: (props) => copyProps(props, undefined, { type: 'separator' }) },
});
