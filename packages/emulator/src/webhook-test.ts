/**
 * `POST /v2/bot/channel/webhook/test` for real: the emulator sends a signed webhook with no events
 * to the endpoint, as LINE's connectivity check does, and reports what came back.
 */
import { signBody, type WebhookTestResult } from '@linejsx/send';

/** LINE gives a webhook 2 seconds before it records a timeout (`D:check-webhook-error-statistics`). */
const WEBHOOK_TIMEOUT = 2000;

export async function testWebhook(endpoint: string, channelSecret: string, destination: string): Promise<WebhookTestResult> {
  const body = JSON.stringify({ destination, events: [] });
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
    return { success, timestamp, statusCode: response.status, reason: success ? 'OK' : 'ERROR_STATUS_CODE', detail: String(response.status) };
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
