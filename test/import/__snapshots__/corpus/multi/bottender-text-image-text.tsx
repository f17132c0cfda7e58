import { Image, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <>
      <Text>Hello</Text>
      <Image
        originalContentUrl="https://example.com/original.jpg"
        previewImageUrl="https://example.com/preview.jpg"
      />
      <Text>End</Text>
    </>
  );
}
