/**
 * The control API under `/__emulator/`, for tests in other processes and for people: what each
 * chat received, the request log, faults on demand, reply tokens, reset. Who may call it is
 * decided before it is reached (`guard.ts`: same origin, JSON bodies, the emulator's own Host, and
 * a control token beyond loopback).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '@linejsx/protocol';
import { USER_ID } from '@linejsx/schema';
import { z } from 'zod';
import type { Emulator } from './emulator.ts';
import { faultRuleSchema } from './faults.ts';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Control bodies are small JSON objects: a fault rule, a user ID and a text. */
const MAX_CONTROL_BODY = 1024 * 1024;

/** The body as JSON, or the answer to give instead (too large, not JSON). */
async function readJson(
  req: IncomingMessage,
): Promise<{ readonly value: unknown } | { readonly status: number; readonly message: string }> {
  const read = await readBody(req, MAX_CONTROL_BODY);
  if (!read.ok) return { status: 413, message: `the body is larger than ${MAX_CONTROL_BODY} bytes` };
  const text = read.bytes.toString('utf8');
  try {
    return { value: text === '' ? {} : JSON.parse(text) };
  } catch {
    return { status: 400, message: 'the body is not JSON' };
  }
}

/** Only a LINE user ID: the chat view and webhook events show it, so nothing else gets that far. */
const userId = (required: string) => z.string(required).regex(USER_ID, 'userId must be a LINE user ID: U and 32 hex digits');
const userBody = z.object({ userId: userId('userId is required') });
const saysBody = z.object({ userId: userId('userId and text are required'), text: z.string('userId and text are required') });

/** The value `schema` makes of `body`, or its first problem in words. */
function parse<T>(schema: z.ZodType<T>, body: unknown): { readonly value: T } | { readonly message: string } {
  const result = schema.safeParse(body);
  return result.success ? { value: result.data } : { message: result.error.issues[0]!.message };
}

/** Serves `/__emulator/…`. */
export async function serveControl(req: IncomingMessage, res: ServerResponse, url: URL, emu: Emulator): Promise<void> {
  const path = url.pathname.slice('/__emulator'.length);
  const method = req.method ?? 'GET';
  let body: unknown;
  if (method === 'POST') {
    const read = await readJson(req);
    if ('status' in read) return json(res, read.status, { message: read.message });
    body = read.value;
  }

  if (method === 'GET' && path === '/state') {
    let messages = 0;
    for (const inbox of emu.received().values()) messages += inbox.length;
    return json(res, 200, {
      url: emu.url,
      bot: emu.bot,
      followers: emu.followers.length,
      groups: emu.groups,
      chats: emu.received().size,
      messages,
      requests: emu.requests().length,
      faults: emu.faults(),
    });
  }
  if (method === 'GET' && path === '/received') return json(res, 200, Object.fromEntries(emu.received()));
  const inbox = /^\/inbox\/([^/]+)$/.exec(path);
  if (method === 'GET' && inbox) return json(res, 200, emu.inbox(decodeURIComponent(inbox[1]!)));
  if (method === 'GET' && path === '/requests') return json(res, 200, emu.requests());
  if (method === 'GET' && path === '/followers') return json(res, 200, emu.followers);
  if (method === 'GET' && path === '/rich-menus') return json(res, 200, emu.richMenuState());
  const shown = /^\/rich-menu\/([^/]+)$/.exec(path);
  if (method === 'GET' && shown) {
    const view = emu.richMenuOf(decodeURIComponent(shown[1]!));
    return view
      ? json(res, 200, { richMenuId: view.menu.richMenuId, via: view.via })
      : json(res, 404, { message: 'this user sees no rich menu' });
  }
  if (path === '/faults') {
    if (method === 'GET') return json(res, 200, emu.faults());
    if (method === 'DELETE') {
      emu.clearFaults();
      return json(res, 200, {});
    }
    if (method === 'POST') {
      const rule = parse(faultRuleSchema, body);
      return 'message' in rule ? json(res, 400, { message: rule.message }) : json(res, 200, { id: emu.fault(rule.value) });
    }
  }
  const fault = /^\/faults\/(\d+)$/.exec(path);
  if (method === 'DELETE' && fault)
    return emu.removeFault(Number(fault[1])) ? json(res, 200, {}) : json(res, 404, { message: 'no such fault' });
  if (method === 'POST' && path === '/reply-token') {
    const user = parse(userBody, body);
    if ('message' in user) return json(res, 400, { message: user.message });
    return json(res, 200, { replyToken: emu.replyToken(user.value.userId) });
  }
  if (method === 'POST' && path === '/user-says') {
    const says = parse(saysBody, body);
    if ('message' in says) return json(res, 400, { message: says.message });
    try {
      return json(res, 200, await emu.userSays(says.value.userId, says.value.text));
    } catch (error) {
      return json(res, 409, { message: (error as Error).message });
    }
  }
  if (method === 'POST' && path === '/reset') {
    emu.reset();
    return json(res, 200, {});
  }
  return json(res, 404, { message: `no control endpoint ${method} /__emulator${path}` });
}
