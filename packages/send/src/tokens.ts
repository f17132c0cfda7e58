/**
 * Channel access tokens (`channel-access-token.yml`): issue stateless, short-lived and v2.1 tokens,
 * verify and revoke them, list the key IDs of v2.1 tokens; and the token source of a client made
 * from a channel ID and secret or an assertion signing key, which obtains a token when first needed
 * and a new one before it expires. No token, secret or assertion is ever logged or put in an error.
 */
import { ASSERTION_TYPE, type AssertionKey, type channelAccessToken, channelAssertion, MAX_TOKEN_EXP } from '@linejsx/protocol';
import type { Call } from './transport.ts';

/** Where a client gets its current channel access token. */
export interface TokenSource {
  /** A token valid for a while yet; obtains a new one when the last is near its end. */
  token(): Promise<string>;
  /** LINE refused this token (401): forget it, so that the next `token()` obtains another. */
  invalidate(token: string): void;
}

/** A channel ID and secret, or an assertion signing key: what a client can obtain tokens with. */
export type ChannelCredentials = { readonly channelId: string; readonly channelSecret: string } | { readonly assertionKey: AssertionKey };

/** A signed assertion, or the key to sign one with (a fresh assertion each call). */
export type Assertion = string | AssertionKey;

const assertionOf = (assertion: Assertion, tokenExp?: number) =>
  typeof assertion === 'string' ? assertion : channelAssertion(assertion, tokenExp === undefined ? {} : { tokenExp });

/** `client.channelToken`: every operation of `channel-access-token.yml`. */
export interface ChannelTokenClient {
  /** A stateless token (15 minutes, no limit on how many, can not be revoked), by channel secret or assertion. */
  issueStatelessToken(
    credentials: ChannelCredentials | { readonly assertion: string },
  ): Promise<channelAccessToken.IssueStatelessChannelAccessTokenResponse>;
  /** A short-lived token (30 days; at most 30 per channel). */
  issueShortLivedToken(channelId: string, channelSecret: string): Promise<channelAccessToken.IssueShortLivedChannelAccessTokenResponse>;
  /** A v2.1 token from a JWT assertion (signed here when given the key); `tokenExp` its lifetime in seconds, at most 30 days. */
  issueTokenByJwt(
    assertion: Assertion,
    options?: { readonly tokenExp?: number },
  ): Promise<channelAccessToken.IssueChannelAccessTokenResponse>;
  /** Whether a short-lived or long-lived token is valid: its channel, remaining seconds and scope. */
  verifyToken(accessToken: string): Promise<channelAccessToken.VerifyChannelAccessTokenResponse>;
  /** Whether a v2.1 token is valid. */
  verifyTokenByJwt(accessToken: string): Promise<channelAccessToken.VerifyChannelAccessTokenResponse>;
  /** Revokes a short-lived or long-lived token. */
  revokeToken(accessToken: string): Promise<void>;
  /** Revokes a v2.1 token. */
  revokeTokenByJwt(channelId: string, channelSecret: string, accessToken: string): Promise<void>;
  /** The key IDs of the channel's valid v2.1 tokens. */
  validKeyIds(assertion: Assertion): Promise<readonly string[]>;
}

/** The channel token operations over a transport (they take no channel access token). */
export function channelTokenClient(call: Call): ChannelTokenClient {
  const data = async <T>(answer: ReturnType<Call>) => (await answer).data as T;
  return {
    issueStatelessToken(credentials) {
      const form =
        'assertion' in credentials || 'assertionKey' in credentials
          ? {
              grant_type: 'client_credentials',
              client_assertion_type: ASSERTION_TYPE,
              client_assertion: 'assertion' in credentials ? credentials.assertion : channelAssertion(credentials.assertionKey),
            }
          : { grant_type: 'client_credentials', client_id: credentials.channelId, client_secret: credentials.channelSecret };
      return data(call('issueStatelessChannelToken', { form }));
    },
    issueShortLivedToken: (channelId, channelSecret) =>
      data(call('issueChannelToken', { form: { grant_type: 'client_credentials', client_id: channelId, client_secret: channelSecret } })),
    issueTokenByJwt(assertion, options = {}) {
      const { tokenExp } = options;
      if (tokenExp !== undefined && !(Number.isInteger(tokenExp) && tokenExp >= 1 && tokenExp <= MAX_TOKEN_EXP))
        throw new RangeError(`tokenExp must be a whole number of seconds from 1 to ${MAX_TOKEN_EXP} (30 days); got ${tokenExp}`);
      return data(
        call('issueChannelTokenByJWT', {
          form: {
            grant_type: 'client_credentials',
            client_assertion_type: ASSERTION_TYPE,
            client_assertion: assertionOf(assertion, tokenExp),
          },
        }),
      );
    },
    verifyToken: (accessToken) => data(call('verifyChannelToken', { form: { access_token: accessToken } })),
    verifyTokenByJwt: (accessToken) => data(call('verifyChannelTokenByJWT', { query: { access_token: accessToken } })),
    async revokeToken(accessToken) {
      await call('revokeChannelToken', { form: { access_token: accessToken } });
    },
    async revokeTokenByJwt(channelId, channelSecret, accessToken) {
      await call('revokeChannelTokenByJWT', { form: { client_id: channelId, client_secret: channelSecret, access_token: accessToken } });
    },
    async validKeyIds(assertion) {
      const answer = await data<channelAccessToken.ChannelAccessTokenKeyIdsResponse>(
        call('getsAllValidChannelAccessTokenKeyIds', {
          query: { client_assertion_type: ASSERTION_TYPE, client_assertion: assertionOf(assertion) },
        }),
      );
      return answer.kids;
    },
  };
}

/**
 * A token source over stateless tokens: they need no revoking and have no limit on how many a
 * channel holds, so a process that restarts often can not run out of them (v2.1 and short-lived
 * tokens are limited to 30 per key or channel). A token is used until 80% of its life has passed
 * (12 of its 15 minutes), then the next request waits for a new one; requests waiting together
 * share one issue.
 *
 * @example
 * const source = statelessTokens(channelTokenClient(call), { channelId, channelSecret });
 * await source.token();
 */
export function statelessTokens(tokens: ChannelTokenClient, credentials: ChannelCredentials, now: () => number = Date.now): TokenSource {
  let current: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  return {
    async token() {
      if (current && now() < current.renewAt) return current.token;
      pending ??= tokens
        .issueStatelessToken(credentials)
        .then((issued) => {
          current = { token: issued.access_token, renewAt: now() + issued.expires_in * 800 };
          return issued.access_token;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
    invalidate(token) {
      if (current?.token === token) current = undefined;
    },
  };
}
