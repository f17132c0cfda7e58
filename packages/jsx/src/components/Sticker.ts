import { type MessageCommonProps, messageJson } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';

export interface StickerProps extends MessageCommonProps {
  /** Sticker package ID from LINE's list of sendable stickers; numbers are sent as strings. */
  packageId: string | number;
  /** Sticker ID within the package. */
  stickerId: string | number;
  /** The quote token of a message to quote (from a webhook event or a send's answer). */
  quoteToken?: string;
}

/**
 * A sticker message (`R#sticker-message`). Only stickers from LINE's sendable list can be sent.
 *
 * @example
 * <Sticker packageId="446" stickerId="1988" />
 */
export const Sticker = defineBuiltin<StickerProps>({
  name: 'Sticker',
  slots: {
    message: (props, frame) =>
      messageJson('sticker', frame, {
        // LINE wants strings; accept numbers in TSX, where they are what people write.
        packageId: typeof props.packageId === 'number' ? String(props.packageId) : props.packageId,
        stickerId: typeof props.stickerId === 'number' ? String(props.stickerId) : props.stickerId,
      }),
  },
});
