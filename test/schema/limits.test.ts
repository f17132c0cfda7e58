/**
 * Every limit of `LIMITS` for messages, actions, quick replies, the sender, templates and
 * imagemaps: a value just inside passes, a value just outside fails with an issue that names the
 * limit (`issue.limit`) and its number. Strings are filled the way LINE counts them: UTF-16 limits
 * with 🍎 (two units each), grapheme limits with Thai clusters that carry combining marks (one
 * cluster, two units each), so counting in the wrong unit fails these tests.
 */

import {
  LIMITS,
  type Limit,
  type LimitId,
  type ValidationResult,
  validateMessage,
  validateMessages,
  validateRichMenu,
} from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { urlOfLength, userId } from '../support/validation.ts';

/** Limits whose tests live with their feature, by name. */
const COVERED_ELSEWHERE: Partial<Record<LimitId, string>> = {
  flexBubbles: 'flex (issue 3)',
  flexBubbleBytes: 'flex (issue 3)',
  flexCarouselBytes: 'flex (issue 3)',
  flexAnimatedImages: 'flex (issue 3)',
  aspectRatioTerm: 'flex (issue 3)',
  labelFlexButton: 'flex (issue 3)',
  labelFlex: 'flex (issue 3)',
  richMenuWidth: 'rich menus (issue 6)',
  richMenuHeight: 'rich menus (issue 6)',
  richMenuRatio: 'rich menus (issue 6)',
  richMenuName: 'rich menus (issue 6)',
  chatBarText: 'rich menus (issue 6)',
  richMenuAreas: 'rich menus (issue 6)',
  narrowcastRecipients: 'test/send/narrowcast.test.ts',
  // Checked by LINE when the image is uploaded; no JSON carries it.
  richMenuImageBytes: 'rich menus (issue 6)',
  webhookEndpoint: 'send (issue 4)',
  nesting: 'test/schema/depth.test.tsx',
  richMenuBatchOperations: 'test/schema/request-bodies.test.ts',
  resumeRequestKey: 'test/schema/request-bodies.test.ts',
  loadingSeconds: 'test/schema/request-bodies.test.ts',
  audienceDescription: 'test/schema/request-bodies.test.ts',
  audienceIds: 'test/schema/request-bodies.test.ts',
  audienceClickUrl: 'test/schema/request-bodies.test.ts',
};

/** `n` UTF-16 code units: 🍎 (2 units, 1 character to a reader) then "a" for an odd count. */
const utf16 = (n: number) => '🍎'.repeat(Math.floor(n / 2)) + 'a'.repeat(n % 2);
/** `n` grapheme clusters of Thai "ดี" (consonant + combining vowel: 2 UTF-16 units each). */
const graphemes = (n: number) => 'ดี'.repeat(n);
/** `n` characters of plain ASCII, for values LINE restricts to letters and digits. */
const ascii = (n: number) => 'a'.repeat(n);
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

type Validate = (value: unknown) => ValidationResult<unknown>;

interface LimitCase {
  readonly limit: LimitId;
  /** Where the limit is exercised, for the test name. */
  readonly where: string;
  /** The object to validate, with a value of size `n` (characters, items, or the number itself). */
  readonly build: (n: number) => unknown;
  /** JSON path of the issue when `n` is just outside. */
  readonly path: string;
  readonly validate?: Validate;
  /** Other limits the value necessarily breaks even just inside (100 substitutions are more than 20 mentions + 20 emoji). */
  readonly alsoBreaks?: readonly LimitId[];
}

const area = { x: 0, y: 0, width: 1040, height: 1040 };
const message = { type: 'message', label: 'Yes', text: 'yes' };
const text = (extra: Record<string, unknown> = {}) => ({ type: 'text', text: 'Hello', ...extra });
const quickReply = (action: Record<string, unknown>, imageUrl?: string) =>
  text({ quickReply: { items: [{ type: 'action', action, ...(imageUrl === undefined ? {} : { imageUrl }) }] } });
const buttons = (template: Record<string, unknown>) => ({
  type: 'template',
  altText: 'Menu',
  template: { type: 'buttons', text: 'Pick one', actions: [message], ...template },
});
const buttonsAction = (action: Record<string, unknown>) => buttons({ actions: [action] });
const column = (extra: Record<string, unknown> = {}) => ({ text: 'Fresh bread', actions: [message], ...extra });
const carousel = (columns: unknown[]) => ({ type: 'template', altText: 'Menu', template: { type: 'carousel', columns } });
const imageColumn = (action: Record<string, unknown> = { type: 'postback', data: 'a' }) => ({
  imageUrl: 'https://cdn.example.com/a.jpg',
  action,
});
const imageCarousel = (columns: unknown[]) => ({ type: 'template', altText: 'Photos', template: { type: 'image_carousel', columns } });
const imagemap = (extra: Record<string, unknown> = {}) => ({
  type: 'imagemap',
  baseUrl: 'https://cdn.example.com/menu',
  altText: 'Menu',
  baseSize: { width: 1040, height: 1040 },
  actions: [{ type: 'message', text: 'menu', area }],
  ...extra,
});
const imagemapVideo = (externalLink: Record<string, unknown>) =>
  imagemap({
    video: {
      originalContentUrl: 'https://cdn.example.com/a.mp4',
      previewImageUrl: 'https://cdn.example.com/a.jpg',
      area: { x: 0, y: 0, width: 1040, height: 585 },
      externalLink: { linkUri: 'https://example.com', label: 'More', ...externalLink },
    },
  });
const mention = { type: 'mention', mentionee: { type: 'user', userId: userId('a') } };
const emoji = { type: 'emoji', productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' };
const textV2 = (substitution: Record<string, unknown>) => ({ type: 'textV2', text: 'Hello', substitution });
const richMenu = (action: Record<string, unknown>) => ({
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'Main',
  chatBarText: 'Menu',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action }],
});
const messages: Validate = validateMessages;
const menus: Validate = validateRichMenu;

const CASES: readonly LimitCase[] = [
  // Common to all messages
  { limit: 'messages', where: 'messages of a request', build: (n) => times(n, () => text()), path: 'messages', validate: messages },
  {
    limit: 'quickReplyItems',
    where: 'quick reply buttons',
    build: (n) => text({ quickReply: { items: times(n, () => ({ type: 'action', action: message })) } }),
    path: 'quickReply.items',
  },
  { limit: 'senderName', where: 'sender name', build: (n) => text({ sender: { name: utf16(n) } }), path: 'sender.name' },
  {
    limit: 'mediaUrl',
    where: 'image URL',
    build: (n) => ({ type: 'image', originalContentUrl: urlOfLength(n), previewImageUrl: 'https://cdn.example.com/p.jpg' }),
    path: 'originalContentUrl',
  },
  {
    limit: 'mediaUrl',
    where: 'quick reply icon URL',
    build: (n) => quickReply(message, urlOfLength(n)),
    path: 'quickReply.items[0].imageUrl',
  },
  { limit: 'altText', where: 'template altText', build: (n) => ({ ...buttons({}), altText: utf16(n) }), path: 'altText' },
  { limit: 'altText', where: 'imagemap altText', build: (n) => imagemap({ altText: utf16(n) }), path: 'altText' },

  // Text and textV2
  { limit: 'text', where: 'text message', build: (n) => text({ text: utf16(n) }), path: 'text' },
  { limit: 'text', where: 'textV2 message', build: (n) => ({ type: 'textV2', text: utf16(n) }), path: 'text' },
  {
    limit: 'emojis',
    where: 'emojis of a text message',
    build: (n) => text({ text: '$'.repeat(n), emojis: times(n, (index) => ({ index, productId: emoji.productId, emojiId: '001' })) }),
    path: 'emojis',
  },
  {
    limit: 'emojis',
    where: 'emoji substitutions of a textV2 message',
    build: (n) => textV2(Object.fromEntries(times(n, (i) => [`e${i}`, emoji]))),
    path: 'substitution',
  },
  {
    limit: 'mentions',
    where: 'mentions of a textV2 message',
    build: (n) => textV2(Object.fromEntries(times(n, (i) => [`m${i}`, mention]))),
    path: 'substitution',
  },
  {
    limit: 'substitutions',
    where: 'substitution objects',
    build: (n) => textV2(Object.fromEntries(times(n, (i) => [`s${i}`, i % 2 ? mention : emoji]))),
    path: 'substitution',
    alsoBreaks: ['mentions', 'emojis'],
  },
  { limit: 'substitutionKey', where: 'substitution key', build: (n) => textV2({ [ascii(n)]: mention }), path: `substitution.${ascii(21)}` },

  // Video, location, coupon
  {
    limit: 'trackingId',
    where: 'video trackingId',
    build: (n) => ({
      type: 'video',
      originalContentUrl: 'https://cdn.example.com/a.mp4',
      previewImageUrl: 'https://cdn.example.com/a.jpg',
      trackingId: ascii(n),
    }),
    path: 'trackingId',
  },
  {
    limit: 'locationTitle',
    where: 'location title',
    build: (n) => ({ type: 'location', title: utf16(n), address: 'Tokyo', latitude: 35.68, longitude: 139.76 }),
    path: 'title',
  },
  {
    limit: 'locationAddress',
    where: 'location address',
    build: (n) => ({ type: 'location', title: 'Shop', address: utf16(n), latitude: 35.68, longitude: 139.76 }),
    path: 'address',
  },
  {
    limit: 'deliveryTag',
    where: 'coupon deliveryTag',
    build: (n) => ({ type: 'coupon', couponId: 'C1', deliveryTag: ascii(n) }),
    path: 'deliveryTag',
  },

  // Imagemap
  {
    limit: 'imagemapActions',
    where: 'imagemap actions',
    build: (n) => imagemap({ actions: times(n, () => ({ type: 'message', text: 'x', area })) }),
    path: 'actions',
  },
  {
    limit: 'imagemapLinkUri',
    where: 'imagemap URI action linkUri',
    build: (n) => imagemap({ actions: [{ type: 'uri', linkUri: urlOfLength(n), area }] }),
    path: 'actions[0].linkUri',
  },
  {
    limit: 'imagemapLinkUri',
    where: 'imagemap video externalLink.linkUri',
    build: (n) => imagemapVideo({ linkUri: urlOfLength(n) }),
    path: 'video.externalLink.linkUri',
  },
  {
    limit: 'imagemapText',
    where: 'imagemap message action text',
    build: (n) => imagemap({ actions: [{ type: 'message', text: utf16(n), area }] }),
    path: 'actions[0].text',
  },
  {
    limit: 'imagemapLabel',
    where: 'imagemap action label',
    build: (n) => imagemap({ actions: [{ type: 'message', text: 'x', label: utf16(n), area }] }),
    path: 'actions[0].label',
  },
  {
    limit: 'imagemapLinkLabel',
    where: 'imagemap video externalLink.label',
    build: (n) => imagemapVideo({ label: utf16(n) }),
    path: 'video.externalLink.label',
  },
  {
    limit: 'imagemapBaseWidth',
    where: 'imagemap baseSize.width',
    build: (n) => imagemap({ baseSize: { width: n, height: 1040 } }),
    path: 'baseSize.width',
  },

  // Templates
  { limit: 'templateTitle', where: 'buttons title', build: (n) => buttons({ title: graphemes(n), text: 'x' }), path: 'template.title' },
  {
    limit: 'templateTitle',
    where: 'carousel column title',
    build: (n) => carousel([column({ title: graphemes(n), text: 'x' })]),
    path: 'template.columns[0].title',
  },
  {
    limit: 'buttonsText',
    where: 'buttons text without image or title',
    build: (n) => buttons({ text: graphemes(n) }),
    path: 'template.text',
  },
  {
    limit: 'buttonsTextWithImageOrTitle',
    where: 'buttons text with a title',
    build: (n) => buttons({ title: 'Menu', text: graphemes(n) }),
    path: 'template.text',
  },
  {
    limit: 'buttonsTextWithImageOrTitle',
    where: 'buttons text with an image',
    build: (n) => buttons({ thumbnailImageUrl: 'https://cdn.example.com/a.jpg', text: graphemes(n) }),
    path: 'template.text',
  },
  {
    limit: 'buttonsActions',
    where: 'buttons actions',
    build: (n) => buttons({ actions: times(n, () => message) }),
    path: 'template.actions',
  },
  {
    limit: 'confirmText',
    where: 'confirm text',
    build: (n) => ({ type: 'template', altText: 'Sure?', template: { type: 'confirm', text: graphemes(n), actions: [message, message] } }),
    path: 'template.text',
  },
  {
    limit: 'confirmActions',
    where: 'confirm actions',
    build: (n) => ({ type: 'template', altText: 'Sure?', template: { type: 'confirm', text: 'Sure?', actions: times(n, () => message) } }),
    path: 'template.actions',
  },
  { limit: 'carouselColumns', where: 'carousel columns', build: (n) => carousel(times(n, () => column())), path: 'template.columns' },
  {
    limit: 'columnText',
    where: 'carousel column text without image or title',
    build: (n) => carousel([column({ text: graphemes(n) })]),
    path: 'template.columns[0].text',
  },
  {
    limit: 'columnTextWithImageOrTitle',
    where: 'carousel column text with a title',
    build: (n) => carousel([column({ title: 'Bread', text: graphemes(n) })]),
    path: 'template.columns[0].text',
  },
  {
    limit: 'columnActions',
    where: 'carousel column actions',
    build: (n) => carousel([column({ actions: times(n, () => message) })]),
    path: 'template.columns[0].actions',
  },
  {
    limit: 'imageCarouselColumns',
    where: 'image carousel columns',
    build: (n) => imageCarousel(times(n, () => imageColumn())),
    path: 'template.columns',
  },

  // Actions
  {
    limit: 'actionData',
    where: 'postback data',
    build: (n) => buttonsAction({ type: 'postback', label: 'Buy', data: utf16(n) }),
    path: 'template.actions[0].data',
  },
  {
    limit: 'actionData',
    where: 'datetime picker data',
    build: (n) => quickReply({ type: 'datetimepicker', label: 'When', data: utf16(n), mode: 'date' }),
    path: 'quickReply.items[0].action.data',
  },
  {
    limit: 'actionData',
    where: 'rich menu switch data',
    build: (n) => richMenu({ type: 'richmenuswitch', richMenuAliasId: 'tab-b', data: utf16(n) }),
    path: 'areas[0].action.data',
    validate: menus,
  },
  {
    limit: 'displayText',
    where: 'postback displayText',
    build: (n) => buttonsAction({ type: 'postback', label: 'Buy', data: 'buy', displayText: graphemes(n) }),
    path: 'template.actions[0].displayText',
  },
  {
    limit: 'postbackText',
    where: 'postback text (deprecated)',
    build: (n) => buttonsAction({ type: 'postback', label: 'Buy', data: 'buy', text: graphemes(n) }),
    path: 'template.actions[0].text',
  },
  {
    limit: 'fillInText',
    where: 'postback fillInText',
    build: (n) => quickReply({ type: 'postback', label: 'Reply', data: 'r', inputOption: 'openKeyboard', fillInText: graphemes(n) }),
    path: 'quickReply.items[0].action.fillInText',
  },
  {
    limit: 'messageActionText',
    where: 'message action text',
    build: (n) => quickReply({ type: 'message', label: 'Say', text: graphemes(n) }),
    path: 'quickReply.items[0].action.text',
  },
  {
    limit: 'actionUri',
    where: 'URI action uri',
    build: (n) => buttonsAction({ type: 'uri', label: 'Open', uri: urlOfLength(n) }),
    path: 'template.actions[0].uri',
  },
  {
    limit: 'altUriDesktop',
    where: 'URI action altUri.desktop',
    build: (n) => buttonsAction({ type: 'uri', label: 'Open', uri: 'https://example.com', altUri: { desktop: urlOfLength(n) } }),
    path: 'template.actions[0].altUri.desktop',
  },
  {
    limit: 'clipboardText',
    where: 'clipboard action',
    build: (n) => quickReply({ type: 'clipboard', label: 'Copy', clipboardText: utf16(n) }),
    path: 'quickReply.items[0].action.clipboardText',
  },
  {
    limit: 'clipboardText',
    where: 'imagemap clipboard action',
    build: (n) => imagemap({ actions: [{ type: 'clipboard', clipboardText: utf16(n), area }] }),
    path: 'actions[0].clipboardText',
  },
  {
    limit: 'richMenuAliasId',
    where: 'rich menu switch alias',
    build: (n) => richMenu({ type: 'richmenuswitch', richMenuAliasId: ascii(n), data: 'tab' }),
    path: 'areas[0].action.richMenuAliasId',
    validate: menus,
  },
  {
    limit: 'labelImageCarousel',
    where: 'image carousel action label',
    build: (n) => imageCarousel([imageColumn({ type: 'postback', label: graphemes(n), data: 'a' })]),
    path: 'template.columns[0].action.label',
  },
  {
    limit: 'labelTemplate',
    where: 'buttons action label',
    build: (n) => buttonsAction({ type: 'message', label: graphemes(n), text: 'x' }),
    path: 'template.actions[0].label',
  },
  {
    limit: 'labelTemplate',
    where: 'template defaultAction label',
    build: (n) => buttons({ defaultAction: { type: 'uri', label: graphemes(n), uri: 'https://example.com' } }),
    path: 'template.defaultAction.label',
  },
  {
    limit: 'labelQuickReply',
    where: 'quick reply action label',
    build: (n) => quickReply({ type: 'message', label: graphemes(n), text: 'x' }),
    path: 'quickReply.items[0].action.label',
  },
  {
    limit: 'labelQuickReply',
    where: 'camera action label',
    build: (n) => quickReply({ type: 'camera', label: graphemes(n) }),
    path: 'quickReply.items[0].action.label',
  },
  {
    limit: 'labelRichMenu',
    where: 'rich menu area action label',
    build: (n) => richMenu({ type: 'message', label: graphemes(n), text: 'x' }),
    path: 'areas[0].action.label',
    validate: menus,
  },
];

function run(c: LimitCase, n: number) {
  return (c.validate ?? validateMessage)(c.build(n));
}

describe.each(CASES)('$limit: $where', (c) => {
  const limit: Limit = LIMITS[c.limit];
  const max = limit.max!;
  const issuesFor = (n: number) => {
    const result = run(c, n);
    return result.ok ? [] : result.issues;
  };

  it(`passes at ${max}`, () => {
    const issues = issuesFor(max);
    expect(issues.filter((issue) => !c.alsoBreaks?.includes(issue.limit!))).toEqual([]);
  });

  it(`fails at ${max + 1}, naming the limit`, () => {
    const issues = issuesFor(max + 1).filter((issue) => issue.limit === c.limit);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: c.path.replace(ascii(21), ascii(max + 1)), limit: c.limit });
    expect(issues[0]!.message).toMatch(new RegExp(`${max.toLocaleString('en-US')}|\\b${max}\\b`));
  });

  if (limit.min !== undefined && limit.min > 0 && c.limit !== 'imagemapBaseWidth') {
    it(`fails at ${limit.min - 1}, below the minimum of ${limit.min}`, () => {
      const issues = issuesFor(limit.min! - 1).filter((issue) => issue.limit === c.limit);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.code).toMatch(/^too_(short|few)$/);
      expect(issues[0]!.message).toMatch(/must not be empty|needs (at least|exactly)/);
    });
  }
});

describe('limits with a fixed value', () => {
  it('imagemap baseSize.width must be exactly 1040', () => {
    const c = CASES.find((x) => x.limit === 'imagemapBaseWidth')!;
    expect(run(c, 1040).ok).toBe(true);
    for (const width of [1039, 1041, 460, 2000]) {
      const result = run(c, width);
      expect(result.ok ? [] : result.issues).toEqual([
        {
          path: 'baseSize.width',
          code: 'invalid_value',
          limit: 'imagemapBaseWidth',
          message: `baseSize.width is ${width}; LINE requires 1040 (scale the height to match)`,
        },
      ]);
    }
  });
});

describe('counting as LINE does', () => {
  const label = (value: string) => validateMessage(quickReply({ type: 'message', label: value, text: 'x' }));

  it('counts a label of 20 Thai clusters with combining marks as 20 (it is 40 UTF-16 units)', () => {
    const thai = 'กิ'.repeat(10) + 'น้ำ'.repeat(10);
    expect(thai.length).toBeGreaterThan(20);
    expect(label(thai).ok).toBe(true);
    expect(label(`${thai}ก`).ok).toBe(false);
  });

  it('counts a label of 20 emoji (including ZWJ families and flags) as 20', () => {
    expect(label('👨‍👩‍👧🇯🇵👍🏽🍎'.repeat(5)).ok).toBe(true);
    expect(label(`${'🍎'.repeat(20)}🍎`).ok).toBe(false);
  });

  it('counts 🍎 as 2 in a UTF-16 limit: 2,500 apples fill a 5,000 text, one more character breaks it', () => {
    expect(validateMessage(text({ text: '🍎'.repeat(2500) })).ok).toBe(true);
    const result = validateMessage(text({ text: `${'🍎'.repeat(2500)}a` }));
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual(['text is 5,001 characters; LINE allows at most 5,000']);
  });
});

describe('the table', () => {
  it('has a case for every limit that is not covered elsewhere', () => {
    const tested = new Set(CASES.map((c) => c.limit));
    const missing = (Object.keys(LIMITS) as LimitId[]).filter((id) => !tested.has(id) && !(id in COVERED_ELSEWHERE));
    expect(missing).toEqual([]);
  });

  it('lists as covered elsewhere only real limits that have no case here', () => {
    for (const id of Object.keys(COVERED_ELSEWHERE)) {
      expect(LIMITS).toHaveProperty(id);
      expect(CASES.some((c) => c.limit === id)).toBe(false);
    }
  });
});
