import { Emoji, Mention, MentionAll, MessageAction, QuickReply, Sender, Text } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';

export default { title: 'Messages/Text' } satisfies Meta;

export const Plain = story(({ text }: { text: string }) => <Text>{text}</Text>, {
  args: { text: 'Hello! Thanks for adding Brown Café as a friend.' },
});

export const LongTextWraps = story(() => (
  <Text>
    {
      'Our autumn menu is here: pumpkin spice latte, chestnut Mont Blanc and a roasted sweet potato cheesecake that our regulars already call the best thing we ever baked.\n\nSee you soon!'
    }
  </Text>
));

export const LineEmoji = story(() => (
  <Text>
    Thanks for your order <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="001" /> see you soon{' '}
    <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="002" />
  </Text>
));

export const Mentions = story(() => (
  <Text>
    Welcome <Mention userId="U4af4980629d4f0f3e8a3f2b8a7e7a1c2" name="cony" />! Hello <MentionAll />, please say hi.
  </Text>
));

export const WithSender = story(() => (
  <Text sender={<Sender name="Cony (barista)" iconUrl="https://images.example.com/cony.png" />}>Your latte is ready at the counter.</Text>
));

export const WithQuickReply = story(() => (
  <Text
    quickReply={
      <QuickReply>
        <MessageAction label="Menu" text="menu" />
        <MessageAction label="Opening hours" text="hours" />
        <MessageAction label="Reserve a table" text="reserve" />
      </QuickReply>
    }
  >
    What would you like to do?
  </Text>
));
