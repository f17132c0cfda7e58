import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { render } from '@linejsx/jsx';
import { renderWorkbenchHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { examples, sampleElement } from '../../examples/index.ts';
import { SAMPLE_PICTURES, sampleImageUrls, samplePicture, samplePictureFile, samplePictureSrc } from '../../tools/sample-pictures.ts';

const STATIC = new URL('../../stories/static/', import.meta.url);
const urls = sampleImageUrls(examples.map((example) => ({ kind: example.kind, element: sampleElement(example) })));

describe('the sample pictures Storybook serves', () => {
  it('cover every image the gallery loads from images.example.com, up to date (else run pnpm sample-pictures)', () => {
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      const file = new URL(samplePictureFile(url)!, STATIC);
      expect(existsSync(file), `${url}: no ${file.pathname}`).toBe(true);
      expect(readFileSync(file, 'utf8'), url).toBe(`${samplePicture(url)}\n`);
    }
    const files = readdirSync(new URL(`${SAMPLE_PICTURES}/`, STATIC), { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    expect(files).toHaveLength(urls.length);
  });

  it('are what the preview loads in Storybook, while the JSON keeps the https URLs', () => {
    const receipt = examples.find((example) => example.id === 'receipt')!;
    const html = renderWorkbenchHtml([render(sampleElement(receipt))], { imageSrc: samplePictureSrc('./') });
    expect(html).toContain('src="./sample-pictures/shops/brown-cafe.jpg.svg"');
    expect(html).toContain('https://images.example.com/shops/brown-cafe.jpg');
  });

  it('are for example URLs only', () => {
    expect(samplePictureFile('https://cdn.example.com/a.jpg')).toBeUndefined();
    expect(samplePictureSrc('/')('https://developers-resource.landpress.line.me/fx/clip/clip3.jpg')).toBe(
      'https://developers-resource.landpress.line.me/fx/clip/clip3.jpg',
    );
  });
});
