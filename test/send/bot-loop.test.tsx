/** A whole bot over real sockets: the emulator sends a signed webhook, the handler verifies it, the bot replies. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Text } from '@linejsx/jsx';
import { createWebhookHandler, isKnownEvent } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 5 });

describe('a bot end to end', () => {
  it('gets what a user says through its webhook and replies with JSX', async () => {
    const line = env.client();
    const server = createServer(
      createWebhookHandler({
        channelSecret: env.emu.channelSecret,
        onEvents: async ({ events }) => {
          for (const event of events) {
            if (isKnownEvent(event) && event.type === 'message' && event.message.type === 'text') {
              await line.reply(event.replyToken!, <Text>You said: {event.message.text}</Text>);
            }
          }
        },
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const user = env.emu.followers[2]!;
      await expect(env.emu.userSays(user, 'hi')).rejects.toThrow('no webhook endpoint is set');
      env.emu.setWebhookEndpoint(`http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`);
      const sent = await env.emu.userSays(user, 'hello bot');
      expect(sent.delivery).toMatchObject({ success: true, statusCode: 200 });
      await expect.poll(() => env.emu.inbox(user).map((m) => m.message)).toEqual([{ type: 'text', text: 'You said: hello bot' }]);
      expect(env.emu.inbox(user)[0]!.via).toBe('reply');

      // The same over the control API; a wrong channel secret on the bot's side is refused with 401.
      const other = createServer(createWebhookHandler({ channelSecret: 'another-secret', onEvents: () => {}, onError: () => {} }));
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      try {
        env.emu.setWebhookEndpoint(`http://127.0.0.1:${(other.address() as AddressInfo).port}/callback`);
        const response = await fetch(`${env.emu.url}/__emulator/user-says`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId: user, text: 'hi' }),
        });
        expect((await response.json()).delivery).toMatchObject({ success: false, statusCode: 401, reason: 'ERROR_STATUS_CODE' });
      } finally {
        await new Promise((resolve) => other.close(resolve));
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
