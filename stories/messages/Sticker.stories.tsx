import { Sticker } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';

export default { title: 'Messages/Sticker' } satisfies Meta;

export const StickerMessage = story(
  ({ packageId, stickerId }: { packageId: string; stickerId: string }) => <Sticker packageId={packageId} stickerId={stickerId} />,
  {
    args: { packageId: '446', stickerId: '1988' },
  },
);
