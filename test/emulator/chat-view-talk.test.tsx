/** Talking to a bot from the chat view: a form on a user's chat posts what they write to the bot's webhook. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Text } from '@linejsx/jsx';
import { createWebhookHandler, isKnownEvent } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 3 });

const say = (userId: string, text: string) =>
  fetch(`${env.emu.url}/chat/${userId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ text }).toString(),
    redirect: 'manual',
  });

describe('the chat view as a way to talk to the bot', () => {
  it('offers a form on every user’s chat, and the list links to the first follower’s', async () => {
    const user = env.emu.followers[0]!;
    const chat = await (await fetch(`${env.emu.url}/chat/${user}`)).text();
    expect(chat).toContain(`method="post" action="/chat/${user}"`);
    expect(chat).toContain('name="text"');
    expect(await (await fetch(`${env.emu.url}/`)).text()).toContain(`href="/chat/${user}"`);
  });

  it('sends what the user writes to the webhook and shows the chat again once the bot has replied', async () => {
    const line = env.client();
    const server = createServer(
      createWebhookHandler({
        channelSecret: env.emu.channelSecret,
        onEvents: async ({ events }) => {
          for (const event of events)
            if (isKnownEvent(event) && event.type === 'message' && event.message.type === 'text')
              await line.reply(event.replyToken!, <Text>You said: {event.message.text}</Text>);
        },
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      env.emu.setWebhookEndpoint(`http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`);
      const user = env.emu.followers[1]!;
      const response = await say(user, 'hello <bot>');
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/chat/${user}`);
      // The answer waits for the reply, so that the page it leads to shows it.
      expect(env.emu.inbox(user).map((m) => m.message)).toEqual([{ type: 'text', text: 'You said: hello <bot>' }]);
      const chat = await (await fetch(`${env.emu.url}/chat/${user}`)).text();
      expect(chat).toContain('You said: hello &lt;bot&gt;');
      // The user's own words are in the conversation too, on their side, each before the bot's answer.
      expect((await say(user, 'and again')).status).toBe(303);
      const conversation = await (await fetch(`${env.emu.url}/chat/${user}`)).text();
      const order = ['>hello &lt;bot&gt;</div>', 'You said: hello &lt;bot&gt;', '>and again</div>', 'You said: and again'].map((text) =>
        conversation.indexOf(text),
      );
      expect(order.every((at) => at > 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(conversation.match(/class="lj-user-bubble"/g)).toHaveLength(2);
      expect(env.emu.saidBy(user).map((said) => [said.text, said.after])).toEqual([
        ['hello <bot>', 0],
        ['and again', 1],
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('says what is missing when no webhook is set, and refuses an empty text', async () => {
    const user = env.emu.followers[2]!;
    const response = await say(user, 'hi');
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('no webhook endpoint is set');
    expect((await say(user, '  ')).status).toBe(400);
  });
});
