/**
 * `--png` without playwright-core (an optional peer of @linejsx/cli): a usage error that says what
 * to install, not a crash. The packed CLI is checked the same way in test/packaging, where
 * playwright-core really is absent.
 */
import { expect, it } from 'vitest';
import { loadPlaywright } from '../../packages/cli/src/png.ts';

it('says what to install when playwright-core is not installed', async () => {
  const missing = Object.assign(
    new Error("Cannot find package 'playwright-core' imported from /app/node_modules/@linejsx/cli/dist/png.js"),
    {
      code: 'ERR_MODULE_NOT_FOUND',
    },
  );
  await expect(loadPlaywright('preview', () => Promise.reject(missing))).rejects.toMatchObject({
    name: 'UsageError',
    command: 'preview',
    message: expect.stringContaining('--png needs playwright-core: npm install --save-dev playwright-core'),
  });
});

it('passes any other failure on', async () => {
  const broken = new Error('playwright-core is broken');
  await expect(loadPlaywright('preview', () => Promise.reject(broken))).rejects.toBe(broken);
});

it('loads it when it is there', async () => {
  expect(typeof (await loadPlaywright('preview')).launch).toBe('function');
});
