/** What `<Emoji>`, `<Mention>` and `<MentionAll>` become inside a message `<Text>`. */
import type { ElementInfo, Frame } from '../render/frame.ts';

type PieceValue =
  | { readonly kind: 'emoji'; readonly productId: string; readonly emojiId: string; readonly name: string | undefined }
  | { readonly kind: 'user'; readonly userId: string; readonly name: string | undefined }
  | { readonly kind: 'all'; readonly name: string | undefined };

/** A piece and the element it came from, which `<Text>` claims where the piece lands in the JSON. */
export type InlinePiece = PieceValue & { readonly origin: ElementInfo };

const PIECE = Symbol('linejsx.inline');

/** The piece an inline element renders to inside a message `<Text>`. */
export function piece(frame: Frame, value: PieceValue): InlinePiece {
  return Object.assign(Object.create(null), value, { origin: frame, [PIECE]: true });
}

export function isPiece(value: unknown): value is InlinePiece {
  return typeof value === 'object' && value !== null && PIECE in value;
}
