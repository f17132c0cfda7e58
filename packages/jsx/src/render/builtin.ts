/**
 * Built-in components: each declares what it becomes in each slot (context) where LINE allows it.
 * `<Image>` is an image message in the `message` slot, a flex image in a `box`, a column in an
 * `imageColumn`; a component in a slot it does not declare is an error that names both.
 */
import { type Component, createElement, type LineElement } from '../element.ts';
import type { Frame } from './frame.ts';

/** The contexts an element can be rendered in, with the words error messages use for each. */
export const SLOTS = {
  message: 'as a message',
  flex: 'inside <Flex>',
  carousel: 'inside a flex <Carousel>',
  bubble: 'inside <Bubble>',
  hero: 'inside <Hero>',
  box: 'inside a box',
  altContent: 'as a video altContent',
  span: 'inside a flex <Text>',
  messageText: 'inside a message <Text>',
  action: 'as an action',
  imagemapAction: 'as the action of an imagemap <Area>',
  quickReply: 'as a quickReply',
  quickReplyItem: 'inside <QuickReply>',
  templateColumn: 'inside a template <Carousel>',
  imageColumn: 'inside <ImageCarousel>',
  imagemap: 'inside <Imagemap>',
  imagemapVideo: 'as an imagemap video',
  richMenu: 'as a rich menu',
  richMenuArea: 'inside <RichMenu>',
  richMenuRow: 'inside a rich menu <Row>',
  sender: 'as a sender',
} as const;

export type Slot = keyof typeof SLOTS;

/** Renders one element's props into LINE JSON (or `undefined` for nothing) in one slot. */
export type SlotRenderer<P> = (props: P, frame: Frame) => unknown;

export interface BuiltinDefinition<P> {
  readonly name: string;
  readonly slots: { readonly [S in Slot]?: SlotRenderer<P> };
  /** The JSON key the element's output goes under, per slot (`<Body>` in a bubble goes at `body`). */
  readonly at?: { readonly [S in Slot]?: string };
  /** How to fix this component when it is placed in a slot it does not declare, per slot. */
  readonly misplaced?: { readonly [S in Slot]?: string };
  /** Not named in "that takes <Box>, <Text>…" messages: `<Raw>` goes anywhere, but is no advice. */
  readonly unlisted?: boolean;
}

const BUILTIN = Symbol.for('linejsx.builtin');

/** Which built-ins each slot accepts, for "a box holds <Box>, <Text>, …" messages. */
const bySlot = new Map<Slot, string[]>();

/**
 * Declares a built-in component. The returned function is a normal component: `<Name {...props} />`
 * and `Name(props)` both give an element.
 */
export function defineBuiltin<P>(definition: BuiltinDefinition<P>): Component<P> {
  const component: Component<P> = (props: P): LineElement<P> => createElement(component, props);
  Object.defineProperty(component, 'name', { value: definition.name });
  Object.defineProperty(component, BUILTIN, { value: definition });
  if (!definition.unlisted)
    for (const slot of Object.keys(definition.slots) as Slot[]) {
      const names = bySlot.get(slot) ?? [];
      names.push(`<${definition.name}>`);
      bySlot.set(slot, names);
    }
  return component;
}

export function builtinOf(type: unknown): BuiltinDefinition<unknown> | undefined {
  return typeof type === 'function' ? (type as { [BUILTIN]?: BuiltinDefinition<unknown> })[BUILTIN] : undefined;
}

/** Where a flex component (one that goes in a box) belongs, said from the slot it was put in. */
function boxComponentFix(name: string, slot: Slot): string | undefined {
  switch (slot) {
    case 'flex':
    case 'carousel':
      return `put it in a bubble: <Bubble><Body><${name}>…</${name}></Body></Bubble>`;
    case 'bubble':
      return 'put it in a block: <Body>, <Header> or <Footer>';
    case 'hero':
    case 'altContent':
      return 'wrap it in a <Box>';
    case 'message':
      return `flex components go in a <Flex> message: <Flex altText="…"><Bubble><Body><${name} …/></Body></Bubble></Flex>`;
    default:
      return undefined;
  }
}

/** How to fix a built-in placed in a slot it does not declare, when we know. */
export function misplacedFix(definition: BuiltinDefinition<unknown>, slot: Slot): string | undefined {
  return definition.misplaced?.[slot] ?? (definition.slots.box ? boxComponentFix(definition.name, slot) : undefined);
}

/** The built-ins a slot accepts, as a phrase: `<Box>, <Image> or <Text>`. */
export function acceptedIn(slot: Slot): string {
  // Alphabetical, so that the wording does not depend on the order in which modules load.
  const names = [...(bySlot.get(slot) ?? [])].sort();
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
