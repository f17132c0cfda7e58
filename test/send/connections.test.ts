/**
 * The client opens no more connections than it has requests in flight: undici's Pool opens a spare
 * one whenever a request makes every open one busy, which a closed loop of N senders turns into up
 * to 2N sockets (`packages/send/src/connections.ts`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@linejsx/send';
import { afterAll, beforeAll, expect, it } from 'vitest';

const ANSWER = JSON.stringify({ sentMessages: [{ id: '1', quoteToken: 'q' }] });
let server: Server;
let url = '';
let connections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it.each([1, 16])('keeps at most N connections for N = %i senders in a closed loop', async (senders) => {
  connections = 0;
  const line = createClient({ channelAccessToken: 'token', baseUrl: url, rateLimits: false });
  const to = `U${'0'.repeat(31)}1`;
  const message = { type: 'text', text: 'hi' } as const;
  await Promise.all(
    Array.from({ length: senders }, async () => {
      for (let i = 0; i < 30; i++) await line.push(to, message);
    }),
  );
  expect(connections).toBeGreaterThan(0);
  expect(connections).toBeLessThanOrEqual(senders);
});
