/** Flex containers (bubble, carousel) and components (box, text, span, image, video, …). */
import { action } from './actions.ts';
import { at, type Conversion, type Converter, describe, Unfit } from './conversion.ts';
import { isObject, type JsonObject, type JsxChild, JsxElement } from './jsx-tree.ts';

/** Where a flex component sits: in a box, as a bubble's hero, or as a video's altContent. */
type Place = 'box' | 'hero' | 'altContent';

const COMPONENTS: Readonly<Record<Place, Readonly<Record<string, string>>>> = {
  box: { box: 'Box', text: 'Text', image: 'Image', icon: 'Icon', button: 'Button', separator: 'Separator', filler: 'Filler' },
  hero: { box: 'Box', image: 'Image', video: 'Video' },
  altContent: { box: 'Box', image: 'Image' },
};

const PLACE_WORDS: Readonly<Record<Place, string>> = { box: 'in a box', hero: 'as a hero', altContent: 'as a video altContent' };

const withAction = { action };

/** The props and children of a box, for `<Box>` and the `<Header>`, `<Body>`, `<Footer>` blocks. */
function box(conversion: Conversion, name: string, json: JsonObject, path: string): JsxElement | Unfit {
  // <Box> writes layout="vertical" when it has none, and a contents array always.
  if (json.layout === undefined || json.layout === null) return new Unfit(`a box with no layout; <${name}> would write "vertical"`);
  if (!Array.isArray(json.contents))
    return new Unfit(`a box whose contents is ${describe(json.contents)}; <${name}> always writes a contents array`);
  const skip = json.layout === 'vertical' ? ['type', 'contents', 'layout'] : ['type', 'contents'];
  const props = conversion.props(json, path, skip, withAction);
  if (props instanceof Unfit) return props;
  const contents = json.contents.map((item, i) => flexComponent(conversion, item, at(at(path, 'contents'), i), 'box'));
  return new JsxElement(name, props, contents);
}

/** `<Span>` children of a text; each is a span object. */
function span(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  if (json.type !== 'span' || !('text' in json)) return conversion.raw(json, path, 'a text holds spans, each { type: "span", text, … }');
  // <Span> writes its children as text; a text that is not a string stays a prop.
  const textIsChild = typeof json.text === 'string';
  return conversion.element('Span', json, path, textIsChild ? ['type', 'text'] : ['type'], undefined, () =>
    textIsChild && json.text !== '' ? [json.text as string] : [],
  );
}

/** A flex `<Text>`: its text as children, or `<Span>` children. */
function flexText(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  for (const key of ['quoteToken', 'v2', 'quickReply', 'sender']) {
    if (key in json) return conversion.raw(json, path, `${key} belongs to a text message; <Text> in a box refuses it`);
  }
  const { text, contents } = json;
  if (Array.isArray(contents) && contents.length > 0 && contents.every(isObject) && !('text' in json)) {
    return conversion.element('Text', json, path, ['type', 'contents'], withAction, () =>
      contents.map((item: JsonObject, i) => span(conversion, item, at(at(path, 'contents'), i))),
    );
  }
  // Otherwise contents, if any, is passed through as it is; a non-empty string text is the child.
  const textIsChild = typeof text === 'string' && text !== '';
  const children: JsxChild[] = textIsChild ? [text] : [];
  return conversion.element('Text', json, path, textIsChild ? ['type', 'text'] : ['type'], withAction, () => children);
}

const altContent: Converter = (conversion, json, path) => flexComponent(conversion, json, path, 'altContent');

/** A flex component in a box, a hero or an altContent. */
export function flexComponent(conversion: Conversion, json: unknown, path: string, place: Place): JsxElement {
  if (!isObject(json)) return conversion.raw(json, path, `a flex component is an object; this one is ${describe(json)}`);
  const type = json.type;
  const name = typeof type === 'string' && Object.hasOwn(COMPONENTS[place], type) ? COMPONENTS[place][type] : undefined;
  if (!name) {
    const why =
      type === 'spacer'
        ? 'the "spacer" component was removed from Flex Messages'
        : `no component writes a ${describe(type)} component ${PLACE_WORDS[place]}`;
    return conversion.raw(json, path, why);
  }
  switch (type) {
    case 'box':
      return conversion.fallback(json, path, () => box(conversion, 'Box', json, path));
    case 'text':
      return flexText(conversion, json, path);
    case 'video':
      return conversion.element('Video', json, path, ['type'], { action, altContent });
    case 'button':
      // Without an action, <Button> reports a problem of its own next to LINE's.
      if (!('action' in json)) return conversion.raw(json, path, 'a button without an action');
      return conversion.element('Button', json, path, ['type'], withAction);
    default:
      return conversion.element(name, json, path, ['type'], withAction);
  }
}

const BLOCKS = ['header', 'hero', 'body', 'footer'] as const;
const BLOCK_COMPONENTS = { header: 'Header', hero: 'Hero', body: 'Body', footer: 'Footer' } as const;

/** `<Bubble>` with its blocks as children, in LINE's order. */
function bubble(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    const props = conversion.props(json, path, ['type', ...BLOCKS], withAction);
    if (props instanceof Unfit) return props;
    const blocks: JsxElement[] = [];
    for (const block of BLOCKS) {
      if (!(block in json)) continue;
      const value = json[block];
      const blockPath = at(path, block);
      if (block === 'hero') {
        blocks.push(new JsxElement('Hero', [], [flexComponent(conversion, value, blockPath, 'hero')]));
        continue;
      }
      const name = BLOCK_COMPONENTS[block];
      if (!isObject(value) || value.type !== 'box')
        return new Unfit(`its ${block} is not a box (${describe(isObject(value) ? value.type : value)}); <${name}> always writes a box`);
      const element = box(conversion, name, value, blockPath);
      if (element instanceof Unfit) return new Unfit(`its ${block} is ${element.why}`);
      blocks.push(element);
    }
    return new JsxElement('Bubble', props, blocks);
  });
}

/** A bubble, or (not inside a carousel) a carousel of bubbles. */
export function flexContainer(conversion: Conversion, json: unknown, path: string, inCarousel = false): JsxElement {
  if (isObject(json) && json.type === 'bubble') return bubble(conversion, json, path);
  if (!inCarousel && isObject(json) && json.type === 'carousel') {
    const { contents } = json;
    // A flex <Carousel> writes { type, contents } and nothing else.
    if (!Array.isArray(contents) || Object.keys(json).some((k) => k !== 'type' && k !== 'contents')) {
      return conversion.raw(json, path, 'a flex carousel is { type: "carousel", contents: [bubbles] }, which <Carousel> writes');
    }
    return new JsxElement(
      'Carousel',
      [],
      contents.map((item, i) => flexContainer(conversion, item, at(at(path, 'contents'), i), true)),
    );
  }
  const what = inCarousel ? 'a carousel holds bubbles' : 'a flex message holds a bubble or a carousel';
  return conversion.raw(json, path, `${what}; this is ${describe(isObject(json) ? json.type : json)}`);
}
