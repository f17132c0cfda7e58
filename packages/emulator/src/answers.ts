/** What the emulator answers, and LINE's error bodies (`R#error-responses`, `S:ErrorResponse`). */
import type { ErrorDetail } from './requests.ts';

export interface Answer {
  readonly status: number;
  readonly body?: unknown;
  /** A binary answer (content downloads). */
  readonly raw?: { readonly data: Buffer; readonly contentType: string };
  readonly headers?: Readonly<Record<string, string>>;
}

/** `{ message, details? }`; `details` is left out when empty, as LINE does. */
export function lineError(status: number, message: string, details: readonly ErrorDetail[] = []): Answer {
  return { status, body: details.length ? { message, details } : { message } };
}

/** LINE's messages for the errors the emulator produces. */
export const MESSAGES = {
  unauthorized: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
  rateLimited: 'The API rate limit has been exceeded. Try again later.',
  retryKeyAccepted: 'The retry key is already accepted',
  retryKeyNotSupported: 'The retry key is not supported for this endpoint',
  retryKeyInvalid: 'The retry key must be a UUID',
  invalidJson: 'The request body is not valid JSON',
  unsupportedImageType: 'The Content-Type must be image/jpeg or image/png',
  serverError: 'An error occurred in the emulated LINE server (injected fault)',
} as const;

/** "The request body has 2 error(s)", as LINE words a 400 for an invalid body. */
export function invalidBody(details: readonly ErrorDetail[]): Answer {
  return lineError(400, `The request body has ${details.length} error(s)`, details);
}
