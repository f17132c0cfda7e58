import { Emoji, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Text>
      <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="164" />
      {' 找不到指令喔 '}
      <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="164" />
    </Text>
  );
}
