import type { StorybookConfig } from '@storybook/html-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/html-vite',
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@linejsx/storybook', '@storybook/addon-vitest'],
  // Pictures for the examples' placeholder image URLs (pnpm sample-pictures; .storybook/preview.ts maps the URLs).
  staticDirs: ['../stories/static'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // This repository's Storybook runs the packages from their sources (docs/architecture.md).
  viteFinal: (vite) => mergeConfig(vite, { resolve: { conditions: ['@linejsx/source', ...defaultClientConditions] } }),
};

export default config;
