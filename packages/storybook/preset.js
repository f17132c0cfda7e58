// @ts-check
// The addon's preset, which Storybook loads in Node when `.storybook/main.ts` lists
// '@linejsx/storybook' in `addons`. Plain JavaScript, not compiled: it only names the two browser
// entries, and each is resolved through this package's own exports, so that linejsx's repository
// (which runs Storybook with --conditions=@linejsx/source and sets the same condition for Vite)
// gets the TypeScript sources and everyone else gets dist/. The entries are not named `preview`
// and `manager`: Storybook would find those by itself, resolved to dist/ everywhere, and add them
// a second time.
import { fileURLToPath } from 'node:url';

/**
 * The story side: the decorator that draws linejsx values, and the toolbar. A bare name, which
 * Storybook's Vite builder leaves to Vite to resolve (with the project's resolve conditions).
 *
 * @param {unknown[]} [entries]
 */
export const previewAnnotations = (entries = []) => [...entries, { bare: '@linejsx/storybook/entry-preview', absolute: '' }];

/**
 * The "LINE JSON" panel: a file Storybook bundles with esbuild, resolved here by Node.
 *
 * @param {string[]} [entries]
 */
export const managerEntries = (entries = []) => [...entries, fileURLToPath(import.meta.resolve('@linejsx/storybook/entry-manager'))];
