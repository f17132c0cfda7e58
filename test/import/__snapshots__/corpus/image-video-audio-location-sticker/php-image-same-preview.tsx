import { Image } from '@linejsx/jsx';

export function Imported() {
  return (
    <Image
      originalContentUrl="https://api.reh.tw/images/gonetone/logos/icons/icon-256x256.png"
      previewImageUrl="https://api.reh.tw/images/gonetone/logos/icons/icon-256x256.png"
    />
  );
}
