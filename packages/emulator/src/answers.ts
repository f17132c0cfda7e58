/** What the emulator answers, and LINE's error bodies (`R#error-responses`, `S:ErrorResponse`). */
import type { OperationId } from '@linejsx/protocol';

/** One entry of LINE's error `details` (`S:ErrorDetail`). */
export interface ErrorDetail {
  readonly message: string;
  readonly property: string;
}

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

/** The OAuth endpoints' error body (`channel-access-token.yml` `ErrorResponse`): `{ error, error_description }`. */
export function oauthError(error: 'invalid_request' | 'invalid_client' | 'invalid_grant', description: string, status = 400): Answer {
  return { status, body: { error, error_description: description } };
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

/** The header of the answer to an operation the emulator does not emulate; its value is the operationId. */
export const NOT_EMULATED_HEADER = 'x-linejsx-not-emulated';

/** LINE's 404, marked as the emulator's "not emulated" and saying why (the reasons are in `not-emulated.ts`). */
export function notEmulated(operationId: OperationId, reason: string): Answer {
  return {
    ...lineError(404, `Not found: the linejsx emulator does not emulate ${operationId} (${reason})`),
    headers: { [NOT_EMULATED_HEADER]: operationId },
  };
}
