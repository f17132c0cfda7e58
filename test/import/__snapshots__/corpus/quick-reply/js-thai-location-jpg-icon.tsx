import { LocationAction, MessageAction, QuickReply, QuickReplyButton, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Text
      quickReply={
        <QuickReply>
          <LocationAction label="Send location" />
          <QuickReplyButton imageUrl="https://image.freepik.com/free-vector/finger-point-hand-show-vector-thumb-direction-showing_79145-25.jpg">
            <MessageAction label="custom point" text="เลือกจุดเอง" />
          </QuickReplyButton>
        </QuickReply>
      }
    >
      ลองจิ้มส่ง location ของเธอมาสิ ✨
    </Text>
  );
}
