import { Area, Clipboard, Imagemap, MessageAction, Uri, Video } from '@linejsx/jsx';
import { story } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { expect } from 'storybook/test';
import { PHOTO } from '../support/media.ts';

export default { title: 'Messages/Imagemap' } satisfies Meta;

/** Hover an area to see it outlined; its tooltip says what it does. */
export const FourAreas = story(() => (
  <Imagemap baseUrl="https://images.example.com/imagemap/menu" altText="Menu" baseSize={{ width: 1040, height: 1040 }}>
    <Area x={0} y={0} width={520} height={520}>
      <Uri label="Shop" uri="https://shop.example.com" />
    </Area>
    <Area x={520} y={0} width={520} height={520}>
      <MessageAction label="Menu" text="menu" />
    </Area>
    <Area x={0} y={520} width={520} height={520}>
      <MessageAction label="Hours" text="hours" />
    </Area>
    <Area x={520} y={520} width={520} height={520}>
      <Clipboard label="Coupon" clipboardText="BROWN-10" />
    </Area>
  </Imagemap>
));

/** The video's preview over its area; its external link's label across the bottom, as LINE shows it after playing. */
export const WithVideo = story(
  () => (
    <Imagemap
      baseUrl="https://images.example.com/imagemap/video"
      altText="Watch"
      baseSize={{ width: 1040, height: 1040 }}
      video={
        <Video
          originalContentUrl="https://videos.example.com/a.mp4"
          previewImageUrl={PHOTO.cafe}
          area={{ x: 0, y: 0, width: 1040, height: 585 }}
          externalLink={{ linkUri: 'https://shop.example.com', label: 'See more' }}
        />
      }
    >
      <Area x={0} y={585} width={1040} height={455}>
        <Uri label="Order" uri="https://shop.example.com/order" />
      </Area>
    </Imagemap>
  ),
  {
    check: async (canvas) => {
      const link = canvas.querySelector<HTMLElement>('.lj-imagemap-link')!;
      await expect(link.textContent).toBe('See more');
      const [video, label] = [canvas.querySelector('.lj-imagemap-video')!, link].map((e) => e.getBoundingClientRect());
      await expect([label!.left, label!.right, label!.bottom]).toEqual([video!.left, video!.right, video!.bottom]);
      await expect(label!.height).toBeGreaterThan(20);
    },
  },
);
