import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createWebhookHandler,
  isKnownEvent,
  parseWebhookBody,
  signBody,
  verifySignature,
  type WebhookBody,
  WebhookError,
} from '@linejsx/send';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// CONSTRAINTS.md §12 (`D:verify-webhook-signature`).
const VECTOR = {
  body: '{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}',
  secret: '8c570fa6dd201bb328f1c1eac23a96d8',
  signature: 'GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=',
};

describe('verifySignature', () => {
  it("accepts LINE's test vector", () => {
    expect(signBody(VECTOR.secret, VECTOR.body)).toBe(VECTOR.signature);
    expect(verifySignature(VECTOR.secret, VECTOR.body, VECTOR.signature)).toBe(true);
    expect(verifySignature(VECTOR.secret, Buffer.from(VECTOR.body), VECTOR.signature)).toBe(true);
  });

  it('rejects a tampered body, even a re-serialized one with the same JSON value', () => {
    expect(verifySignature(VECTOR.secret, VECTOR.body.replace('"events":[]', '"events":[{}]'), VECTOR.signature)).toBe(false);
    expect(verifySignature(VECTOR.secret, JSON.stringify(JSON.parse(VECTOR.body), null, 1), VECTOR.signature)).toBe(false);
  });

  it('accepts any body signed with its secret and rejects it after any one byte changes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.string({ minLength: 1 }).filter((secret) => secret.trim() !== ''),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (body, secret, at, flip) => {
          const signature = signBody(secret, body);
          expect(verifySignature(secret, body, signature)).toBe(true);
          const tampered = Uint8Array.from(body);
          tampered[at % body.length] ^= flip;
          expect(verifySignature(secret, tampered, signature)).toBe(false);
        },
      ),
    );
  });

  it('rejects another secret, and missing, empty or malformed signatures without throwing', () => {
    expect(verifySignature('other-secret', VECTOR.body, VECTOR.signature)).toBe(false);
    for (const signature of [undefined, '', 'abc', `${VECTOR.signature}=`, `!${VECTOR.signature.slice(1)}`, [VECTOR.signature]]) {
      expect(verifySignature(VECTOR.secret, VECTOR.body, signature)).toBe(false);
    }
  });
});

const event = (type: string, extra: object = {}) => ({
  type,
  timestamp: 1_700_000_000_000,
  mode: 'active',
  webhookEventId: `01H${type}`,
  deliveryContext: { isRedelivery: false },
  source: { type: 'user', userId: 'U4af4980629aaaaaaaaaaaaaaaaaaaaaa' },
  ...extra,
});

describe('parseWebhookBody', () => {
  it('types known events and lets unknown event types through untouched', () => {
    const raw = JSON.stringify({
      destination: 'U8e742f61d673b39c7fff3cecb7536ef0',
      events: [
        event('message', { replyToken: 'r1', message: { type: 'text', id: '1', text: 'hello', quoteToken: 'q' } }),
        event('messageEdited', { message: { id: '1', text: 'hello!' } }),
        event('follow', { replyToken: 'r2', follow: { isUnblocked: false } }),
      ],
    });
    const body = parseWebhookBody(raw);
    expect(body.events.map((e) => e.type)).toEqual(['message', 'messageEdited', 'follow']);
    const texts: string[] = [];
    for (const e of body.events) {
      if (!isKnownEvent(e)) continue;
      if (e.type === 'message' && e.message.type === 'text') texts.push(e.message.text);
    }
    expect(texts).toEqual(['hello']);
    expect(body.events[1]).toMatchObject({ type: 'messageEdited', message: { text: 'hello!' } });
  });

  it('refuses what is not a webhook body with a typed error', () => {
    const cases = [
      'not json',
      '[]',
      '{"events":[]}',
      '{"destination":"U1","events":{}}',
      '{"destination":"U1","events":[{"timestamp":1}]}',
    ];
    for (const raw of cases) {
      expect(() => parseWebhookBody(raw)).toThrow(WebhookError);
    }
    try {
      parseWebhookBody('{"destination":"U1","events":[{"type":"follow"}]}');
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_body', message: 'events[0] (follow) has no timestamp' });
    }
  });
});

describe('createWebhookHandler behind a body parser', () => {
  it.each([
    ['parsed it into req.body', true],
    ['read the stream and kept nothing', false],
  ])('answers 500 at once, not never, when another middleware %s, and says why', async (_, setsBody) => {
    const errors: Error[] = [];
    const handler = createWebhookHandler({ channelSecret: VECTOR.secret, onEvents: () => {}, onError: (error) => errors.push(error) });
    // What express.json() and its kind do: read the whole stream first, then call the next handler.
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (setsBody) (req as typeof req & { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString());
      handler(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`, {
        method: 'POST',
        body: VECTOR.body,
        headers: { 'x-line-signature': VECTOR.signature },
        signal: AbortSignal.timeout(3000),
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ message: 'the webhook body was already read by another middleware' });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(WebhookError);
      expect(errors[0]).toMatchObject({ code: 'body_consumed' });
      expect(errors[0]!.message).toBe(
        'webhook refused: the raw request body was consumed by another middleware (a body parser such as express.json()) before the handler; ' +
          'the signature is over the raw bytes, so the request must reach the handler unread: mount it before any body parser, or exclude its path from them',
      );
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('createWebhookHandler over HTTP', () => {
  let server: Server;
  let url: string;
  const received: WebhookBody[] = [];
  const errors: Error[] = [];

  beforeAll(async () => {
    const handler = createWebhookHandler({
      channelSecret: VECTOR.secret,
      onEvents: (body) => {
        received.push(body);
        if (body.events.some((e) => e.type === 'postback')) throw new Error('handler failed');
      },
      onError: (error) => errors.push(error),
      maxBodySize: 10_000,
    });
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // node:http rather than fetch: it sends the body bytes exactly as given, in several chunks.
  function post(body: string, signature: string | undefined, method = 'POST'): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        { method, headers: { 'content-type': 'application/json', ...(signature ? { 'X-Line-Signature': signature } : {}) } },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      const bytes = Buffer.from(body);
      req.write(bytes.subarray(0, 10));
      req.end(bytes.subarray(10));
    });
  }

  it('answers 200 to a signed body and hands over its events', async () => {
    const before = received.length;
    expect(await post(VECTOR.body, VECTOR.signature)).toEqual({ status: 200, text: '{}' });
    await expect.poll(() => received.length).toBe(before + 1);
    expect(received.at(-1)).toEqual({ destination: 'U8e742f61d673b39c7fff3cecb7536ef0', events: [] });
  });

  it('refuses a tampered body and a missing signature with 401, before parsing', async () => {
    const before = received.length;
    expect((await post(VECTOR.body.replace('[]', '[ ]'), VECTOR.signature)).status).toBe(401);
    expect((await post(VECTOR.body, undefined)).status).toBe(401);
    expect((await post('not json at all', undefined)).status).toBe(401);
    expect(received.length).toBe(before);
    expect(errors.filter((e) => e instanceof WebhookError && e.code === 'invalid_signature').length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a signed body that is not a webhook body with 400, and an oversized one with 413', async () => {
    const bad = '{"hello":1}';
    expect((await post(bad, signBody(VECTOR.secret, bad))).status).toBe(400);
    const big = JSON.stringify({ destination: 'U8e742f61d673b39c7fff3cecb7536ef0', events: [], pad: 'x'.repeat(20_000) });
    expect((await post(big, signBody(VECTOR.secret, big))).status).toBe(413);
    expect((await post(VECTOR.body, VECTOR.signature, 'PUT')).status).toBe(405);
  });

  it('reports an error thrown by onEvents without failing the request', async () => {
    const body = JSON.stringify({
      destination: 'U8e742f61d673b39c7fff3cecb7536ef0',
      events: [event('postback', { postback: { data: 'a=1' } })],
    });
    expect((await post(body, signBody(VECTOR.secret, body))).status).toBe(200);
    await expect.poll(() => errors.some((e) => e.message === 'handler failed')).toBe(true);
  });
});
