import { Emoji, LocationAction, MessageAction, QuickReply, QuickReplyButton, Text, Uri } from '@linejsx/jsx';
import { defineExample } from './define.ts';

export interface WelcomeTextProps {
  /** The friend's display name. */
  name: string;
  shop: string;
  orderUrl: string;
}

/** Two LINE emoji of the set LINE's own text message example uses (`R#text-message`). */
const WAVE = { productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' };
const CUP = { productId: '5ac1bfd5040ab15980c9b435', emojiId: '002' };

/** A greeting for a new friend: a text message with LINE emoji and four quick replies, one with an icon. */
export function WelcomeText({ name, shop, orderUrl }: WelcomeTextProps) {
  return (
    <Text
      quickReply={
        <QuickReply>
          <MessageAction label="See the menu" text="Menu" />
          <QuickReplyButton imageUrl="https://images.example.com/icons/clock.png">
            <MessageAction label="Opening hours" text="Opening hours" />
          </QuickReplyButton>
          <LocationAction label="Nearest shop" />
          <Uri label="Order online" uri={orderUrl} />
        </QuickReply>
      }
    >
      Hi {name}! <Emoji {...WAVE} /> Thanks for adding {shop} as a friend. Coffee on us with your first order <Emoji {...CUP} />
    </Text>
  );
}

export default defineExample<WelcomeTextProps>({
  id: 'welcome-text',
  title: 'Welcome text',
  description:
    'A text message (not flex) with two LINE emoji and a quick reply of four buttons: message, message with an icon, location and URI actions.',
  component: WelcomeText,
  sample: { name: 'Aiko', shop: 'Brown Café', orderUrl: 'https://order.example.com/brown-cafe' },
});
