import { Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <>
      <Text>Display name: Brown</Text>
      <Text>Status message: Hello, LINE!</Text>
    </>
  );
}
