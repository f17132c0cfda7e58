import { defineBuiltin, type Slot, type SlotRenderer } from '../render/builtin.ts';

export interface RawProps {
  /** The LINE JSON to write in this place, as it is; it is validated with the rest. */
  json: unknown;
}

const asIs: SlotRenderer<RawProps> = (props) => props.json;

// Every place that holds one JSON value. Not the blocks of a bubble (`<Header>` etc. are the
// blocks), the inline pieces of a message text, or the rows of a rich menu grid: there a raw value
// has no place of its own.
const SLOTS_WITH_A_VALUE: readonly Slot[] = [
  'message',
  'flex',
  'carousel',
  'hero',
  'box',
  'altContent',
  'span',
  'action',
  'imagemapAction',
  'quickReply',
  'quickReplyItem',
  'templateColumn',
  'imageColumn',
  'imagemap',
  'imagemapVideo',
  'richMenu',
  'sender',
];

/**
 * LINE JSON written as it is, for what no component writes: JSON made elsewhere (a message your
 * backend stores), an object LINE has removed (the flex `spacer`), a property in a form the
 * components normalise (a sticker ID given as a number), or a LINE feature newer than linejsx. It
 * goes wherever a message, a flex component, an action, a quick reply or one of their parts goes,
 * and it is validated like everything else, so a problem in it is reported. `linejsx import` writes
 * it for JSON it can not express otherwise, to keep that JSON exactly as it was.
 *
 * @example
 * renderMessages(
 *   <>
 *     <Text>Here is your ticket</Text>
 *     <Raw json={ticket.lineMessage} />
 *   </>,
 * );
 */
export const Raw = defineBuiltin<RawProps>({
  name: 'Raw',
  unlisted: true,
  slots: Object.fromEntries(SLOTS_WITH_A_VALUE.map((slot) => [slot, asIs])),
});
