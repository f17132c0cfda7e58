import { Audio } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';

export default { title: 'Messages/Audio' } satisfies Meta;

export const AudioMessage = story(
  ({ duration }: { duration: number }) => <Audio originalContentUrl="https://audio.example.com/welcome.m4a" duration={duration} />,
  {
    args: { duration: 65_000 },
  },
);
