import {
  Body,
  Box,
  Bubble,
  Button,
  Camera,
  CameraRoll,
  Clipboard,
  DatetimePicker,
  Flex,
  LocationAction,
  MessageAction,
  Postback,
  QuickReply,
  QuickReplyButton,
  Text,
  Uri,
} from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { PHOTO } from '../support/media.ts';

export default { title: 'Actions/In context' } satisfies Meta;

/** Every action that works on a flex button; hover a button to see what it does. */
export const OnButtons = story(() => (
  <Flex altText="Actions">
    <Bubble>
      <Body spacing="sm">
        <Text weight="bold" size="lg">
          Actions
        </Text>
        <Button style="primary" action={<Uri label="Uri: open a page" uri="https://shop.example.com" />} />
        <Button style="secondary" action={<Postback label="Postback with displayText" data="action=buy" displayText="Buy" />} />
        <Button action={<MessageAction label="Message: send a text" text="hello" />} />
        <Button action={<DatetimePicker label="Datetime picker" data="when" mode="datetime" />} />
        <Button action={<Clipboard label="Clipboard: copy a code" clipboardText="BROWN-10" />} />
      </Body>
    </Bubble>
  </Flex>
));

/** Quick reply chips under the last message: camera, camera roll and location get LINE's default icon. */
export const InQuickReply = story(() => (
  <Text
    quickReply={
      <QuickReply>
        <QuickReplyButton imageUrl={PHOTO.food}>
          <MessageAction label="Pancakes" text="pancakes" />
        </QuickReplyButton>
        <Postback label="Reserve" data="reserve" displayText="Reserve a table" />
        <Camera label="Camera" />
        <CameraRoll label="Photos" />
        <LocationAction label="Location" />
        <DatetimePicker label="Pick a date" data="date" mode="date" />
      </QuickReply>
    }
  >
    Send us a photo of your receipt, or pick an option.
  </Text>
));

/** A box and a text with an action: tapping anywhere on them runs it. */
export const OnBoxAndText = story(() => (
  <Flex altText="Tap">
    <Bubble size="kilo" action={<Uri label="Bubble" uri="https://shop.example.com" />}>
      <Body>
        <Box action={<Uri uri="https://shop.example.com/menu" />} backgroundColor="#f4f5f7" cornerRadius="md" paddingAll="md">
          <Text>Tap the box</Text>
        </Box>
        <Text margin="md" color="#42659a" decoration="underline" action={<MessageAction label="Text" text="link" />}>
          Tap the text
        </Text>
      </Body>
    </Bubble>
  </Flex>
));
