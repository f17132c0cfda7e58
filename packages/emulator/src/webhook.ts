/**
 * The emulator as the sender of webhooks: a signed POST to the bot's endpoint, as LINE sends it.
 * Used by `POST /v2/bot/channel/webhook/test` (an empty event list, LINE's connectivity check) and
 * by `emu.userSays()` (a text message event with a reply token, to drive a bot end to end).
 */
import { randomBytes } from 'node:crypto';
import { type MessageEvent, signBody, type WebhookTestResult } from '@linejsx/protocol';

/** LINE gives a webhook 2 seconds before it records a timeout (`D:check-webhook-error-statistics`). */
const WEBHOOK_TIMEOUT = 2000;

/**
 * POSTs `{ destination, events }` to `endpoint`, signed with `channelSecret`, and reports the
 * outcome in the words of `S:TestWebhookEndpointResponse`.
 */
export async function postWebhook(
  endpoint: string,
  channelSecret: string,
  destination: string,
  events: readonly object[],
): Promise<WebhookTestResult> {
  const body = JSON.stringify({ destination, events });
  const timestamp = new Date().toISOString();
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signBody(channelSecret, body) },
      body,
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT),
    });
    await response.arrayBuffer();
    const success = response.status === 200;
    return {
      success,
      timestamp,
      statusCode: response.status,
      reason: success ? 'OK' : 'ERROR_STATUS_CODE',
      detail: String(response.status),
    };
  } catch (error) {
    const timeout = (error as Error).name === 'TimeoutError';
    return {
      success: false,
      timestamp,
      statusCode: 0,
      reason: timeout ? 'REQUEST_TIMEOUT' : 'COULD_NOT_CONNECT',
      detail: timeout ? `no answer within ${WEBHOOK_TIMEOUT} ms` : (error as Error).message,
    };
  }
}

/** A text message event from a user, as `webhook.yml` describes it. */
export function textMessageEvent(
  userId: string,
  text: string,
  replyToken: string,
  messageId: string,
  markAsReadToken: string,
): MessageEvent {
  return {
    type: 'message',
    mode: 'active',
    timestamp: Date.now(),
    webhookEventId: `01${randomBytes(12).toString('hex').toUpperCase()}`,
    deliveryContext: { isRedelivery: false },
    source: { type: 'user', userId },
    replyToken,
    message: { type: 'text', id: messageId, text, quoteToken: randomBytes(12).toString('base64url'), markAsReadToken },
  };
}
