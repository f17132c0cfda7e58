import { existsSync } from 'node:fs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { CHROMIUM, CHROMIUM_ARGS } from './test/support/chromium.ts';

// Stories run as tests in Debian's chromium; without it (a user's machine) they are left out, loudly.
const stories = existsSync(CHROMIUM);
if (!stories) process.stderr.write(`[linejsx] ${CHROMIUM} not found: the Storybook story tests are skipped (apt-get install chromium)\n`);

// Tests run the packages from their sources: the "@linejsx/source" condition of each package's exports
// points at src/ (docs/architecture.md). The built packages are tested from packed tarballs (test/packaging).
const SOURCE = '@linejsx/source';

export default defineConfig({
  resolve: { conditions: [SOURCE, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions], externalConditions: [SOURCE] } },
  test: {
    // Suites that start servers or browsers clean up after themselves; keep them from starving each other.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: [...configDefaults.exclude, 'test/packaging/**'] },
      },
      // The packed packages in fresh projects (minutes of npm, pnpm, tsc and Storybook builds):
      // `npm test` runs it after the others, not beside them (package.json test:run).
      {
        extends: true,
        test: { name: 'packaging', include: ['test/packaging/**/*.test.{ts,tsx}'] },
      },
      ...(stories
        ? [
            {
              extends: true as const,
              plugins: [storybookTest({ configDir: '.storybook' })],
              test: {
                name: 'storybook',
                browser: {
                  enabled: true,
                  headless: true,
                  provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }),
                  instances: [{ browser: 'chromium' as const }],
                },
              },
            },
          ]
        : []),
    ],
  },
});
