import { Box, Icon, Text } from '@linejsx/jsx';
import { count } from './format.ts';

export interface StarRatingProps {
  /** 0 to 5; rounded to whole stars for the icons. */
  rating: number;
  /** Number of reviews, shown after the score. */
  reviews?: number;
  /** Colour of the score text. */
  color?: string;
  /** Space above the row. */
  margin?: 'none' | 'xs' | 'sm' | 'md' | 'lg';
}

const STAR = 'https://images.example.com/icons/star-gold.png';
const EMPTY_STAR = 'https://images.example.com/icons/star-gray.png';

/** Five star icons and the score on one baseline, as LINE's own cards show ratings. */
export function StarRating({ rating, reviews, color = '#999999', margin = 'md' }: StarRatingProps) {
  const full = Math.round(rating);
  return (
    <Box layout="baseline" margin={margin}>
      {[0, 1, 2, 3, 4].map((i) => (
        <Icon size="sm" url={i < full ? STAR : EMPTY_STAR} />
      ))}
      <Text size="sm" color={color} margin="md" flex={0}>
        {rating.toFixed(1)}
        {reviews === undefined ? '' : ` (${count(reviews)})`}
      </Text>
    </Box>
  );
}
