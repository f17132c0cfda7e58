/**
 * The chat view: `/` lists the chats that received messages, `/chat/{id}` shows one chat as the
 * LINE app draws it (`@linejsx/preview`), a page of messages at a time, with the delivery record
 * of each message beside it, the rich menu the user sees at the bottom, and a form to write to
 * the bot as that user (posted to the webhook, as `userSays` does). Every page is written with the
 * `html` template, which escapes whatever it is given: chat IDs, names and queries come from
 * requests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { html, previewStyles, type RichMenuView, raw, renderChatHtml, type SafeHtml, type UserText } from '@linejsx/preview';
import { readBody } from '@linejsx/protocol';
import type { Emulator } from './emulator.ts';

/** Chats listed on one page; a filter (`?q=`) finds the others. */
const LISTED = 200;
/** Messages drawn on one page of a chat; `?page=` shows the others (the last page by default). */
export const CHAT_PAGE = 50;

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#8cabd9}
header{background:#06c755;color:#fff;padding:12px 16px}header a{color:#fff}
main{max-width:720px;margin:0 auto;padding:16px}
.chat{display:flex;justify-content:space-between;background:#fff;border-radius:8px;padding:10px 14px;margin:6px 0;color:#111;text-decoration:none}
.conversation{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}
.deliveries{flex:1;min-width:260px;background:#fff;border-radius:8px;padding:8px 12px;font-size:12px}
.deliveries li{margin:4px 0}
.meta{font-size:12px;color:#555}
.pages{display:flex;gap:12px;margin:8px 0}.pages a{color:#fff}
.loading{background:#fff;border-radius:8px;padding:8px 12px;display:inline-block}
form{margin:8px 0}input{padding:6px;width:60%}
.say{display:flex;gap:8px;max-width:390px}.say input{flex:1}`;

/** The largest form the chat view reads: a text message (5,000 characters of up to 4 bytes), URL-encoded. */
const MAX_FORM = 64 * 1024;

/** How long a post from the form waits for the bot's answer before showing the chat anyway. */
const REPLY_WAIT_MS = 3000;

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${raw(STYLE)}${raw(previewStyles())}</style></head><body><header><a href="/">linejsx emulator</a> · ${title}</header><main>${body}</main></body></html>`
    .value;
}

function name(emu: Emulator, chatId: string): string {
  const group = emu.groups.find((g) => g.groupId === chatId);
  if (group) return group.groupName;
  const i = emu.followers.indexOf(chatId);
  return i >= 0 ? `Follower ${i + 1}` : chatId;
}

const count = (n: number) => n.toLocaleString('en-US');

function list(emu: Emulator, url: URL): string {
  const q = url.searchParams.get('q')?.trim() ?? '';
  const chats = [...emu.received()].filter(([id]) => q === '' || id.includes(q) || name(emu, id).toLowerCase().includes(q.toLowerCase()));
  const rows = chats
    .slice(0, LISTED)
    .map(
      ([id, inbox]) =>
        html`<a class="chat" href="/chat/${encodeURIComponent(id)}"><span>${name(emu, id)} <span class="meta">${id}</span></span><span>${inbox.length + emu.droppedMessages(id)}</span></a>`,
    );
  return page(
    `${count(chats.length)} chats`,
    html`<form><input name="q" value="${q}" placeholder="user ID or name"></form>${rows}${
      chats.length > LISTED && html`<p class="meta">and ${count(chats.length - LISTED)} more; filter to find them</p>`
    }${chats.length === 0 && html`<p>No messages yet.</p>${talk(emu)}`}`,
  );
}

/**
 * The rich menu the user sees, then every other menu an alias points at, so that its switch areas
 * work as in the app; images inline as data URLs.
 */
function richMenus(emu: Emulator, userId: string): RichMenuView[] {
  const shown = emu.richMenuOf(userId);
  if (!shown) return [];
  const aliasOf = new Map(Object.entries(emu.richMenuState().aliases).map(([alias, id]) => [id, alias]));
  const view = (id: string): RichMenuView | undefined => {
    const info = emu.richMenuState().menus.find((m) => m.richMenuId === id);
    if (!info) return undefined;
    const { richMenuId: _, image: __, ...menu } = info;
    const image = emu.richMenuImage(id);
    return { menu, alias: aliasOf.get(id), image: image && `data:${image.contentType};base64,${image.data.toString('base64')}` };
  };
  const others = [...aliasOf.keys()].filter((id) => id !== shown.menu.richMenuId);
  return [shown.menu.richMenuId, ...others].map(view).filter((v): v is RichMenuView => v !== undefined);
}

/** A link to the first follower's chat, where one can write to the bot. */
function talk(emu: Emulator): SafeHtml | undefined {
  const first = emu.followers[0];
  return first === undefined
    ? undefined
    : html`<p><a href="/chat/${encodeURIComponent(first)}">Write to the bot as ${name(emu, first)}</a></p>`;
}

/** What the LINE app shows besides messages: the bot's loading animation, and that it read the user's messages. */
function chatStatus(emu: Emulator, chatId: string): SafeHtml {
  const { loadingUntil, readAt } = emu.chatState(chatId);
  const time = (ms: number) => new Date(ms).toISOString().slice(11, 19);
  return html`${
    loadingUntil
      ? html`<p class="loading" role="status">… the bot is preparing a reply (loading animation until ${time(loadingUntil)} UTC)</p>`
      : undefined
  }${readAt ? html`<p class="meta">Read by the bot at ${time(readAt)} UTC</p>` : undefined}`;
}

/** A form to write to the bot as this user: what they write goes to the webhook (users only, as in LINE's one-to-one chats). */
function sayForm(emu: Emulator, chatId: string): SafeHtml | undefined {
  if (!emu.followers.includes(chatId)) return undefined;
  return html`<form class="say" method="post" action="/chat/${encodeURIComponent(chatId)}"><input name="text" placeholder="Write to the bot as ${name(emu, chatId)}" autofocus required><button>Send</button></form>`;
}

/** Links to the older and newer pages of a chat. */
function pager(chatId: string, current: number, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const link = (n: number, words: string) => html`<a href="/chat/${encodeURIComponent(chatId)}?page=${n}">${words}</a>`;
  return html`<nav class="pages">${current > 1 && link(current - 1, '← older')}<span>page ${current} of ${pages}</span>${
    current < pages && link(current + 1, 'newer →')
  }</nav>`;
}

/**
 * What the user wrote among the messages `start` to `end` (counted from the chat's first, dropped
 * ones included) of one page; the first page also takes what came before them, the last what came after.
 */
function userTexts(emu: Emulator, chatId: string, start: number, end: number, page: { first: boolean; last: boolean }): UserText[] {
  return emu
    .saidBy(chatId)
    .filter((said) => (page.first || said.after >= start) && (page.last || said.after < end))
    .map((said) => ({ text: said.text, before: Math.max(0, said.after - start), time: clock(said.at) }));
}

const clock = (at: number) => new Date(at).toISOString().slice(11, 16);

function chat(emu: Emulator, chatId: string, url: URL): string {
  const inbox = emu.inbox(chatId);
  const menus = richMenus(emu, chatId);
  const dropped = emu.droppedMessages(chatId);
  if (inbox.length === 0 && menus.length === 0 && emu.saidBy(chatId).length === 0)
    return page(name(emu, chatId), html`${chatStatus(emu, chatId)}<p>No messages.</p>${sayForm(emu, chatId)}`);
  const pages = Math.max(1, Math.ceil(inbox.length / CHAT_PAGE));
  const asked = Number(url.searchParams.get('page'));
  const current = Number.isSafeInteger(asked) && asked >= 1 && asked <= pages ? asked : pages;
  const first = (current - 1) * CHAT_PAGE;
  const shown = inbox.slice(first, first + CHAT_PAGE);
  const phone = renderChatHtml(
    shown.map((m) => m.message),
    {
      botName: 'linejsx emulator',
      // A user with a rich menu and no message yet: an empty chat, not an empty request.
      ...(shown.length ? { time: clock(shown[shown.length - 1]!.at) } : { issues: [] }),
      richMenus: menus,
      userTexts: userTexts(emu, chatId, dropped + first, dropped + first + shown.length, { first: current === 1, last: current === pages }),
    },
  );
  const deliveries = shown.map(
    (m) => html`<li>${m.message.type} · ${m.via} · ${new Date(m.at).toISOString()} · request ${m.requestId}</li>`,
  );
  const note =
    dropped > 0 &&
    html`<p class="meta">The ${count(dropped)} oldest messages of this chat were dropped: the emulator keeps the last ${count(emu.limits.maxMessagesPerChat)} of each chat (maxMessagesPerChat).</p>`;
  return page(
    name(emu, chatId),
    html`${note}${pager(chatId, current, pages)}${chatStatus(emu, chatId)}<div class="conversation">${raw(phone)}<ol class="deliveries" start="${dropped + first + 1}">${deliveries}</ol></div>${sayForm(emu, chatId)}`,
  );
}

/**
 * What the form posts: the text goes to the bot's webhook as the user's message; the answer waits
 * (a few seconds at most) for the bot to send something to the user, then shows the chat again.
 */
async function say(req: IncomingMessage, res: ServerResponse, emu: Emulator, userId: string): Promise<void> {
  const answer = (status: number, message: string): void =>
    void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(page(name(emu, userId), html`<p>${message}</p>`));
  // The emulator's one body reader, with a limit: a text message is at most 5,000 characters.
  const read = await readBody(req, MAX_FORM);
  if (!read.ok) return answer(413, `The form is larger than ${MAX_FORM} bytes.`);
  const text = new URLSearchParams(read.bytes.toString('utf8')).get('text')?.trim() ?? '';
  if (!emu.followers.includes(userId)) return answer(404, `${userId} is not a follower of this bot.`);
  if (text === '') return answer(400, 'Write something first.');
  const before = emu.inbox(userId).length;
  try {
    await emu.userSays(userId, text);
  } catch (error) {
    // No webhook set: say how to set one.
    return answer(409, `${(error as Error).message} (linejsx emulator --webhook URL)`);
  }
  const until = Date.now() + REPLY_WAIT_MS;
  while (emu.inbox(userId).length === before && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
  res.writeHead(303, { location: `/chat/${encodeURIComponent(userId)}` }).end();
}

/** Serves the chat view pages, and the form's posts. */
export async function serveChatView(req: IncomingMessage, res: ServerResponse, url: URL, emu: Emulator): Promise<void> {
  const send = (status: number, text: string) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(text);
  const m = /^\/chat\/([^/]+)$/.exec(url.pathname);
  let chatId: string | undefined;
  try {
    chatId = m ? decodeURIComponent(m[1]!) : undefined;
  } catch {
    return void send(400, page('Bad request', html`<p>The chat ID in the address is not readable.</p>`));
  }
  if (chatId !== undefined && req.method === 'POST') return say(req, res, emu, chatId);
  if (req.method !== 'GET') return void send(405, page('Method not allowed', html``));
  if (url.pathname === '/') return void send(200, list(emu, url));
  if (chatId !== undefined) return void send(200, chat(emu, chatId, url));
  send(404, page('Not found', html`<p>No page at ${url.pathname}.</p>`));
}
