/**
 * Every placeholder image URL Storybook shows a sample picture for: those the gallery's designs
 * load (drawn here) and those written in the stories (read from their sources). Node only: what
 * `pnpm sample-pictures` writes and test/stories/pictures.test.ts checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { examples, sampleElement } from '../examples/index.ts';
import { sampleImageUrls, sourceImageUrls } from './sample-pictures.ts';

const STORIES = new URL('../stories/', import.meta.url);

export function samplePictureUrls(): string[] {
  const stories = readdirSync(STORIES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.stories.tsx'))
    .map((file) => readFileSync(new URL(file, STORIES), 'utf8'));
  const designs = sampleImageUrls(examples.map((example) => ({ kind: example.kind, element: sampleElement(example) })));
  return [...new Set([...designs, ...sourceImageUrls(stories)])].sort();
}
