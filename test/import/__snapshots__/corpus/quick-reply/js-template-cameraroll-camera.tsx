import { Camera, CameraRoll, QuickReply, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Text
      quickReply={
        <QuickReply>
          <CameraRoll label="Send photo" />
          <Camera label="Open camera" />
        </QuickReply>
      }
    >
      This is quick reply button example
    </Text>
  );
}
