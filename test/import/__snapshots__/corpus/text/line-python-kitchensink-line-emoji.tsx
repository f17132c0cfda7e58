import { Emoji, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <Text>
      <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="001" />
      {' LINE emoji '}
      <Emoji productId="5ac1bfd5040ab15980c9b435" emojiId="002" />
    </Text>
  );
}
