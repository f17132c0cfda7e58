import { Box, Filler, Text } from '@linejsx/jsx';
import { SPACING_KEYWORDS } from '@linejsx/schema';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { InBubble } from '../support/bubble.tsx';

export default { title: 'Flex/Box' } satisfies Meta;

type Spacing = (typeof SPACING_KEYWORDS)[number];
const swatch = (color: string, label: string) => (
  <Box backgroundColor={color} paddingAll="sm">
    <Text size="xs" color="#ffffff">
      {label}
    </Text>
  </Box>
);

export const Layouts = story(() => (
  <InBubble>
    <Text size="xs" color="#999999">
      vertical
    </Text>
    <Box layout="vertical">
      {swatch('#06c755', 'A')}
      {swatch('#1e7cf2', 'B')}
    </Box>
    <Text size="xs" color="#999999" margin="md">
      horizontal (flex 1 each)
    </Text>
    <Box layout="horizontal">
      {swatch('#06c755', 'A')}
      {swatch('#1e7cf2', 'B')}
      {swatch('#f5a623', 'C')}
    </Box>
    <Text size="xs" color="#999999" margin="md">
      baseline
    </Text>
    <Box layout="baseline">
      <Text size="xxl" flex={0}>
        ¥480
      </Text>
      <Text size="xs" color="#999999">
        tax incl.
      </Text>
    </Box>
  </InBubble>
));

/** spacing goes between children; a child's margin replaces it; fillers get none. */
export const SpacingAndMargin = story(
  ({ spacing, margin }: { spacing: Spacing; margin: Spacing }) => (
    <InBubble>
      <Box layout="horizontal" spacing={spacing}>
        {swatch('#06c755', 'A')}
        {swatch('#1e7cf2', 'B')}
        <Box backgroundColor="#e5484d" paddingAll="sm" margin={margin}>
          <Text size="xs" color="#ffffff">
            margin
          </Text>
        </Box>
      </Box>
      <Box layout="vertical" spacing={spacing} margin="lg">
        {swatch('#06c755', 'first: no spacing')}
        {swatch('#1e7cf2', 'spacing above')}
        <Filler />
        {swatch('#f5a623', 'after a filler')}
      </Box>
    </InBubble>
  ),
  {
    args: { spacing: 'md', margin: 'xxl' },
    argTypes: {
      spacing: { control: 'select', options: [...SPACING_KEYWORDS] },
      margin: { control: 'select', options: [...SPACING_KEYWORDS] },
    },
  },
);

export const PaddingBorderCorners = story(() => (
  <InBubble>
    <Box paddingAll="xl" borderWidth="medium" borderColor="#06c755" cornerRadius="xl" backgroundColor="#f0fbf4">
      <Text>paddingAll xl, border medium, cornerRadius xl</Text>
    </Box>
    <Box paddingStart="xxl" paddingTop="xs" margin="md" borderWidth="light" borderColor="#999999">
      <Text>paddingStart xxl</Text>
    </Box>
  </InBubble>
));

export const LinearGradient = story(
  ({ angle }: { angle: number }) => (
    <InBubble>
      <Box
        height="120px"
        cornerRadius="lg"
        background={{
          type: 'linearGradient',
          angle: `${angle}deg`,
          startColor: '#06c755',
          centerColor: '#1e7cf2',
          centerPosition: '40%',
          endColor: '#00000000',
        }}
      >
        <Text color="#ffffff" margin="md" offsetStart="md">{`${angle}deg`}</Text>
      </Box>
    </InBubble>
  ),
  { args: { angle: 90 }, argTypes: { angle: { control: { type: 'range', min: 0, max: 359, step: 1 } } } },
);

/** An absolute box is placed from its parent's edges and takes no room; later JSON paints on top. */
export const AbsoluteAndOffsets = story(() => (
  <InBubble>
    <Box height="140px" backgroundColor="#dfe3ea">
      <Box
        position="absolute"
        offsetTop="md"
        offsetStart="md"
        backgroundColor="#e5484d"
        cornerRadius="100px"
        paddingAll="xs"
        paddingStart="md"
        paddingEnd="md"
      >
        <Text size="xs" color="#ffffff">
          NEW
        </Text>
      </Box>
      <Box position="absolute" offsetBottom="0px" offsetStart="0px" offsetEnd="0px" paddingAll="md" backgroundColor="#00000088">
        <Text color="#ffffff">Absolute overlay at the bottom</Text>
      </Box>
      <Box offsetTop="50px" offsetStart="120px" width="60px" backgroundColor="#06c755">
        <Text size="xs" color="#ffffff">
          relative
        </Text>
      </Box>
    </Box>
  </InBubble>
));

export const JustifyAndAlign = story(() => (
  <InBubble>
    {(['flex-start', 'center', 'flex-end', 'space-between'] as const).map((justify) => (
      <Box layout="horizontal" justifyContent={justify} alignItems="center" height="40px" backgroundColor="#f4f5f7" margin="sm">
        <Box width="24px" height="24px" backgroundColor="#06c755" />
        <Box width="24px" height="12px" backgroundColor="#1e7cf2" />
      </Box>
    ))}
  </InBubble>
));
