/**
 * What a campaign sends: a design that gives each recipient's messages from their props, rendered
 * and validated at planning (`@linejsx/send`'s own check), and fingerprinted, so that identical
 * messages can be found and a design that renders the same props differently is caught.
 */
import { createHash } from 'node:crypto';
import { isElement, type LineNode, renderMessages } from '@linejsx/jsx';
import type { Message } from '@linejsx/schema';
import { type MessagesInput, prepareMessages } from '@linejsx/send';

/**
 * A design as a campaign uses it: the messages for one recipient's props. Rendering must be
 * deterministic (the same props give the same JSON): planning renders every recipient twice and
 * refuses a design that does not.
 *
 * @example
 * const design: CampaignDesign = { messagesFor: (props) => <Reminder {...(props as ReminderProps)} /> };
 */
export interface CampaignDesign {
  messagesFor(props: unknown): MessagesInput;
}

/** Where the design came from, for `status` and people: the module (relative to where `start` ran) and its export. */
export interface DesignRef {
  readonly file: string;
  readonly exportName?: string;
}

/** One recipient's messages, validated, with their JSON and its fingerprint. */
export interface RenderedMessages {
  readonly messages: readonly Message[];
  readonly json: string;
  readonly fingerprint: string;
}

/**
 * A short fingerprint of messages' JSON (SHA-1, 20 base64url characters): what identical messages
 * share, and what planning compares when it renders a recipient the second time.
 *
 * @example
 * fingerprintOf('[{"type":"text","text":"Hi"}]'); // 'hV3Wn…' (20 characters)
 */
export function fingerprintOf(json: string): string {
  return createHash('sha1').update(json).digest('base64url').slice(0, 20);
}

/**
 * Renders and validates a recipient's messages. Throws `LineValidationError` for invalid ones, or
 * whatever the design's component throws.
 *
 * @example
 * const { json, fingerprint } = renderFor(design, { name: 'Cony', points: 120 });
 */
export function renderFor(design: CampaignDesign, props: unknown): RenderedMessages {
  const input = design.messagesFor(props);
  // JSX is rendered without the map back to its components that `prepareMessages` keeps for the
  // client's errors (a campaign checks every recipient here, before anything is sent): half the cost.
  const jsx = isElement(input) || (Array.isArray(input) && input.some(isElement));
  const prepared = prepareMessages(jsx ? renderMessages(input as LineNode) : input);
  return { messages: prepared.messages, json: prepared.json, fingerprint: fingerprintOf(prepared.json) };
}
