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

export {
  ACTION_PLACEMENTS,
  ACTION_TYPES,
  type Action,
  type ActionPlacement,
  type ActionType,
  actionSchema,
  type CameraAction,
  type CameraRollAction,
  type ClipboardAction,
  type DatetimePickerAction,
  type LocationAction,
  type MessageAction,
  type PostbackAction,
  type RichMenuSwitchAction,
  richMenuAliasIdSchema,
  type URIAction,
} from './actions.ts';
export { type QuickReply, type QuickReplyItem, quickReplySchema, type Sender, senderSchema } from './common.ts';
export { graphemeLength, lengthIn } from './count.ts';
export {
  BOX_CHILDREN,
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
  flexBoxSchema,
  flexComponentSchema,
} from './flex/components.ts';
export {
  type FlexBubble,
  type FlexCarousel,
  type FlexContainer,
  type FlexMessage,
  flexBubbleSchema,
  flexCarouselSchema,
  flexMessageSchema,
  jsonBytes,
} from './flex/containers.ts';
export {
  BORDER_WIDTH_KEYWORDS,
  BUBBLE_SIZES,
  type FlexBorderWidth,
  type FlexBoxLength,
  type FlexCornerRadius,
  type FlexFontSize,
  type FlexImageSize,
  type FlexLineSpacing,
  type FlexOffset,
  type FlexPadding,
  type FlexSpacing,
  IMAGE_SIZE_KEYWORDS,
  SIZE_KEYWORDS,
  SPACING_KEYWORDS,
} from './flex/values.ts';
export { CHAT_ID, RETRY_KEY, USER_ID } from './ids.ts';
export {
  type ComponentRef,
  formatIssues,
  formatSource,
  type IssueCode,
  LineValidationError,
  type SourceLocation,
  type ValidationIssue,
  type ValidationResult,
} from './issues.ts';
export { type CountUnit, LIMITS, type Limit, type LimitId } from './limits.ts';
export { MESSAGE_TYPES, type Message, type MessageType, messageSchema, messagesSchema } from './message.ts';
export {
  type ImagemapAction,
  type ImagemapArea,
  type ImagemapMessage,
  type ImagemapVideo,
  imagemapMessageSchema,
} from './messages/imagemap.ts';
export {
  type AudioMessage,
  audioMessageSchema,
  type CouponMessage,
  couponMessageSchema,
  type ImageMessage,
  imageMessageSchema,
  type LocationMessage,
  locationMessageSchema,
  type StickerMessage,
  stickerMessageSchema,
  type VideoMessage,
  videoMessageSchema,
} from './messages/media.ts';
export {
  type ButtonsTemplate,
  type CarouselColumn,
  type CarouselTemplate,
  type ConfirmTemplate,
  type ImageCarouselColumn,
  type ImageCarouselTemplate,
  type Template,
  type TemplateMessage,
  templateMessageSchema,
} from './messages/template.ts';
export {
  type Emoji,
  emojiSchema,
  type SubstitutionObject,
  substitutionSchema,
  type TextMessage,
  type TextMessageV2,
  textMessageSchema,
  textV2MessageSchema,
  textV2Placeholders,
} from './messages/text.ts';
export {
  AGE_DEMOGRAPHICS,
  AREA_DEMOGRAPHICS,
  type DemographicFilter,
  type NarrowcastFilter,
  type NarrowcastRecipient,
  narrowcastFilterSchema,
  narrowcastRecipientSchema,
  SUBSCRIPTION_PERIOD_DEMOGRAPHICS,
} from './narrowcast.ts';
export { nestingIssue } from './nesting.ts';
export {
  audienceAddRequestSchema,
  audienceCreateRequestSchema,
  audienceDescriptionRequestSchema,
  broadcastRequestSchema,
  bulkLinkRequestSchema,
  bulkUnlinkRequestSchema,
  clickAudienceRequestSchema,
  createAliasRequestSchema,
  impressionAudienceRequestSchema,
  loadingAnimationRequestSchema,
  markAsReadByTokenRequestSchema,
  markAsReadRequestSchema,
  narrowcastRequestSchema,
  pushRequestSchema,
  replyRequestSchema,
  richMenuBatchRequestSchema,
  updateAliasRequestSchema,
  validateMessageRequestSchema,
} from './request-bodies.ts';
export {
  aggregationUnitIssues,
  BULK_USERS,
  bulkUserIdIssues,
  chatIdIssues,
  FOLLOWER_IDS_PAGE,
  followerIdsLimitIssues,
  MULTICAST_CHUNK,
  multicastRecipientIssues,
  narrowcastFilterIssues,
  narrowcastLimitIssues,
  narrowcastRecipientIssues,
  refuse,
  richMenuAliasIdIssues,
  richMenuIdIssues,
  userIdIssues,
  userIdParamIssues,
  webhookEndpointIssues,
} from './requests.ts';
export { type RichMenu, type RichMenuArea, type RichMenuBounds, type RichMenuSize, richMenuSchema } from './rich-menu.ts';
export { type ImageHeader, type RichMenuImageType, readImageHeader, richMenuImageIssues } from './rich-menu-image.ts';
export { urlProblem } from './rules.ts';
export { assertValid, validateMessage, validateMessages, validateRichMenu, validateWith } from './validate.ts';
