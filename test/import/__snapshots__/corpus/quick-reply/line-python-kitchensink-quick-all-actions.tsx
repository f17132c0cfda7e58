import {
  Camera,
  CameraRoll,
  DatetimePicker,
  LocationAction,
  MessageAction,
  Postback,
  QuickReply,
  Text,
} from '@linejsx/jsx';

export function Imported() {
  return (
    <Text
      quickReply={
        <QuickReply>
          <Postback label="label1" data="data1" />
          <MessageAction label="label2" text="text2" />
          <DatetimePicker label="label3" data="data3" mode="date" />
          <Camera label="label4" />
          <CameraRoll label="label5" />
          <LocationAction label="label6" />
        </QuickReply>
      }
    >
      Quick reply
    </Text>
  );
}
