/**
 * The push clients compared: linejsx, `@line/bot-sdk`'s `MessagingApiClient`, and bare undici
 * `request()` on a Pool sending the same bytes (the floor). Each sends one push of the same
 * message JSON, with a fresh retry key, and reads the answer. linejsx validates a message object
 * once and again only when its JSON changed, so linejsx and undici also run with a message built
 * afresh for every push (as a bot personalises one per user): there linejsx validates every push.
 */
import { randomUUID } from 'node:crypto';
import { messagingApi } from '@line/bot-sdk';
import type { Message } from '@linejsx/schema';
import { createClient } from '@linejsx/send';
import { Pool } from 'undici';

export interface PushClient {
  push(): Promise<void>;
  close(): Promise<void>;
}

export interface Target {
  readonly url: string;
  readonly token: string;
  readonly to: string;
  readonly message: Message;
  /** Builds the same message afresh, for the `-fresh` clients. */
  readonly build: () => Message;
}

export type ClientName = 'linejsx' | 'bot-sdk' | 'undici' | 'linejsx-fresh' | 'undici-fresh';

export const CLIENT_LABELS: Record<ClientName, string> = {
  linejsx: 'linejsx createClient().push()',
  'bot-sdk': '@line/bot-sdk MessagingApiClient.pushMessage()',
  undici: 'bare undici request() on a Pool (floor)',
  'linejsx-fresh': 'linejsx push(), a new message object each time',
  'undici-fresh': 'bare undici, a new message object each time (floor)',
};

/**
 * LINE's push limit is 2,000 requests/s; the client keeps under it on its own, which on a fast
 * server would make the limit, not the client, the figure. The bench raises the limit far out of
 * reach: the token bucket still runs on every request, it just never waits.
 */
const UNREACHABLE = { push: { limit: 1_000_000_000, per: 1000 } } as const;

export function createPushClient(name: ClientName, target: Target): PushClient {
  const { url, token, to, message, build } = target;
  switch (name) {
    case 'linejsx':
    case 'linejsx-fresh': {
      const line = createClient({ channelAccessToken: token, baseUrl: url, rateLimits: UNREACHABLE });
      const next = name === 'linejsx' ? () => message : build;
      return { push: async () => void (await line.push(to, next())), close: async () => {} };
    }
    case 'bot-sdk': {
      const sdk = new messagingApi.MessagingApiClient({ channelAccessToken: token, baseURL: url });
      return {
        push: async () => void (await sdk.pushMessage({ to, messages: [message] as messagingApi.Message[] }, randomUUID())),
        close: async () => {},
      };
    }
    case 'undici':
    case 'undici-fresh': {
      const pool = new Pool(url);
      const authorization = `Bearer ${token}`;
      const next = name === 'undici' ? () => message : build;
      return {
        async push() {
          const response = await pool.request({
            path: '/v2/bot/message/push',
            method: 'POST',
            headers: { authorization, 'content-type': 'application/json', 'x-line-retry-key': randomUUID() },
            body: JSON.stringify({ to, messages: [next()] }),
          });
          await response.body.json();
          if (response.statusCode !== 200) throw new Error(`push answered ${response.statusCode}`);
        },
        close: () => pool.close(),
      };
    }
  }
}
