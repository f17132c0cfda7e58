/** Measuring what chromium drew: boxes (getBoundingClientRect) and computed styles of preview elements. */
import type { Page } from 'playwright-core';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The selector of the element drawn for the JSON at `path`. */
export const at = (path: string): string => `[data-path="${path}"]`;

/** The box of the first element matching `selector`. */
export function rect(page: Page, selector: string): Promise<Rect> {
  return page
    .locator(selector)
    .first()
    .evaluate((e) => e.getBoundingClientRect().toJSON() as Rect);
}

/** The boxes of every element matching `selector`, in document order. */
export function rects(page: Page, selector: string): Promise<Rect[]> {
  return page.locator(selector).evaluateAll((es) => es.map((e) => e.getBoundingClientRect().toJSON() as Rect));
}

/** A computed style of the first element matching `selector` (or of its `::before`/`::after`). */
export function css(page: Page, selector: string, property: string, pseudo?: '::before' | '::after'): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((e, [name, element]) => getComputedStyle(e, element).getPropertyValue(name), [property, pseudo ?? null] as const);
}
