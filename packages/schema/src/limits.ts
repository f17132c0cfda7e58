/**
 * Every numeric limit LINE documents for the objects linejsx builds, in one table.
 *
 * Each entry says what it limits, how LINE counts it and where LINE says so (the source tags of
 * `CONSTRAINTS.md`: `R#` = Messaging API reference anchor, `D:` = docs page, `S:` = OpenAPI spec).
 * Schemas, error messages and the generated components reference read from here and nowhere else.
 */
export type CountUnit =
  /** String length in UTF-16 code units (JavaScript's `.length`); LINE's default. */
  | 'utf16'
  /** User-perceived characters (extended grapheme clusters), as LINE counts labels. */
  | 'grapheme'
  /** Array items. */
  | 'items'
  /** Bytes of the UTF-8 JSON text. */
  | 'bytes'
  /** A plain number (pixels, milliseconds, counts). */
  | 'number';

export interface Limit {
  readonly min?: number;
  readonly max?: number;
  readonly unit: CountUnit;
  /** What is limited, in the words an error message uses. */
  readonly what: string;
  readonly source: string;
}

/** A limit with an upper bound. */
export interface MaxLimit extends Limit {
  readonly max: number;
}

const utf16 = (max: number, what: string, source: string, min?: number): MaxLimit => ({ max, min, unit: 'utf16', what, source });
const graphemes = (max: number, what: string, source: string): MaxLimit => ({ max, unit: 'grapheme', what, source });
const items = (max: number, what: string, source: string, min?: number): MaxLimit => ({ max, min, unit: 'items', what, source });

export const LIMITS = {
  // Common to all messages
  messages: items(5, 'messages per request', 'S:ValidateMessageRequest', 1),
  quickReplyItems: items(13, 'quick reply buttons', 'R#items-object', 1),
  senderName: utf16(20, 'sender name', 'R#icon-nickname-switch', 1),
  mediaUrl: utf16(2000, 'URL', 'R#image-message', 1),
  altText: utf16(1500, 'altText', 'R#template-messages', 1),

  // Text and textV2
  text: utf16(5000, 'text', 'R#text-message', 1),
  emojis: items(20, 'LINE emoji', 'R#text-message'),
  substitutionKey: utf16(20, 'substitution key', 'R#text-message-v2', 1),
  substitutions: items(100, 'substitution objects', 'R#text-message-v2'),
  mentions: items(20, 'mentions', 'R#text-message-v2'),

  // Video, location, coupon
  trackingId: utf16(100, 'trackingId', 'R#video-message', 1),
  locationTitle: utf16(100, 'location title', 'R#location-message', 1),
  locationAddress: utf16(100, 'location address', 'R#location-message', 1),
  deliveryTag: utf16(30, 'deliveryTag', 'S:CouponMessage.deliveryTag', 1),

  // Imagemap
  imagemapActions: items(50, 'imagemap actions', 'R#imagemap-message'),
  imagemapLinkUri: utf16(1000, 'imagemap linkUri', 'R#imagemap-action-objects', 1),
  imagemapText: utf16(400, 'imagemap message text', 'R#imagemap-action-objects', 1),
  imagemapLabel: utf16(100, 'imagemap action label', 'R#imagemap-action-objects'),
  imagemapLinkLabel: utf16(30, 'external link label', 'R#imagemap-message', 1),
  imagemapBaseWidth: { min: 1040, max: 1040, unit: 'number', what: 'imagemap baseSize.width', source: 'R#imagemap-message' },

  // Templates
  templateTitle: graphemes(40, 'title', 'R#buttons'),
  buttonsText: graphemes(160, 'text', 'R#buttons'),
  buttonsTextWithImageOrTitle: graphemes(60, 'text with an image or title', 'R#buttons'),
  buttonsActions: items(4, 'actions', 'R#buttons', 1),
  confirmText: graphemes(240, 'text', 'R#confirm'),
  confirmActions: items(2, 'actions', 'R#confirm', 2),
  carouselColumns: items(10, 'columns', 'R#carousel', 1),
  columnText: graphemes(120, 'text', 'R#column-object-for-carousel'),
  columnTextWithImageOrTitle: graphemes(60, 'text with an image or title', 'R#column-object-for-carousel'),
  columnActions: items(3, 'actions', 'R#column-object-for-carousel', 1),
  imageCarouselColumns: items(10, 'columns', 'R#image-carousel', 1),

  // Actions
  actionData: utf16(300, 'data', 'R#postback-action'),
  displayText: graphemes(300, 'displayText', 'R#postback-action'),
  postbackText: graphemes(300, 'text', 'R#postback-action'),
  fillInText: graphemes(300, 'fillInText', 'R#postback-action'),
  messageActionText: graphemes(300, 'text', 'R#message-action'),
  actionUri: utf16(1000, 'uri', 'R#uri-action', 1),
  altUriDesktop: utf16(1000, 'altUri.desktop', 'S:AltUri.desktop', 1),
  clipboardText: utf16(1000, 'clipboardText', 'R#clipboard-action', 1),
  richMenuAliasId: utf16(32, 'richMenuAliasId', 'R#create-rich-menu-alias', 1),
  labelImageCarousel: graphemes(12, 'label', 'R#action-object-label-spec'),
  labelTemplate: graphemes(20, 'label', 'R#action-object-label-spec'),
  labelQuickReply: graphemes(20, 'label', 'R#action-object-label-spec'),
  labelRichMenu: graphemes(20, 'label', 'R#action-object-label-spec'),
  labelFlexButton: graphemes(40, 'label', 'R#action-object-label-spec'),
  labelFlex: graphemes(40, 'label', 'R#action-object-label-spec'),

  // Flex
  flexBubbles: items(12, 'bubbles', 'R#f-carousel', 1),
  flexBubbleBytes: { max: 30_000, unit: 'bytes', what: 'bubble JSON', source: 'R#bubble' },
  flexCarouselBytes: { max: 50_000, unit: 'bytes', what: 'carousel JSON', source: 'R#f-carousel' },
  flexAnimatedImages: items(10, 'animated images', 'R#f-image'),
  aspectRatioTerm: { min: 1, max: 100_000, unit: 'number', what: 'aspectRatio width and height', source: 'R#f-image' },

  // Rich menus
  richMenuWidth: { min: 800, max: 2500, unit: 'number', what: 'rich menu width', source: 'R#size-object' },
  richMenuHeight: { min: 250, unit: 'number', what: 'rich menu height', source: 'R#size-object' },
  richMenuRatio: { min: 1.45, unit: 'number', what: 'rich menu width/height', source: 'R#size-object' },
  richMenuName: graphemes(300, 'name', 'R#rich-menu-object'),
  chatBarText: graphemes(14, 'chatBarText', 'R#rich-menu-object'),
  richMenuAreas: items(20, 'areas', 'R#rich-menu-object'),
  richMenuImageBytes: { max: 1_048_576, unit: 'bytes', what: 'rich menu image', source: 'R#upload-rich-menu-image-requirements' },

  // Narrowcast
  narrowcastRecipients: items(10, 'audience and redelivery objects in the recipient', 'R#narrowcast-recipient'),

  // Webhook settings
  webhookEndpoint: utf16(500, 'webhook endpoint URL', 'S:SetWebhookEndpointRequest', 1),

  // Rich menu batch (CONSTRAINTS.md §10)
  richMenuBatchOperations: items(1000, 'operations', 'S:RichMenuBatchRequest.operations', 1),
  resumeRequestKey: utf16(100, 'resumeRequestKey', 'S:RichMenuBatchRequest.resumeRequestKey', 1),

  // Loading animation (CONSTRAINTS.md §11)
  loadingSeconds: { min: 5, max: 60, unit: 'number', what: 'loadingSeconds', source: 'S:ShowLoadingAnimationRequest' },

  // Audiences (manage-audience.yml)
  audienceDescription: utf16(120, 'description', 'manage-audience.yml CreateAudienceGroupRequest.description', 1),
  audienceIds: items(10_000, 'user IDs or IFAs', 'manage-audience.yml CreateAudienceGroupRequest.audiences'),
  audienceClickUrl: utf16(2000, 'clickUrl', 'manage-audience.yml CreateClickBasedAudienceGroupRequest.clickUrl'),

  // Ours, not LINE's: LINE documents no depth, and its 30 KB bubble limit is what refuses deep
  // designs there. Validation, rendering and the preview walk at most this deep, so that a value
  // deeper (or circular) is a problem with a path instead of a stack overflow. Real designs nest
  // about 20 levels.
  nesting: { max: 100, unit: 'number', what: 'levels of objects and arrays', source: 'linejsx' },
} as const satisfies Record<string, Limit>;

export type LimitId = keyof typeof LIMITS;
