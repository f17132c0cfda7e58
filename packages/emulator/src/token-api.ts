/**
 * Channel access tokens (`channel-access-token.yml`), issued against the emulated channel's
 * credentials: its ID and secret, or a JWT assertion signed with a key whose public half the
 * emulator was given (`assertionKeys`, by key ID). Issued tokens are accepted as Bearer tokens until
 * they expire or are revoked. Errors have the OAuth shape LINE uses here: `{ error, error_description }`.
 */
import { randomBytes } from 'node:crypto';
import { ASSERTION_TYPE, type OperationId, readAssertion } from '@linejsx/protocol';
import { type Answer, oauthError } from './answers.ts';
import { type Handler, type HandlerContext, isAnswer, ok } from './handler.ts';
import type { IssuedToken } from './store.ts';

/** Lifetimes in seconds (`R#issue-stateless-channel-access-token`, `R#issue-shortlived-channel-access-token`). */
export const TOKEN_LIFETIMES = { stateless: 15 * 60, 'short-lived': 30 * 24 * 60 * 60, 'v2.1': 30 * 24 * 60 * 60 } as const;

const field = (ctx: HandlerContext, name: string) => {
  const value = ctx.body[name] ?? ctx.query.get(name) ?? undefined;
  return typeof value === 'string' ? value : undefined;
};

function clientCredentials(ctx: HandlerContext): Answer | undefined {
  const id = field(ctx, 'client_id');
  const secret = field(ctx, 'client_secret');
  if (!id || !secret) return oauthError('invalid_request', 'client_id and client_secret are required');
  return id === ctx.channel.channelId && secret === ctx.channel.channelSecret
    ? undefined
    : oauthError('invalid_client', 'invalid client_id or client_secret');
}

/** The claims of the request's `client_assertion`, or the error LINE answers. */
function assertion(ctx: HandlerContext) {
  if (field(ctx, 'client_assertion_type') !== ASSERTION_TYPE)
    return oauthError('invalid_request', `client_assertion_type must be ${ASSERTION_TYPE}`);
  const jwt = field(ctx, 'client_assertion');
  if (!jwt) return oauthError('invalid_request', 'client_assertion is required');
  const claims = readAssertion(jwt, ctx.channel.assertionKeys, ctx.now);
  if (typeof claims === 'string') return oauthError('invalid_client', claims);
  if (claims.channelId !== ctx.channel.channelId) return oauthError('invalid_client', 'iss is not the channel ID');
  return claims;
}

function issue(ctx: HandlerContext, kind: IssuedToken['kind'], seconds: number, keyId?: string): string {
  const token = randomBytes(32).toString('base64url');
  ctx.store.tokens.set(token, { kind, expiresAt: ctx.now + seconds * 1000, ...(keyId ? { keyId } : {}) });
  return token;
}

function grant(ctx: HandlerContext): Answer | undefined {
  return field(ctx, 'grant_type') === 'client_credentials'
    ? undefined
    : oauthError('invalid_request', 'grant_type must be client_credentials');
}

/** The token of a verify request, if the emulator accepts it: one it issued (of the given kinds), or one it was started with. */
function verify(ctx: HandlerContext, kinds: readonly IssuedToken['kind'][], fixed: boolean): Answer {
  const token = field(ctx, 'access_token');
  if (!token) return oauthError('invalid_request', 'access_token is required');
  const issued = ctx.store.tokens.get(token);
  const remaining =
    issued && kinds.includes(issued.kind)
      ? Math.floor((issued.expiresAt - ctx.now) / 1000)
      : fixed && ctx.channel.tokens.has(token)
        ? TOKEN_LIFETIMES['v2.1']
        : 0;
  if (remaining <= 0) return oauthError('invalid_request', 'access token expired or invalid');
  return ok({ client_id: ctx.channel.channelId, expires_in: remaining, scope: 'profile chat_message.write' });
}

export const TOKEN_HANDLERS = {
  issueStatelessChannelToken(ctx) {
    const refused = grant(ctx);
    if (refused) return refused;
    const checked = field(ctx, 'client_assertion') !== undefined ? assertion(ctx) : clientCredentials(ctx);
    if (checked && isAnswer(checked)) return checked;
    const seconds = TOKEN_LIFETIMES.stateless;
    return ok({ token_type: 'Bearer', access_token: issue(ctx, 'stateless', seconds), expires_in: seconds });
  },
  issueChannelToken(ctx) {
    const refused = grant(ctx) ?? clientCredentials(ctx);
    if (refused) return refused;
    const seconds = TOKEN_LIFETIMES['short-lived'];
    return ok({ access_token: issue(ctx, 'short-lived', seconds), expires_in: seconds, token_type: 'Bearer' });
  },
  issueChannelTokenByJWT(ctx) {
    const refused = grant(ctx);
    if (refused) return refused;
    const claims = assertion(ctx);
    if (isAnswer(claims)) return claims;
    const seconds = claims.tokenExp ?? TOKEN_LIFETIMES['v2.1'];
    const keyId = randomBytes(16).toString('base64url');
    return ok({ access_token: issue(ctx, 'v2.1', seconds, keyId), expires_in: seconds, token_type: 'Bearer', key_id: keyId });
  },
  verifyChannelToken: (ctx) => verify(ctx, ['short-lived', 'stateless'], true),
  verifyChannelTokenByJWT: (ctx) => verify(ctx, ['v2.1'], false),
  revokeChannelToken(ctx) {
    const token = field(ctx, 'access_token');
    if (!token) return oauthError('invalid_request', 'access_token is required');
    // LINE answers 200 for a token that is not valid, too.
    if (ctx.store.tokens.get(token)?.kind === 'short-lived') ctx.store.tokens.delete(token);
    return ok();
  },
  revokeChannelTokenByJWT(ctx) {
    const refused = clientCredentials(ctx);
    if (refused) return refused;
    const token = field(ctx, 'access_token');
    if (!token) return oauthError('invalid_request', 'access_token is required');
    if (ctx.store.tokens.get(token)?.kind === 'v2.1') ctx.store.tokens.delete(token);
    return ok();
  },
  getsAllValidChannelAccessTokenKeyIds(ctx) {
    const claims = assertion(ctx);
    if (isAnswer(claims)) return claims;
    const kids = [...ctx.store.tokens.values()].filter((t) => t.kind === 'v2.1' && t.expiresAt > ctx.now).map((t) => t.keyId!);
    return ok({ kids });
  },
} satisfies Partial<Record<OperationId, Handler>>;
