import { Body, Bubble, Button, Flex, Hero, Image, MessageAction, QuickReply, Sender, Sticker, Text, Uri } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { PHOTO } from '../support/media.ts';

export default { title: 'Chat/Conversation' } satisfies Meta;

/** Several messages in a row: one avatar per sender run, the time beside each, quick replies of the last. */
export const SeveralMessages = story(() => (
  <>
    <Text>Good morning! Your order #A-10482 is being prepared.</Text>
    <Sticker packageId="446" stickerId="1988" />
    <Image originalContentUrl={PHOTO.food} previewImageUrl={PHOTO.food} />
    <Text sender={<Sender name="Cony (barista)" iconUrl={PHOTO.person} />}>I added an extra shot for you.</Text>
    <Flex
      altText="Ready"
      quickReply={
        <QuickReply>
          <MessageAction label="Thanks!" text="thanks" />
          <MessageAction label="Where's the counter?" text="where" />
        </QuickReply>
      }
    >
      <Bubble size="kilo">
        <Hero>
          <Image url={PHOTO.cafe} size="full" aspectRatio="20:13" aspectMode="cover" />
        </Hero>
        <Body>
          <Text weight="bold">Ready at the counter</Text>
          <Button style="link" height="sm" action={<Uri label="Show my receipt" uri="https://shop.example.com/r/A-10482" />} />
        </Body>
      </Bubble>
    </Flex>
  </>
));

/** A design that breaks LINE's rules is still drawn, with each problem under its message and outlined. */
export const WithProblems = story(
  () => (
    <>
      <Text>{''}</Text>
      <Flex altText="Broken">
        <Bubble>
          <Hero>
            <Image url="http://images.example.com/not-https.jpg" size="full" />
          </Hero>
          <Body>
            <Text>Buttons with labels over 40 characters</Text>
            <Button action={<Uri label={'A label that is much too long for a LINE button'} uri="https://shop.example.com" />} />
          </Body>
        </Bubble>
      </Flex>
    </>
  ),
  { problems: 3 },
);
