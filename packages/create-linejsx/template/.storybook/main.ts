import type { StorybookConfig } from '@storybook/html-vite';

const config: StorybookConfig = {
  framework: '@storybook/html-vite',
  stories: ['../src/**/*.stories.tsx'],
  // Draws stories whose value is a TSX design or LINE JSON as the LINE app does, with a LINE JSON panel.
  addons: ['@linejsx/storybook'],
};

export default config;
