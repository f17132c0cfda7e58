/** The story of one design of examples/: its sample props as live controls. */

import type { Component } from '@linejsx/jsx';
import { designStory, expectPanelJson } from '@linejsx/storybook';
import type { StoryObj } from '@storybook/html-vite';
import { expect } from 'storybook/test';
import { type Example, examples } from '../../examples/index.ts';
import { SAMPLE_IMAGE_ORIGIN, SAMPLE_PICTURES } from '../../tools/sample-pictures.ts';

function example(id: string): Example {
  const found = examples.find((e) => e.id === id);
  if (!found) throw new Error(`examples/index.ts has no design "${id}"`);
  return found;
}

/**
 * The story of one design: its sample props flattened into args, edited live; as a test, the
 * design with its sample props must be valid.
 *
 * @example
 * export const Receipt = design('receipt');
 */
export function design(id: string): StoryObj {
  const { title, description, component, sample, kind } = example(id);
  return {
    ...designStory(component as Component<unknown>, sample),
    name: title,
    parameters: { docs: { description: { story: description } } },
    play: async ({ canvasElement, id: storyId }) => {
      const problems = canvasElement.querySelector('.lj-panel .lj-issues')?.textContent;
      await expect(canvasElement.querySelector('.lj-status')?.getAttribute('data-valid'), problems).toBe('true');
      if (kind === 'richMenu') await expectMenuImagesLoaded(canvasElement);
      else await expectSamplePicturesLoaded(canvasElement);
      await expectPanelJson(canvasElement, storyId);
    },
  };
}

/** Every image of the design at an example URL shows its sample picture (.storybook/main.ts staticDirs). */
export async function expectSamplePicturesLoaded(canvas: HTMLElement): Promise<void> {
  const images = [...canvas.querySelectorAll<HTMLImageElement>('.lj-phone img')];
  await expect(images.filter((image) => image.src.startsWith(SAMPLE_IMAGE_ORIGIN)).map((image) => image.src)).toEqual([]);
  for (const image of images.filter((image) => image.src.includes(`/${SAMPLE_PICTURES}/`))) await expectLoaded(image);
}

async function expectLoaded(image: HTMLImageElement): Promise<void> {
  // A picture that fails fires error, not load: wait for either, so that the test fails rather than hangs.
  if (!image.complete)
    await new Promise((resolve) => {
      image.addEventListener('load', resolve, { once: true });
      image.addEventListener('error', resolve, { once: true });
    });
  await expect(image.naturalWidth, image.src).toBeGreaterThan(0);
}

/** Every menu of a rich menu design shows its image, served next to the design's TSX file. */
export async function expectMenuImagesLoaded(canvas: HTMLElement): Promise<void> {
  const images = [...canvas.querySelectorAll<HTMLImageElement>('.lj-rm-frame > img')];
  await expect(images.length).toBe(canvas.querySelectorAll('.lj-rm-menu').length);
  for (const image of images) await expectLoaded(image);
}
