/**
 * @linejsx/schema: zod schemas and TypeScript types for every LINE message, action, flex component
 * and rich-menu object, with every limit LINE documents, and `validate…` functions that report every
 * problem at once with its JSON path and the rule in plain words.
 *
 * @example
 * import { validateMessages } from '@linejsx/schema';
 * const result = validateMessages([{ type: 'text', text: 'Hello' }]);
 * if (!result.ok) for (const issue of result.issues) console.log(`${issue.path}: ${issue.message}`);
 */
export { LIMITS, type Limit, type LimitId, type CountUnit } from './limits.ts';
export { graphemeLength, lengthIn } from './count.ts';
export {
  LineValidationError,
  formatIssues,
  formatSource,
  type ComponentRef,
  type IssueCode,
  type SourceLocation,
  type ValidationIssue,
  type ValidationResult,
} from './issues.ts';
export { urlProblem } from './rules.ts';
export {
  ACTION_PLACEMENTS,
  ACTION_TYPES,
  actionSchema,
  richMenuAliasIdSchema,
  type Action,
  type ActionPlacement,
  type ActionType,
  type CameraAction,
  type CameraRollAction,
  type ClipboardAction,
  type DatetimePickerAction,
  type LocationAction,
  type MessageAction,
  type PostbackAction,
  type RichMenuSwitchAction,
  type URIAction,
} from './actions.ts';
export { quickReplySchema, senderSchema, type QuickReply, type QuickReplyItem, type Sender } from './common.ts';
export {
  emojiSchema,
  textMessageSchema,
  textV2MessageSchema,
  textV2Placeholders,
  substitutionSchema,
  type Emoji,
  type SubstitutionObject,
  type TextMessage,
  type TextMessageV2,
} from './messages/text.ts';
export {
  audioMessageSchema,
  couponMessageSchema,
  imageMessageSchema,
  locationMessageSchema,
  stickerMessageSchema,
  videoMessageSchema,
  type AudioMessage,
  type CouponMessage,
  type ImageMessage,
  type LocationMessage,
  type StickerMessage,
  type VideoMessage,
} from './messages/media.ts';
export {
  imagemapMessageSchema,
  type ImagemapAction,
  type ImagemapArea,
  type ImagemapMessage,
  type ImagemapVideo,
} from './messages/imagemap.ts';
export {
  templateMessageSchema,
  type ButtonsTemplate,
  type CarouselColumn,
  type CarouselTemplate,
  type ConfirmTemplate,
  type ImageCarouselColumn,
  type ImageCarouselTemplate,
  type Template,
  type TemplateMessage,
} from './messages/template.ts';
export {
  BOX_CHILDREN,
  flexBoxSchema,
  flexComponentSchema,
  type FlexBox,
  type FlexButton,
  type FlexComponent,
  type FlexFiller,
  type FlexIcon,
  type FlexImage,
  type FlexLinearGradient,
  type FlexSeparator,
  type FlexSpan,
  type FlexText,
  type FlexVideo,
} from './flex/components.ts';
export {
  flexBubbleSchema,
  flexCarouselSchema,
  flexMessageSchema,
  jsonBytes,
  type FlexBubble,
  type FlexCarousel,
  type FlexContainer,
  type FlexMessage,
} from './flex/containers.ts';
export { BORDER_WIDTH_KEYWORDS, BUBBLE_SIZES, IMAGE_SIZE_KEYWORDS, SIZE_KEYWORDS, SPACING_KEYWORDS } from './flex/values.ts';
export { MESSAGE_TYPES, messageSchema, messagesSchema, type Message, type MessageType } from './message.ts';
export { richMenuSchema, type RichMenu, type RichMenuArea, type RichMenuBounds, type RichMenuSize } from './rich-menu.ts';
export {
  AGE_DEMOGRAPHICS,
  AREA_DEMOGRAPHICS,
  SUBSCRIPTION_PERIOD_DEMOGRAPHICS,
  narrowcastFilterSchema,
  narrowcastRecipientSchema,
  type DemographicFilter,
  type NarrowcastFilter,
  type NarrowcastRecipient,
} from './narrowcast.ts';
export { assertValid, validateMessage, validateMessages, validateRichMenu, validateWith } from './validate.ts';
