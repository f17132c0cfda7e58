import { LocationAction, MessageAction, QuickReply, QuickReplyButton, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Text
      quickReply={
        <QuickReply>
          <QuickReplyButton imageUrl="https://my-linebot.example.com/static/quick/sushi.png">
            <MessageAction label="Sushi" text="Sushi" />
          </QuickReplyButton>
          <QuickReplyButton imageUrl="https://my-linebot.example.com/static/quick/tempura.png">
            <MessageAction label="Tempura" text="Tempura" />
          </QuickReplyButton>
          <LocationAction label="Send location" />
        </QuickReply>
      }
    >
      Select your favorite food category or send me your location!
    </Text>
  );
}
