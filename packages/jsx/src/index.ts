/**
 * @linejsx/jsx: write LINE messages as TSX and render them to validated LINE JSON.
 *
 * Set `"jsx": "react-jsx"` and `"jsxImportSource": "@linejsx/jsx"` in tsconfig.json, then:
 *
 * @example
 * import { render, Text, QuickReply, MessageAction } from '@linejsx/jsx';
 * const message = render(
 *   <Text quickReply={<QuickReply><MessageAction label="Yes" text="yes" /></QuickReply>}>Ready?</Text>,
 * );
 */
export { createElement, Fragment, isElement, type Component, type LineElement, type LineNode } from './element.ts';
export {
  render,
  renderMessages,
  renderMessagesWithOrigins,
  renderRichMenu,
  renderRichMenus,
  renderRichMenusWithOrigins,
  renderRichMenuWithOrigins,
  tryRenderMessages,
  tryRenderRichMenus,
  type RenderedMessages,
  type RenderedRichMenu,
  type RenderedRichMenuWithOrigins,
} from './render/render.ts';
export { LineValidationError, type ValidationIssue } from '@linejsx/schema';

// Messages
export { substitutionKeys, pieceIdentity, type SubstitutionPiece } from './components/substitution-keys.ts';
export { Text, type TextProps, type FlexTextProps, type TextMessageProps } from './components/Text.ts';
export { Emoji, type EmojiProps } from './components/Emoji.ts';
export { Mention, type MentionProps } from './components/Mention.ts';
export { MentionAll, type MentionAllProps } from './components/MentionAll.ts';
export { Sticker, type StickerProps } from './components/Sticker.ts';
export { Image, type ImageProps, type ImageMessageProps, type FlexImageProps, type ImageColumnProps } from './components/Image.ts';
export { Video, type VideoProps, type VideoMessageProps, type FlexVideoProps, type ImagemapVideoProps } from './components/Video.ts';
export { Audio, type AudioProps } from './components/Audio.ts';
export { Location, type LocationProps } from './components/Location.ts';
export { Coupon, type CouponProps } from './components/Coupon.ts';
export { Imagemap, type ImagemapProps } from './components/Imagemap.ts';
export { Area, type AreaProps } from './components/Area.ts';
export { Buttons, type ButtonsProps } from './components/Buttons.ts';
export { Confirm, type ConfirmProps } from './components/Confirm.ts';
export { Carousel, type CarouselProps } from './components/Carousel.ts';
export { Column, type ColumnProps } from './components/Column.ts';
export { ImageCarousel, type ImageCarouselProps } from './components/ImageCarousel.ts';
export { QuickReply, type QuickReplyProps } from './components/QuickReply.ts';
export { QuickReplyButton, type QuickReplyButtonProps } from './components/QuickReplyButton.ts';
export { Sender, type SenderProps } from './components/Sender.ts';

// Actions
export { Postback, type PostbackProps } from './components/Postback.ts';
export { MessageAction, type MessageActionProps } from './components/MessageAction.ts';
export { Uri, type UriProps } from './components/Uri.ts';
export { DatetimePicker, type DatetimePickerProps } from './components/DatetimePicker.ts';
export { Camera, type CameraProps } from './components/Camera.ts';
export { CameraRoll, type CameraRollProps } from './components/CameraRoll.ts';
export { LocationAction, type LocationActionProps } from './components/LocationAction.ts';
export { RichMenuSwitch, type RichMenuSwitchProps } from './components/RichMenuSwitch.ts';
export { Clipboard, type ClipboardProps } from './components/Clipboard.ts';

// Flex
export { Flex, type FlexProps } from './components/Flex.ts';
export { Bubble, type BubbleProps } from './components/Bubble.ts';
export { Header, type HeaderProps } from './components/Header.ts';
export { Hero, type HeroProps } from './components/Hero.ts';
export { Body, type BodyProps } from './components/Body.ts';
export { Footer, type FooterProps } from './components/Footer.ts';
export { Box, type BoxProps } from './components/Box.ts';
export { Span, type SpanProps } from './components/Span.ts';
export { Icon, type IconProps } from './components/Icon.ts';
export { Button, type ButtonProps } from './components/Button.ts';
export { Separator, type SeparatorProps } from './components/Separator.ts';
export { Filler, type FillerProps } from './components/Filler.ts';

// Rich menus
export { RichMenu, RICH_MENU_SIZES, type RichMenuProps } from './components/RichMenu.ts';
export { Row, type RowProps } from './components/Row.ts';
export { Cell, type CellProps } from './components/Cell.ts';
// JSON no component writes
export { Raw, type RawProps } from './components/Raw.ts';
// What a value renders to, for tools that take any design (the CLI, @linejsx/testing)
export { jsonKindOf, kindOf, renderAs, validateAs, type RenderKind } from './render/kind.ts';
