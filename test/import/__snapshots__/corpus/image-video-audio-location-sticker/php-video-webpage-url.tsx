import { Video } from '@linejsx/jsx';

export function Imported() {
  return (
    <Video
      originalContentUrl="https://tv.naver.com/v/8423227"
      previewImageUrl="https://www.nintendo.co.jp/character/mario/top/img/top/img-chara-06_02-low.png"
    />
  );
}
