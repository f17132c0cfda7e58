import type { LineNode } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { PathNode } from '../render/frame.ts';

/** An explicit rich menu area, with its path so that `<RichMenu>` can give it its final index. */
export class PlacedArea {
  constructor(
    readonly json: { bounds: Record<string, number>; action: unknown },
    readonly path: PathNode | undefined,
  ) {}
}

export interface AreaProps {
  /** Its left edge, in pixels of the image (the 1040-wide base of an imagemap, the menu image of a rich menu). */
  x: number;
  /** Its top edge, in pixels of the image. */
  y: number;
  /** Its width in pixels; it must end inside the image. */
  width: number;
  /** Its height in pixels; it must end inside the image. */
  height: number;
  /** One action: `<Uri>`, `<MessageAction>` or `<Clipboard>` in an imagemap; any rich-menu action in a rich menu. */
  children?: LineNode;
}

/**
 * A tappable rectangle, in pixels of the image: an imagemap area (`R#imagemap-area-object`, with
 * an imagemap action, `R#imagemap-action-objects`) or a rich menu area (`R#area-object`), holding
 * one action.
 *
 * @example
 * <Area x={0} y={0} width={520} height={520}><Uri label="Shop" uri="https://example.com/shop" /></Area>
 */
export const Area = defineBuiltin<AreaProps>({
  name: 'Area',
  slots: {
    imagemap: (props, frame) => {
      const action = frame.need(
        'imagemapAction',
        props.children,
        '<Area> needs one action: <Uri>, <MessageAction> or <Clipboard>',
        undefined,
        'as its action',
      );
      if (!action) return undefined;
      // The action and the area share one JSON object: problems of `area` are the <Area>'s own.
      frame.claim(frame, 'area');
      return { ...(action as Record<string, unknown>), area: { x: props.x, y: props.y, width: props.width, height: props.height } };
    },
    richMenuArea: (props, frame) => {
      const action = frame.need(
        'action',
        props.children,
        '<Area> needs one action, such as <Postback> or <Uri>',
        'action',
        'as its action',
      );
      return new PlacedArea({ bounds: { x: props.x, y: props.y, width: props.width, height: props.height }, action }, frame.path);
    },
  },
});
