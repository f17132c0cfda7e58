/**
 * The chat screen: a phone-width frame with LINE's chat background, the bot's avatar and name
 * before each run of messages, the time beside each message, problems under the message they
 * belong to, quick reply chips of the last message, and the input bar.
 */
import type { ValidationIssue } from '@linejsx/schema';
import { attrs, html, type ImageSrc, imageUrl, raw, type SafeHtml, style, withImageSrc } from './html.ts';
import { ICONS } from './icons.ts';
import { obj, str } from './input.ts';
import { checkMessages, type IssueIndex, issueList } from './issues.ts';
import { drawMessage } from './messages/message.ts';
import { quickReplyBar } from './quick-reply.ts';
import { checkRichMenus, type RichMenuView, richMenuSection } from './rich-menu.ts';
import { CHAT } from './values.ts';

export interface ChatOptions {
  /** `light` (LINE's default chat background) or `dark`. Default light. */
  readonly theme?: 'light' | 'dark';
  /** Phone width in CSS pixels. Default 390. */
  readonly width?: number;
  /** The account's name, shown in the header and above messages without a sender. Default "LINE Official Account". */
  readonly botName?: string;
  /** The account's icon; an initial in a circle when absent. */
  readonly botIconUrl?: string;
  /** The time shown beside each message. Default "12:00", so that output is reproducible. */
  readonly time?: string;
  /**
   * Problems to show instead of validating here: pass those of `@linejsx/jsx`, which carry
   * component paths and TSX lines. Paths start with `messages[i]`.
   */
  readonly issues?: readonly ValidationIssue[];
  /**
   * Rich menus to draw at the bottom, in place of the input bar: the first is on show, the others
   * are tabs its `richmenuswitch` areas lead to.
   */
  readonly richMenus?: readonly RichMenuView[];
  /**
   * Problems of the rich menus to show instead of validating them here: those of `@linejsx/jsx`'s
   * `tryRenderRichMenus()`, with paths `menus[i]…`, component paths and TSX lines.
   */
  readonly richMenuIssues?: readonly ValidationIssue[];
  /** HTML drawn under the input bar (or the rich menus); empty by default. */
  readonly below?: string;
  /**
   * Where the browser loads each image of the JSON from (flex images and icons, photos, template
   * and imagemap images, quick reply icons, sender icons): the URL itself by default. The JSON is
   * not changed. Storybook maps the examples' placeholder URLs to pictures it serves.
   */
  readonly imageSrc?: ImageSrc;
  /**
   * What the user wrote, drawn on the right in their own bubbles: each before the message at
   * `before` (`messages.length` for after the last). The emulator's chat view shows a conversation
   * with it.
   */
  readonly userTexts?: readonly UserText[];
}

/** A text the user wrote, and where it goes among the bot's messages. */
export interface UserText {
  readonly text: string;
  /** The index of the bot's message it comes before. */
  readonly before: number;
  /** The time beside it; `ChatOptions.time` when absent. */
  readonly time?: string;
}

interface Sender {
  readonly name: string;
  readonly iconUrl: string | undefined;
}

function senderOf(message: unknown, options: ChatOptions): Sender {
  const sender = obj(obj(message)?.sender);
  return {
    name: str(sender?.name) ?? options.botName ?? 'LINE Official Account',
    iconUrl: imageUrl(str(sender?.iconUrl) ?? options.botIconUrl),
  };
}

function avatar(sender: Sender): SafeHtml {
  const initial = [...sender.name.trim()][0]?.toUpperCase() ?? '?';
  const picture = sender.iconUrl ? html`<img src="${sender.iconUrl}" alt="" onerror="this.remove()">` : undefined;
  return html`<div class="lj-avatar">${initial}${picture}</div>`;
}

const AVATAR_SPACE = html`<div class="lj-avatar-space"></div>`;

/** The user's own bubble, on the right, its time on its left (as LINE draws the user's messages). */
function userRow(said: UserText, options: ChatOptions): SafeHtml {
  return html`<div class="lj-row lj-user"><div class="lj-line"><span class="lj-time">${said.time ?? options.time ?? '12:00'}</span><div class="lj-user-bubble">${said.text}</div></div></div>`;
}

function messageRows(messages: readonly unknown[], index: IssueIndex, options: ChatOptions): SafeHtml[] {
  let previous: Sender | undefined;
  const userTexts = options.userTexts ?? [];
  const userRows = (before: number) => {
    const rows = userTexts.filter((said) => Math.min(said.before, messages.length) === before).map((said) => userRow(said, options));
    // After the user's words, the bot's next message shows its avatar and name again.
    if (rows.length > 0) previous = undefined;
    return rows;
  };
  const rows = messages.flatMap((message, i) => {
    const before = userRows(i);
    const path = `messages[${i}]`;
    const sender = senderOf(message, options);
    const first = !previous || previous.name !== sender.name || previous.iconUrl !== sender.iconUrl;
    previous = sender;
    const drawn = drawMessage(message, path, index);
    const time = drawn.wide ? undefined : html`<span class="lj-time">${options.time ?? '12:00'}</span>`;
    const head = first ? html`<div class="lj-name">${sender.name}</div>` : undefined;
    const column = html`<div class="lj-col">${head}<div class="lj-line">${drawn.html}${time}</div>${issueList(index.under(path))}</div>`;
    return [
      ...before,
      html`<div class="lj-row${first ? ' lj-first' : ''}${drawn.wide ? ' lj-wide' : ''}">${first ? avatar(sender) : AVATAR_SPACE}${column}</div>`,
    ];
  });
  return [...rows, ...userRows(messages.length)];
}

/** The chat frame around already checked messages (shared with the workbench). */
export function chatFrame(messages: readonly unknown[], index: IssueIndex, options: ChatOptions): SafeHtml {
  return withImageSrc(options.imageSrc, () => frame(messages, index, options));
}

function frame(messages: readonly unknown[], index: IssueIndex, options: ChatOptions): SafeHtml {
  const theme = options.theme === 'dark' ? 'dark' : 'light';
  const width = options.width ?? CHAT.width;
  const last = messages.length - 1;
  const quickReply = last >= 0 ? quickReplyBar(obj(messages[last])?.quickReply, `messages[${last}].quickReply`, index) : undefined;
  const header = html`<div class="lj-chat-header">${ICONS.back}<span class="lj-chat-title">${options.botName ?? 'LINE Official Account'}</span>${ICONS.search}${ICONS.menu}</div>`;
  // A rich menu's chat bar takes the place of the input bar, as in the LINE app.
  const input = options.richMenus?.length
    ? richMenuSection(options.richMenus, checkRichMenus(options.richMenus, options.richMenuIssues))
    : html`<div class="lj-input-bar">${ICONS.plus}${ICONS.camera}${ICONS.picture}<div class="lj-field">Aa</div>${ICONS.mic}</div>`;
  const chat = html`<div class="lj-chat">${issueList(index.outside(messages.length))}<div class="lj-date">Today</div>${messageRows(messages, index, options)}</div>`;
  // `below` is HTML the caller wrote (documented as such), not content of the messages.
  const phone = html`<div class="lj-phone">${header}${chat}${quickReply}${input}${raw(options.below ?? '')}</div>`;
  return html`<div${attrs({ class: `lj-root lj-theme-${theme}` })}${style({ width: `${width}px` })}>${phone}</div>`;
}

/**
 * Draws messages as the LINE chat screen shows them, as an HTML string (no DOM needed). Input may
 * be a message, an array of messages or anything invalid: what can be drawn is drawn, and every
 * problem is shown under its message with its JSON path. Needs `previewStyles()` on the page.
 *
 * @example
 * const html = renderChatHtml([{ type: 'text', text: 'Hello!' }, { type: 'sticker', packageId: '446', stickerId: '1988' }], { theme: 'dark' });
 */
export function renderChatHtml(messages: unknown, options: ChatOptions = {}): string {
  const { messages: list, index } = checkMessages(messages, options.issues);
  return chatFrame(list, index, options).value;
}

/**
 * Draws one message alone, without the chat frame, with its problems under it.
 *
 * @example
 * const html = renderMessageHtml({ type: 'flex', altText: 'Hi', contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'Hi' }] } } });
 */
export function renderMessageHtml(message: unknown, options: Pick<ChatOptions, 'theme' | 'issues' | 'imageSrc'> = {}): string {
  const { index } = checkMessages([message], options.issues);
  const drawn = withImageSrc(options.imageSrc, () => drawMessage(message, 'messages[0]', index));
  return html`<div class="lj-root lj-theme-${options.theme === 'dark' ? 'dark' : 'light'}">${drawn.html}${issueList(index.issues)}</div>`
    .value;
}
