import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { render } from '@linejsx/jsx';
import { renderWorkbenchHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { examples, sampleElement } from '../../examples/index.ts';
import { samplePictureUrls } from '../../tools/sample-picture-urls.ts';
import { SAMPLE_PICTURES, samplePicture, samplePictureFile, samplePictureSrc, sourceImageUrls } from '../../tools/sample-pictures.ts';

const STATIC = new URL('../../stories/static/', import.meta.url);
const urls = samplePictureUrls();

describe('the sample pictures Storybook serves', () => {
  it('cover every image the gallery and the stories load from images.example.com, up to date (else run pnpm sample-pictures)', () => {
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

  it("cover the stories' URLs, an imagemap's picture at baseUrl/1040 in place of its base URL", () => {
    const source = `<Imagemap baseUrl="https://images.example.com/imagemap/video"><Video previewImageUrl="https://images.example.com/v.jpg" />`;
    expect(sourceImageUrls([source, `{ type: 'image', url: 'http://images.example.com/not-https.jpg' }`])).toEqual([
      'http://images.example.com/not-https.jpg',
      'https://images.example.com/imagemap/video/1040',
      'https://images.example.com/v.jpg',
    ]);
    expect(urls).toContain('https://images.example.com/imagemap/video/1040');
    expect(samplePictureFile('http://images.example.com/not-https.jpg')).toBe('sample-pictures/not-https.jpg.svg');
  });

  it('are for example URLs only', () => {
    expect(samplePictureFile('https://cdn.example.com/a.jpg')).toBeUndefined();
    expect(samplePictureSrc('/')('https://developers-resource.landpress.line.me/fx/clip/clip3.jpg')).toBe(
      'https://developers-resource.landpress.line.me/fx/clip/clip3.jpg',
    );
  });
});
