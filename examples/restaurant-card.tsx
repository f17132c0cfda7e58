import { Body, Box, Bubble, Button, Flex, Footer, Hero, Image, Text, Uri, Video } from '@linejsx/jsx';
import { type AspectRatio, type BubbleSize, defineExample, type TextSize } from './define.ts';
import { StarRating } from './parts/StarRating.tsx';

export interface RestaurantProps {
  restaurant: {
    name: string;
    cuisine: string;
    priceRange: string;
    rating: number;
    reviews: number;
    address: string;
    hours: string;
    /** A short clip for the hero (mp4) with its preview frame; `photo` stands in where video can not play. */
    video: { url: string; preview: string };
    photo: string;
    phone: string;
    mapUrl: string;
    reserveUrl: string;
  };
  /** Colour of the info table's labels and of its values. */
  labelColor?: string;
  textColor?: string;
  bubbleSize?: BubbleSize;
  heroAspectRatio?: AspectRatio;
  /** Size of the restaurant's name. */
  titleSize?: TextSize;
}

/** One labelled line of the info table: a grey label and a value that wraps. */
function InfoRow({ label, value, labelColor, textColor }: { label: string; value: string; labelColor: string; textColor: string }) {
  return (
    <Box layout="baseline" spacing="sm">
      <Text color={labelColor} size="sm" flex={1}>
        {label}
      </Text>
      <Text wrap color={textColor} size="sm" flex={5}>
        {value}
      </Text>
    </Box>
  );
}

/**
 * A restaurant card: a video hero that falls back to a photo, star icons on a baseline, an info
 * table of baseline rows, link buttons of height sm under a footer separator.
 */
export function RestaurantCard({
  restaurant,
  labelColor = '#aaaaaa',
  textColor = '#666666',
  bubbleSize = 'mega',
  heroAspectRatio = '16:9',
  titleSize = 'xl',
}: RestaurantProps) {
  return (
    <Flex altText={`${restaurant.name}: ${restaurant.cuisine}, rated ${restaurant.rating.toFixed(1)}`}>
      <Bubble size={bubbleSize} styles={{ footer: { separator: true, separatorColor: '#eeeeee' } }}>
        <Hero>
          <Video
            url={restaurant.video.url}
            previewUrl={restaurant.video.preview}
            aspectRatio={heroAspectRatio}
            altContent={<Image url={restaurant.photo} size="full" aspectRatio={heroAspectRatio} aspectMode="cover" />}
            action={<Uri label="Book a table" uri={restaurant.reserveUrl} />}
          />
        </Hero>
        <Body>
          <Text weight="bold" size={titleSize}>
            {restaurant.name}
          </Text>
          <StarRating rating={restaurant.rating} reviews={restaurant.reviews} />
          <Text size="sm" color="#999999" margin="sm">
            {restaurant.cuisine} · {restaurant.priceRange}
          </Text>
          <Box margin="lg" spacing="sm">
            <InfoRow label="Place" value={restaurant.address} labelColor={labelColor} textColor={textColor} />
            <InfoRow label="Hours" value={restaurant.hours} labelColor={labelColor} textColor={textColor} />
          </Box>
        </Body>
        <Footer spacing="sm">
          <Button style="link" height="sm" action={<Uri label="Call" uri={`tel:${restaurant.phone}`} />} />
          <Button style="link" height="sm" action={<Uri label="Map" uri={restaurant.mapUrl} />} />
        </Footer>
      </Bubble>
    </Flex>
  );
}

export default defineExample<RestaurantProps>({
  id: 'restaurant-card',
  title: 'Restaurant card',
  description:
    'Video hero with an image altContent and a URI action, star icons in a baseline box, baseline info rows with flex 1:5, link buttons of height sm, a footer block separator.',
  component: RestaurantCard,
  sample: {
    restaurant: {
      name: 'Sora Soba Ebisu',
      cuisine: 'Handmade soba and tempura',
      priceRange: '¥1,500–3,000',
      rating: 4.4,
      reviews: 1284,
      address: '1-4-2 Ebisu-Nishi, Shibuya-ku, Tokyo',
      hours: '11:30–15:00, 17:30–22:00 (closed Tuesdays)',
      video: {
        url: 'https://images.example.com/restaurants/sora-soba/kitchen.mp4',
        preview: 'https://images.example.com/restaurants/sora-soba/kitchen-preview.jpg',
      },
      photo: 'https://images.example.com/restaurants/sora-soba/counter.jpg',
      phone: '+81-3-5555-0142',
      mapUrl: 'https://maps.example.com/?q=Sora%20Soba%20Ebisu',
      reserveUrl: 'https://reserve.example.com/sora-soba-ebisu',
    },
    labelColor: '#aaaaaa',
    textColor: '#666666',
    bubbleSize: 'mega',
    heroAspectRatio: '16:9',
    titleSize: 'xl',
  },
});
