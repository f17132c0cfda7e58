import { defineBuiltin } from '../render/builtin.ts';
import { piece } from './inline.ts';

export interface MentionProps {
  /** The mentioned user's ID: `U` followed by 32 hex digits. */
  userId: string;
  /** Placeholder key in the textV2 text (default `user0`, `user1`, …). */
  name?: string;
}

/**
 * Mentions a user inside a message `<Text>`, which makes it a textV2 message (`R#text-message-v2`).
 * Mentions work in replies and pushes to groups and rooms the user is in; at most 20 per message.
 *
 * @example
 * <Text>Welcome, <Mention userId="U4af4980629d4f0f3e8a3f2b8a7e7a1c2" />!</Text>
 */
export const Mention = defineBuiltin<MentionProps>({
  name: 'Mention',
  slots: { messageText: (props, frame) => piece(frame, { kind: 'user', userId: props.userId, name: props.name }) },
});
