import { Body, Box, Bubble, Button, Flex, Footer, Image, Postback, Separator, Text, Uri } from '@linejsx/jsx';
import { type BubbleSize, defineExample, type TextSize } from './define.ts';
import { count } from './parts/format.ts';

export interface ProfileCardProps {
  person: {
    id: string;
    name: string;
    title: string;
    avatar: string;
    bio: string;
    posts: number;
    followers: number;
    following: number;
    chatUrl: string;
  };
  /** The band's gradient: start, centre and end colours. */
  bandColors?: readonly [string, string, string];
  /** Colour of the small texts: title and stat labels. */
  mutedColor?: string;
  bubbleSize?: BubbleSize;
  /** Size of the name. */
  nameSize?: TextSize;
}

/** A figure of the stats row, centred in its column. */
function Stat({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Box flex={1} alignItems="center">
      <Text size="md" weight="bold">
        {count(value)}
      </Text>
      <Text size="xxs" color={color}>
        {label}
      </Text>
    </Box>
  );
}

/**
 * A profile card on a hecto bubble: a three-stop gradient band behind a round avatar (a box with
 * fixed width and height, cornerRadius and a border, clipping its image), a name that shrinks to
 * fit, a stats row split by vertical separators, and two small buttons side by side.
 */
export function ProfileCard({
  person,
  bandColors = ['#7f5af0', '#2cb1bc', '#06c755'],
  mutedColor = '#8c8c8c',
  bubbleSize = 'hecto',
  nameSize = 'xl',
}: ProfileCardProps) {
  const [startColor, centerColor, endColor] = bandColors;
  return (
    <Flex altText={`${person.name}, ${person.title}`}>
      <Bubble size={bubbleSize}>
        <Body paddingAll="0px">
          <Box
            height="56px"
            background={{ type: 'linearGradient', angle: '135deg', startColor, centerColor, endColor, centerPosition: '60%' }}
          />
          <Box paddingStart="16px" paddingEnd="16px" paddingBottom="16px" offsetTop="-32px" spacing="sm">
            <Box width="64px" height="64px" cornerRadius="32px" borderWidth="semi-bold" borderColor="#ffffff" backgroundColor="#ffffff">
              <Image url={person.avatar} size="full" aspectRatio="1:1" aspectMode="cover" />
            </Box>
            <Text size={nameSize} weight="bold" adjustMode="shrink-to-fit">
              {person.name}
            </Text>
            <Text size="xs" color={mutedColor} maxLines={1}>
              {person.title}
            </Text>
            <Box
              layout="horizontal"
              margin="lg"
              paddingTop="sm"
              paddingBottom="sm"
              borderWidth="light"
              borderColor="#e0e0e0"
              cornerRadius="md"
            >
              <Stat label="Posts" value={person.posts} color={mutedColor} />
              <Separator color="#e0e0e0" />
              <Stat label="Followers" value={person.followers} color={mutedColor} />
              <Separator color="#e0e0e0" />
              <Stat label="Following" value={person.following} color={mutedColor} />
            </Box>
            <Text size="xs" color="#555555" wrap maxLines={3} margin="md">
              {person.bio}
            </Text>
          </Box>
        </Body>
        <Footer layout="horizontal" spacing="sm" paddingTop="none">
          <Button style="secondary" height="sm" action={<Uri label="Message" uri={person.chatUrl} />} />
          <Button
            style="primary"
            height="sm"
            action={<Postback label="Follow" data={`follow=${person.id}`} displayText={`Follow ${person.name}`} />}
          />
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<ProfileCardProps>({
  id: 'profile-card',
  title: 'Profile card',
  description:
    'Hecto bubble; a 135deg three-stop linearGradient band; a round avatar box (width, height, cornerRadius, borderWidth keyword) pulled up with a negative offsetTop; adjustMode shrink-to-fit; a bordered stats row with vertical separators; secondary and primary buttons of height sm.',
  component: ProfileCard,
  sample: {
    person: {
      id: 'u-48213',
      name: 'Mika Tanabe',
      title: 'Product designer at Kumo Labs · Fukuoka',
      avatar: 'https://images.example.com/people/mika-tanabe.jpg',
      bio: 'Designing calm tools for busy teams. Weekend potter, slow runner, collector of train timetables.',
      posts: 312,
      followers: 18_450,
      following: 287,
      chatUrl: 'https://line.me/R/ti/p/@kumolabs',
    },
    bandColors: ['#7f5af0', '#2cb1bc', '#06c755'],
    mutedColor: '#8c8c8c',
    bubbleSize: 'hecto',
    nameSize: 'xl',
  },
});
