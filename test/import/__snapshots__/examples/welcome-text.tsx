import {
  Emoji,
  LocationAction,
  MessageAction,
  QuickReply,
  QuickReplyButton,
  Text,
  Uri,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Text
      quickReply={
        <QuickReply>
          <MessageAction label="See the menu" text="Menu" />
          <QuickReplyButton imageUrl="https://images.example.com/icons/clock.png">
            <MessageAction label="Opening hours" text="Opening hours" />
          </QuickReplyButton>
          <LocationAction label="Nearest shop" />
          <Uri label="Order online" uri="https://order.example.com/brown-cafe" />
        </QuickReply>
      }
    >
      {'Hi Aiko! '}
      <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="001" />
      {' Thanks for adding Brown Café as a friend. Coffee on us with your first order '}
      <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="002" />
    </Text>
  );
}
