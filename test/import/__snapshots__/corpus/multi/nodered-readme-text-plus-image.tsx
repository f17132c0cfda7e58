import { Image, Text } from '@linejsx/jsx';

export function Imported() {
  return (
    <>
      <Text>hogehoge</Text>
      <Image
        originalContentUrl="https://i.gyazo.com/e772c3b48a07716226f7184d7f417cda.png"
        previewImageUrl="https://i.gyazo.com/e772c3b48a07716226f7184d7f417cda.png"
      />
    </>
  );
}
