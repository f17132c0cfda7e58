import { Sticker } from '@linejsx/jsx';

export function Imported() {
  return <Sticker packageId="1070" stickerId="17843" />;
}
