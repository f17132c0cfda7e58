import { renderChatHtml, renderMessageHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { allWithClass, at, inside } from './html.ts';

describe('text messages', () => {
  it('escapes the text and keeps its newlines for the bubble to wrap', () => {
    const html = renderMessageHtml({ type: 'text', text: '<b>Hi</b> & "you"\nsecond line' });
    expect(html).toContain('<div class="lj-text-bubble">&lt;b&gt;Hi&lt;/b&gt; &amp; &quot;you&quot;\nsecond line</div>');
  });

  it('draws LINE emoji at their $ placeholders (UTF-16 indexes)', () => {
    const html = renderMessageHtml({
      type: 'text',
      text: '早安$ and $',
      emojis: [
        { index: 2, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' },
        { index: 8, productId: '5ac1bfd5040ab15980c9b435', emojiId: '002' },
      ],
    });
    expect(allWithClass(html, 'lj-emoji').map((t) => t.attributes.src)).toEqual([
      'https://stickershop.line-scdn.net/sticonshop/v1/sticon/5ac1bfd5040ab15980c9b435/android/001.png',
      'https://stickershop.line-scdn.net/sticonshop/v1/sticon/5ac1bfd5040ab15980c9b435/android/002.png',
    ]);
    expect(html).not.toContain('$');
  });

  it('highlights textV2 mentions, draws its emoji and unescapes doubled braces', () => {
    const html = renderMessageHtml({
      type: 'textV2',
      text: 'Hi {user}, {everyone}! {{literal}} {smile}',
      substitution: {
        user: { type: 'mention', mentionee: { type: 'user', userId: 'U4af4980629d4f0f3e8a3f2b8a7e7a1c2' } },
        everyone: { type: 'mention', mentionee: { type: 'all' } },
        smile: { type: 'emoji', productId: '5ac1bfd5040ab15980c9b435', emojiId: '009' },
      },
    });
    expect(html).toContain('<span class="lj-mention" title="U4af4980629d4f0f3e8a3f2b8a7e7a1c2">@user</span>');
    expect(html).toContain('<span class="lj-mention">@All</span>');
    expect(html).toContain('{literal}');
    expect(allWithClass(html, 'lj-emoji')).toHaveLength(1);
  });

  it('shows a placeholder it can not resolve as typed, marked', () => {
    expect(renderMessageHtml({ type: 'textV2', text: 'Hi {nobody}' })).toContain('<span class="lj-unresolved">{nobody}</span>');
  });
});

describe('media messages', () => {
  it("draws a sticker from LINE's CDN in a sticker-sized, labelled frame; numeric IDs too", () => {
    const html = renderChatHtml([{ type: 'sticker', packageId: 446, stickerId: 1988 }]);
    expect(html).toContain('<div class="lj-sticker"><span class="lj-sticker-label">Sticker 446/1988</span>');
    expect(html).toContain('src="https://stickershop.line-scdn.net/stickershop/v1/sticker/1988/android/sticker.png"');
  });

  it('draws images and videos from their preview, a video with a play button', () => {
    const image = renderMessageHtml({
      type: 'image',
      originalContentUrl: 'https://a.example.com/o.jpg',
      previewImageUrl: 'https://a.example.com/p.jpg',
    });
    expect(image).toContain('class="lj-photo-image" src="https://a.example.com/p.jpg"');
    const video = renderMessageHtml({
      type: 'video',
      originalContentUrl: 'https://a.example.com/v.mp4',
      previewImageUrl: 'https://a.example.com/p.jpg',
    });
    expect(video).toContain('lj-play');
  });

  it('shows an image frame with a placeholder when the URL is empty or not http(s)', () => {
    const html = renderMessageHtml({ type: 'video', originalContentUrl: '', previewImageUrl: 'javascript:alert(1)' });
    expect(html).toContain('class="lj-photo lj-missing"');
    expect(html).not.toMatch(/src="javascript:/);
  });

  it('draws audio with its duration as m:ss', () => {
    expect(renderMessageHtml({ type: 'audio', originalContentUrl: 'https://a.example.com/a.m4a', duration: 65_400 })).toContain(
      '<span class="lj-audio-time">1:05</span>',
    );
  });

  it('draws a location card with title and address', () => {
    const html = renderMessageHtml({
      type: 'location',
      title: 'Café <1>',
      address: '〒150-0041 東京都',
      latitude: 35.66,
      longitude: 139.7,
    });
    expect(html).toContain('<div class="lj-location-title">Café &lt;1&gt;</div>');
    expect(html).toContain('<div class="lj-location-address">〒150-0041 東京都</div>');
  });

  it('draws a coupon card', () => {
    expect(renderMessageHtml({ type: 'coupon', couponId: 'C-1' })).toContain('<div class="lj-coupon-id">C-1</div>');
  });
});

describe('imagemap', () => {
  const imagemap = {
    type: 'imagemap',
    baseUrl: 'https://a.example.com/map',
    altText: 'Map',
    baseSize: { width: 1040, height: 520 },
    actions: [
      { type: 'uri', linkUri: 'https://a.example.com/l', area: { x: 0, y: 0, width: 520, height: 520 } },
      { type: 'message', text: 'hi', label: 'Say hi', area: { x: 520, y: 260, width: 520, height: 260 } },
    ],
    video: {
      originalContentUrl: 'https://a.example.com/v.mp4',
      previewImageUrl: 'https://a.example.com/p.jpg',
      area: { x: 260, y: 0, width: 520, height: 260 },
    },
  };

  it('loads the 1040 image and keeps the base ratio', () => {
    const html = renderMessageHtml(imagemap);
    expect(html).toContain('src="https://a.example.com/map/1040"');
    expect(inside(html, 'messages[0]', 'lj-ratio').style['padding-bottom']).toBe('50%');
  });

  it('places each area in percent of the 1040-wide base, titled with its action', () => {
    const html = renderMessageHtml(imagemap);
    expect(at(html, 'messages[0].actions[0]').style).toEqual({ left: '0%', top: '0%', width: '50%', height: '100%' });
    expect(at(html, 'messages[0].actions[1]')).toMatchObject({
      style: { left: '50%', top: '50%', width: '50%', height: '50%' },
      attributes: { title: 'Say hi\nSends "hi"' },
    });
    expect(at(html, 'messages[0].video').style).toEqual({ left: '25%', top: '0%', width: '50%', height: '50%' });
  });
});

describe('templates', () => {
  const actions = [
    { type: 'postback', label: 'Buy', data: 'buy' },
    { type: 'uri', label: 'View', uri: 'https://a.example.com' },
  ];

  it('draws a buttons card: 1.51:1 cover image by default, title, text and one row per action', () => {
    const html = renderMessageHtml({
      type: 'template',
      altText: 'a',
      template: { type: 'buttons', thumbnailImageUrl: 'https://a.example.com/t.jpg', title: 'Menu', text: 'Pick one', actions },
    });
    expect(inside(html, 'messages[0].template', 'lj-card-image')).toMatchObject({
      className: 'lj-card-image lj-cover',
      style: { 'background-color': '#ffffff' },
    });
    expect(inside(html, 'messages[0].template', 'lj-ratio').style['padding-bottom']).toBe('66.2252%');
    expect(html).toContain('<div class="lj-card-title">Menu</div>');
    expect(at(html, 'messages[0].template.actions[1]').attributes.title).toBe('Opens https://a.example.com');
  });

  it('draws a square, contained image over imageBackgroundColor', () => {
    const html = renderMessageHtml({
      type: 'template',
      altText: 'a',
      template: {
        type: 'buttons',
        thumbnailImageUrl: 'https://a.example.com/t.jpg',
        imageAspectRatio: 'square',
        imageSize: 'contain',
        imageBackgroundColor: '#000000',
        text: 't',
        actions,
      },
    });
    expect(inside(html, 'messages[0].template', 'lj-card-image')).toMatchObject({
      className: 'lj-card-image',
      style: { 'background-color': '#000000' },
    });
    expect(inside(html, 'messages[0].template', 'lj-ratio').style['padding-bottom']).toBe('100%');
  });

  it('draws a confirm card with its two actions side by side', () => {
    const html = renderMessageHtml({ type: 'template', altText: 'a', template: { type: 'confirm', text: 'Sure?', actions } });
    expect(html).toContain('lj-card-actions lj-confirm-actions');
    expect(allWithClass(html, 'lj-card-action')).toHaveLength(2);
  });

  it('draws carousel columns and image carousel columns in a scroller, labels over images', () => {
    const carousel = renderChatHtml([
      {
        type: 'template',
        altText: 'a',
        template: {
          type: 'carousel',
          columns: [
            { text: 'a', actions },
            { text: 'b', actions },
          ],
        },
      },
    ]);
    expect(allWithClass(carousel, 'lj-card')).toHaveLength(2);
    expect(carousel).toContain('lj-carousel lj-template-carousel');
    const images = renderChatHtml([
      {
        type: 'template',
        altText: 'a',
        template: {
          type: 'image_carousel',
          columns: [{ imageUrl: 'https://a.example.com/1.jpg', action: { type: 'message', label: 'One', text: '1' } }],
        },
      },
    ]);
    expect(images).toContain('<span class="lj-image-column-label">One</span>');
  });
});
