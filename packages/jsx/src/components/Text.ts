import type { FlexText } from '@linejsx/schema';
import type { LineElement, LineNode } from '../element.ts';
import { actionProp, copyProps, type MessageCommonProps, messageJson, put } from '../props.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { Frame } from '../render/frame.ts';
import { type InlinePiece, isPiece } from './inline.ts';
import { pieceIdentity, substitutionKeys } from './substitution-keys.ts';

/** Props of `<Text>` as a flex component inside a box. */
export interface FlexTextProps extends Omit<FlexText, 'type' | 'action'> {
  /** Tapping the text runs this action: `action={<Uri uri="…" />}`. */
  action?: LineElement;
}

/** Props of `<Text>` as a text message. */
export interface TextMessageProps extends MessageCommonProps {
  /** Quote token of a message to quote. */
  quoteToken?: string;
  /** Send as a textV2 message even without mentions (mentions make it textV2 anyway). */
  v2?: boolean;
}

export type TextProps = Partial<FlexTextProps> &
  TextMessageProps & {
    /** The text: strings, and `<Emoji>`/`<Mention>`/`<MentionAll>` in a message or `<Span>` in a box. */
    children?: LineNode;
  };

/** Escapes literal braces for a textV2 text (`{` -> `{{`). */
function escapeBraces(text: string): string {
  return text.replace(/[{}]/g, (c) => c + c);
}

const SUBSTITUTION_OF = (part: InlinePiece) =>
  part.kind === 'emoji'
    ? { type: 'emoji', productId: part.productId, emojiId: part.emojiId }
    : { type: 'mention', mentionee: part.kind === 'user' ? { type: 'user', userId: part.userId } : { type: 'all' } };

function messageText(props: TextProps, frame: Frame) {
  // Inline elements land in `emojis[i]` or `substitution.key`, decided below: each is claimed there.
  let parts = frame.children('messageText', { indexed: true, track: false }) as Array<string | InlinePiece>;
  if (props.text !== undefined) {
    if (parts.length > 0) frame.problem('<Text> has both a text prop and children; use one', 'invalid_combination', 'text');
    else parts = [props.text];
  }
  const pieces = parts.filter(isPiece);
  const v2 = props.v2 || pieces.some((p) => p.kind !== 'emoji');
  const omit = ['v2'];
  if (!v2) {
    if (pieces.length === 0) return messageJson('text', frame, { text: parts.join('') }, omit);
    let text = '';
    const emojis: Array<{ index: number; productId: string; emojiId: string }> = [];
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else if (part.kind === 'emoji') {
        frame.claim(part.origin, 'emojis', emojis.length);
        emojis.push({ index: text.length, productId: part.productId, emojiId: part.emojiId });
        text += '$';
      }
    }
    return messageJson('text', frame, { text, emojis }, omit);
  }
  // textV2: each piece becomes a {key} placeholder with a substitution (see substitution-keys.ts).
  const keys = substitutionKeys(
    pieces,
    pieces.map((p) => p.name),
  );
  const identityOf = new Map<string, string>();
  const substitution: Record<string, unknown> = {};
  let text = '';
  let n = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      text += escapeBraces(part);
      continue;
    }
    const key = keys[n++]!;
    const identity = pieceIdentity(part);
    text += `{${key}}`;
    const path = frame.claim(part.origin, 'substitution', key);
    const bound = identityOf.get(key);
    if (bound === undefined) {
      identityOf.set(key, identity);
      substitution[key] = SUBSTITUTION_OF(part);
    } else if (bound !== identity) {
      // Two different people (or emoji) under one name: one of them would silently disappear.
      frame.state.problems.push({
        path,
        info: part.origin,
        code: 'invalid_combination',
        message: `name ${JSON.stringify(key)} is already used by another mention or emoji in this text; give each its own name`,
      });
    }
  }
  return messageJson('textV2', frame, { text, substitution: pieces.length ? substitution : undefined }, omit);
}

const SPANS = { key: 'contents', indexed: true } as const;
// Props a flex text turns into JSON itself, or that belong to a text message only.
const FLEX_TEXT_OWN = ['action', 'quoteToken', 'v2', 'quickReply', 'sender'];
const MESSAGE_ONLY = ['quoteToken', 'v2'] as const;
const ON_FLEX = ['quickReply', 'sender'] as const;

/** The text, or the spans, of a flex `<Text>` from its children: plain strings join into `text`; any `<Span>` makes every part a span. */
function textOrSpans(frame: Frame, json: Record<string, unknown>): void {
  const only = frame.props.children;
  // One string child, the usual case, is the text itself: no walk needed.
  const parts = typeof only === 'string' ? undefined : frame.children('span', SPANS);
  if (parts?.length === 0) return;
  if (frame.props.text !== undefined) frame.problem('<Text> has both a text prop and children; use one', 'invalid_combination', 'text');
  if (parts === undefined) {
    json.text = only;
    return;
  }
  let text: string | undefined = '';
  for (const part of parts) {
    if (typeof part !== 'string') {
      text = undefined;
      break;
    }
    text += part;
  }
  if (text !== undefined) json.text = text;
  else json.contents = parts.map((p) => (typeof p === 'string' ? { type: 'span', text: p } : p));
}

function flexText(props: TextProps, frame: Frame) {
  const json: Record<string, unknown> = { type: 'text' };
  textOrSpans(frame, json);
  copyProps(props, FLEX_TEXT_OWN, json);
  for (const key of MESSAGE_ONLY) {
    if (props[key] !== undefined)
      frame.problem(`${key} belongs to a text message, not to a <Text> inside a box`, 'invalid_combination', key);
  }
  for (const key of ON_FLEX) {
    if (props[key] !== undefined)
      frame.problem(`${key} belongs to the message: put it on <Flex>, not on a <Text> inside a box`, 'invalid_combination', key);
  }
  return put(json, 'action', actionProp(frame));
}

/**
 * Text. As a message (`R#text-message`): up to 5,000 characters, with `<Emoji>` children becoming
 * LINE emoji and `<Mention>`/`<MentionAll>` making it a textV2 message. Inside a box
 * (`R#f-text`): a flex text with size, weight, color, wrap, maxLines… and `<Span>` children for
 * mixed styles.
 *
 * @example
 * render(<Text>Hello, LINE!</Text>);
 * <Box><Text weight="bold" size="xl" wrap>Total <Span color="#06c755">¥1,200</Span></Text></Box>
 */
export const Text = defineBuiltin<TextProps>({
  name: 'Text',
  slots: { message: messageText, box: flexText },
});
