/**
 * The bot: LINE posts what users do to its webhook, signed with the channel secret; a user who
 * writes a text gets the Welcome card in reply, with their name.
 *
 *   npm run dev   against a local LINE emulator, which sets the variables below: write to the bot
 *                 in the emulator's chat view (the address it prints)
 *   npm start     against LINE: LINE_TOKEN (channel access token) and LINE_SECRET (channel secret)
 *                 from the environment, PORT (default 3000); the webhook URL is this server's
 */
import { createServer } from 'node:http';
import { createElement } from '@linejsx/jsx';
import { createClient, createWebhookHandler, isKnownEvent } from '@linejsx/send';
import { Welcome } from './messages/Welcome.tsx';

function required(name: string): string {
  const value = process.env[name];
  if (value) return value;
  console.error(`${name} is not set: npm run dev sets it for the local emulator; for LINE, give your channel's`);
  process.exit(1);
}

const line = createClient({ channelAccessToken: required('LINE_TOKEN'), baseUrl: process.env.LINE_API_BASE_URL });

const webhook = createWebhookHandler({
  channelSecret: required('LINE_SECRET'),
  onEvents: async ({ events }) => {
    for (const event of events) {
      if (!isKnownEvent(event) || event.type !== 'message' || event.message.type !== 'text' || !event.replyToken) continue;
      const userId = event.source?.userId;
      // A user who is not the bot's friend has no profile to read: then they are "friend".
      const profile = userId ? await line.profile(userId).catch(() => undefined) : undefined;
      await line.reply(event.replyToken, createElement(Welcome, { ...Welcome.sample, name: profile?.displayName ?? 'friend' }));
    }
  },
});

const port = Number(process.env.PORT) || 3000;
createServer(webhook).listen(port, () => console.log(`The bot's webhook: http://127.0.0.1:${port}/webhook`));
