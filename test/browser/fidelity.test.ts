/**
 * Every value of RENDERING.md the preview draws, checked against the DOM in chromium: one row per
 * value, each reading the figure from the preview's own tables (`src/values.ts`, which
 * test/preview/rendering.test.ts holds to RENDERING.md) and measuring what chromium drew
 * (getBoundingClientRect, or the computed style where a value is a colour, a radius or a rule).
 */
import { existsSync } from 'node:fs';
import {
  BORDER_WIDTH_PX,
  BUBBLE_BACKGROUND,
  BUBBLES,
  BUTTON,
  type BubbleSize,
  CAROUSEL,
  CHAT,
  FONT_SIZE_PX,
  FOOTER_PADDING,
  IMAGE_SIZE_PX,
  IMAGEMAP_BASE_WIDTH,
  LENGTH_PX,
  renderPage,
  renderRichMenuPage,
  SEPARATOR_COLOR,
  TEMPLATE_IMAGE_BACKGROUND,
  TEMPLATE_RATIO,
  TEXT,
} from '@linejsx/preview';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from '../support/chromium.ts';
import { useChromiumPages } from '../support/chromium-pages.ts';
import { at, css, rect, rects } from '../support/measure.ts';

const IMAGE = 'https://images.example.com/fidelity.jpg';
const box = (contents: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'box', layout: 'vertical', contents, ...extra });
const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'text', text: value, ...extra });
const flex = (contents: unknown) => ({ type: 'flex', altText: 'x', contents });
const bodyOnly = (contents: unknown[], extra: Record<string, unknown> = {}) => flex({ type: 'bubble', body: box(contents), ...extra });
/** The JSON path of the i-th message's body child at `rest` (`.contents[1]`). */
const body = (i: number, rest = '') => `messages[${i}].contents.body${rest}`;
const px = (n: number) => `${n}px`;
const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};
const keys = <T extends object>(table: T) => Object.keys(table) as Array<keyof T & string>;

/** One value: what RENDERING.md says (and the preview's figure for it), and what chromium drew. */
interface Row {
  readonly value: string;
  readonly expected: number | string;
  readonly drawn: () => Promise<number | string>;
}

/** A page of designs and the values measured on it. */
interface Sheet {
  readonly name: string;
  readonly html: string;
  readonly rows: (page: Page) => Row[];
}

const gap = async (page: Page, first: string, second: string, axis: 'y' | 'x' = 'y') => {
  const [a, b] = await Promise.all([rect(page, at(first)), rect(page, at(second))]);
  return axis === 'y' ? b.top - a.bottom : b.left - a.right;
};
const inset = async (page: Page, outer: string, inner: string): Promise<Record<'top' | 'left' | 'right' | 'bottom', number>> => {
  const [o, i] = await Promise.all([rect(page, outer), rect(page, inner)]);
  return { top: i.top - o.top, left: i.left - o.left, right: o.right - i.right, bottom: o.bottom - i.bottom };
};

// §1: one bubble per keyword, each property of the scale in it.
const LENGTHS = keys(LENGTH_PX);
const lengthSheet: Sheet = {
  name: '§1 length keywords (spacing, margin, padding, offset, cornerRadius)',
  html: renderPage([
    ...LENGTHS.map((k) =>
      bodyOnly([
        box([text('a'), text('b')], { spacing: k }),
        box([text('a'), text('b', { margin: k })]),
        box([text('c')], { paddingAll: k }),
        box([text('under'), box([text('moved')], { position: 'absolute', offsetTop: k, offsetStart: k })], { height: '60px' }),
        box([text('round')], { cornerRadius: k }),
        box([text('a'), text('b')], { layout: 'horizontal', spacing: k }),
      ]),
    ),
    bodyOnly([
      box([box([text('p')], { paddingAll: '10%' })], { width: '200px' }),
      box([text('under'), box([text('o')], { position: 'absolute', offsetTop: '10%', offsetStart: '20%' })], {
        width: '200px',
        height: '100px',
      }),
    ]),
  ]),
  rows: (page) => [
    ...LENGTHS.flatMap((k, i): Row[] => [
      {
        value: `spacing ${k} (vertical)`,
        expected: LENGTH_PX[k]!,
        drawn: () => gap(page, body(i, '.contents[0].contents[0]'), body(i, '.contents[0].contents[1]')),
      },
      {
        value: `spacing ${k} (horizontal)`,
        expected: LENGTH_PX[k]!,
        drawn: () => gap(page, body(i, '.contents[5].contents[0]'), body(i, '.contents[5].contents[1]'), 'x'),
      },
      {
        value: `margin ${k}`,
        expected: LENGTH_PX[k]!,
        drawn: () => gap(page, body(i, '.contents[1].contents[0]'), body(i, '.contents[1].contents[1]')),
      },
      ...(['top', 'left', 'right', 'bottom'] as const).map((side) => ({
        value: `padding ${k} (${side})`,
        expected: LENGTH_PX[k]!,
        drawn: async () => (await inset(page, at(body(i, '.contents[2]')), at(body(i, '.contents[2].contents[0]'))))[side],
      })),
      ...(['top', 'left'] as const).map((side) => ({
        value: `offset ${k} (${side === 'top' ? 'offsetTop' : 'offsetStart'})`,
        expected: LENGTH_PX[k]!,
        drawn: async () => (await inset(page, at(body(i, '.contents[3]')), at(body(i, '.contents[3].contents[1]'))))[side],
      })),
      {
        value: `cornerRadius ${k}`,
        expected: px(LENGTH_PX[k]!),
        drawn: () => css(page, at(body(i, '.contents[4]')), 'border-top-left-radius'),
      },
    ]),
    {
      value: 'padding % = of the parent box width',
      expected: 20,
      drawn: async () =>
        (
          await inset(
            page,
            at(body(LENGTHS.length, '.contents[0].contents[0]')),
            at(body(LENGTHS.length, '.contents[0].contents[0].contents[0]')),
          )
        ).left,
    },
    {
      value: 'offsetStart % = of the box width, offsetTop % = of the box height',
      expected: '40,10',
      drawn: async () => {
        const moved = await inset(page, at(body(LENGTHS.length, '.contents[1]')), at(body(LENGTHS.length, '.contents[1].contents[1]')));
        return `${moved.left},${moved.top}`;
      },
    },
  ],
};

// §2: border widths, measured as the box's outer size less its inner size.
const BORDERS = keys(BORDER_WIDTH_PX);
const borderSheet: Sheet = {
  name: '§2 borderWidth keywords',
  html: renderPage([bodyOnly(BORDERS.map((k) => box([text(k)], { borderWidth: k, borderColor: '#000000' })))]),
  rows: (page) =>
    BORDERS.map((k, i) => ({
      value: `borderWidth ${k}`,
      expected: BORDER_WIDTH_PX[k]!,
      drawn: () =>
        page.locator(at(body(0, `.contents[${i}]`))).evaluate((e) => {
          const style = getComputedStyle(e);
          return style.borderTopStyle === 'none' ? 0 : Number.parseFloat(style.borderTopWidth);
        }),
    })),
};

// §3: text and span sizes (font size, and the line at 1.4 times it), icon sizes (1em square, wider by its ratio).
const FONTS = keys(FONT_SIZE_PX);
const fontSheet: Sheet = {
  name: '§3 text, span and icon sizes',
  html: renderPage([
    bodyOnly([
      ...FONTS.map((k) => text('Ag', { size: k })),
      text('', { contents: FONTS.map((k) => ({ type: 'span', text: 'A', size: k })) }),
      ...FONTS.map((k) => box([{ type: 'icon', url: IMAGE, size: k }, text('x')], { layout: 'baseline' })),
      box([{ type: 'icon', url: IMAGE, aspectRatio: '2:1' }, text('x')], { layout: 'baseline' }),
    ]),
  ]),
  rows: (page) => [
    ...FONTS.flatMap((k, i): Row[] => [
      {
        value: `text size ${k}`,
        expected: px(FONT_SIZE_PX[k]!),
        drawn: () => css(page, `${at(body(0, `.contents[${i}]`))} > p`, 'font-size'),
      },
      {
        value: `text size ${k}: a line 1.4 × the size`,
        expected: FONT_SIZE_PX[k]! * TEXT.lineHeight,
        drawn: async () => (await rect(page, at(body(0, `.contents[${i}]`)))).height,
      },
      {
        value: `span size ${k}`,
        expected: px(FONT_SIZE_PX[k]!),
        drawn: () => css(page, `${at(body(0, `.contents[${FONTS.length}]`))} .lj-span:nth-child(${i + 1})`, 'font-size'),
      },
      {
        value: `icon size ${k} (1em × 1em)`,
        expected: `${FONT_SIZE_PX[k]}×${FONT_SIZE_PX[k]}`,
        drawn: async () => {
          const icon = await rect(page, at(body(0, `.contents[${FONTS.length + 1 + i}].contents[0]`)));
          return `${icon.width}×${icon.height}`;
        },
      },
    ]),
    {
      value: 'icon aspectRatio 2:1 (2em wide)',
      expected: 2 * FONT_SIZE_PX.md!,
      drawn: async () => (await rect(page, at(body(0, `.contents[${2 * FONTS.length + 1}].contents[0]`)))).width,
    },
  ],
};

// §4: image widths by keyword (in a giga body, wider than the largest), full, and the ratio presets.
const IMAGES = keys(IMAGE_SIZE_PX);
const RATIOS = ['1:1', '1.51:1', '1.91:1', '20:13', '4:3', '16:9', '2:1', '3:1', '3:4', '9:16', '1:2', '1:3'];
const imageSheet: Sheet = {
  name: '§4 image sizes and aspect ratios',
  html: renderPage(
    [
      bodyOnly([...IMAGES.map((k) => ({ type: 'image', url: IMAGE, size: k })), { type: 'image', url: IMAGE, size: 'full' }], {
        size: 'giga',
      }),
      bodyOnly(RATIOS.map((r) => ({ type: 'image', url: IMAGE, size: 'sm', aspectRatio: r }))),
    ],
    { width: 600 },
  ),
  rows: (page) => [
    ...IMAGES.map((k, i) => ({
      value: `image size ${k}`,
      expected: IMAGE_SIZE_PX[k]!,
      drawn: async () => (await rect(page, `${at(body(0, `.contents[${i}]`))} .lj-image-frame`)).width,
    })),
    {
      value: 'image size full = 100%',
      expected: BUBBLES.giga.width - 2 * BUBBLES.giga.padding.inline,
      drawn: async () => (await rect(page, `${at(body(0, `.contents[${IMAGES.length}]`))} .lj-image-frame`)).width,
    },
    ...RATIOS.map((r, i) => {
      const [w, h] = r.split(':').map(Number) as [number, number];
      return {
        value: `aspectRatio ${r} (height ${((100 * h) / w).toFixed(3)}% of the width)`,
        expected: IMAGE_SIZE_PX.sm! * (h / w),
        drawn: async () => (await rect(page, `${at(body(1, `.contents[${i}]`))} .lj-image-frame`)).height,
      };
    }),
  ],
};

// §5: each size with every block (paddings of header, body above a footer, footer, hero), and with a body alone.
const SIZES = keys(BUBBLES) as BubbleSize[];
const blocks = (size: BubbleSize) =>
  flex({
    type: 'bubble',
    size,
    header: box([text('header')]),
    hero: { type: 'image', url: IMAGE, size: 'full' },
    body: box([text('body')]),
    footer: box([text('footer')]),
    styles: { body: { separator: true } },
  });
const bubbleSheet: Sheet = {
  name: '§5 bubble widths, corners, block paddings',
  html: renderPage(
    SIZES.flatMap((size) => [blocks(size), bodyOnly([text('alone')], { size })]),
    { width: 600 },
  ),
  rows: (page) =>
    SIZES.flatMap((size, n): Row[] => {
      const [full, alone] = [`messages[${2 * n}].contents`, `messages[${2 * n + 1}].contents`];
      const metrics = BUBBLES[size];
      const padding = (block: string, side: 'top' | 'left' | 'right' | 'bottom') => async () =>
        (await inset(page, at(`${full}.${block}`), at(`${full}.${block}.contents[0]`)))[side];
      return [
        { value: `${size} width`, expected: metrics.width, drawn: async () => (await rect(page, at(alone))).width },
        { value: `${size} corner radius`, expected: px(metrics.radius), drawn: () => css(page, at(alone), 'border-top-left-radius') },
        { value: `${size} header padding top`, expected: metrics.padding.top, drawn: padding('header', 'top') },
        { value: `${size} header padding start`, expected: metrics.padding.inline, drawn: padding('header', 'left') },
        { value: `${size} header padding end`, expected: metrics.padding.inline, drawn: padding('header', 'right') },
        { value: `${size} header padding bottom`, expected: metrics.padding.bottom, drawn: padding('header', 'bottom') },
        { value: `${size} body padding top`, expected: metrics.padding.top, drawn: padding('body', 'top') },
        {
          value: `${size} body padding start and end`,
          expected: 2 * metrics.padding.inline,
          drawn: async () => (await padding('body', 'left')()) + (await padding('body', 'right')()),
        },
        { value: `${size} body padding bottom above a footer`, expected: metrics.bodyBottomWithFooter, drawn: padding('body', 'bottom') },
        {
          value: `${size} body padding bottom`,
          expected: metrics.padding.bottom,
          drawn: async () => (await inset(page, at(`${alone}.body`), at(`${alone}.body.contents[0]`))).bottom,
        },
        {
          value: `${size} footer padding`,
          expected: `${FOOTER_PADDING} ${FOOTER_PADDING} ${FOOTER_PADDING} ${FOOTER_PADDING}`,
          drawn: async () => Object.values(await inset(page, at(`${full}.footer`), at(`${full}.footer.contents[0]`))).join(' '),
        },
        {
          value: `${size} hero padding 0`,
          expected: '0 0 0 0',
          drawn: async () => Object.values(await inset(page, `${at(full)} > .lj-hero`, `${at(`${full}.hero`)} .lj-image-frame`)).join(' '),
        },
      ];
    }).concat([
      {
        value: 'bubble background',
        expected: rgb(BUBBLE_BACKGROUND),
        drawn: () => css(page, at('messages[1].contents'), 'background-color'),
      },
      {
        value: 'block separator colour',
        expected: rgb(SEPARATOR_COLOR),
        drawn: () => css(page, `${at('messages[0].contents')} > .lj-body`, 'border-top-color', '::before'),
      },
      {
        value: 'block separator: 1px scaled to 0.5',
        expected: '1px matrix(1, 0, 0, 0.5, 0, 0)',
        drawn: async () => {
          const selector = `${at('messages[0].contents')} > .lj-body`;
          return `${await css(page, selector, 'border-top-width', '::before')} ${await css(page, selector, 'transform', '::before')}`;
        },
      },
    ]),
};

// §6: button heights, shape and colours.
const action = { type: 'uri', label: 'Go', uri: 'https://a.example.com/' };
const buttonSheet: Sheet = {
  name: '§6 button',
  html: renderPage([
    bodyOnly([
      { type: 'button', action, style: 'primary' },
      { type: 'button', action, style: 'secondary', height: 'sm' },
      { type: 'button', action },
    ]),
  ]),
  rows: (page) => {
    const face = (i: number) => `${at(body(0, `.contents[${i}]`))} .lj-button-face`;
    return [
      { value: 'button height md', expected: BUTTON.height.md!, drawn: async () => (await rect(page, face(0))).height },
      { value: 'button height sm', expected: BUTTON.height.sm!, drawn: async () => (await rect(page, face(1))).height },
      { value: 'button radius', expected: px(BUTTON.radius), drawn: () => css(page, face(0), 'border-top-left-radius') },
      {
        value: 'button padding 0 16',
        expected: `0px ${px(BUTTON.paddingInline)}`,
        drawn: async () => `${await css(page, face(0), 'padding-top')} ${await css(page, face(0), 'padding-left')}`,
      },
      { value: 'button font size', expected: px(BUTTON.fontSize), drawn: () => css(page, face(0), 'font-size') },
      { value: 'primary background', expected: rgb(BUTTON.primary.background), drawn: () => css(page, face(0), 'background-color') },
      { value: 'primary text', expected: rgb(BUTTON.primary.color), drawn: () => css(page, face(0), 'color') },
      { value: 'secondary background', expected: rgb(BUTTON.secondary.background), drawn: () => css(page, face(1), 'background-color') },
      { value: 'secondary text', expected: rgb(BUTTON.secondary.color), drawn: () => css(page, face(1), 'color') },
      { value: 'link text', expected: rgb(BUTTON.link.color), drawn: () => css(page, face(2), 'color') },
    ];
  },
};

// §7–§10: documented defaults, the flex mapping, text, separators and gradients.
const ruleSheet: Sheet = {
  name: '§7–§10 defaults and layout rules',
  html: renderPage([
    bodyOnly([
      text('plain'),
      text(''),
      { type: 'separator' },
      box([text('a'), text('b', { flex: 2 }), text('c', { flex: 0 })], { layout: 'horizontal' }),
      box([text('a'), text('b', { flex: 2 })], { height: '120px' }),
      box([text('g')], {
        background: { type: 'linearGradient', angle: '90deg', startColor: '#000000', endColor: '#ffffff', centerColor: '#888888' },
      }),
      box([{ type: 'filler' }, text('x', { flex: 0 })], { layout: 'horizontal' }),
    ]),
  ]),
  rows: (page) => {
    const flexOf = (rest: string) => async () =>
      (await Promise.all(['flex-grow', 'flex-shrink', 'flex-basis'].map((p) => css(page, at(body(0, rest)), p)))).join(' ');
    return [
      {
        value: 'default text colour #444',
        expected: rgb(TEXT.color),
        drawn: () => css(page, `${at(body(0, '.contents[0]'))} > p`, 'color'),
      },
      {
        value: 'default text size md 16px',
        expected: px(FONT_SIZE_PX.md!),
        drawn: () => css(page, `${at(body(0, '.contents[0]'))} > p`, 'font-size'),
      },
      {
        value: 'line height 1.4',
        expected: FONT_SIZE_PX.md! * TEXT.lineHeight,
        drawn: async () => (await rect(page, at(body(0, '.contents[0]')))).height,
      },
      { value: 'font stack', expected: TEXT.fontFamily, drawn: () => css(page, `${at(body(0, '.contents[0]'))} > p`, 'font-family') },
      {
        value: 'an empty text keeps a 1.4em line',
        expected: FONT_SIZE_PX.md! * TEXT.lineHeight,
        drawn: async () => (await rect(page, at(body(0, '.contents[1]')))).height,
      },
      {
        value: 'separator colour',
        expected: rgb(SEPARATOR_COLOR),
        drawn: () => css(page, at(body(0, '.contents[2]')), 'border-top-color', '::before'),
      },
      { value: 'separator takes no room', expected: 0, drawn: async () => (await rect(page, at(body(0, '.contents[2]')))).height },
      {
        value: 'separator: 1px scaled to 0.5',
        expected: 'matrix(1, 0, 0, 0.5, 0, 0)',
        drawn: () => css(page, at(body(0, '.contents[2]')), 'transform', '::before'),
      },
      { value: 'horizontal box: flex default 1 = 1 0 0', expected: '1 0 0px', drawn: flexOf('.contents[3].contents[0]') },
      { value: 'horizontal box: flex 2 = 2 0 0', expected: '2 0 0px', drawn: flexOf('.contents[3].contents[1]') },
      { value: 'flex 0 = 0 0 auto', expected: '0 0 auto', drawn: flexOf('.contents[3].contents[2]') },
      { value: 'vertical box: flex default 0', expected: '0 0 auto', drawn: flexOf('.contents[4].contents[0]') },
      { value: 'vertical box: flex 2 = 2 0 auto', expected: '2 0 auto', drawn: flexOf('.contents[4].contents[1]') },
      { value: 'filler: flex default 1', expected: '1', drawn: () => css(page, at(body(0, '.contents[6].contents[0]')), 'flex-grow') },
      {
        value: 'linearGradient: CSS angle, centre colour at 50% by default',
        expected: 'linear-gradient(90deg, rgb(0, 0, 0) 0%, rgb(136, 136, 136) 50%, rgb(255, 255, 255) 100%)',
        drawn: () => css(page, at(body(0, '.contents[5]')), 'background-image'),
      },
    ];
  },
};

// §10: the carousel (in a 390 px phone, so that mega items are at their cap).
const carouselSheet: Sheet = {
  name: '§10 carousel',
  html: renderPage([flex({ type: 'carousel', contents: [0, 1, 2].map(() => ({ type: 'bubble', body: box([text('x')]) })) })]),
  rows: (page) => [
    {
      value: 'items 80% of the slider, up to the size width',
      expected: Math.min((CAROUSEL.itemWidthPercent / 100) * CHAT.width, BUBBLES.mega.width),
      drawn: async () => (await rect(page, '.lj-carousel > .lj-bubble')).width,
    },
    {
      value: '9px between items',
      expected: CAROUSEL.gap,
      drawn: async () => {
        const [a, b] = await rects(page, '.lj-carousel > .lj-bubble');
        return b!.left - a!.right;
      },
    },
    {
      value: '7px trailing space',
      expected: CAROUSEL.trailing,
      drawn: () =>
        page.locator('.lj-carousel').evaluate((slider) => {
          const last = [...slider.querySelectorAll('.lj-bubble')].at(-1)!.getBoundingClientRect();
          return slider.scrollWidth - (last.right - slider.getBoundingClientRect().left);
        }),
    },
  ],
};

// §11 and the chat chrome: templates, the imagemap's base, the chat background, the rich menu's bar.
const chatSheet: Sheet = {
  name: '§11 messages on the chat screen',
  html: renderPage([
    { type: 'template', altText: 'r', template: { type: 'buttons', thumbnailImageUrl: IMAGE, text: 't', actions: [action] } },
    {
      type: 'template',
      altText: 's',
      template: { type: 'buttons', thumbnailImageUrl: IMAGE, imageAspectRatio: 'square', text: 't', actions: [action] },
    },
    {
      type: 'imagemap',
      baseUrl: 'https://images.example.com/map',
      altText: 'm',
      baseSize: { width: 1040, height: 1040 },
      actions: [{ type: 'message', text: 'x', area: { x: 520, y: 260, width: 260, height: 260 } }],
    },
    { type: 'text', text: 'A long text that wraps, so that the bubble is as wide as a text bubble gets in the chat.' },
    { type: 'sticker', packageId: '446', stickerId: '1988' },
    { type: 'image', originalContentUrl: IMAGE, previewImageUrl: IMAGE },
    { type: 'template', altText: 'c', template: { type: 'carousel', columns: [0, 1].map(() => ({ text: 't', actions: [action] })) } },
    {
      type: 'template',
      altText: 'i',
      template: { type: 'image_carousel', columns: [{ imageUrl: IMAGE, action }] },
      quickReply: { items: [{ type: 'action', action: { type: 'message', label: 'Hi', text: 'hi' } }] },
    },
  ]),
  rows: (page) => [
    {
      value: 'template image rectangle 1.51:1',
      expected: TEMPLATE_RATIO.rectangle!,
      drawn: async () => {
        const image = await rect(page, `${at('messages[0].template')} .lj-card-image`);
        return image.height / image.width;
      },
    },
    {
      value: 'template image square 1:1',
      expected: TEMPLATE_RATIO.square!,
      drawn: async () => {
        const image = await rect(page, `${at('messages[1].template')} .lj-card-image`);
        return image.height / image.width;
      },
    },
    {
      value: 'template image background',
      expected: rgb(TEMPLATE_IMAGE_BACKGROUND),
      drawn: () => css(page, `${at('messages[0].template')} .lj-card-image`, 'background-color'),
    },
    {
      value: `imagemap areas in units of the ${IMAGEMAP_BASE_WIDTH}-wide base`,
      expected: '0.5 0.25 0.25',
      drawn: async () => {
        const [map, area] = await Promise.all([rect(page, '.lj-imagemap'), rect(page, at('messages[2].actions[0]'))]);
        return [(area.left - map.left) / map.width, (area.top - map.top) / map.height, area.width / map.width].join(' ');
      },
    },
    { value: 'imagemap drawn 300 wide (P)', expected: CHAT.cardWidth, drawn: async () => (await rect(page, '.lj-imagemap')).width },
    { value: 'chat background', expected: rgb(CHAT.background), drawn: () => css(page, '.lj-phone', 'background-color') },
    { value: 'phone width (P)', expected: CHAT.width, drawn: async () => (await rect(page, '.lj-phone')).width },
    { value: 'avatar (P)', expected: CHAT.avatar, drawn: async () => (await rect(page, '.lj-avatar')).width },
    {
      value: 'messages start after the inset, the avatar and its gap (P)',
      expected: CHAT.inset + CHAT.avatar + CHAT.avatarGap,
      drawn: async () => (await rect(page, at('messages[0]'))).left - (await rect(page, '.lj-phone')).left,
    },
    {
      value: 'text bubble at most 270 (P)',
      expected: CHAT.textBubble,
      drawn: async () => (await rect(page, `${at('messages[3]')} .lj-text-bubble`)).width,
    },
    {
      value: 'sticker (P)',
      expected: `${CHAT.sticker}×${CHAT.sticker}`,
      drawn: async () =>
        Object.values(await rect(page, '.lj-sticker'))
          .slice(2, 4)
          .join('×'),
    },
    { value: 'photo at most 240 (P)', expected: CHAT.imageMax, drawn: async () => (await rect(page, '.lj-photo')).width },
    { value: 'cards 300 (P)', expected: CHAT.cardWidth, drawn: async () => (await rect(page, `${at('messages[0].template')}`)).width },
    {
      value: 'template carousel columns 260 (P)',
      expected: CHAT.templateColumn,
      drawn: async () => (await rect(page, '.lj-template-carousel > .lj-card')).width,
    },
    {
      value: 'image carousel columns 200 (P)',
      expected: CHAT.imageColumn,
      drawn: async () => (await rect(page, '.lj-image-column')).width,
    },
    { value: 'quick reply chips 34 high (P)', expected: 34, drawn: async () => (await rect(page, '.lj-chip')).height },
  ],
};

const richMenuSheet: Sheet = {
  name: '§11 rich menu',
  html: renderRichMenuPage([{ menu: { size: { width: 2500, height: 843 }, selected: true, name: 'm', chatBarText: 'Menu', areas: [] } }]),
  rows: (page) => [
    { value: 'chat bar 50px (L)', expected: CHAT.chatBar, drawn: async () => (await rect(page, '.lj-chat-bar')).height },
    {
      value: 'rich menu image: the chat width, height from the size',
      expected: (CHAT.width * 843) / 2500,
      drawn: async () => (await rect(page, '.lj-rm-frame')).height,
    },
  ],
};

const SHEETS: readonly Sheet[] = [
  lengthSheet,
  borderSheet,
  fontSheet,
  imageSheet,
  bubbleSheet,
  buttonSheet,
  ruleSheet,
  carouselSheet,
  chatSheet,
  richMenuSheet,
];

describe.skipIf(!existsSync(CHROMIUM))("RENDERING.md's values, as chromium draws the preview", () => {
  const chromium = useChromiumPages();

  it.each(SHEETS.map((sheet) => [sheet.name, sheet] as const))('%s', async (_, sheet) => {
    const page = await chromium.open(sheet.html);
    const rows = sheet.rows(page);
    const wrong: string[] = [];
    for (const row of rows) {
      const drawn = await row.drawn();
      const same =
        typeof drawn === 'number' && typeof row.expected === 'number' ? Math.abs(drawn - row.expected) <= 0.5 : drawn === row.expected;
      if (!same) wrong.push(`${row.value}: expected ${row.expected}, drawn ${drawn}`);
    }
    expect(wrong).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });
});
