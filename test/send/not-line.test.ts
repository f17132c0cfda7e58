/**
 * What the client does when what answers is not LINE: a proxy, a captive portal or the wrong host
 * that answers 200 with HTML must not pass for a send that worked; and a base URL with a path (a
 * proxy mounted at `/line-proxy`) keeps its path.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, LineApiError } from '@linejsx/send';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCli } from '../support/cli.ts';

const PORTAL = '<!doctype html><html><head><title>Sign in to the hotel Wi-Fi</title></head><body>…</body></html>';
const user = `U${'0'.repeat(31)}1`;
let server: Server;
let url = '';
const seen: Array<Pick<IncomingMessage, 'method' | 'url'>> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url });
    req.resume().on('end', () => {
      if (req.url?.startsWith('/line-proxy/'))
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(req.url.endsWith('/quota') ? '{"type":"none"}' : '{"sentMessages":[]}');
      else if (req.url?.startsWith('/stub/')) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PORTAL);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('an answer that is not LINE’s', () => {
  it('makes push fail, saying the status, the content type and how the body starts', async () => {
    const line = createClient({ channelAccessToken: 'token', baseUrl: url, retry: false });
    const error = await line.push(user, { type: 'text', text: 'Hi' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineApiError);
    expect(error).toMatchObject({ code: 'invalid_response', status: 200 });
    const message = (error as Error).message;
    expect(message).toContain('POST /v2/bot/message/push was not answered by LINE');
    expect(message).toContain('200 text/html; charset=utf-8');
    expect(message).toContain('starting "<!doctype html><html><head><title>Sign in to the hotel Wi-Fi');
  });

  it('makes reads fail too, rather than hand back nothing', async () => {
    const line = createClient({ channelAccessToken: 'token', baseUrl: url, retry: false });
    await expect(line.quota()).rejects.toMatchObject({ code: 'invalid_response' });
    await expect(line.botInfo()).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('makes JSON without what LINE always answers fail too (`{}` from a stub), naming what is missing', async () => {
    const line = createClient({ channelAccessToken: 'token', baseUrl: `${url}/stub`, retry: false });
    const list = await line.richMenu.list().catch((e: unknown) => e);
    expect(list).toMatchObject({ code: 'invalid_response', status: 200, method: 'GET', path: '/v2/bot/richmenu/list' });
    expect((list as Error).message).toContain('the answer was 200 application/json without richmenus, starting "{}"');
    const menu = { size: { width: 2500, height: 843 }, selected: false, name: 'm', chatBarText: 'Menu', areas: [] };
    await expect(line.richMenu.create(menu)).rejects.toMatchObject({ code: 'invalid_response', path: '/v2/bot/richmenu' });
    await expect(line.push(user, { type: 'text', text: 'Hi' })).rejects.toMatchObject({ code: 'invalid_response' });
    await expect(line.botInfo()).rejects.toThrow('without userId, basicId, displayName, chatMode, markAsReadMode');
    // What LINE's schema requires nothing of is taken as it comes: a multicast answers `{}`.
    await expect(line.multicast([user], { type: 'text', text: 'Hi' })).resolves.toMatchObject({ sent: 1 });
  });

  it('makes `linejsx send push` fail (exit 4) instead of printing ✓', async () => {
    const run = await callCli(['send', 'push', 'test/cli/fixtures/messages.json', '--to', user], {
      env: { LINE_TOKEN: 'token', LINE_API_BASE_URL: url },
    });
    expect(run.stdout).not.toContain('✓');
    expect(run.stderr).toContain('was not answered by LINE');
    expect(run.code).toBe(4);
  });

  it('makes `linejsx doctor` say so (exit 4) instead of crashing', async () => {
    const run = await callCli(['doctor'], { env: { LINE_TOKEN: 'token', LINE_API_BASE_URL: url } });
    expect(run.stderr).not.toContain('TypeError');
    expect(run.stderr).toContain('was not answered by LINE');
    expect(run.code).toBe(4);
  });
});

describe('a base URL with a path', () => {
  it('keeps the path in front of every request', async () => {
    seen.length = 0;
    const line = createClient({ channelAccessToken: 'token', baseUrl: `${url}/line-proxy/`, retry: false });
    await line.push(user, { type: 'text', text: 'Hi' });
    await line.quota();
    expect(seen).toEqual([
      { method: 'POST', url: '/line-proxy/v2/bot/message/push' },
      { method: 'GET', url: '/line-proxy/v2/bot/message/quota' },
    ]);
  });
});
