/**
 * Flex rules between components (CONSTRAINTS.md §8, `D:flex-message-layout`, `R#bubble`,
 * `R#f-carousel`, `R#f-video`): what each box layout holds, where a video may go, one bubble size
 * per carousel, what each block holds. Each rule fails with its message at its JSON path.
 */

import { validateMessage } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { bodyBubble, bodyMessage, box, flexMessage, IMAGE, issuesOf, text, video } from '../support/flex.ts';

const icon = { type: 'icon', url: IMAGE };
const image = { type: 'image', url: IMAGE };
const button = { type: 'button', action: { type: 'message', label: 'Yes', text: 'yes' } };
const span = { type: 'span', text: 'bold' };
const BODY = 'contents.body.contents[0]';

describe('what each box layout holds (D:flex-message-layout)', () => {
  it('a baseline box holds icons, texts (with spans) and fillers', () => {
    const baseline = box([icon, text('4.5'), { type: 'text', contents: [span] }, { type: 'filler' }], { layout: 'baseline' });
    expect(issuesOf(bodyMessage(baseline))).toEqual([]);
  });

  it.each([
    ['an image', image, 'an image can not go in a baseline box; a baseline box holds only icons, texts and fillers'],
    ['a box', box([]), 'a box can not go in a baseline box; a baseline box holds only icons, texts and fillers'],
    ['a button', button, 'a button can not go in a baseline box; a baseline box holds only icons, texts and fillers'],
    ['a separator', { type: 'separator' }, 'a separator can not go in a baseline box; a baseline box holds only icons, texts and fillers'],
  ])('a baseline box refuses %s', (_, child, message) => {
    expect(issuesOf(bodyMessage(box([text('a'), child], { layout: 'baseline' })))).toEqual([[`${BODY}.contents[1].type`, message]]);
  });

  it.each(['vertical', 'horizontal'])('a %s box holds boxes, buttons, images, texts, separators and fillers', (layout) => {
    const children = [box([]), button, image, text('a'), { type: 'separator' }, { type: 'filler' }];
    expect(issuesOf(bodyMessage(box(children, { layout })))).toEqual([]);
  });

  it.each(['vertical', 'horizontal'])('icons go only in baseline boxes, not in a %s box', (layout) => {
    expect(issuesOf(bodyMessage(box([icon], { layout })))).toEqual([
      [`${BODY}.contents[0].type`, `an icon can not go in a ${layout} box; icons go only in baseline boxes (layout "baseline")`],
    ]);
  });

  it('spans go only in the contents of a text', () => {
    expect(issuesOf(bodyMessage(span))).toEqual([
      [`${BODY}.type`, 'a span can not go in a vertical box; spans go only in the contents of a text'],
    ]);
    expect(issuesOf(bodyMessage(box([span], { layout: 'baseline' })))).toEqual([
      [`${BODY}.contents[0].type`, 'a span can not go in a baseline box; spans go only in the contents of a text'],
    ]);
  });

  it('a text holds spans only', () => {
    expect(issuesOf(bodyMessage({ type: 'text', contents: [text('x')] }))).toEqual([
      [`${BODY}.contents[0].type`, 'type must be "span"; got "text"'],
    ]);
  });

  it('a text needs text or span contents', () => {
    expect(issuesOf(bodyMessage({ type: 'text' }))).toEqual([[`${BODY}.text`, 'a text needs text or span contents']]);
    expect(issuesOf(bodyMessage({ type: 'text', contents: [] }))).toEqual([[`${BODY}.text`, 'a text needs text or span contents']]);
    // Old Flex Simulator exports carry an empty contents array next to the text: LINE uses the text.
    expect(issuesOf(bodyMessage({ type: 'text', text: 'x', contents: [] }))).toEqual([]);
  });

  it("boxes may be empty (LINE's showcases use them as spacers and dots)", () => {
    expect(issuesOf(bodyMessage(box([], { width: '12px', height: '12px', cornerRadius: '30px' })))).toEqual([]);
  });
});

describe('blocks (R#bubble)', () => {
  it('header, body and footer are boxes', () => {
    expect(issuesOf(flexMessage({ type: 'bubble', header: text('Title') }))).toEqual([
      ['contents.header.type', 'the header must be a box, not a text; put the text inside a box'],
    ]);
    expect(issuesOf(flexMessage({ type: 'bubble', footer: image }))).toEqual([
      ['contents.footer.type', 'the footer must be a box, not an image; put the image inside a box'],
    ]);
    expect(issuesOf(flexMessage({ type: 'bubble', body: video() }))).toEqual([
      ['contents.body.type', 'the body must be a box, not a video; a video can only be the hero'],
    ]);
  });

  it('the hero is a box, an image or a video', () => {
    for (const hero of [box([]), image, video()]) expect(issuesOf(flexMessage({ type: 'bubble', hero }))).toEqual([]);
    expect(issuesOf(flexMessage({ type: 'bubble', hero: text('x') }))).toEqual([
      ['contents.hero.type', 'the hero must be a box, an image or a video, not a text; put the text inside a box'],
    ]);
  });

  it.each(['header', 'body', 'footer'])('the %s box can not be position absolute (Dl#component-offset)', (block) => {
    expect(issuesOf(flexMessage({ type: 'bubble', [block]: box([text('x')], { position: 'absolute' }) }))).toEqual([
      [
        `contents.${block}.position`,
        `the ${block} box can not be position "absolute": LINE does not allow it on the first component of a block; put absolute components inside it`,
      ],
    ]);
  });

  it('the hero image or box can not be position absolute either', () => {
    expect(issuesOf(flexMessage({ type: 'bubble', hero: { ...image, position: 'absolute' } }))).toEqual([
      [
        'contents.hero.position',
        'the hero image can not be position "absolute": LINE does not allow it on the first component of a block; put absolute components inside it',
      ],
    ]);
  });

  it("components inside a block may be absolute, the first one too (LINE's showcases overlay badges that way)", () => {
    const overlay = box([text('NEW')], { position: 'absolute', offsetTop: '0px', offsetStart: '0px' });
    expect(issuesOf(flexMessage({ type: 'bubble', hero: box([overlay, image]) }))).toEqual([]);
    expect(issuesOf(flexMessage({ type: 'bubble', body: box([text('x'), overlay], { position: 'relative' }) }))).toEqual([]);
  });

  it('block styles take backgroundColor, separator and separatorColor', () => {
    const styles = {
      header: { backgroundColor: '#ffffff' },
      body: { separator: true, separatorColor: '#dddddd' },
      footer: { separator: true },
    };
    expect(issuesOf(flexMessage({ type: 'bubble', styles, body: box([]) }))).toEqual([]);
    expect(issuesOf(flexMessage({ type: 'bubble', styles: { comment: 'x' } }))).toEqual([
      ['contents.styles.comment', '"comment" is not a property of styles; it takes header, hero, body, footer'],
    ]);
    expect(issuesOf(flexMessage({ type: 'bubble', styles: { body: { separator: 'yes' } } }))).toEqual([
      ['contents.styles.body.separator', 'separator must be a boolean, not a string ("yes")'],
    ]);
  });
});

describe('video (R#f-video, D:create-flex-message-including-video)', () => {
  it.each(['kilo', 'mega', 'giga', undefined])('is the hero of a %s bubble', (size) => {
    expect(issuesOf(flexMessage({ type: 'bubble', size, hero: video() }))).toEqual([]);
  });

  it.each(['nano', 'micro', 'deca', 'hecto'])('is not the hero of a %s bubble', (size) => {
    expect(issuesOf(flexMessage({ type: 'bubble', size, hero: video() }))).toEqual([
      ['contents.hero', `a video hero needs a kilo, mega or giga bubble; this bubble is ${size}`],
    ]);
  });

  it('never goes in a carousel', () => {
    const carousel = { type: 'carousel', contents: [bodyBubble([text('a')]), { type: 'bubble', hero: video() }] };
    expect(issuesOf(flexMessage(carousel))).toEqual([['contents.contents[1].hero', 'a bubble with a video hero can not go in a carousel']]);
  });

  it('never goes in a box', () => {
    expect(issuesOf(bodyMessage(video()))).toEqual([
      [`${BODY}.type`, 'a video can not go in a vertical box; a video can only be the hero of a bubble'],
    ]);
  });

  it('shows a box or an image where it can not play', () => {
    expect(issuesOf(flexMessage({ type: 'bubble', hero: video({ altContent: box([text('Watch on the web')]) }) }))).toEqual([]);
    expect(issuesOf(flexMessage({ type: 'bubble', hero: video({ altContent: video() }) }))).toEqual([
      ['contents.hero.altContent.type', 'the altContent must be a box or an image, not a video'],
    ]);
    expect(issuesOf(flexMessage({ type: 'bubble', hero: video({ altContent: undefined }) }))).toEqual([
      ['contents.hero.altContent', 'altContent is required'],
    ]);
  });

  it('takes only a URI action', () => {
    const action = { type: 'postback', label: 'More', data: 'more' };
    expect(issuesOf(flexMessage({ type: 'bubble', hero: video({ action }) }))).toEqual([
      ['contents.hero.action.type', "a video's action must be a uri action, not postback"],
    ]);
    expect(
      issuesOf(flexMessage({ type: 'bubble', hero: video({ action: { type: 'uri', label: 'More', uri: 'https://example.com' } }) })),
    ).toEqual([]);
  });

  it('checks its aspect ratio like an image', () => {
    expect(issuesOf(flexMessage({ type: 'bubble', hero: video({ aspectRatio: '1:4' }) }))).toEqual([
      ['contents.hero.aspectRatio', 'aspectRatio "1:4" is taller than LINE allows; the height may be at most 3 times the width'],
    ]);
  });
});

describe('carousel (R#f-carousel)', () => {
  const bubble = (size?: string) => bodyBubble([text('a')], size ? { size } : {});

  it('holds bubbles of one size', () => {
    expect(issuesOf(flexMessage({ type: 'carousel', contents: [bubble('kilo'), bubble('kilo')] }))).toEqual([]);
    expect(issuesOf(flexMessage({ type: 'carousel', contents: [bubble('kilo'), bubble(), bubble('giga')] }))).toEqual([
      [
        'contents.contents[1].size',
        'bubble 1 is mega (the default) but bubble 0 is kilo; every bubble in a carousel must be the same size',
      ],
      ['contents.contents[2].size', 'bubble 2 is giga but bubble 0 is kilo; every bubble in a carousel must be the same size'],
    ]);
  });

  it('treats a missing size as mega', () => {
    expect(issuesOf(flexMessage({ type: 'carousel', contents: [bubble(), bubble('mega')] }))).toEqual([]);
  });

  it('holds bubbles only', () => {
    expect(issuesOf(flexMessage({ type: 'carousel', contents: [{ type: 'carousel', contents: [bubble()] }] }))).toEqual([
      ['contents.contents[0].type', 'each carousel item must be a bubble, not a carousel'],
    ]);
  });

  it('is not a message by itself, nor is a bubble', () => {
    expect(issuesOf(bubble())).toEqual([
      ['type', 'a bubble is not a message by itself; wrap it as { "type": "flex", "altText": "…", "contents": bubble }'],
    ]);
    expect(issuesOf(flexMessage(box([])))).toEqual([['contents.type', 'contents must be a bubble or a carousel, not a box']]);
  });
});

describe('the flex message (R#flex-message)', () => {
  it('needs an altText of 1 to 1,500 characters', () => {
    expect(issuesOf({ type: 'flex', contents: bubbleOf() })).toEqual([['altText', 'altText is required']]);
    expect(issuesOf(flexMessage(bubbleOf(), { altText: '' }))).toEqual([['altText', 'altText must not be empty']]);
    expect(issuesOf(flexMessage(bubbleOf(), { altText: 'x'.repeat(1501) }))).toEqual([
      ['altText', 'altText is 1,501 characters; LINE allows at most 1,500'],
    ]);
  });

  it('takes quick reply buttons and a sender like every message', () => {
    const quickReply = { items: [{ type: 'action', action: { type: 'message', label: 'Menu', text: 'menu' } }] };
    const sender = { name: 'Brown', iconUrl: IMAGE };
    expect(validateMessage(flexMessage(bubbleOf(), { quickReply, sender })).ok).toBe(true);
    expect(issuesOf(flexMessage(bubbleOf(), { sender: { name: 'LINE Shop' } }))).toEqual([
      ['sender.name', 'sender name "LINE Shop" contains "LINE", which LINE does not allow'],
    ]);
  });

  function bubbleOf() {
    return bodyBubble([text('x')]);
  }
});

describe('URLs (R#f-image, R#f-video, R#icon, R#uri-action, R#url-encoding)', () => {
  const imageUrl = (url: string) => bodyMessage({ type: 'image', url });

  it('media are HTTPS, absolute, percent-encoded and at most 2,000 characters', () => {
    expect(issuesOf(imageUrl('https://images.example.com/a%20b.png?size=2'))).toEqual([]);
    expect(issuesOf(imageUrl(`https://images.example.com/${'a'.repeat(1969)}.png`))).toEqual([]);
    expect(issuesOf(imageUrl('http://images.example.com/a.png'))).toEqual([
      [`${BODY}.url`, '"http://images.example.com/a.png" must be an https URL'],
    ]);
    expect(issuesOf(imageUrl('/img/a.png'))).toEqual([
      [`${BODY}.url`, '"/img/a.png" is not an absolute URL (it needs a scheme such as https://)'],
    ]);
    expect(issuesOf(imageUrl('https://images.example.com/a b.png'))).toEqual([
      [
        `${BODY}.url`,
        '"https://images.example.com/a b.png" has characters LINE needs percent-encoded (a space); encode it with encodeURI()',
      ],
    ]);
    expect(issuesOf(imageUrl(`https://images.example.com/${'a'.repeat(1970)}.png`))).toEqual([
      [`${BODY}.url`, 'URL is 2,001 characters; LINE allows at most 2,000'],
    ]);
  });

  it('a video and its preview are HTTPS, so is an icon', () => {
    expect(issuesOf(flexMessage({ type: 'bubble', hero: video({ url: 'http://images.example.com/v.mp4' }) }))).toEqual([
      ['contents.hero.url', '"http://images.example.com/v.mp4" must be an https URL'],
    ]);
    expect(issuesOf(flexMessage({ type: 'bubble', hero: video({ previewUrl: 'ftp://images.example.com/v.jpg' }) }))).toEqual([
      ['contents.hero.previewUrl', '"ftp://images.example.com/v.jpg" must be an https URL'],
    ]);
    expect(issuesOf(bodyMessage(box([{ type: 'icon', url: 'icons/star.png' }], { layout: 'baseline' })))).toEqual([
      [`${BODY}.contents[0].url`, '"icons/star.png" is not an absolute URL (it needs a scheme such as https://)'],
    ]);
  });

  it('a URI action opens http, https, line or tel URIs of at most 1,000 characters', () => {
    const uri = (value: string) => bodyMessage(text('x', { action: { type: 'uri', uri: value } }));
    for (const ok of ['https://example.com', 'http://example.com', 'line://nv/chat', 'tel:+81312345678'])
      expect(issuesOf(uri(ok))).toEqual([]);
    expect(issuesOf(uri('mailto:a@example.com'))).toEqual([
      [`${BODY}.action.uri`, '"mailto:a@example.com" uses the "mailto" scheme; LINE accepts "http", "https", "line" or "tel"'],
    ]);
    expect(issuesOf(uri(`https://example.com/${'a'.repeat(981)}`))).toEqual([
      [`${BODY}.action.uri`, 'URL is 1,001 characters; LINE allows at most 1,000'],
    ]);
  });
});

describe('flex actions (R#action-objects)', () => {
  it('are postback, message, uri, datetimepicker or clipboard', () => {
    const action = (type: string, extra: Record<string, unknown>) => bodyMessage(box([], { action: { type, label: 'Go', ...extra } }));
    expect(issuesOf(action('clipboard', { clipboardText: 'WINTER20' }))).toEqual([]);
    expect(issuesOf(action('datetimepicker', { data: 'd', mode: 'date' }))).toEqual([]);
    expect(issuesOf(action('camera', {}))).toEqual([
      [`${BODY}.action.type`, 'a camera action can not be used in a flex component; it works only in a quick reply'],
    ]);
    expect(issuesOf(action('richmenuswitch', { richMenuAliasId: 'a', data: 'd' }))).toEqual([
      [`${BODY}.action.type`, 'a richmenuswitch action can not be used in a flex component; it works only in a rich menu area'],
    ]);
    expect(issuesOf(bodyMessage({ type: 'button', action: { type: 'location', label: 'Here' } }))).toEqual([
      [`${BODY}.action.type`, 'a location action can not be used in a flex button; it works only in a quick reply'],
    ]);
  });
});

describe('unknown properties', () => {
  it('suggest the property meant', () => {
    expect(issuesOf(bodyMessage(text('x', { letterSpacing: '2px' })))).toEqual([
      [
        `${BODY}.letterSpacing`,
        '"letterSpacing" is not a property of a flex text; LINE has no letterSpacing; only lineSpacing (the space between lines) exists',
      ],
    ]);
    expect(issuesOf(bodyMessage(box([], { paddingLeft: '4px' })))).toEqual([
      [`${BODY}.paddingLeft`, '"paddingLeft" is not a property of a box; flex uses start and end, not left and right: use paddingStart'],
    ]);
    expect(issuesOf(bodyMessage(text('x', { offsetRight: '4px' })))).toEqual([
      [`${BODY}.offsetRight`, '"offsetRight" is not a property of a flex text; flex uses start and end, not left and right: use offsetEnd'],
    ]);
    expect(issuesOf(bodyMessage(text('x', { fontWeight: 'bold' })))).toEqual([
      [`${BODY}.fontWeight`, '"fontWeight" is not a property of a flex text; use weight'],
    ]);
    expect(issuesOf(bodyMessage(box([], { paddingTopp: '4px' })))).toEqual([
      [`${BODY}.paddingTopp`, '"paddingTopp" is not a property of a box; did you mean "paddingTop"?'],
    ]);
    expect(issuesOf(bodyMessage({ type: 'spacer' }))).toEqual([
      [
        `${BODY}.type`,
        'the "spacer" component was removed from Flex Messages (it is not in LINE\'s API schema); use margin or padding instead',
      ],
    ]);
  });
});
