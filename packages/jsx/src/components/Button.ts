import type { FlexButton } from '@linejsx/schema';
import type { LineElement } from '../element.ts';
import { actionProp, copyProps, put } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

const OWN = ['action'];

export interface ButtonProps extends Omit<FlexButton, 'type' | 'action'> {
  /** The button's action; its label (≤ 40 characters) is the button text. */
  action: LineElement;
}

/**
 * A button (`R#button`): `style` link (default), primary or secondary; `height` md or sm.
 *
 * @example
 * <Button style="primary" color="#06c755" action={<Uri label="Open" uri="https://example.com" />} />
 */
export const Button = defineBuiltin<ButtonProps>({
  name: 'Button',
  slots: {
    box: (props, frame) => {
      const json = put({ type: 'button' }, 'action', actionProp(frame));
      if (json.action === undefined) frame.problem('<Button> needs an action={…} whose label is the button text', 'required', 'action');
      return copyProps(props, OWN, json);
    },
  },
});
