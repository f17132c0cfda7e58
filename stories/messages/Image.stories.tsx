import { Image } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { PHOTO } from '../support/media.ts';

export default { title: 'Messages/Image' } satisfies Meta;

export const ImageMessage = story(() => <Image originalContentUrl={PHOTO.food} previewImageUrl={PHOTO.food} />);
