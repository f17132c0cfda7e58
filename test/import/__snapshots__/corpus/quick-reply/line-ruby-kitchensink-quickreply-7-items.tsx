import {
  Camera,
  CameraRoll,
  DatetimePicker,
  LocationAction,
  MessageAction,
  Postback,
  QuickReply,
  QuickReplyButton,
  Text,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Text
      quickReply={
        <QuickReply>
          <QuickReplyButton imageUrl="https://via.placeholder.com/64x64">
            <MessageAction label="Sushi" text="Sushi" />
          </QuickReplyButton>
          <LocationAction label="Send location" />
          <QuickReplyButton imageUrl="https://via.placeholder.com/64x64">
            <Camera label="Open camera" />
          </QuickReplyButton>
          <QuickReplyButton imageUrl="https://via.placeholder.com/64x64">
            <CameraRoll label="Open cameraRoll" />
          </QuickReplyButton>
          <Postback label="buy" data="action=buy&itemid=111" text="buy" />
          <MessageAction label="Yes" text="Yes" />
          <DatetimePicker
            label="Select date"
            data="storeId=12345"
            mode="datetime"
            initial="2017-12-25t00:00"
            max="2018-01-24t23:59"
            min="2017-12-25t00:00"
          />
        </QuickReply>
      }
    >
      [QUICK REPLY]
    </Text>
  );
}
