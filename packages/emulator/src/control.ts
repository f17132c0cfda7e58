/**
 * The control API under `/__emulator/`, for tests in other processes and for people: what each
 * chat received, the request log, faults on demand, reply tokens, reset. Who may call it is
 * decided before it is reached (`guard.ts`: same origin, JSON bodies, the emulator's own Host, and
 * a control token beyond loopback).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Emulator } from './emulator.ts';
import { type FaultRule, faultProblem } from './faults.ts';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

/** Serves `/__emulator/…`. */
export async function serveControl(req: IncomingMessage, res: ServerResponse, url: URL, emu: Emulator): Promise<void> {
  const path = url.pathname.slice('/__emulator'.length);
  const method = req.method ?? 'GET';
  let body: unknown;
  try {
    body = method === 'POST' ? await readJson(req) : undefined;
  } catch {
    return json(res, 400, { message: 'the body is not JSON' });
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
      const problem = faultProblem(body);
      if (problem) return json(res, 400, { message: problem });
      return json(res, 200, { id: emu.fault(body as FaultRule) });
    }
  }
  const fault = /^\/faults\/(\d+)$/.exec(path);
  if (method === 'DELETE' && fault)
    return emu.removeFault(Number(fault[1])) ? json(res, 200, {}) : json(res, 404, { message: 'no such fault' });
  if (method === 'POST' && path === '/reply-token') {
    const userId = (body as { userId?: unknown }).userId;
    if (typeof userId !== 'string') return json(res, 400, { message: 'userId is required' });
    return json(res, 200, { replyToken: emu.replyToken(userId) });
  }
  if (method === 'POST' && path === '/user-says') {
    const { userId, text } = body as { userId?: unknown; text?: unknown };
    if (typeof userId !== 'string' || typeof text !== 'string') return json(res, 400, { message: 'userId and text are required' });
    try {
      return json(res, 200, await emu.userSays(userId, text));
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
