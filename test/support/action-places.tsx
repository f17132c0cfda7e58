/**
 * Every place an action component can be written, each rendered for real: the action's JSON as
 * LINE receives it there, or the LineValidationError when it does not belong there.
 */
import {
  Area,
  Body,
  Box,
  Bubble,
  Button,
  Buttons,
  Carousel,
  Column,
  Flex,
  Image,
  ImageCarousel,
  Imagemap,
  type LineElement,
  MessageAction,
  QuickReply,
  QuickReplyButton,
  RichMenu,
  render,
  renderRichMenu,
  Text,
} from '@linejsx/jsx';
import { expect, it } from 'vitest';
import { catchValidation } from './validation.ts';

// biome-ignore lint/suspicious/noExplicitAny: rendered JSON, read by path in the assertions
type Json = Record<string, any>;

const PLACES = {
  /** A button of a buttons template. */
  template: (a: LineElement) =>
    (
      render(
        <Buttons altText="Menu" text="Pick one">
          {a}
        </Buttons>,
      ) as Json
    ).template.actions[0],
  /** The defaultAction of a buttons template. */
  templateDefault: (a: LineElement) =>
    (
      render(
        <Buttons altText="Menu" text="Pick one" defaultAction={a}>
          <MessageAction label="OK" text="ok" />
        </Buttons>,
      ) as Json
    ).template.defaultAction,
  /** An action of a template carousel column. */
  carouselColumn: (a: LineElement) =>
    (
      render(
        <Carousel altText="Menu">
          <Column text="Fresh bread">{a}</Column>
        </Carousel>,
      ) as Json
    ).template.columns[0].actions[0],
  /** The action of an image carousel column. */
  imageCarousel: (a: LineElement) =>
    (
      render(
        <ImageCarousel altText="Photos">
          <Image imageUrl="https://cdn.example.com/cake.jpg" action={a} />
        </ImageCarousel>,
      ) as Json
    ).template.columns[0].action,
  /** A bare action inside <QuickReply>. */
  quickReply: (a: LineElement) =>
    (render(<Text quickReply={<QuickReply>{a}</QuickReply>}>Pick one</Text>) as Json).quickReply.items[0].action,
  /** The action of a <QuickReplyButton> with an icon. */
  quickReplyButton: (a: LineElement) =>
    (
      render(
        <Text
          quickReply={
            <QuickReply>
              <QuickReplyButton imageUrl="https://cdn.example.com/icon.png">{a}</QuickReplyButton>
            </QuickReply>
          }
        >
          Pick one
        </Text>,
      ) as Json
    ).quickReply.items[0].action,
  /** The action of a flex button. */
  flexButton: (a: LineElement) =>
    (
      render(
        <Flex altText="Card">
          <Bubble>
            <Body>
              <Button action={a} />
            </Body>
          </Bubble>
        </Flex>,
      ) as Json
    ).contents.body.contents[0].action,
  /** The action of a flex box (tapping the box). */
  flex: (a: LineElement) =>
    (
      render(
        <Flex altText="Card">
          <Bubble>
            <Body>
              <Box action={a}>
                <Text>Tap me</Text>
              </Box>
            </Body>
          </Bubble>
        </Flex>,
      ) as Json
    ).contents.body.contents[0].action,
  /** The action of an imagemap area (with its area). */
  imagemap: (a: LineElement) =>
    (
      render(
        <Imagemap baseUrl="https://cdn.example.com/menu" altText="Menu" baseSize={{ width: 1040, height: 520 }}>
          <Area x={0} y={0} width={1040} height={520}>
            {a}
          </Area>
        </Imagemap>,
      ) as Json
    ).actions[0],
  /** The action of a rich menu area. */
  richMenu: (a: LineElement) =>
    (
      renderRichMenu(
        <RichMenu size="half" name="Test" chatBarText="Menu">
          <Area x={0} y={0} width={2500} height={843}>
            {a}
          </Area>
        </RichMenu>,
      ) as Json
    ).areas[0].action,
} as const;

export type Place = keyof typeof PLACES;
export const ALL_PLACES = Object.keys(PLACES) as Place[];

/** Renders `action` in `place` and returns its JSON there; throws what `render` throws. */
export function renderActionIn(place: Place, action: LineElement): unknown {
  return PLACES[place](action);
}

/** The places not in `allowed`. */
function placesExcept(allowed: readonly Place[]): Place[] {
  return ALL_PLACES.filter((place) => !allowed.includes(place));
}

/**
 * The tests every action component gets: the same JSON wherever LINE takes it (`allowed`; in an
 * imagemap the shape differs and is snapshotted), and a refusal naming the action everywhere else.
 */
export function testPlaces(name: string, action: LineElement, json: object, allowed: readonly Place[]): void {
  const same = allowed.filter((place) => place !== 'imagemap');
  it.each(same)('renders as the same JSON in %s', (place) => {
    expect(renderActionIn(place, action)).toEqual(json);
  });
  if (allowed.includes('imagemap')) {
    it('renders as an imagemap action with its area', () => {
      expect(renderActionIn('imagemap', action)).toMatchSnapshot();
    });
  }
  const refused = placesExcept(allowed);
  if (refused.length === 0) return;
  it.each(refused)('is refused in %s, with a reason', (place) => {
    const error = catchValidation(() => renderActionIn(place, action));
    expect(error.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/can not (go|be used)/)]);
    expect(error.issues[0]!.component?.path).toMatch(new RegExp(`<${name}>$`));
  });
}
