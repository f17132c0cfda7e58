/**
 * Webhook signatures (`R#signature-validation`): base64(HMAC-SHA256(channel secret, raw body bytes))
 * in `x-line-signature`, checked in constant time over the bytes as received, before any parsing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a secret that is not one was, in words that never show a secret. */
function described(value: unknown): string {
  if (value === undefined) return 'undefined (is the environment variable it comes from set?)';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'only white space';
  return Array.isArray(value) ? 'an array' : Buffer.isBuffer(value) ? 'a Buffer' : `a ${typeof value}`;
}

/**
 * Throws a `TypeError` unless `secret` is a non-blank string. An HMAC with an empty key is one
 * anybody can compute, so a missing secret must stop the program where it is configured, not let
 * forged webhooks in (or throw at the first request).
 *
 * @example
 * checkChannelSecret(process.env.LINE_SECRET, 'createWebhookHandler'); // throws when LINE_SECRET is unset
 */
export function checkChannelSecret(secret: unknown, where: string): asserts secret is string {
  if (typeof secret !== 'string' || secret.trim() === '') {
    throw new TypeError(`${where}: channelSecret must be the channel secret (Basic settings of the channel); got ${described(secret)}`);
  }
}

/**
 * The signature LINE puts on `body` for a channel secret.
 *
 * @example
 * signBody(secret, '{"destination":"U…","events":[]}'); // "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs="
 */
export function signBody(channelSecret: string, body: string | Uint8Array): string {
  checkChannelSecret(channelSecret, 'signBody');
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

/**
 * True when `signature` is LINE's signature of exactly these body bytes. Compares in constant time;
 * a missing or malformed signature, or a body that is neither text nor bytes, is simply false: it
 * never throws for what a request brings. A missing or blank `channelSecret` is a mistake of the
 * program, not of the request: a `TypeError`.
 *
 * @example
 * if (!verifySignature(process.env.LINE_SECRET!, rawBody, req.headers['x-line-signature'])) return res.writeHead(401).end();
 */
export function verifySignature(channelSecret: string, rawBody: string | Uint8Array, signature: string | string[] | undefined): boolean {
  checkChannelSecret(channelSecret, 'verifySignature');
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) return false;
  // 32 bytes in canonical base64; Buffer.from would otherwise skip stray characters.
  if (typeof signature !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(signature)) return false;
  const expected = createHmac('sha256', channelSecret).update(rawBody).digest();
  const given = Buffer.from(signature, 'base64');
  // Compare digests of equal length only; a wrong length is a wrong signature, not an exception.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
