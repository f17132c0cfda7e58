/** What `<Emoji>`, `<Mention>` and `<MentionAll>` become inside a message `<Text>`. */
export type InlinePiece =
  | { readonly kind: 'emoji'; readonly productId: string; readonly emojiId: string; readonly name: string | undefined }
  | { readonly kind: 'user'; readonly userId: string; readonly name: string | undefined }
  | { readonly kind: 'all'; readonly name: string | undefined };

const PIECE = Symbol('linejsx.inline');

export function piece(value: InlinePiece): InlinePiece {
  return Object.assign(Object.create(null), value, { [PIECE]: true });
}

export function isPiece(value: unknown): value is InlinePiece {
  return typeof value === 'object' && value !== null && PIECE in value;
}
