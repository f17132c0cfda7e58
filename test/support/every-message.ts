/**
 * One message of every type LINE has, and a bubble with every flex component, each with every
 * string property it can carry filled in: what the escaping tests replace with hostile strings.
 */
const IMAGE = 'https://images.example.com/a.jpg';
const uri = { type: 'uri', label: 'Open', uri: 'https://a.example.com/', altUri: { desktop: 'https://a.example.com/pc' } };
const postback = {
  type: 'postback',
  label: 'Buy',
  data: 'action=buy',
  displayText: 'Buy it',
  inputOption: 'openKeyboard',
  fillInText: 'x',
};
const message = { type: 'message', label: 'Say', text: 'hello' };
const actions = [
  uri,
  postback,
  message,
  { type: 'datetimepicker', label: 'When', data: 'd', mode: 'datetime', initial: '2025-01-01T10:00', max: '2026-01-01T10:00' },
  { type: 'camera', label: 'Camera' },
  { type: 'cameraRoll', label: 'Roll' },
  { type: 'location', label: 'Where' },
  { type: 'clipboard', label: 'Copy', clipboardText: 'CODE' },
  { type: 'richmenuswitch', label: 'Tab', richMenuAliasId: 'tab-b', data: 'tab' },
];
const quickReply = { items: actions.map((action) => ({ type: 'action', imageUrl: IMAGE, action })) };
const sender = { name: 'Cony', iconUrl: IMAGE };

const span = { type: 'span', text: 'span', color: '#ff0000', size: 'sm', weight: 'bold', style: 'italic', decoration: 'underline' };
const text = (extra: Record<string, unknown>) => ({
  type: 'text',
  text: 'text\nline',
  size: 'md',
  color: '#111111',
  align: 'start',
  gravity: 'top',
  weight: 'regular',
  style: 'normal',
  decoration: 'none',
  margin: 'md',
  position: 'relative',
  offsetTop: '1px',
  offsetBottom: '1px',
  offsetStart: '1px',
  offsetEnd: '1px',
  lineSpacing: '2px',
  adjustMode: 'shrink-to-fit',
  action: uri,
  ...extra,
});
const flexBubble = {
  type: 'bubble',
  size: 'mega',
  direction: 'ltr',
  action: postback,
  styles: { header: { backgroundColor: '#ffffff', separatorColor: '#000000', separator: true }, footer: { backgroundColor: '#eeeeee' } },
  header: { type: 'box', layout: 'vertical', contents: [text({}), text({ contents: [span, span], wrap: true })] },
  hero: { type: 'image', url: IMAGE, size: 'full', aspectRatio: '20:13', aspectMode: 'cover', backgroundColor: '#000000', action: uri },
  body: {
    type: 'box',
    layout: 'vertical',
    spacing: 'md',
    backgroundColor: '#ffffff',
    borderColor: '#000000',
    borderWidth: 'light',
    cornerRadius: 'md',
    paddingAll: '4px',
    width: '100%',
    maxWidth: '100%',
    height: '200px',
    justifyContent: 'center',
    alignItems: 'center',
    background: {
      type: 'linearGradient',
      angle: '90deg',
      startColor: '#000000',
      endColor: '#ffffff',
      centerColor: '#888888',
      centerPosition: '40%',
    },
    action: message,
    contents: [
      { type: 'box', layout: 'baseline', contents: [{ type: 'icon', url: IMAGE, size: 'sm', aspectRatio: '2:1', margin: 'sm' }, text({})] },
      { type: 'image', url: IMAGE, size: 'sm', align: 'end', gravity: 'bottom', flex: 0 },
      { type: 'button', action: uri, style: 'primary', color: '#00ff00', height: 'sm', gravity: 'center' },
      { type: 'separator', margin: 'md', color: '#cccccc' },
      { type: 'filler', flex: 1 },
      {
        type: 'video',
        url: 'https://a.example.com/v.mp4',
        previewUrl: IMAGE,
        altContent: { type: 'image', url: IMAGE },
        aspectRatio: '16:9',
        action: uri,
      },
    ],
  },
  footer: { type: 'box', layout: 'horizontal', contents: [{ type: 'button', action: message }] },
};

/** One of each message type, each with every string property LINE defines for it. */
export const EVERY_MESSAGE: readonly unknown[] = [
  { type: 'text', text: 'Hi $ there', emojis: [{ index: 3, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' }], quickReply, sender },
  {
    type: 'textV2',
    text: '{user} {all} {smile} {{x}} {missing}',
    substitution: {
      user: { type: 'mention', mentionee: { type: 'user', userId: 'U4af4980629d4f0f3e8a3f2b8a7e7a1c2' } },
      all: { type: 'mention', mentionee: { type: 'all' } },
      smile: { type: 'emoji', productId: '5ac1bfd5040ab15980c9b435', emojiId: '009' },
    },
  },
  { type: 'sticker', packageId: '446', stickerId: '1988', quoteToken: 'q' },
  { type: 'image', originalContentUrl: IMAGE, previewImageUrl: IMAGE },
  { type: 'video', originalContentUrl: 'https://a.example.com/v.mp4', previewImageUrl: IMAGE, trackingId: 't' },
  { type: 'audio', originalContentUrl: 'https://a.example.com/a.m4a', duration: 60000 },
  { type: 'location', title: 'Brown Café', address: '1-1 Shibuya', latitude: 35.6, longitude: 139.7 },
  {
    type: 'imagemap',
    baseUrl: 'https://a.example.com/map',
    altText: 'map',
    baseSize: { width: 1040, height: 1040 },
    video: {
      originalContentUrl: 'https://a.example.com/v.mp4',
      previewImageUrl: IMAGE,
      area: { x: 0, y: 0, width: 1040, height: 520 },
      externalLink: { linkUri: 'https://a.example.com/more', label: 'See more' },
    },
    actions: [
      { type: 'uri', label: 'Shop', linkUri: 'https://a.example.com/shop', area: { x: 0, y: 520, width: 520, height: 520 } },
      { type: 'message', label: 'Say', text: 'hi', area: { x: 520, y: 520, width: 520, height: 520 } },
      { type: 'clipboard', label: 'Copy', clipboardText: 'CODE', area: { x: 0, y: 0, width: 10, height: 10 } },
    ],
  },
  {
    type: 'template',
    altText: 'buttons',
    template: {
      type: 'buttons',
      thumbnailImageUrl: IMAGE,
      imageAspectRatio: 'square',
      imageSize: 'contain',
      imageBackgroundColor: '#FFFFFF',
      title: 'Title',
      text: 'Text',
      defaultAction: uri,
      actions: [uri, postback, message],
    },
  },
  { type: 'template', altText: 'confirm', template: { type: 'confirm', text: 'Sure?', actions: [message, postback] } },
  {
    type: 'template',
    altText: 'carousel',
    template: {
      type: 'carousel',
      imageAspectRatio: 'rectangle',
      imageSize: 'cover',
      columns: [
        { thumbnailImageUrl: IMAGE, imageBackgroundColor: '#000000', title: 'Column', text: 'Text', defaultAction: uri, actions: [uri] },
      ],
    },
  },
  { type: 'template', altText: 'images', template: { type: 'image_carousel', columns: [{ imageUrl: IMAGE, action: uri }] } },
  { type: 'flex', altText: 'bubble', contents: flexBubble },
  { type: 'flex', altText: 'carousel', contents: { type: 'carousel', contents: [flexBubble, flexBubble] } },
  { type: 'coupon', couponId: 'COUPON-1' },
];

/** A rich menu with every string property, and two areas (one switching tabs). */
export const EVERY_RICH_MENU = {
  size: { width: 2500, height: 843 },
  selected: true,
  name: 'Main',
  chatBarText: 'Menu',
  areas: [
    { bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: uri },
    { bounds: { x: 1250, y: 0, width: 1250, height: 843 }, action: actions.at(-1) },
  ],
};
