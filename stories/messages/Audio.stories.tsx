import { Audio } from '@linejsx/jsx';
import type { Meta } from '@storybook/html-vite';
import { story } from '../support/story.ts';

export default { title: 'Messages/Audio' } satisfies Meta;

export const AudioMessage = story(
  ({ duration }: { duration: number }) => <Audio originalContentUrl="https://audio.example.com/welcome.m4a" duration={duration} />,
  {
    args: { duration: 65_000 },
  },
);
