import { defineBuiltin } from '../render/builtin.ts';
import { piece } from './inline.ts';

export interface MentionAllProps {
  /** Placeholder key in the textV2 text (default `all`). */
  name?: string;
}

/**
 * Mentions everyone in the group or room (`@All`) inside a message `<Text>`; makes it a textV2 message.
 *
 * @example
 * <Text><MentionAll /> the meeting starts in 5 minutes</Text>
 */
export const MentionAll = defineBuiltin<MentionAllProps>({
  name: 'MentionAll',
  slots: { messageText: (props, frame) => piece(frame, { kind: 'all', name: props.name }) },
});
