/** Turns a verified webhook body into typed events; checks the envelope, lets unknown event types through. */
import type { WebhookBody, WebhookEvent } from '@linejsx/protocol';

/** Why a webhook request was refused. */
export type WebhookErrorCode = 'invalid_signature' | 'invalid_body' | 'body_too_large' | 'body_consumed';

/**
 * A webhook request that can not be processed.
 *
 * @example
 * try { parseWebhookBody(raw) } catch (e) { if (e instanceof WebhookError) console.log(e.code); }
 */
export class WebhookError extends Error {
  override readonly name = 'WebhookError';
  constructor(
    readonly code: WebhookErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses the raw body of a webhook request (verify the signature first, over the same bytes).
 * Throws `WebhookError` with code `invalid_body` when it is not a LINE webhook body.
 *
 * @example
 * const body = parseWebhookBody(rawBody);
 * for (const event of body.events) if (isKnownEvent(event) && event.type === 'follow') greet(event.replyToken);
 */
export function parseWebhookBody(rawBody: string | Uint8Array): WebhookBody {
  let value: unknown;
  try {
    value = JSON.parse(typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8'));
  } catch {
    throw new WebhookError('invalid_body', 'the webhook body is not JSON');
  }
  if (!isObject(value)) throw new WebhookError('invalid_body', 'the webhook body is not a JSON object');
  if (typeof value.destination !== 'string') throw new WebhookError('invalid_body', 'the webhook body has no destination');
  if (!Array.isArray(value.events)) throw new WebhookError('invalid_body', 'the webhook body has no events array');
  value.events.forEach((event: unknown, i) => {
    if (!isObject(event) || typeof event.type !== 'string') throw new WebhookError('invalid_body', `events[${i}] has no type`);
    if (typeof event.timestamp !== 'number') throw new WebhookError('invalid_body', `events[${i}] (${event.type}) has no timestamp`);
  });
  return { destination: value.destination, events: value.events as WebhookEvent[] };
}
