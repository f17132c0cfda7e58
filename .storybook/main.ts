import type { StorybookConfig } from '@storybook/html-vite';

const config: StorybookConfig = {
  framework: '@storybook/html-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-vitest'],
  // Pictures for the examples' placeholder image URLs (pnpm sample-pictures; stories/support/show.ts maps the URLs).
  staticDirs: ['../stories/static'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
