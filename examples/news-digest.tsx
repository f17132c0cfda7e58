import { Body, Box, Bubble, Button, Carousel, Flex, Hero, Icon, Image, Text, Uri } from '@linejsx/jsx';
import { type AspectRatio, type BubbleSize, defineExample, type TextSize } from './define.ts';

export interface Story {
  category: string;
  headline: string;
  summary: string;
  image: string;
  url: string;
  source: string;
  sourceLogo: string;
  /** Minutes since publication. */
  minutesAgo: number;
}

export interface NewsDigestProps {
  edition: string;
  accent: string;
  stories: Story[];
  moreUrl: string;
  bubbleSize?: BubbleSize;
  heroAspectRatio?: AspectRatio;
  /** Size of the headlines. */
  headlineSize?: TextSize;
}

type Look = Required<Pick<NewsDigestProps, 'accent' | 'bubbleSize' | 'heroAspectRatio' | 'headlineSize'>>;

const ago = (minutes: number) => (minutes < 60 ? `${minutes} min ago` : `${Math.floor(minutes / 60)} h ago`);

/** A story: headline and summary are clamped (maxLines) with a little extra line spacing; the headline is a link. */
function StoryBubble({ story, look }: { story: Story; look: Look }) {
  return (
    <Bubble size={look.bubbleSize}>
      <Hero>
        <Image url={story.image} size="full" aspectRatio={look.heroAspectRatio} aspectMode="cover" action={<Uri uri={story.url} />} />
      </Hero>
      <Body spacing="sm" paddingAll="13px">
        <Text size="xxs" weight="bold" color={look.accent}>
          {story.category.toUpperCase()}
        </Text>
        <Text size={look.headlineSize} weight="bold" wrap maxLines={3} lineSpacing="3px" action={<Uri label="Read" uri={story.url} />}>
          {story.headline}
        </Text>
        <Text size="xs" color="#666666" wrap maxLines={4} lineSpacing="2px">
          {story.summary}
        </Text>
        <Box layout="baseline" spacing="sm" margin="md">
          <Icon url={story.sourceLogo} size="xs" aspectRatio="2:1" />
          <Text size="xxs" color="#999999">
            {story.source} · {ago(story.minutesAgo)}
          </Text>
        </Box>
      </Body>
    </Bubble>
  );
}

/** The closing bubble: its content centred both ways in a body that stretches to the tallest bubble. */
function MoreBubble({ edition, look, url }: { edition: string; look: Look; url: string }) {
  return (
    <Bubble size={look.bubbleSize} action={<Uri uri={url} />}>
      <Body justifyContent="center" alignItems="center" spacing="md" backgroundColor="#f7f7f7">
        <Text size="sm" color="#666666" align="center" wrap>
          More from the {edition}
        </Text>
        <Button style="link" color={look.accent} action={<Uri label="All stories" uri={url} />} />
      </Body>
    </Bubble>
  );
}

/** A news digest: a carousel of deca bubbles, one per story, and a last one linking to the rest. */
export function NewsDigest({
  edition,
  accent,
  stories,
  moreUrl,
  bubbleSize = 'deca',
  heroAspectRatio = '20:13',
  headlineSize = 'sm',
}: NewsDigestProps) {
  const look = { accent, bubbleSize, heroAspectRatio, headlineSize };
  return (
    <Flex altText={`${edition}: ${stories.length} stories, starting with "${stories[0]?.headline ?? ''}"`}>
      <Carousel>
        {stories.map((story) => (
          <StoryBubble story={story} look={look} />
        ))}
        <MoreBubble edition={edition} look={look} url={moreUrl} />
      </Carousel>
    </Flex>
  );
}

const img = (name: string) => `https://images.example.com/news/2026-11-24/${name}.jpg`;
const LOGO = 'https://images.example.com/news/logos/harbor-times.png';

export default defineExample<NewsDigestProps>({
  id: 'news-digest',
  title: 'News digest',
  description:
    'A carousel of deca bubbles: text actions on headlines, image actions on heroes, wrap with maxLines and lineSpacing, baseline rows with a 2:1 icon, a last bubble centred with justifyContent and alignItems and a bubble action.',
  component: NewsDigest,
  sample: {
    edition: 'Harbor Times morning edition',
    accent: '#c2410c',
    moreUrl: 'https://news.example.com/editions/2026-11-24-morning',
    stories: [
      {
        category: 'City',
        headline: 'New waterfront tram line opens ahead of schedule, linking the ferry terminal to the old town',
        summary:
          'The 4.2 km line carries its first passengers this morning, three months early. Trams run every six minutes at peak times and every ten in the evening.',
        image: img('tram'),
        url: 'https://news.example.com/city/waterfront-tram-opens',
        source: 'Harbor Times',
        sourceLogo: LOGO,
        minutesAgo: 35,
      },
      {
        category: 'Business',
        headline: 'Local brewery doubles capacity after export deal',
        summary:
          'A ten-year agreement with a distributor in Singapore means a second brewhouse and forty new jobs by next spring, the company said on Monday.',
        image: img('brewery'),
        url: 'https://news.example.com/business/brewery-export-deal',
        source: 'Harbor Times',
        sourceLogo: LOGO,
        minutesAgo: 95,
      },
      {
        category: 'Weather',
        headline: 'First frost of the season expected on Thursday night',
        summary:
          'Temperatures inland may drop to −2 °C. Gardeners are advised to cover young plants; roads on the hills could be icy early on Friday.',
        image: img('frost'),
        url: 'https://news.example.com/weather/first-frost',
        source: 'Harbor Times',
        sourceLogo: LOGO,
        minutesAgo: 140,
      },
      {
        category: 'Sport',
        headline: 'Harbor United through to the cup semi-final after late winner',
        summary:
          'A header in the 89th minute settled a tense quarter-final in front of a sold-out crowd. The draw for the semi-finals takes place on Sunday.',
        image: img('football'),
        url: 'https://news.example.com/sport/united-cup-semi-final',
        source: 'Harbor Times',
        sourceLogo: LOGO,
        minutesAgo: 410,
      },
    ],
    bubbleSize: 'deca',
    heroAspectRatio: '20:13',
    headlineSize: 'sm',
  },
});
