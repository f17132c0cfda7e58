/**
 * Writes the pictures Storybook shows for the placeholder image URLs of the examples and the
 * stories into stories/static/sample-pictures/ (see tools/sample-pictures.ts). Run it after
 * changing an example's or a story's image URLs: `pnpm sample-pictures`;
 * test/stories/pictures.test.ts says when to.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { samplePictureUrls } from '../tools/sample-picture-urls.ts';
import { SAMPLE_PICTURES, samplePicture, samplePictureFile } from '../tools/sample-pictures.ts';

const STATIC = new URL('../stories/static/', import.meta.url);

const urls = samplePictureUrls();
// Start afresh, so that pictures of URLs no example or story uses any more go.
rmSync(new URL(`${SAMPLE_PICTURES}/`, STATIC), { recursive: true, force: true });
for (const url of urls) {
  const file = new URL(samplePictureFile(url)!, STATIC);
  mkdirSync(dirname(file.pathname), { recursive: true });
  writeFileSync(file, `${samplePicture(url)}\n`);
}
process.stdout.write(`wrote ${urls.length} pictures to stories/static/${SAMPLE_PICTURES}/\n`);
