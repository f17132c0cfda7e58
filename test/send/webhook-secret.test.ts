/**
 * The channel secret is checked where it is given, not at the first POST: a handler made with an
 * unset `process.env.LINE_SECRET` would throw on every request (and kill the bot), and one made
 * with an empty secret would accept a signature anyone can compute. And whatever arrives, checking
 * a signature answers true or false, never throws.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookHandler, signBody, verifySignature } from '@linejsx/send';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const SECRET = '8c570fa6dd201bb328f1c1eac23a96d8';
const BAD_SECRETS: readonly unknown[] = [undefined, null, '', '   ', '\n', 42, {}, Buffer.from('secret'), ['secret']];

describe('a missing, empty or non-string channel secret', () => {
  it('makes createWebhookHandler throw when it is created, naming what it got, never the secret', () => {
    for (const channelSecret of BAD_SECRETS) {
      expect(() => createWebhookHandler({ channelSecret: channelSecret as string, onEvents: () => {} }), String(channelSecret)).toThrow(
        /channelSecret/,
      );
    }
    expect(() => createWebhookHandler({ channelSecret: SECRET, onEvents: () => {} })).not.toThrow();
  });

  it('makes verifySignature and signBody throw, before any HMAC with an empty key is made', () => {
    for (const secret of BAD_SECRETS) {
      expect(() => verifySignature(secret as string, '{}', signBody('x', '{}')), String(secret)).toThrow(TypeError);
      expect(() => signBody(secret as string, '{}'), String(secret)).toThrow(TypeError);
    }
  });

  it('no longer lets a body signed with an empty key through a handler', async () => {
    // Before: createWebhookHandler({ channelSecret: '' }) answered 200 to this forged request.
    let handler: ReturnType<typeof createWebhookHandler> | undefined;
    try {
      handler = createWebhookHandler({ channelSecret: '', onEvents: () => {} });
    } catch {
      handler = undefined;
    }
    expect(handler).toBeUndefined();
    // The same body against a real secret is refused (401), the server stays up.
    const server = createServer(createWebhookHandler({ channelSecret: SECRET, onEvents: () => {}, onError: () => {} }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const body = '{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}';
      const forged = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
        method: 'POST',
        body,
        headers: { 'x-line-signature': signBody('\u0000', body) },
      });
      expect(forged.status).toBe(401);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('verifySignature on any input', () => {
  it('answers a boolean and never throws, whatever the body and the signature are', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.uint8Array(),
      fc.base64String(),
      fc.constant(signBody(SECRET, '{}')),
      fc.array(fc.string()),
    );
    fc.assert(
      fc.property(anything, anything, (body, signature) => {
        const verdict = verifySignature(SECRET, body as string, signature as string);
        expect(typeof verdict).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('is false for a body that is neither text nor bytes, even with the signature of its text', () => {
    const body = { destination: 'U8e742f61d673b39c7fff3cecb7536ef0', events: [] };
    expect(verifySignature(SECRET, body as unknown as string, signBody(SECRET, JSON.stringify(body)))).toBe(false);
    expect(verifySignature(SECRET, 12 as unknown as string, signBody(SECRET, '12'))).toBe(false);
  });
});
