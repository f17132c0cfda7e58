import { Camera, CameraRoll, Postback, QuickReply, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Text
      quickReply={
        <QuickReply>
          <Postback label="低能卡熱門12則貼文" data="action=dcard&item=posts" />
          <CameraRoll label="Send photo" />
          <Camera label="Open camera" />
        </QuickReply>
      }
    >
      我還在測試拉顆顆顆(Quick reply)
    </Text>
  );
}
