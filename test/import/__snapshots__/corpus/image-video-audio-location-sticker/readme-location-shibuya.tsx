import { Location } from '@linejsx/jsx';

export function Imported() {
  return (
    <Location
      title="my location"
      address="〒150-0002 東京都渋谷区渋谷２丁目２１−１"
      latitude={35.65910807942215}
      longitude={139.70372892916203}
    />
  );
}
