/**
 * What the client refuses before it sends anything: a channel access token over plain http to a
 * host that is not this machine (anyone on the way reads it), a token with a character no token
 * has (a line break from a file or a variable), and base URLs that are not http(s). User info in a
 * base URL (`user:password@`) is never printed.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, redactUrl } from '@linejsx/send';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 3 });
const hello = [{ type: 'text', text: 'hello' }] as const;

/** A server on 127.0.0.1 that records what it is sent, as a machine on the way would. */
const captured: Array<{ authorization: string | undefined; host: string | undefined }> = [];
const capture = createServer((req: IncomingMessage, res) => {
  captured.push({ authorization: req.headers.authorization, host: req.headers.host });
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sentMessages: [{ id: '1', quoteToken: 'q' }] }));
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
  port = (capture.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => capture.close(resolve)));

/** A dispatcher that resolves every name to 127.0.0.1: `http://bot-proxy.example:PORT` reaches the capture server over a real socket. */
const everyNameHere = () =>
  new Agent({
    connect: {
      lookup: (_host, options, callback) =>
        (options as { all?: boolean }).all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4),
    },
  });

describe('plain http', () => {
  it('is refused to a host that is not this machine: the token never leaves', async () => {
    const dispatcher = everyNameHere();
    const make = () =>
      createClient({ channelAccessToken: 'a-real-looking-token', baseUrl: `http://bot-proxy.example:${port}`, dispatcher, retry: false });
    expect(make).toThrow(TypeError);
    expect(make).toThrow(/http:\/\/bot-proxy\.example:\d+ is plain http.*allowInsecure: true/);
    // Had it been made, the push would have reached the capture server with the token:
    const insecure = createClient({
      channelAccessToken: 'a-real-looking-token',
      baseUrl: `http://bot-proxy.example:${port}`,
      dispatcher,
      retry: false,
      allowInsecure: true,
    });
    await insecure.push(env.emu.followers[0]!, hello);
    expect(captured).toEqual([{ authorization: 'Bearer a-real-looking-token', host: `bot-proxy.example:${port}` }]);
    await dispatcher.close();
  });

  it('is refused for the data host too, and for addresses outside 127.0.0.0/8 and ::1', () => {
    for (const baseUrl of ['http://10.0.0.8', 'http://0.0.0.0:8080', 'http://[::ffff:10.0.0.1]', 'http://localhost.example.com']) {
      expect(() => createClient({ channelAccessToken: 't', baseUrl }), baseUrl).toThrow(/plain http/);
    }
    expect(() => createClient({ channelAccessToken: 't', dataBaseUrl: 'http://api-data.example.com' })).toThrow(/dataBaseUrl/);
  });

  it('is allowed to this machine: 127.0.0.0/8, ::1, localhost and *.localhost', async () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '[::1]', 'localhost', 'emulator.localhost', '[::ffff:127.0.0.1]', 'LOCALHOST']) {
      expect(() => createClient({ channelAccessToken: 't', baseUrl: `http://${host}:8080` }), host).not.toThrow();
    }
    await env.client().push(env.emu.followers[0]!, hello);
    expect(env.emu.inbox(env.emu.followers[0]!)).toHaveLength(1);
  });

  it('refuses base URLs that are not http(s) URLs, without printing their user info', () => {
    expect(() => createClient({ channelAccessToken: 't', baseUrl: 'ftp://api.example.com' })).toThrow(/https/);
    expect(() => createClient({ channelAccessToken: 't', baseUrl: 'api.line.me' })).toThrow(/not a URL/);
    let message = '';
    try {
      createClient({ channelAccessToken: 't', baseUrl: 'http://bot:hunter2@proxy.example.com' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('http://***@proxy.example.com');
    expect(message).not.toContain('hunter2');
  });
});

describe('a channel access token', () => {
  it('with a line break or another control character is refused before any request, not retried as a network failure', () => {
    for (const token of ['abc\ndef', 'abc\r', '\tabc', 'ab\u0000c', 'abc\u007f', 'ab c', 'abc\u00a0', 'tøken']) {
      let error: Error | undefined;
      try {
        createClient({ channelAccessToken: token, baseUrl: env.emu.url });
      } catch (caught) {
        error = caught as Error;
      }
      expect(error, JSON.stringify(token)).toBeInstanceOf(TypeError);
      expect(error!.message).toMatch(/channelAccessToken has .* at character \d+ of \d+/);
      expect(error!.message).not.toContain(token.replace(/[^a-z]/g, ''));
    }
    expect(env.emu.requests()).toEqual([]);
  });

  it('that is missing or not a string is refused', () => {
    for (const token of [undefined, '', 42, null]) {
      expect(() => createClient({ channelAccessToken: token as string }), String(token)).toThrow(/channelAccessToken is required/);
    }
  });
});

describe('redactUrl', () => {
  it('hides user info and keeps the rest', () => {
    expect(redactUrl('http://bot:hunter2@proxy.example.com:8080/line')).toBe('http://***@proxy.example.com:8080/line');
    expect(redactUrl('https://token@api.example.com')).toBe('https://***@api.example.com');
    expect(redactUrl('https://api.line.me')).toBe('https://api.line.me');
    expect(redactUrl('not a url://a:b@c')).toBe('not a url://***@c');
  });
});
