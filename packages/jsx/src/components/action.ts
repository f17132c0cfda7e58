/** The one way actions are defined: the same JSON as an action prop, a quick reply button or (some) an imagemap area. */
import { copyProps } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { Frame } from '../render/frame.ts';

/**
 * Declares an action component of LINE action `type`. With `imagemap`, it can also be the action of
 * an imagemap `<Area>`: `true` when the imagemap action has the same shape, or a function mapping it.
 */
export function defineAction<P extends object>(
  name: string,
  type: string,
  imagemap?: true | ((props: P, frame: Frame) => Record<string, unknown>),
) {
  const json = (props: P) => copyProps(props, undefined, { type });
  return defineBuiltin<P>({
    name,
    slots: {
      action: json,
      quickReplyItem: (props) => ({ type: 'action', action: json(props) }),
      ...(imagemap ? { imagemapAction: imagemap === true ? json : imagemap } : {}),
    },
  });
}
