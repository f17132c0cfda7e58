/**
 * The placeholder keys a textV2 `<Text>` gives its `<Mention>`, `<MentionAll>` and `<Emoji>`
 * children. One function, used by `<Text>` and by the JSON -> TSX importer, which must know which
 * keys `<Text>` would generate so that it writes a `name` only where one is needed.
 */

/** What an inline element mentions or shows, without its name. */
export type SubstitutionPiece =
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'all' }
  | { readonly kind: 'emoji'; readonly productId: string; readonly emojiId: string };

/** Pieces with the same identity share one key (and one substitution). */
export function pieceIdentity(piece: SubstitutionPiece): string {
  return piece.kind === 'user' ? `user:${piece.userId}` : piece.kind === 'all' ? 'all' : `emoji:${piece.productId}/${piece.emojiId}`;
}

/**
 * The key of each piece: its name if it has one; otherwise the key of an earlier piece of the same
 * user or emoji; otherwise the next of `user0`…, `emoji0`…, `all`, `all1`… that is not a name.
 *
 * @example
 * substitutionKeys([{ kind: 'user', userId: 'U1…' }, { kind: 'all' }, { kind: 'user', userId: 'U1…' }], []);
 * // ['user0', 'all', 'user0']
 */
export function substitutionKeys(pieces: readonly SubstitutionPiece[], names: ReadonlyArray<string | undefined>): string[] {
  const taken = new Set(names.filter((n): n is string => n !== undefined));
  const keyOf = new Map<string, string>();
  const counters = { user: 0, emoji: 0, all: 0 };
  const fresh = (prefix: SubstitutionPiece['kind']) => {
    let key: string;
    do {
      const n = counters[prefix]++;
      key = prefix === 'all' && n === 0 ? 'all' : `${prefix}${n}`;
    } while (taken.has(key));
    taken.add(key);
    return key;
  };
  return pieces.map((piece, i) => {
    const identity = pieceIdentity(piece);
    const key = names[i] ?? keyOf.get(identity) ?? fresh(piece.kind);
    if (!keyOf.has(identity)) keyOf.set(identity, key);
    return key;
  });
}
