import type { Meta } from '@storybook/html-vite';
import { Audio, Image, Location, Sticker, Video } from '@linejsx/jsx';
import { PHOTO } from '../support/media.ts';
import { story } from '../support/story.ts';

export default { title: 'Messages/Media' } satisfies Meta;

export const StickerMessage = story(({ packageId, stickerId }: { packageId: string; stickerId: string }) => <Sticker packageId={packageId} stickerId={stickerId} />, {
  args: { packageId: '446', stickerId: '1988' },
});

export const ImageMessage = story(() => <Image originalContentUrl={PHOTO.food} previewImageUrl={PHOTO.food} />);

export const VideoMessage = story(() => <Video originalContentUrl="https://videos.example.com/latte-art.mp4" previewImageUrl={PHOTO.cafe} />);

export const AudioMessage = story(({ duration }: { duration: number }) => <Audio originalContentUrl="https://audio.example.com/welcome.m4a" duration={duration} />, {
  args: { duration: 65_000 },
});

export const LocationMessage = story(() => (
  <Location title="Brown Café Shibuya" address="1-2-3 Jinnan, Shibuya-ku, Tokyo 150-0041" latitude={35.6628} longitude={139.6983} />
));
