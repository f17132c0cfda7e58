import { renderChatHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { allWithClass, at, inside } from './html.ts';

const box = (contents: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'box', layout: 'vertical', contents, ...extra });
const flex = (contents: unknown) => [{ type: 'flex', altText: 'x', contents }];
const bubble = (blocks: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'bubble', ...blocks, ...extra });
/** A bubble whose body is `contents`; paths of its children are `BODY.contents[i]`. */
const body = (contents: unknown[], extra: Record<string, unknown> = {}) => renderChatHtml(flex(bubble({ body: box(contents, extra) })));
const BODY = 'messages[0].contents.body';

describe('bubble', () => {
  it.each([
    ['nano', '120px', '10px'],
    ['micro', '160px', '10px'],
    ['deca', '220px', '10px'],
    ['hecto', '241px', '10px'],
    ['kilo', '260px', '10px'],
    ['mega', '300px', '17px'],
    ['giga', '500px', '5px'],
  ])('a %s bubble is %s wide at most, with %s corners', (size, width, radius) => {
    const html = renderChatHtml(flex(bubble({ body: box([{ type: 'text', text: 'a' }]) }, { size })));
    expect(at(html, 'messages[0].contents').style).toMatchObject({ '--lj-bubble-width': width, 'border-radius': radius });
  });

  it('is mega when the size is missing', () => {
    expect(at(renderChatHtml(flex(bubble({ body: box([]) }))), 'messages[0].contents').className).toContain('lj-size-mega');
  });

  it('gives the root box of each block its default padding for the size', () => {
    const blocks = { header: box([]), hero: { type: 'image', url: 'https://a.example.com/a.png' }, body: box([]), footer: box([]) };
    const mega = renderChatHtml(flex(bubble(blocks)));
    expect(at(mega, 'messages[0].contents.header').style).toMatchObject({
      'padding-top': '19px',
      'padding-inline-start': '20px',
      'padding-bottom': '20px',
    });
    // The body's bottom padding shrinks to 10px above a footer in a mega bubble, grows to 17px in a kilo one.
    expect(at(mega, 'messages[0].contents.body').style['padding-bottom']).toBe('10px');
    expect(at(mega, 'messages[0].contents.footer').style).toMatchObject({ 'padding-top': '10px', 'padding-inline-end': '10px' });
    expect(at(mega, 'messages[0].contents.hero').style['padding-top']).toBeUndefined();
    const kilo = renderChatHtml(flex(bubble(blocks, { size: 'kilo' })));
    expect(at(kilo, 'messages[0].contents.body').style).toMatchObject({ 'padding-top': '13px', 'padding-bottom': '17px' });
    const hecto = renderChatHtml(flex(bubble({ body: box([]) }, { size: 'hecto' })));
    expect(at(hecto, 'messages[0].contents.body').style).toMatchObject({
      'padding-top': '11px',
      'padding-inline-start': '14px',
      'padding-bottom': '13px',
    });
  });

  it('lets explicit padding win over the block default, side by side', () => {
    const html = renderChatHtml(flex(bubble({ body: box([], { paddingAll: '0px', paddingTop: 'xl' }) })));
    expect(at(html, 'messages[0].contents.body').style).toMatchObject({
      'padding-top': '16px',
      'padding-bottom': '0px',
      'padding-inline-start': '0px',
    });
  });

  it('draws block colours and separators, never above the first block', () => {
    const html = renderChatHtml(
      flex(
        bubble(
          { header: box([]), body: box([]) },
          { styles: { header: { backgroundColor: '#ff0000', separator: true }, body: { separator: true, separatorColor: '#00ff00' } } },
        ),
      ),
    );
    expect(html).toMatch(/class="lj-block lj-header" style="background-color:#ff0000"/);
    expect(html).toMatch(/class="lj-block lj-body lj-block-separator" style="--lj-separator:#00ff00"/);
  });

  it('sets the direction and marks bubbles without a body (they do not stretch in a carousel)', () => {
    const html = renderChatHtml(flex(bubble({ hero: { type: 'image', url: 'https://a.example.com/a.png' } }, { direction: 'rtl' })));
    const tag = at(html, 'messages[0].contents');
    expect(tag.attributes.dir).toBe('rtl');
    expect(tag.className).toContain('lj-no-body');
  });
});

describe('box layout', () => {
  it('maps flex as LINE documents: horizontal X 0 0, vertical X 0 auto, 0 to content size', () => {
    const html = body([
      box(
        [
          { type: 'text', text: 'a' },
          { type: 'text', text: 'b', flex: 2 },
          { type: 'text', text: 'c', flex: 0 },
        ],
        { layout: 'horizontal' },
      ),
      { type: 'text', text: 'd' },
      { type: 'text', text: 'e', flex: 3 },
    ]);
    expect(at(html, `${BODY}.contents[0].contents[0]`).style.flex).toBe('1 0 0');
    expect(at(html, `${BODY}.contents[0].contents[1]`).style.flex).toBe('2 0 0');
    expect(at(html, `${BODY}.contents[0].contents[2]`).style.flex).toBe('0 0 auto');
    expect(at(html, `${BODY}.contents[1]`).style.flex).toBe('0 0 auto');
    expect(at(html, `${BODY}.contents[2]`).style.flex).toBe('3 0 auto');
  });

  it('forces flex 0 on a box with a width in a horizontal box', () => {
    const html = body([box([box([], { width: '40px', flex: 3 })], { layout: 'horizontal' })]);
    expect(at(html, `${BODY}.contents[0].contents[0]`).style).toMatchObject({ flex: '0 0 auto', width: '40px' });
  });

  it('puts spacing between children, not before the first, not on fillers; margin overrides it', () => {
    const html = body(
      [
        { type: 'text', text: 'a' },
        { type: 'text', text: 'b' },
        { type: 'filler' },
        { type: 'text', text: 'c', margin: 'xxl' },
        { type: 'text', text: 'd', margin: 'none' },
      ],
      { spacing: 'md' },
    );
    const marginTop = (i: number) => at(html, `${BODY}.contents[${i}]`).style['margin-top'];
    expect([marginTop(0), marginTop(1), marginTop(2), marginTop(3), marginTop(4)]).toEqual([undefined, '8px', undefined, '20px', '0px']);
  });

  it('applies a margin on the first child and uses the inline axis in horizontal boxes', () => {
    const html = body([
      box(
        [
          { type: 'text', text: 'a', margin: 'lg' },
          { type: 'text', text: 'b' },
        ],
        { layout: 'horizontal', spacing: '6px' },
      ),
    ]);
    expect(at(html, `${BODY}.contents[0].contents[0]`).style['margin-inline-start']).toBe('12px');
    expect(at(html, `${BODY}.contents[0].contents[1]`).style['margin-inline-start']).toBe('6px');
  });

  it('maps keywords to LINE pixels for padding, corners and borders, and keeps px and %', () => {
    const html = body([
      box([], {
        paddingAll: 'xs',
        paddingStart: '5%',
        cornerRadius: 'xxl',
        borderWidth: 'semi-bold',
        borderColor: '#123456',
        backgroundColor: '#11223344',
      }),
    ]);
    expect(at(html, `${BODY}.contents[0]`).style).toMatchObject({
      'padding-top': '2px',
      'padding-inline-start': '5%',
      'border-radius': '20px',
      'border-width': '3px',
      'border-style': 'solid',
      'border-color': '#123456',
      'background-color': '#11223344',
    });
  });

  it('positions absolute children from the parent edges, with no spacing, and offsets relative ones', () => {
    const html = body(
      [
        { type: 'text', text: 'a' },
        box([], { position: 'absolute', offsetTop: 'md', offsetStart: '10%', offsetBottom: '-4px' }),
        box([], { offsetEnd: '3px' }),
      ],
      { spacing: 'lg' },
    );
    expect(at(html, `${BODY}.contents[1]`).style).toEqual(
      expect.objectContaining({ position: 'absolute', top: '8px', 'inset-inline-start': '10%', bottom: '-4px' }),
    );
    expect(at(html, `${BODY}.contents[1]`).style['margin-top']).toBeUndefined();
    expect(at(html, `${BODY}.contents[2]`).style).toMatchObject({ 'inset-inline-end': '3px', 'margin-top': '12px' });
    expect(at(html, `${BODY}.contents[2]`).style.position).toBeUndefined();
  });

  it('draws a linear gradient with LINE angles and an optional centre colour', () => {
    const gradient = {
      type: 'linearGradient',
      angle: '90deg',
      startColor: '#000000',
      endColor: '#ffffff00',
      centerColor: '#ff0000',
      centerPosition: '30%',
    };
    const html = body([box([], { background: gradient })]);
    expect(at(html, `${BODY}.contents[0]`).style['background-image']).toBe(
      'linear-gradient(90deg, #000000 0%, #ff0000 30%, #ffffff00 100%)',
    );
  });

  it('lays out baseline boxes on the baseline and ignores offsetBottom in them', () => {
    const html = body([box([{ type: 'text', text: 'a', offsetBottom: '4px' }], { layout: 'baseline', alignItems: 'center' })]);
    expect(at(html, `${BODY}.contents[0]`).className).toContain('lj-baseline');
    expect(at(html, `${BODY}.contents[0]`).style['align-items']).toBeUndefined();
    expect(at(html, `${BODY}.contents[0].contents[0]`).style.bottom).toBeUndefined();
  });
});

describe('flex components', () => {
  it('sizes text with LINE font sizes, clamps maxLines and spaces lines', () => {
    const html = body([
      { type: 'text', text: 'a', size: 'xl', weight: 'bold', color: '#ff0000', align: 'end', decoration: 'underline' },
      { type: 'text', text: 'b', wrap: true, maxLines: 2, lineSpacing: '10px', size: '13px' },
      { type: 'text', text: 'c', maxLines: 2 },
    ]);
    expect(inside(html, `${BODY}.contents[0]`, 'lj-nowrap').style).toMatchObject({
      'font-size': '22px',
      'font-weight': '700',
      color: '#ff0000',
      'text-align': 'end',
      'text-decoration-line': 'underline',
    });
    const wrapped = inside(html, `${BODY}.contents[1]`, 'lj-wrap');
    expect(wrapped.className).toContain('lj-clamp');
    expect(wrapped.style).toMatchObject({
      '-webkit-line-clamp': '2',
      'line-height': 'calc(1.4em + 10px)',
      'margin-block': '-5px',
      'font-size': '13px',
    });
    // maxLines needs wrap: a single line has nothing to clamp.
    expect(inside(html, `${BODY}.contents[2]`, 'lj-nowrap').className).not.toContain('lj-clamp');
  });

  it('breaks lines at \\n only when the text wraps, and draws spans over the text', () => {
    const html = body([
      { type: 'text', text: 'one\ntwo', wrap: true },
      { type: 'text', text: 'one\ntwo' },
      {
        type: 'text',
        text: 'ignored',
        decoration: 'underline',
        contents: [{ type: 'span', text: 'x', size: 'xxl', color: '#00ff00', decoration: 'none' }],
      },
    ]);
    expect(html).toContain('one<br>two');
    expect(html).toContain('one two');
    expect(html).toMatch(/<span class="lj-span" style="font-size:29px;color:#00ff00">x<\/span>/);
    expect(html).not.toContain('ignored');
  });

  it('sizes images by keyword (a maximum width), keeps the aspect ratio and mode', () => {
    const html = body([
      { type: 'image', url: 'https://a.example.com/a.png' },
      { type: 'image', url: 'https://a.example.com/a.png', size: 'full', aspectRatio: '20:13', aspectMode: 'cover', align: 'start' },
      { type: 'image', url: 'https://a.example.com/a.png', size: '5xl', aspectRatio: '1:3', backgroundColor: '#000000' },
    ]);
    expect(inside(html, `${BODY}.contents[0]`, 'lj-image-frame').style.width).toBe('100px');
    expect(inside(html, `${BODY}.contents[0]`, 'lj-ratio').style['padding-bottom']).toBe('100%');
    expect(inside(html, `${BODY}.contents[1]`, 'lj-image-frame').className).toContain('lj-cover');
    expect(inside(html, `${BODY}.contents[1]`, 'lj-image-frame').style.width).toBe('100%');
    expect(inside(html, `${BODY}.contents[1]`, 'lj-ratio').style['padding-bottom']).toBe('65%');
    expect(at(html, `${BODY}.contents[1]`).style['align-items']).toBe('flex-start');
    expect(inside(html, `${BODY}.contents[2]`, 'lj-image-frame').style).toMatchObject({ width: '220px', 'background-color': '#000000' });
    expect(inside(html, `${BODY}.contents[2]`, 'lj-ratio').style['padding-bottom']).toBe('300%');
  });

  it('sizes icons by font size and aspect ratio, always flex 0', () => {
    const html = body([
      box(
        [
          { type: 'icon', url: 'https://a.example.com/i.png', size: 'lg', aspectRatio: '2:1' },
          { type: 'icon', url: 'https://a.example.com/i.png' },
        ],
        { layout: 'baseline' },
      ),
    ]);
    expect(at(html, `${BODY}.contents[0].contents[0]`).style).toMatchObject({ width: '38px', height: '19px', flex: '0 0 auto' });
    expect(at(html, `${BODY}.contents[0].contents[1]`).style).toMatchObject({ width: '16px', height: '16px' });
  });

  it('draws button styles and heights with LINE colours, and `color` per style', () => {
    const action = { type: 'uri', label: 'Go <now>', uri: 'https://a.example.com' };
    const html = body([
      { type: 'button', action },
      { type: 'button', action, style: 'primary', height: 'sm' },
      { type: 'button', action, style: 'secondary', color: '#abcdef' },
      { type: 'button', action, color: '#ff0000' },
    ]);
    expect(inside(html, `${BODY}.contents[0]`, 'lj-button-face').style).toEqual({ color: '#42659a', height: '52px' });
    expect(inside(html, `${BODY}.contents[1]`, 'lj-button-face').style).toEqual({
      'background-color': '#17c950',
      color: '#ffffff',
      height: '40px',
    });
    expect(inside(html, `${BODY}.contents[2]`, 'lj-button-face').style).toEqual({
      'background-color': '#abcdef',
      color: '#111111',
      height: '52px',
    });
    expect(inside(html, `${BODY}.contents[3]`, 'lj-button-face').style.color).toBe('#ff0000');
    expect(html).toContain('Go &lt;now&gt;');
  });

  it('draws separators across vertical boxes and down horizontal ones, LINE grey by default', () => {
    const html = body([
      { type: 'separator' },
      box(
        [
          { type: 'text', text: 'a' },
          { type: 'separator', color: '#ff0000', margin: 'sm' },
        ],
        { layout: 'horizontal' },
      ),
    ]);
    expect(at(html, `${BODY}.contents[0]`)).toMatchObject({
      className: 'lj-separator lj-across',
      style: { flex: '0 0 auto', 'border-color': '#d4d6da' },
    });
    expect(at(html, `${BODY}.contents[1].contents[1]`)).toMatchObject({
      className: 'lj-separator lj-down',
      style: { 'border-color': '#ff0000', 'margin-inline-start': '4px' },
    });
  });

  it('grows fillers by flex (default 1) in either layout', () => {
    const html = body([{ type: 'filler' }, { type: 'filler', flex: 3 }]);
    expect(at(html, `${BODY}.contents[0]`).style.flex).toBe('1 0 0');
    expect(at(html, `${BODY}.contents[1]`).style.flex).toBe('3 0 0');
  });

  it('draws a hero video as its preview at the video ratio with a play button', () => {
    const video = {
      type: 'video',
      url: 'https://a.example.com/v.mp4',
      previewUrl: 'https://a.example.com/p.jpg',
      aspectRatio: '16:9',
      altContent: { type: 'image', url: 'https://a.example.com/p.jpg' },
    };
    const html = renderChatHtml(flex(bubble({ hero: video })));
    expect(inside(html, 'messages[0].contents.hero', 'lj-ratio').style['padding-bottom']).toBe('56.25%');
    expect(html).toContain('src="https://a.example.com/p.jpg"');
    expect(html).toContain('lj-play');
  });

  it('draws a carousel as a scroller of its bubbles with the size of the first', () => {
    const html = renderChatHtml(
      flex({ type: 'carousel', contents: [bubble({ body: box([]) }, { size: 'kilo' }), bubble({ body: box([]) }, { size: 'kilo' })] }),
    );
    expect(at(html, 'messages[0].contents').className).toBe('lj-carousel lj-carousel-kilo');
    expect(at(html, 'messages[0].contents.contents[1]').style['--lj-bubble-width']).toBe('260px');
    // A carousel runs to the screen edge, with no time beside it.
    expect(html).toMatch(/class="lj-row lj-first lj-wide"/);
    expect(html).not.toContain('lj-time');
  });

  it('titles tappable components with what their action does', () => {
    const html = body([{ type: 'text', text: 'a', action: { type: 'uri', uri: 'https://a.example.com/x' } }]);
    expect(at(html, `${BODY}.contents[0]`)).toMatchObject({
      className: 'lj-text lj-tappable',
      attributes: { title: 'Opens https://a.example.com/x' },
    });
  });
});

describe('deep nesting', () => {
  const nested = (depth: number) => {
    let node: unknown = { type: 'text', text: 'deepest' };
    for (let i = 0; i < depth; i++) node = box([node]);
    return flex(bubble({ body: node }));
  };
  // Problems are given: what validation does with such input is the schema's business, this is the drawing.
  const draw = (depth: number) => renderChatHtml(nested(depth), { issues: [] });

  it.each([800, 5000])('draws %i nested boxes without overflowing the stack, with a marker where it stops', (depth) => {
    const html = draw(depth);
    expect(html).toContain('nested too deep to draw: more than 100 boxes');
    expect(html).not.toContain('deepest');
    const marker = allWithClass(html, 'lj-too-deep');
    expect(marker).toHaveLength(1);
    expect(marker[0]!.className).toContain('lj-invalid');
    expect(marker[0]!.attributes['data-path']).toBe(`${BODY}${'.contents[0]'.repeat(101)}`);
  });

  it('draws every level up to the limit', () => {
    const html = draw(100);
    expect(html).toContain('deepest');
    expect(html).not.toContain('lj-too-deep');
  });
});
