import { Video } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { PHOTO } from '../support/media.ts';

export default { title: 'Messages/Video' } satisfies Meta;

export const VideoMessage = story(() => (
  <Video originalContentUrl="https://videos.example.com/latte-art.mp4" previewImageUrl={PHOTO.cafe} />
));
