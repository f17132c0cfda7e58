/**
 * A `node:http` request handler for LINE webhooks. It reads the raw body itself (so no body parser
 * can re-encode it and break the signature), verifies the signature over those bytes, answers 200
 * at once and hands the events over afterwards: LINE records an answer slower than 2 s as a timeout.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkChannelSecret, readBody, verifySignature, type WebhookBody } from '@linejsx/protocol';
import { parseWebhookBody, WebhookError } from './parse.ts';

export interface WebhookHandlerOptions {
  readonly channelSecret: string;
  /** Receives each verified body after the 200 has been sent; may be async. */
  readonly onEvents: (body: WebhookBody) => void | Promise<void>;
  /** Refused requests and errors thrown by `onEvents` (default: `console.error`). */
  readonly onError?: (error: Error) => void;
  /** Largest body accepted, in bytes (default 1 MB). */
  readonly maxBodySize?: number;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message }));
}

/**
 * Creates the handler; mount it with `http.createServer(handler)` or as an Express/Fastify raw route.
 * Throws a `TypeError` at once when `channelSecret` is missing, empty or not a string.
 *
 * @example
 * import { createServer } from 'node:http';
 * const handler = createWebhookHandler({
 *   channelSecret: process.env.LINE_SECRET!,
 *   onEvents: async ({ events }) => { for (const e of events) if (e.type === 'follow') await greet(e); },
 * });
 * createServer(handler).listen(3000);
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  checkChannelSecret(options?.channelSecret, 'createWebhookHandler');
  const maxBodySize = options.maxBodySize ?? 1_000_000;
  const onError = options.onError ?? ((error: Error) => console.error(error));
  return (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      refuse(res, 405, 'webhooks are POST requests');
      return;
    }
    // A body parser that ran first has read the stream: 'end' would never come again, and the
    // signature needs the raw bytes, which it did not keep. Say so instead of hanging.
    if (req.readableEnded || (req as IncomingMessage & { body?: unknown }).body !== undefined) {
      refuse(res, 500, 'the webhook body was already read by another middleware');
      onError(
        new WebhookError(
          'body_consumed',
          'webhook refused: the raw request body was consumed by another middleware (a body parser such as express.json()) before the handler; ' +
            'the signature is over the raw bytes, so the request must reach the handler unread: mount it before any body parser, or exclude its path from them',
        ),
      );
      return;
    }
    readBody(req, maxBodySize).then((read) => {
      if (!read.ok) {
        refuse(res, 413, `the body is larger than ${maxBodySize} bytes`);
        onError(new WebhookError('body_too_large', `webhook body of ${read.size} bytes refused (limit ${maxBodySize})`));
        return;
      }
      const raw = read.bytes;
      if (!verifySignature(options.channelSecret, raw, req.headers['x-line-signature'])) {
        refuse(res, 401, 'invalid signature');
        onError(new WebhookError('invalid_signature', 'webhook refused: x-line-signature is missing or does not match the body'));
        return;
      }
      let body: WebhookBody;
      try {
        body = parseWebhookBody(raw);
      } catch (error) {
        refuse(res, 400, (error as Error).message);
        onError(error as Error);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      Promise.resolve()
        .then(() => options.onEvents(body))
        .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))));
    }, onError);
  };
}
