import type { LineParameters } from '@linejsx/storybook';
import type { Preview } from '@storybook/html-vite';
import { samplePictureSrc } from '../tools/sample-pictures.ts';

// Vite's base: '/' in dev and in the story tests, './' in the static build (which may be served under any path).
const BASE = (import.meta as ImportMeta & { readonly env?: { readonly BASE_URL?: string } }).env?.BASE_URL ?? '/';

const linejsx: LineParameters = {
  botName: 'Brown Café',
  // The examples' placeholder image URLs load the pictures of main.ts's staticDirs; the JSON keeps its URLs.
  imageSrc: samplePictureSrc(BASE),
};

const preview: Preview = { parameters: { linejsx } };

export default preview;
