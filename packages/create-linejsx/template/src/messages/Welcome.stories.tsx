import type { Meta, StoryObj } from '@linejsx/storybook';
import { Welcome, type WelcomeProps } from './Welcome.tsx';

// No render function: Storybook calls Welcome with the args, and @linejsx/storybook draws it.
export default {
  title: 'Messages/Welcome',
  component: Welcome,
  args: Welcome.sample,
} satisfies Meta<WelcomeProps>;

export const Default: StoryObj<WelcomeProps> = {};

/** Edit the args in Controls: a name long enough makes LINE's notification text too long. */
export const LongName: StoryObj<WelcomeProps> = {
  args: { name: 'Sally, our most loyal regular since the day we opened' },
};
