/**
 * Webhook signatures (`R#signature-validation`): base64(HMAC-SHA256(channel secret, raw body bytes))
 * in `x-line-signature`, checked in constant time over the bytes as received, before any parsing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature LINE puts on `body` for a channel secret.
 *
 * @example
 * signBody(secret, '{"destination":"U…","events":[]}'); // "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs="
 */
export function signBody(channelSecret: string, body: string | Uint8Array): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

/**
 * True when `signature` is LINE's signature of exactly these body bytes. Compares in constant time;
 * a missing or malformed signature is simply false.
 *
 * @example
 * if (!verifySignature(process.env.LINE_SECRET!, rawBody, req.headers['x-line-signature'])) return res.writeHead(401).end();
 */
export function verifySignature(channelSecret: string, rawBody: string | Uint8Array, signature: string | string[] | undefined): boolean {
  // 32 bytes in canonical base64; Buffer.from would otherwise skip stray characters.
  if (typeof signature !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(signature)) return false;
  const expected = createHmac('sha256', channelSecret).update(rawBody).digest();
  const given = Buffer.from(signature, 'base64');
  // Compare digests of equal length only; a wrong length is a wrong signature, not an exception.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
