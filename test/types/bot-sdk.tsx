/**
 * Type test, checked by `tsc` (the test command type-checks test/): what linejsx renders is
 * assignable to @line/bot-sdk's types, so it can be handed to the official SDK without a cast.
 * The `@ts-expect-error` lines prove the check can fail: if one stops being an error, tsc says so.
 * Nothing here runs.
 */
import type { messagingApi } from '@line/bot-sdk';
import {
  Area,
  Audio,
  Body,
  Bubble,
  Buttons,
  Flex,
  Imagemap,
  MessageAction,
  Postback,
  QuickReply,
  RichMenu,
  render,
  renderMessages,
  renderRichMenu,
  Sticker,
  Text,
  Uri,
} from '@linejsx/jsx';
import type * as Ours from '@linejsx/schema';

export function renderedOutput(): void {
  const text: messagingApi.Message = render(<Text>Hello</Text>);
  const messages: messagingApi.Message[] = renderMessages(
    <>
      <Text>Hello</Text>
      <Sticker packageId="446" stickerId="1988" />
    </>,
  );
  const push: messagingApi.PushMessageRequest = { to: 'U4af4980629d4f0f3e8a3f2b8a7e7a1c2', messages };
  const reply: messagingApi.ReplyMessageRequest = {
    replyToken: 'token',
    messages: [render(<Audio originalContentUrl="https://cdn.example.com/a.m4a" duration={1000} />)],
  };

  const flex = render(
    <Flex altText="Card">
      <Bubble>
        <Body>
          <Text>Hi</Text>
        </Body>
      </Bubble>
    </Flex>,
  );
  if (flex.type === 'flex') {
    const message: messagingApi.FlexMessage = flex;
    const container: messagingApi.FlexContainer = flex.contents;
    void [message, container];
  }
  const template = render(
    <Buttons
      altText="Menu"
      text="Pick"
      quickReply={
        <QuickReply>
          <MessageAction label="Help" text="help" />
        </QuickReply>
      }
    >
      <Postback label="Buy" data="buy" />
    </Buttons>,
  );
  if (template.type === 'template') {
    const message: messagingApi.TemplateMessage = template;
    const quickReply: messagingApi.QuickReply | undefined = template.quickReply;
    void [message, quickReply];
  }
  const imagemap = render(
    <Imagemap baseUrl="https://cdn.example.com/m" altText="Menu" baseSize={{ width: 1040, height: 1040 }}>
      <Area x={0} y={0} width={1040} height={1040}>
        <Uri uri="https://example.com" />
      </Area>
    </Imagemap>,
  );
  if (imagemap.type === 'imagemap') {
    const message: messagingApi.ImagemapMessage = imagemap;
    void message;
  }
  const menu: messagingApi.RichMenuRequest = renderRichMenu(
    <RichMenu size="half" name="Test" chatBarText="Menu">
      <Area x={0} y={0} width={2500} height={843}>
        <Postback data="tab=a" />
      </Area>
    </RichMenu>,
  );

  // @ts-expect-error a rendered message may be any message type: narrow on `type` first
  const notNarrowed: messagingApi.TextMessage = render(<Text>Hello</Text>);
  // @ts-expect-error a rich menu is not a message
  const menuAsMessage: messagingApi.Message = renderRichMenu(<RichMenu size="half" name="Test" chatBarText="Menu" />);
  void [text, push, reply, menu, notNarrowed, menuAsMessage];
}

/** Every type of @linejsx/schema against its @line/bot-sdk counterpart. */
export function schemaTypes(o: {
  message: Ours.Message;
  text: Ours.TextMessage;
  textV2: Ours.TextMessageV2;
  sticker: Ours.StickerMessage;
  image: Ours.ImageMessage;
  video: Ours.VideoMessage;
  audio: Ours.AudioMessage;
  location: Ours.LocationMessage;
  coupon: Ours.CouponMessage;
  imagemap: Ours.ImagemapMessage;
  template: Ours.TemplateMessage;
  flex: Ours.FlexMessage;
  buttons: Ours.ButtonsTemplate;
  confirm: Ours.ConfirmTemplate;
  carousel: Ours.CarouselTemplate;
  imageCarousel: Ours.ImageCarouselTemplate;
  quickReply: Ours.QuickReply;
  sender: Ours.Sender;
  emoji: Ours.Emoji;
  substitution: Ours.SubstitutionObject;
  action: Ours.Action;
  postback: Ours.PostbackAction;
  messageAction: Ours.MessageAction;
  uri: Ours.URIAction;
  datetimePicker: Ours.DatetimePickerAction;
  camera: Ours.CameraAction;
  cameraRoll: Ours.CameraRollAction;
  locationAction: Ours.LocationAction;
  richMenuSwitch: Ours.RichMenuSwitchAction;
  clipboard: Ours.ClipboardAction;
  imagemapAction: Ours.ImagemapAction;
  imagemapVideo: Ours.ImagemapVideo;
  richMenu: Ours.RichMenu;
}): void {
  const checks: [
    messagingApi.Message,
    messagingApi.TextMessage,
    messagingApi.TextMessageV2,
    messagingApi.StickerMessage,
    messagingApi.ImageMessage,
    messagingApi.VideoMessage,
    messagingApi.AudioMessage,
    messagingApi.LocationMessage,
    messagingApi.CouponMessage,
    messagingApi.ImagemapMessage,
    messagingApi.TemplateMessage,
    messagingApi.FlexMessage,
    messagingApi.ButtonsTemplate,
    messagingApi.ConfirmTemplate,
    messagingApi.CarouselTemplate,
    messagingApi.ImageCarouselTemplate,
    messagingApi.QuickReply,
    messagingApi.Sender,
    messagingApi.Emoji,
    messagingApi.SubstitutionObject,
    messagingApi.Action,
    messagingApi.PostbackAction,
    messagingApi.MessageAction,
    messagingApi.URIAction,
    messagingApi.DatetimePickerAction,
    messagingApi.CameraAction,
    messagingApi.CameraRollAction,
    messagingApi.LocationAction,
    messagingApi.RichMenuSwitchAction,
    messagingApi.ClipboardAction,
    messagingApi.ImagemapAction,
    messagingApi.ImagemapVideo,
    messagingApi.RichMenuRequest,
  ] = [
    o.message,
    o.text,
    o.textV2,
    o.sticker,
    o.image,
    o.video,
    o.audio,
    o.location,
    o.coupon,
    o.imagemap,
    o.template,
    o.flex,
    o.buttons,
    o.confirm,
    o.carousel,
    o.imageCarousel,
    o.quickReply,
    o.sender,
    o.emoji,
    o.substitution,
    o.action,
    o.postback,
    o.messageAction,
    o.uri,
    o.datetimePicker,
    o.camera,
    o.cameraRoll,
    o.locationAction,
    o.richMenuSwitch,
    o.clipboard,
    o.imagemapAction,
    o.imagemapVideo,
    o.richMenu,
  ];
  // @ts-expect-error a sticker is not a text message
  const wrong: messagingApi.TextMessage = o.sticker;
  // @ts-expect-error LINE's text message needs its text
  const incomplete: messagingApi.TextMessage = { type: 'text' };
  void [checks, wrong, incomplete];
}
