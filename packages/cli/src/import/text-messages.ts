/**
 * Text messages: the text as children of `<Text>`, LINE emoji back to `<Emoji>` at their `$`, and
 * a textV2's `{key}` placeholders back to `<Mention>`, `<MentionAll>` and `<Emoji>`, named only where
 * `<Text>` would not generate the same key.
 */
import { pieceIdentity, type SubstitutionPiece, substitutionKeys } from '@linejsx/jsx';
import { textV2Placeholders } from '@linejsx/schema';
import { type Conversion, describe, Unfit } from './conversion.ts';
import { hasExactly, isObject, type JsonObject, type JsxChild, JsxElement, type JsxProp } from './jsx-tree.ts';
import { messageProps } from './message-parts.ts';

const EMOJI_KEYS = ['index', 'productId', 'emojiId'];

/** The text with `<Emoji>` at each emoji's `$`, when `emojis` is what `<Text>` writes for them. */
function withEmoji(text: string, emojis: unknown): JsxChild[] | undefined {
  if (!Array.isArray(emojis) || emojis.length === 0) return undefined;
  const children: JsxChild[] = [];
  let from = 0;
  for (const emoji of emojis) {
    if (!isObject(emoji) || !hasExactly(emoji, EMOJI_KEYS)) return undefined;
    const { index, productId, emojiId } = emoji;
    // <Text> writes the emoji in text order, each at its own "$".
    if (typeof index !== 'number' || !Number.isInteger(index) || index < from || text[index] !== '$') return undefined;
    if (typeof productId !== 'string' || typeof emojiId !== 'string') return undefined;
    if (index > from) children.push(text.slice(from, index));
    children.push(
      new JsxElement('Emoji', [
        ['productId', productId],
        ['emojiId', emojiId],
      ]),
    );
    from = index + 1;
  }
  if (from < text.length) children.push(text.slice(from));
  return children;
}

/** `<Text>` as a text message. */
export function textMessage(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    const { text } = json;
    if (typeof text !== 'string') return new Unfit(`its text is ${describe(text)}; <Text> writes its children as a string`);
    if ('v2' in json) return new Unfit('"v2" is a prop of <Text>, not a LINE property');
    // Emoji that <Text> would not place exactly so stay in an emojis prop, which it passes through.
    const children = withEmoji(text, json.emojis);
    const props = messageProps(conversion, json, path, children ? ['text', 'emojis'] : ['text']);
    if (props instanceof Unfit) return props;
    return new JsxElement('Text', props, children ?? (text === '' ? [] : [text]));
  });
}

type Piece = SubstitutionPiece;

/** The inline element a substitution object comes from, if `<Text>` writes it exactly. */
function pieceOf(value: unknown): Piece | undefined {
  if (!isObject(value)) return undefined;
  if (value.type === 'emoji' && hasExactly(value, ['type', 'productId', 'emojiId'])) {
    const { productId, emojiId } = value;
    return typeof productId === 'string' && typeof emojiId === 'string' ? { kind: 'emoji', productId, emojiId } : undefined;
  }
  const mentionee = value.mentionee;
  if (value.type !== 'mention' || !hasExactly(value, ['type', 'mentionee']) || !isObject(mentionee)) return undefined;
  if (mentionee.type === 'all' && hasExactly(mentionee, ['type'])) return { kind: 'all' };
  const userId = mentionee.userId;
  return mentionee.type === 'user' && hasExactly(mentionee, ['type', 'userId']) && typeof userId === 'string'
    ? { kind: 'user', userId }
    : undefined;
}

/**
 * The `name` props that make `<Text>` give each piece its key, fewest first: from the left, the first
 * piece whose generated key is not its key is named, and the keys generated again. A piece of the
 * same user or emoji as an earlier named one is named too, so that the result does not depend on
 * whether `<Text>` reuses a name for later unnamed elements.
 */
function chooseNames(pieces: readonly Piece[], keys: readonly string[]): Array<string | undefined> {
  const names: Array<string | undefined> = pieces.map(() => undefined);
  for (;;) {
    const generated = substitutionKeys(pieces, names);
    const named = new Set<string>();
    const wrong = pieces.findIndex((piece, i) => {
      if (names[i] !== undefined) {
        named.add(pieceIdentity(piece));
        return false;
      }
      return generated[i] !== keys[i] || named.has(pieceIdentity(piece));
    });
    if (wrong < 0) return names;
    names[wrong] = keys[wrong];
  }
}

function pieceElement(piece: Piece, name: string | undefined): JsxElement {
  const props: JsxProp[] =
    piece.kind === 'user'
      ? [['userId', piece.userId]]
      : piece.kind === 'emoji'
        ? [
            ['productId', piece.productId],
            ['emojiId', piece.emojiId],
          ]
        : [];
  if (name !== undefined) props.push(['name', name]);
  return new JsxElement(piece.kind === 'user' ? 'Mention' : piece.kind === 'all' ? 'MentionAll' : 'Emoji', props);
}

// The same tokens, in the same order, as the schema's textV2Placeholders reads.
const TOKEN = /\{\{|\}\}|\{([^{}]*)\}/g;

/** `<Text>` with mentions or `v2` as a textV2 message. */
export function textV2Message(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    const { text, substitution } = json;
    if (typeof text !== 'string') return new Unfit(`its text is ${describe(text)}; <Text> writes its children as a string`);
    if ('v2' in json) return new Unfit('"v2" is a prop of <Text>, not a LINE property');
    if (textV2Placeholders(text).problem)
      return new Unfit('its text has a brace that does not pair; <Text> doubles every brace of its children');
    if (substitution !== undefined && !isObject(substitution)) return new Unfit(`its substitution is ${describe(substitution)}`);
    const entries = substitution ?? {};
    const segments: Array<string | { key: string; piece: Piece }> = [];
    let from = 0;
    for (const match of text.matchAll(TOKEN)) {
      const literal = text.slice(from, match.index) + (match[1] === undefined ? match[0][0] : '');
      if (literal) segments.push(literal);
      from = match.index + match[0].length;
      const key = match[1];
      if (key === undefined) continue;
      const piece = Object.hasOwn(entries, key) ? pieceOf(entries[key]) : undefined;
      if (!piece)
        return new Unfit(`its text uses {${key}}, and substitution has no "${key}" that <Mention>, <MentionAll> or <Emoji> writes`);
      segments.push({ key, piece });
    }
    if (from < text.length) segments.push(text.slice(from));
    const placed = segments.filter((s) => typeof s !== 'string');
    const used = new Set(placed.map((p) => p.key));
    const unused = Object.keys(entries).find((key) => !used.has(key));
    if (unused !== undefined)
      return new Unfit(`substitution "${unused}" is not used in the text; <Text> writes only what its children use`);
    if (substitution !== undefined && placed.length === 0) return new Unfit('an empty substitution; <Text> leaves it out');
    const names = chooseNames(
      placed.map((p) => p.piece),
      placed.map((p) => p.key),
    );
    let next = 0;
    const children = segments.map((s) => (typeof s === 'string' ? s : pieceElement(s.piece, names[next++])));
    const props = messageProps(conversion, json, path, ['text', 'substitution']);
    if (props instanceof Unfit) return props;
    // Mentions make <Text> a textV2 message by themselves; otherwise it needs v2.
    const v2: JsxProp[] = placed.some((p) => p.piece.kind !== 'emoji') ? [] : [['v2', true]];
    return new JsxElement('Text', [...v2, ...props], children);
  });
}
