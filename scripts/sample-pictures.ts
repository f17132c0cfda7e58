/**
 * Writes the pictures Storybook shows for the examples' placeholder image URLs into
 * stories/static/sample-pictures/ (see tools/sample-pictures.ts). Run it after changing an
 * example's image URLs: `pnpm sample-pictures`; test/stories/pictures.test.ts says when to.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { examples, sampleElement } from '../examples/index.ts';
import { SAMPLE_PICTURES, sampleImageUrls, samplePicture, samplePictureFile } from '../tools/sample-pictures.ts';

const STATIC = new URL('../stories/static/', import.meta.url);

const urls = sampleImageUrls(examples.map((example) => ({ kind: example.kind, element: sampleElement(example) })));
// Start afresh, so that pictures of URLs no example uses any more go.
rmSync(new URL(`${SAMPLE_PICTURES}/`, STATIC), { recursive: true, force: true });
for (const url of urls) {
  const file = new URL(samplePictureFile(url)!, STATIC);
  mkdirSync(dirname(file.pathname), { recursive: true });
  writeFileSync(file, `${samplePicture(url)}\n`);
}
process.stdout.write(`wrote ${urls.length} pictures to stories/static/${SAMPLE_PICTURES}/\n`);
