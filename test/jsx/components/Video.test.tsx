import { Area, Image, ImageCarousel, Imagemap, type LineElement, MessageAction, render, Video } from '@linejsx/jsx';
import { describe, expect, it } from 'vitest';
import { catchValidation, located } from '../../support/validation.ts';

describe('<Video> as a message', () => {
  it('renders a video message with a trackingId', () => {
    expect(
      render(
        <Video
          originalContentUrl="https://cdn.example.com/clip.mp4"
          previewImageUrl="https://cdn.example.com/clip.jpg"
          trackingId="spring-2026.clip-1"
        />,
      ),
    ).toMatchSnapshot();
  });

  it('refuses a trackingId with characters LINE does not allow', () => {
    const error = catchValidation(() =>
      render(
        <Video originalContentUrl="https://cdn.example.com/a.mp4" previewImageUrl="https://cdn.example.com/a.jpg" trackingId="clip #1" />,
      ),
    );
    expect(located(error)).toEqual([
      ['<Video>', 'trackingId', 'trackingId "clip #1" may only use letters, digits and -.=,+*()%$&;:@{}!?<>[]'],
    ]);
  });
});

describe('<Video> as an imagemap video', () => {
  const imagemap = (video: LineElement) => (
    <Imagemap baseUrl="https://cdn.example.com/spring" altText="Spring sale" baseSize={{ width: 1040, height: 1040 }} video={video}>
      <Area x={0} y={585} width={1040} height={455}>
        <MessageAction text="sale" />
      </Area>
    </Imagemap>
  );

  it('renders the video, its area and its external link', () => {
    const video = (
      <Video
        originalContentUrl="https://cdn.example.com/spring.mp4"
        previewImageUrl="https://cdn.example.com/spring.jpg"
        area={{ x: 0, y: 0, width: 1040, height: 585 }}
        externalLink={{ linkUri: 'https://shop.example.com/spring', label: 'See more' }}
      />
    );
    expect(render(imagemap(video))).toMatchSnapshot();
  });

  it('points a problem of the video at it', () => {
    const video = (
      <Video
        originalContentUrl="https://cdn.example.com/spring.mp4"
        previewImageUrl="https://cdn.example.com/spring.jpg"
        area={{ x: 0, y: 0, width: 1040, height: 585 }}
        externalLink={{ linkUri: 'https://shop.example.com', label: '' }}
      />
    );
    expect(located(catchValidation(() => render(imagemap(video))))).toEqual([
      ['<Imagemap> > <Video>', 'video.externalLink.label', 'external link label must not be empty'],
    ]);
  });
});

it('<Video> is refused in an image carousel', () => {
  const error = catchValidation(() =>
    render(
      <ImageCarousel altText="x">
        <Video originalContentUrl="https://cdn.example.com/a.mp4" previewImageUrl="https://cdn.example.com/a.jpg" />
        <Image imageUrl="https://cdn.example.com/a.jpg" action={<MessageAction label="a" text="a" />} />
      </ImageCarousel>,
    ),
  );
  expect(error.issues.map((i) => i.message)).toEqual(['<Video> can not go inside <ImageCarousel>; that takes <Image>']);
});
