/**
 * The emulator against a web page that wants to drive it, and against load: every page escapes
 * what it shows (a chat ID was written raw into `/`), the control API refuses other origins and
 * `text/plain` bodies, every request with another `Host` than the emulator's is refused (DNS
 * rebinding), listening beyond loopback needs a control token, and the request log and the chats
 * keep a bounded number of entries, paged in the chat view, all let go by a reset.
 */
import { request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EMULATOR_LIMITS, type Emulator, emulatedId, startEmulator } from '@linejsx/emulator';
import { createClient } from '@linejsx/send';
import { afterEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 5 });
const hello = [{ type: 'text', text: 'hello' }] as const;
const XSS = '<img src=x onerror="alert(document.domain)">';

let own: Emulator | undefined;
afterEach(async () => {
  await own?.stop();
  own = undefined;
});

/** A raw HTTP request, so that Host and Origin are what the test says (fetch sets Host itself). */
function send(
  url: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('pages', () => {
  it('escape a chat ID that is HTML, in the list and in the chat (stored XSS)', async () => {
    const token = env.emu.replyToken(XSS);
    await env.client().reply(token, hello);
    const list = (await send(env.emu.url, '/')).body;
    expect(list).not.toContain('<img src=x');
    expect(list).toContain('&lt;img src=x onerror=&quot;alert(document.domain)&quot;&gt;');
    const chat = (await send(env.emu.url, `/chat/${encodeURIComponent(XSS)}`)).body;
    expect(chat).not.toContain('<img src=x');
    const search = (await send(env.emu.url, `/?q=${encodeURIComponent('"><script>alert(1)</script>')}`)).body;
    expect(search).not.toContain('<script>alert(1)');
    expect((await send(env.emu.url, `/nope${encodeURIComponent('<b>')}`)).body).not.toContain('<b>');
  });
});

describe("the chat view's form", () => {
  it('takes no post from a page of another origin (the bot would get a message the user never wrote)', async () => {
    const user = env.emu.followers[0]!;
    const post = (headers: Record<string, string>) =>
      send(env.emu.url, `/chat/${user}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'text=hi',
      });
    expect(await post({ origin: 'https://evil.example' })).toMatchObject({ status: 403 });
    expect(await post({ 'sec-fetch-site': 'cross-site' })).toMatchObject({ status: 403 });
    // From the emulator's own page: on to the form (409 here: no webhook is set).
    const port = new URL(env.emu.url).port;
    expect(await post({ origin: `http://127.0.0.1:${port}` })).toMatchObject({ status: 409 });
  });
});

describe('the control API', () => {
  const says = (headers: Record<string, string>) =>
    send(env.emu.url, '/__emulator/reply-token', { method: 'POST', headers, body: JSON.stringify({ userId: env.emu.followers[0] }) });

  it('refuses a page of another origin, and a text/plain body that a page can send without asking', async () => {
    expect(await says({ 'content-type': 'text/plain', origin: 'https://evil.example' })).toMatchObject({ status: 403 });
    expect(await says({ 'content-type': 'application/json', origin: 'https://evil.example' })).toMatchObject({ status: 403 });
    expect(await says({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).toMatchObject({ status: 403 });
    const plain = await says({ 'content-type': 'text/plain;charset=UTF-8' });
    expect(plain.status).toBe(415);
    expect(JSON.parse(plain.body).message).toContain('Content-Type: application/json');
    expect(await says({})).toMatchObject({ status: 415 });
    expect(await says({ 'content-type': 'application/json' })).toMatchObject({ status: 200 });
    const port = new URL(env.emu.url).port;
    expect(await says({ 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` })).toMatchObject({ status: 200 });
    expect(env.emu.requests()).toEqual([]);
  });

  it('with another Host (DNS rebinding), refuses the control API, the pages and the API alike', async () => {
    const port = new URL(env.emu.url).port;
    const rebound = { host: `attacker.example:${port}` };
    for (const path of ['/__emulator/state', '/', '/v2/bot/info']) {
      const answer = await send(env.emu.url, path, { headers: { ...rebound, authorization: `Bearer ${env.emu.token}` } });
      expect(answer.status, path).toBe(421);
      expect(JSON.parse(answer.body).message).toContain('does not answer to the host name "attacker.example"');
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `emulator.localhost:${port}`]) {
      expect((await send(env.emu.url, '/__emulator/state', { headers: { host } })).status, host).toBe(200);
    }
    own = await startEmulator({ allowedHosts: ['emulator'] });
    expect((await send(own.url, '/__emulator/state', { headers: { host: 'emulator:8080' } })).status).toBe(200);
  });

  it('beyond loopback: refused without a control token; with one, the control API needs it', async () => {
    await expect(startEmulator({ host: '0.0.0.0' })).rejects.toThrow(
      /host 0\.0\.0\.0 exposes the emulator to the network[\s\S]*controlToken/,
    );
    own = await startEmulator({ host: '0.0.0.0', controlToken: 'c0ntrol' });
    const url = `http://127.0.0.1:${own.port}`;
    expect((await send(url, '/__emulator/state')).status).toBe(401);
    expect((await send(url, '/__emulator/state', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await send(url, '/__emulator/state', { headers: { authorization: 'Bearer c0ntrol' } })).status).toBe(200);
    // The API has its own token, as LINE's does.
    expect((await send(url, '/v2/bot/info', { headers: { authorization: `Bearer ${own.token}` } })).status).toBe(200);
  });
});

describe('what the emulator keeps', () => {
  it('the last maxRequests requests, and the last maxMessagesPerChat messages of each chat, the chat view saying so', async () => {
    expect(EMULATOR_LIMITS).toEqual({ maxRequests: 10_000, maxMessagesPerChat: 1_000 });
    own = await startEmulator({ followers: 2, maxRequests: 5, maxMessagesPerChat: 3 });
    const line = createClient({ channelAccessToken: own.token, baseUrl: own.url });
    const [user] = own.followers;
    for (let i = 1; i <= 8; i++) await line.push(user!, [{ type: 'text', text: `message ${i}` }]);
    expect(own.requests()).toHaveLength(5);
    expect(own.inbox(user!).map((m) => (m.message as { text: string }).text)).toEqual(['message 6', 'message 7', 'message 8']);
    expect(own.droppedMessages(user!)).toBe(5);
    const chat = (await send(own.url, `/chat/${user}`)).body;
    expect(chat).toContain('The 5 oldest messages of this chat were dropped: the emulator keeps the last 3 of each chat');
    expect(chat).toContain('<ol class="deliveries" start="6">');
    await expect(startEmulator({ maxRequests: 0 })).rejects.toThrow('maxRequests must be a whole number of at least 1');
  });

  it('draws a long chat a page at a time, the newest page first', async () => {
    own = await startEmulator({ followers: 1 });
    const line = createClient({ channelAccessToken: own.token, baseUrl: own.url });
    const [user] = own.followers;
    for (let i = 0; i < 24; i++)
      await line.push(
        user!,
        Array.from({ length: 5 }, (_, j) => ({ type: 'text' as const, text: `m${i * 5 + j + 1}` })),
      );
    const last = (await send(own.url, `/chat/${user}`)).body;
    expect(last).toContain('page 3 of 3');
    expect(last).toContain('>m120<');
    expect(last).not.toContain('>m100<');
    expect(last).toContain(`href="/chat/${user}?page=2"`);
    const first = (await send(own.url, `/chat/${user}?page=1`)).body;
    expect(first).toContain('>m1<');
    expect(first).toContain('>m50<');
    expect(first).not.toContain('>m51<');
    expect(first.length).toBeLessThan(last.length * 3);
  });

  it('lets go of messages and requests on reset', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    own = await startEmulator({ followers: 0 });
    const line = createClient({ channelAccessToken: own.token, baseUrl: own.url, rateLimits: false });
    gc();
    const before = process.memoryUsage().heapUsed;
    const text = [{ type: 'text', text: 'x'.repeat(2000) }] as const;
    for (let round = 0; round < 20; round++) {
      const ids = Array.from({ length: 5000 }, (_, i) => emulatedId('U', `load:${round}:${i}`));
      await line.multicast(ids, text);
    }
    gc();
    const loaded = process.memoryUsage().heapUsed;
    expect(loaded - before).toBeGreaterThan(5_000_000);
    own.reset();
    gc();
    const after = process.memoryUsage().heapUsed;
    expect(after - before).toBeLessThan((loaded - before) / 4);
  });
});
