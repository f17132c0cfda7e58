/**
 * Type-level contract with `@line/bot-sdk`, checked by `pnpm typecheck` (this file is never run):
 * what linejsx renders for a flex design is a `messagingApi.FlexMessage` without a cast, so it can
 * be handed to the official SDK as it is.
 */
import type { messagingApi } from '@line/bot-sdk';
import { render } from '@linejsx/jsx';
import type { FlexBox, FlexBubble, FlexCarousel, FlexComponent, FlexMessage, Message } from '@linejsx/schema';
import { messageExamples, sampleElement } from '../../examples/index.ts';

// Each flex type of @linejsx/schema is assignable to the SDK's.
export const asSdkBox = (box: FlexBox): messagingApi.FlexBox => box;
export const asSdkComponent = (component: FlexComponent): messagingApi.FlexComponent => component;
export const asSdkBubble = (bubble: FlexBubble): messagingApi.FlexBubble => bubble;
export const asSdkCarousel = (carousel: FlexCarousel): messagingApi.FlexCarousel => carousel;
export const asSdkFlexMessage = (message: FlexMessage): messagingApi.FlexMessage => message;

/** Every flex design of examples/, typed as the SDK's FlexMessage, as a bot would push it. */
export function designsForTheSdk(): messagingApi.FlexMessage[] {
  const messages: messagingApi.FlexMessage[] = [];
  for (const example of messageExamples) {
    const message = render(sampleElement(example));
    if (message.type === 'flex') messages.push(message);
  }
  return messages;
}

// The check can fail: render() gives any message type, which is not a FlexMessage until narrowed…
// @ts-expect-error a text message is not a FlexMessage
export const unnarrowed = (message: Message): messagingApi.FlexMessage => message;

// …and our types refuse what LINE refuses, before the SDK sees it.
// @ts-expect-error LINE has no "huge" bubble
export const hugeBubble: FlexBubble = { type: 'bubble', size: 'huge' };

// @ts-expect-error a box is not a flex container
export const boxAsContents: FlexMessage = { type: 'flex', altText: 'x', contents: { type: 'box', layout: 'vertical', contents: [] } };
