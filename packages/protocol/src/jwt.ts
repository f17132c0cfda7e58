/**
 * JWT assertions for channel access tokens v2.1 and stateless tokens (`R#issue-channel-access-token-v2-1`,
 * "Create a JWT"): RS256 over `{ iss, sub: channel ID, aud: https://api.line.me/, exp, token_exp }`
 * with the `kid` LINE gave the assertion signing key. Signed with the user's private key and checked
 * against the registered public key, with node:crypto alone: an RS256 JWT is a few lines, not a dependency.
 */
import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject, sign, verify } from 'node:crypto';

/** What LINE checks `aud` against. */
export const ASSERTION_AUDIENCE = 'https://api.line.me/';
/** An assertion may be valid for at most 30 minutes. */
export const MAX_ASSERTION_LIFETIME = 30 * 60;
/** A v2.1 token may be asked for at most 30 days (`token_exp`, seconds). */
export const MAX_TOKEN_EXP = 30 * 24 * 60 * 60;
/** `client_assertion_type` of every request that carries an assertion. */
export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** An assertion signing key: the channel, the key ID LINE gave its public half, and the private key (JWK, PEM or KeyObject). */
export interface AssertionKey {
  readonly channelId: string;
  readonly keyId: string;
  readonly privateKey: JsonWebKey | string | KeyObject;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function keyObject(key: JsonWebKey | string | KeyObject, kind: 'private' | 'public'): KeyObject {
  if (typeof key === 'object' && 'type' in key && typeof (key as KeyObject).export === 'function') return key as KeyObject;
  const input = typeof key === 'string' ? { key } : { key: key as JsonWebKey, format: 'jwk' as const };
  return kind === 'private' ? createPrivateKey(input) : createPublicKey(input);
}

/**
 * A signed JWT assertion for `key`, valid for `lifetime` seconds (at most 30 minutes); `tokenExp`
 * asks a v2.1 token for that many seconds.
 *
 * @example
 * const assertion = channelAssertion({ channelId: '1234567890', keyId, privateKey: jwk }, { tokenExp: 86_400 });
 */
export function channelAssertion(
  key: AssertionKey,
  options: { readonly tokenExp?: number; readonly lifetime?: number; readonly now?: number } = {},
): string {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const lifetime = Math.min(options.lifetime ?? MAX_ASSERTION_LIFETIME, MAX_ASSERTION_LIFETIME);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.keyId }));
  const payload = base64url(
    JSON.stringify({
      iss: key.channelId,
      sub: key.channelId,
      aud: ASSERTION_AUDIENCE,
      exp: now + lifetime,
      ...(options.tokenExp !== undefined ? { token_exp: options.tokenExp } : {}),
    }),
  );
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), keyObject(key.privateKey, 'private'));
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

/** The claims of an assertion that passed `readAssertion`. */
export interface AssertionClaims {
  readonly kid: string;
  readonly channelId: string;
  readonly exp: number;
  readonly tokenExp?: number;
}

/**
 * Checks an assertion as LINE does: its form, its key ID among `publicKeys`, the RS256 signature,
 * `iss` = `sub`, `aud`, and an `exp` in the future and no more than 30 minutes away. Returns the
 * claims, or why it is refused.
 *
 * @example
 * const read = readAssertion(assertion, { [kid]: publicJwk });
 * if (typeof read === 'string') refuse(read);
 */
export function readAssertion(
  assertion: string,
  publicKeys: Readonly<Record<string, JsonWebKey | string | KeyObject>>,
  now = Date.now(),
): AssertionClaims | string {
  const parts = assertion.split('.');
  if (parts.length !== 3) return 'the assertion is not a JWT';
  let header: { alg?: unknown; kid?: unknown };
  let payload: { iss?: unknown; sub?: unknown; aud?: unknown; exp?: unknown; token_exp?: unknown };
  try {
    header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return 'the assertion is not a JWT';
  }
  if (header.alg !== 'RS256') return 'the assertion must be signed with RS256';
  const publicKey = typeof header.kid === 'string' && Object.hasOwn(publicKeys, header.kid) ? publicKeys[header.kid] : undefined;
  if (!publicKey) return 'the assertion names no key ID registered for the channel (kid)';
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
  if (!verify('sha256', signed, keyObject(publicKey, 'public'), Buffer.from(parts[2]!, 'base64url')))
    return 'the assertion signature is invalid';
  if (typeof payload.iss !== 'string' || payload.iss !== payload.sub) return 'iss and sub must both be the channel ID';
  if (payload.aud !== ASSERTION_AUDIENCE) return `aud must be ${ASSERTION_AUDIENCE}`;
  const seconds = Math.floor(now / 1000);
  if (typeof payload.exp !== 'number' || payload.exp <= seconds) return 'the assertion has expired';
  if (payload.exp > seconds + MAX_ASSERTION_LIFETIME) return 'exp may be at most 30 minutes away';
  if (
    payload.token_exp !== undefined &&
    (typeof payload.token_exp !== 'number' || payload.token_exp < 1 || payload.token_exp > MAX_TOKEN_EXP)
  )
    return 'token_exp must be from 1 to 2,592,000 seconds (30 days)';
  return {
    kid: header.kid as string,
    channelId: payload.iss,
    exp: payload.exp,
    ...(typeof payload.token_exp === 'number' ? { tokenExp: payload.token_exp } : {}),
  };
}
