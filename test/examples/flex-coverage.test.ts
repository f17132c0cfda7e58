/**
 * The gallery exercises every part of Flex the issue lists: if a design is changed so that a feature
 * is no longer shown anywhere, this says which one.
 */

import { render } from '@linejsx/jsx';
import type { FlexBubble, FlexComponent, Message } from '@linejsx/schema';
import { expect, it } from 'vitest';
import { messageExamples, sampleElement } from '../../examples/index.ts';

type Node = Record<string, unknown>;

/** Feature names found in one flex component, recursively. */
function componentFeatures(node: FlexComponent, parentLayout: string | undefined, out: Set<string>): void {
  const n = node as unknown as Node;
  out.add(`component:${node.type}`);
  if (n.action) out.add(`action on ${node.type}`);
  if (n.position === 'absolute') out.add('position absolute');
  for (const key of ['offsetTop', 'offsetBottom', 'offsetStart', 'offsetEnd']) if (n[key] !== undefined) out.add('offsets');
  for (const key of [
    'width',
    'height',
    'maxWidth',
    'maxHeight',
    'cornerRadius',
    'borderWidth',
    'justifyContent',
    'alignItems',
    'maxLines',
    'wrap',
    'lineSpacing',
    'adjustMode',
    'scaling',
    'gravity',
    'aspectMode',
  ]) {
    if (n[key] !== undefined) out.add(key);
  }
  switch (node.type) {
    case 'box':
      out.add(`layout ${node.layout}`);
      if (node.background) out.add(node.background.centerColor ? 'gradient with centerColor' : 'gradient');
      for (const child of node.contents) componentFeatures(child, node.layout, out);
      break;
    case 'button':
      out.add(`button ${node.style ?? 'link'} ${node.height ?? 'md'}`);
      break;
    case 'icon':
      out.add(`icon in ${parentLayout} box`);
      break;
    case 'text':
      if (node.contents?.length) out.add('spans');
      break;
    case 'video':
      out.add('video hero');
      out.add(`video altContent ${node.altContent.type}`);
      break;
    case 'separator':
      out.add(`separator in ${parentLayout} box`);
      break;
    default:
      break;
  }
}

function bubbleFeatures(bubble: FlexBubble, out: Set<string>): void {
  out.add(`bubble ${bubble.size ?? 'mega'}`);
  if (bubble.action) out.add('action on bubble');
  for (const block of ['header', 'hero', 'body', 'footer'] as const) {
    const root = bubble[block];
    if (!root) continue;
    out.add(`block ${block}`);
    componentFeatures(root, undefined, out);
  }
  for (const style of Object.values(bubble.styles ?? {})) {
    if (style?.separator) out.add('block style separator');
    if (style?.backgroundColor) out.add('block style backgroundColor');
  }
}

function messageFeatures(message: Message, out: Set<string>): void {
  if (message.type !== 'flex') return;
  if (message.quickReply) out.add('quick reply on flex');
  if (message.sender) out.add('sender on flex');
  if (message.contents.type === 'carousel') {
    out.add('carousel');
    for (const bubble of message.contents.contents) bubbleFeatures(bubble, out);
  } else bubbleFeatures(message.contents, out);
}

const REQUIRED = [
  ...['nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga'].map((size) => `bubble ${size}`),
  ...['header', 'hero', 'body', 'footer'].map((block) => `block ${block}`),
  'block style separator',
  'block style backgroundColor',
  'layout horizontal',
  'layout vertical',
  'layout baseline',
  'icon in baseline box',
  'separator in vertical box',
  'separator in horizontal box',
  'spans',
  'position absolute',
  'offsets',
  'gradient with centerColor',
  'cornerRadius',
  'borderWidth',
  'width',
  'height',
  'maxWidth',
  'justifyContent',
  'alignItems',
  'component:filler',
  'maxLines',
  'wrap',
  'lineSpacing',
  'adjustMode',
  'scaling',
  'video hero',
  'video altContent image',
  ...['primary', 'secondary', 'link'].flatMap((style) => ['sm', 'md'].map((height) => `button ${style} ${height}`)),
  'action on box',
  'action on image',
  'action on text',
  'action on bubble',
  'action on video',
  'quick reply on flex',
  'sender on flex',
  'carousel',
];

it('the designs together use every part of Flex', () => {
  const found = new Set<string>();
  for (const example of messageExamples) messageFeatures(render(sampleElement(example)), found);
  expect(REQUIRED.filter((feature) => !found.has(feature))).toEqual([]);
});
