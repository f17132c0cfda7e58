import { Location } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';

export default { title: 'Messages/Location' } satisfies Meta;

export const LocationMessage = story(() => (
  <Location title="Brown Café Shibuya" address="1-2-3 Jinnan, Shibuya-ku, Tokyo 150-0041" latitude={35.6628} longitude={139.6983} />
));
