import { Sticker } from '@linejsx/jsx';
import type { Meta } from '@storybook/html-vite';
import { story } from '../support/story.ts';

export default { title: 'Messages/Sticker' } satisfies Meta;

export const StickerMessage = story(
  ({ packageId, stickerId }: { packageId: string; stickerId: string }) => <Sticker packageId={packageId} stickerId={stickerId} />,
  {
    args: { packageId: '446', stickerId: '1988' },
  },
);
