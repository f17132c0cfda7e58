import type { FlexFiller } from '@linejsx/schema';
import { copyProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export type FillerProps = Omit<FlexFiller, 'type'>;

/**
 * A filler (`R#filler`): empty space that grows with `flex`. Deprecated by LINE in favour of
 * padding and margins, but still accepted; a box's `spacing` does not apply to it.
 *
 * @example
 * <Box layout="horizontal"><Text flex={0}>Left</Text><Filler /><Text flex={0}>Right</Text></Box>
 */
export const Filler = defineBuiltin<FillerProps>({
  name: 'Filler',
  slots: { box: (props) => copyProps(props, undefined, { type: 'filler' }) },
});
