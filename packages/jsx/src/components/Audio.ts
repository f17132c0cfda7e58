import type { AudioMessage } from '@linejsx/schema';
import { type MessageCommonProps, messageJson } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface AudioProps extends MessageCommonProps, Omit<AudioMessage, 'type' | 'quickReply' | 'sender'> {}

/**
 * An audio message (`R#audio-message`): an HTTPS mp3 or m4a file and its `duration` in milliseconds.
 *
 * @example
 * <Audio originalContentUrl="https://cdn.example.com/hello.m4a" duration={60000} />
 */
export const Audio = defineBuiltin<AudioProps>({
  name: 'Audio',
  slots: { message: (_props, frame) => messageJson('audio', frame, {}) },
});
