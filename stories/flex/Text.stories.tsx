import { Box, Span, Text } from '@linejsx/jsx';
import { SIZE_KEYWORDS } from '@linejsx/schema';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { InBubble } from '../support/bubble.tsx';

export default { title: 'Flex/Text' } satisfies Meta;

type Size = (typeof SIZE_KEYWORDS)[number];

/** Edit the text and its style live. */
export const Playground = story(
  (args: {
    text: string;
    size: Size;
    weight: 'regular' | 'bold';
    color: string;
    wrap: boolean;
    maxLines: number;
    align: 'start' | 'center' | 'end';
  }) => (
    <InBubble>
      <Text size={args.size} weight={args.weight} color={args.color} wrap={args.wrap} maxLines={args.maxLines} align={args.align}>
        {args.text}
      </Text>
    </InBubble>
  ),
  {
    args: {
      text: 'Brown Café serves hand-drip coffee, fresh pastries and seasonal cakes every day from 8 am.',
      size: 'md',
      weight: 'regular',
      color: '#111111',
      wrap: true,
      maxLines: 0,
      align: 'start',
    },
    argTypes: {
      size: { control: 'select', options: [...SIZE_KEYWORDS] },
      weight: { control: 'inline-radio', options: ['regular', 'bold'] },
      color: { control: 'color' },
      maxLines: { control: { type: 'number', min: 0, max: 10 } },
      align: { control: 'inline-radio', options: ['start', 'center', 'end'] },
    },
  },
);

export const Sizes = story(() => (
  <InBubble>
    {SIZE_KEYWORDS.map((size) => (
      <Text size={size}>{size}</Text>
    ))}
  </InBubble>
));

export const WrapEllipsisAndMaxLines = story(() => (
  <InBubble>
    <Text size="xs" color="#999999">
      no wrap: one line with an ellipsis
    </Text>
    <Text>An extraordinarily long product name that cannot fit on one line</Text>
    <Text size="xs" color="#999999" margin="lg">
      wrap, maxLines 2
    </Text>
    <Text wrap maxLines={2}>
      An extraordinarily long product description that goes on and on well past the second line, so LINE ends it with an ellipsis.
    </Text>
    <Text size="xs" color="#999999" margin="lg">
      wrap with \n and lineSpacing 8px
    </Text>
    <Text wrap lineSpacing="8px">
      {'First line\nSecond line\nThird line'}
    </Text>
  </InBubble>
));

export const StylesAndSpans = story(() => (
  <InBubble>
    <Text weight="bold">bold</Text>
    <Text style="italic">italic</Text>
    <Text decoration="underline">underline</Text>
    <Text decoration="line-through" color="#999999">
      ¥82,000
    </Text>
    <Text wrap margin="md">
      Total{' '}
      <Span weight="bold" color="#06c755" size="xl">
        ¥2,020
      </Span>{' '}
      <Span decoration="line-through" color="#aaaaaa">
        ¥2,400
      </Span>{' '}
      <Span style="italic">incl. tax</Span>
    </Text>
  </InBubble>
));

export const AlignAndGravity = story(() => (
  <InBubble>
    <Text align="start">start</Text>
    <Text align="center">center</Text>
    <Text align="end">end</Text>
    <Box layout="horizontal" height="60px" backgroundColor="#f4f5f7" margin="md">
      <Text gravity="top" size="sm">
        top
      </Text>
      <Text gravity="center" size="sm">
        center
      </Text>
      <Text gravity="bottom" size="sm">
        bottom
      </Text>
    </Box>
  </InBubble>
));
