/**
 * Every flex limit of `LIMITS`, just inside and just outside, with LINE's numbers written out here
 * (not read from the table) so that a wrong table entry fails too.
 */

import { jsonBytes, validateMessage } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { bodyBubble, bodyMessage, box, flexMessage, fullIssues, IMAGE, issuesOf, text } from '../support/flex.ts';

/** The one issue of `message`, with its code and limit. */
function onlyIssue(message: unknown) {
  const issues = fullIssues(message);
  expect(issues).toHaveLength(1);
  const { path, message: said, code, limit } = issues[0]!;
  return { path, message: said, code, limit };
}

/** A bubble of exactly `bytes` bytes of compact JSON, padded with `filler` characters in a text. */
function bubbleOfBytes(bytes: number, filler = 'x'): Record<string, unknown> {
  const pad = bytes - jsonBytes(bodyBubble([text('')]));
  const per = jsonBytes(filler) - 2;
  expect(pad % per).toBe(0);
  return bodyBubble([text(filler.repeat(pad / per))]);
}

const animated = { type: 'image', url: IMAGE, animated: true };
const button = (label?: string) => ({ type: 'button', action: { type: 'message', text: 'ok', ...(label === undefined ? {} : { label }) } });

describe('flexBubbles: 1 to 12 bubbles in a carousel (R#f-carousel)', () => {
  const carousel = (n: number) => flexMessage({ type: 'carousel', contents: Array.from({ length: n }, () => bodyBubble([text('a')])) });

  it('accepts 1 and 12', () => {
    expect(issuesOf(carousel(1))).toEqual([]);
    expect(issuesOf(carousel(12))).toEqual([]);
  });

  it('refuses 13 and 0', () => {
    expect(onlyIssue(carousel(13))).toEqual({
      path: 'contents.contents',
      message: '13 bubbles; LINE allows at most 12 bubbles',
      code: 'too_many',
      limit: 'flexBubbles',
    });
    expect(onlyIssue(carousel(0))).toEqual({
      path: 'contents.contents',
      message: '0 bubbles; LINE needs at least 1 bubble',
      code: 'too_few',
      limit: 'flexBubbles',
    });
  });
});

describe('flexBubbleBytes: a bubble is at most 30,000 bytes of JSON (R#bubble)', () => {
  it('accepts exactly 30,000 bytes', () => {
    const bubble = bubbleOfBytes(30_000);
    expect(jsonBytes(bubble)).toBe(30_000);
    expect(issuesOf(flexMessage(bubble))).toEqual([]);
  });

  it('refuses 30,001 bytes', () => {
    expect(onlyIssue(flexMessage(bubbleOfBytes(30_001)))).toEqual({
      path: 'contents',
      message: 'this bubble is 30,001 bytes (30.0 KB) of JSON; LINE allows at most 30,000 bytes (30 KB)',
      code: 'too_long',
      limit: 'flexBubbleBytes',
    });
  });

  it('counts UTF-8 bytes, not characters: 10,000 あ are 30,000 bytes', () => {
    // あ is one UTF-16 unit and three UTF-8 bytes.
    const pad = 30_003 - jsonBytes(bodyBubble([text('')]));
    const bubble = bodyBubble([text(`${'あ'.repeat(Math.floor(pad / 3))}${'x'.repeat(pad % 3)}`)]);
    expect(JSON.stringify(bubble).length).toBeLessThan(11_000);
    expect(onlyIssue(flexMessage(bubble)).limit).toBe('flexBubbleBytes');
  });

  it('applies to each bubble of a carousel', () => {
    const message = flexMessage({ type: 'carousel', contents: [bodyBubble([text('a')]), bubbleOfBytes(30_001)] });
    expect(onlyIssue(message)).toMatchObject({ path: 'contents.contents[1]', limit: 'flexBubbleBytes' });
  });
});

describe('flexCarouselBytes: a carousel is at most 50,000 bytes of JSON (R#f-carousel)', () => {
  /** Two bubbles under 30 KB each, in a carousel of exactly `bytes` bytes. */
  function carouselOfBytes(bytes: number) {
    const empty = { type: 'carousel', contents: [bodyBubble([text('')]), bodyBubble([text('')])] };
    const pad = bytes - jsonBytes(empty);
    const first = Math.floor(pad / 2);
    return { type: 'carousel', contents: [bodyBubble([text('x'.repeat(first))]), bodyBubble([text('x'.repeat(pad - first))])] };
  }

  it('accepts exactly 50,000 bytes', () => {
    const carousel = carouselOfBytes(50_000);
    expect(jsonBytes(carousel)).toBe(50_000);
    expect(issuesOf(flexMessage(carousel))).toEqual([]);
  });

  it('refuses 50,001 bytes', () => {
    expect(onlyIssue(flexMessage(carouselOfBytes(50_001)))).toEqual({
      path: 'contents',
      message: 'this carousel is 50,001 bytes (50.0 KB) of JSON; LINE allows at most 50,000 bytes (50 KB)',
      code: 'too_long',
      limit: 'flexCarouselBytes',
    });
  });
});

describe('flexAnimatedImages: at most 10 animated images per message (R#f-image)', () => {
  /** `n` animated images spread over the blocks of two bubbles and nested boxes. */
  function withAnimated(n: number) {
    const images = Array.from({ length: n }, () => animated);
    const first = { type: 'bubble', hero: images[0], body: box([box(images.slice(1, 4))]), footer: box(images.slice(4, 5)) };
    const second = { type: 'bubble', header: box(images.slice(5, 7)), body: box(images.slice(7)) };
    return flexMessage({ type: 'carousel', contents: [first, second] });
  }

  it('accepts 10, and any number of still images', () => {
    expect(issuesOf(withAnimated(10))).toEqual([]);
    expect(issuesOf(bodyMessage(...Array.from({ length: 20 }, () => ({ type: 'image', url: IMAGE }))))).toEqual([]);
  });

  it('refuses 11, wherever they are', () => {
    expect(onlyIssue(withAnimated(11))).toEqual({
      path: 'contents',
      message: '11 animated images; LINE allows at most 10 per message',
      code: 'too_many',
      limit: 'flexAnimatedImages',
    });
  });

  it('counts the animated image of a video altContent', () => {
    const hero = { type: 'video', url: 'https://images.example.com/v.mp4', previewUrl: IMAGE, altContent: animated };
    const message = flexMessage({ type: 'bubble', hero, body: box(Array.from({ length: 10 }, () => animated)) });
    expect(onlyIssue(message).limit).toBe('flexAnimatedImages');
  });
});

describe('aspectRatioTerm: width and height 1 to 100,000, height at most 3 × width (R#f-image)', () => {
  const image = (aspectRatio: string) => bodyMessage({ type: 'image', url: IMAGE, aspectRatio });

  it.each(['1:1', '100000:100000', '100000:1', '1:3', '2.5:7.5'])('accepts %s', (ratio) => {
    expect(issuesOf(image(ratio))).toEqual([]);
  });

  it.each(['100001:1', '1:100001', '0:1', '0.5:1', '1:3.001', '10:31'])('refuses %s', (ratio) => {
    expect(onlyIssue(image(ratio))).toMatchObject({
      path: 'contents.body.contents[0].aspectRatio',
      code: 'out_of_range',
      limit: 'aspectRatioTerm',
    });
  });

  it('applies to icons and videos too', () => {
    const icon = box([{ type: 'icon', url: IMAGE, aspectRatio: '1:4' }], { layout: 'baseline' });
    expect(onlyIssue(bodyMessage(icon)).limit).toBe('aspectRatioTerm');
    const hero = {
      type: 'video',
      url: 'https://images.example.com/v.mp4',
      previewUrl: IMAGE,
      altContent: { type: 'image', url: IMAGE },
      aspectRatio: '0:9',
    };
    expect(onlyIssue(flexMessage({ type: 'bubble', hero })).limit).toBe('aspectRatioTerm');
  });
});

describe('labelFlexButton: a flex button needs a label of at most 40 characters (R#action-object-label-spec)', () => {
  it('accepts 40 characters, counted as people see them', () => {
    expect(issuesOf(bodyMessage(button('x'.repeat(40))))).toEqual([]);
    // 👍🏽 is 4 UTF-16 units but one character.
    expect(issuesOf(bodyMessage(button('👍🏽'.repeat(40))))).toEqual([]);
  });

  it('refuses 41 characters', () => {
    expect(onlyIssue(bodyMessage(button('👍🏽'.repeat(41))))).toEqual({
      path: 'contents.body.contents[0].action.label',
      message: 'label is 41 characters; LINE allows at most 40',
      code: 'too_long',
      limit: 'labelFlexButton',
    });
  });

  it('refuses a missing or empty label', () => {
    expect(onlyIssue(bodyMessage(button()))).toMatchObject({
      path: 'contents.body.contents[0].action.label',
      message: 'label is required on an action in a flex button',
      code: 'required',
    });
    expect(onlyIssue(bodyMessage(button('')))).toMatchObject({ message: 'label must not be empty in a flex button', code: 'too_short' });
  });
});

describe('labelFlex: other flex actions take an optional label of at most 40 characters', () => {
  const action = (label?: string) => ({ type: 'uri', uri: 'https://example.com', ...(label === undefined ? {} : { label }) });
  const places: Array<[string, (a: unknown) => unknown, string]> = [
    ['a box', (a) => bodyMessage(box([], { action: a })), 'contents.body.contents[0].action.label'],
    ['an image', (a) => bodyMessage({ type: 'image', url: IMAGE, action: a }), 'contents.body.contents[0].action.label'],
    ['a text', (a) => bodyMessage(text('x', { action: a })), 'contents.body.contents[0].action.label'],
    ['a bubble', (a) => flexMessage({ type: 'bubble', action: a }), 'contents.action.label'],
  ];

  it.each(places)('on %s: no label or 40 characters is fine', (_, build) => {
    expect(validateMessage(build(action())).ok).toBe(true);
    expect(validateMessage(build(action('x'.repeat(40)))).ok).toBe(true);
  });

  it.each(places)('on %s: 41 characters is too long', (_, build, path) => {
    expect(onlyIssue(build(action('x'.repeat(41))))).toEqual({
      path,
      message: 'label is 41 characters; LINE allows at most 40',
      code: 'too_long',
      limit: 'labelFlex',
    });
  });
});
