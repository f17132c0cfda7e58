/**
 * Channel access tokens: a client made from a channel ID and secret, or from an assertion signing
 * key, obtains its tokens from the emulator, renews them before they expire and after LINE refuses
 * one, and never lets one out (log entries, errors); the emulator checks assertions as LINE does.
 */
import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { channelAssertion } from '@linejsx/protocol';
import { createClient, LineApiError, type LogEntry } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { channelTokenClient, statelessTokens } from '../../packages/send/src/tokens.ts';
import { createTransport } from '../../packages/send/src/transport.ts';
import { useEmulator } from '../support/emulator.ts';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = privateKey.export({ format: 'jwk' }) as JsonWebKey;
const env = useEmulator({ followers: 5, assertionKeys: { k1: publicKey.export({ format: 'jwk' }) as JsonWebKey } });
const hello = { type: 'text', text: 'hi' } as const;
const issued = () => env.emu.requests().filter((r) => r.operationId === 'issueStatelessChannelToken');

describe('a client made from channel credentials', () => {
  it('obtains a stateless token with the channel ID and secret, once, and sends with it', async () => {
    const entries: LogEntry[] = [];
    const line = createClient({
      channelId: env.emu.channelId,
      channelSecret: env.emu.channelSecret,
      baseUrl: env.emu.url,
      log: (e) => entries.push(e),
    });
    await Promise.all([line.push(env.emu.followers[0]!, hello), line.push(env.emu.followers[1]!, hello), line.botInfo()]);
    expect(issued()).toHaveLength(1);
    expect(env.emu.inbox(env.emu.followers[1]!)).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain(env.emu.channelSecret);
  });

  it('obtains one with a JWT assertion signed by its key', async () => {
    const line = createClient({ assertionKey: { channelId: env.emu.channelId, keyId: 'k1', privateKey: jwk }, baseUrl: env.emu.url });
    await line.push(env.emu.followers[0]!, hello);
    expect(issued()).toHaveLength(1);
  });

  it('obtains a new token when LINE refuses the one it has (revoked, or the emulator reset), and sends once', async () => {
    const line = createClient({ channelId: env.emu.channelId, channelSecret: env.emu.channelSecret, baseUrl: env.emu.url });
    await line.push(env.emu.followers[0]!, hello);
    env.emu.reset(); // forgets every token it issued
    await line.push(env.emu.followers[0]!, hello);
    expect(env.emu.requests().map((r) => [r.operationId, r.status])).toEqual([
      ['pushMessage', 401],
      ['issueStatelessChannelToken', 200],
      ['pushMessage', 200],
    ]);
    expect(env.emu.inbox(env.emu.followers[0]!)).toHaveLength(1);
  });

  it('renews a token when 80% of its life has passed, and shares one issue among concurrent requests', async () => {
    let now = Date.now();
    const call = createTransport({
      token: undefined,
      baseUrls: { api: env.emu.url, data: env.emu.url, manager: env.emu.url },
      timeout: 5000,
      retry: false,
      rateLimits: undefined,
      dispatcher: undefined,
      log: undefined,
    });
    const source = statelessTokens(
      channelTokenClient(call),
      { channelId: env.emu.channelId, channelSecret: env.emu.channelSecret },
      () => now,
    );
    const [a, b] = await Promise.all([source.token(), source.token()]);
    expect(a).toBe(b);
    now += 11 * 60 * 1000;
    expect(await source.token()).toBe(a);
    now += 2 * 60 * 1000; // 13 of 15 minutes
    expect(await source.token()).not.toBe(a);
    expect(issued()).toHaveLength(2);
  });

  it('fails with the OAuth error, not the secret, when the credentials are wrong', async () => {
    const line = createClient({ channelId: env.emu.channelId, channelSecret: 'wrong-secret-value', baseUrl: env.emu.url, retry: false });
    const error = await line.botInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineApiError);
    expect(error).toMatchObject({ status: 400, lineMessage: 'invalid client_id or client_secret', path: '/oauth2/v3/token' });
    expect(JSON.stringify(error) + (error as Error).message).not.toContain('wrong-secret-value');
  });

  it('needs a token or credentials', () => {
    expect(() => createClient({ channelId: '1' })).toThrow(
      'channelAccessToken is required (or channelId and channelSecret, or an assertionKey',
    );
  });
});

describe('the emulator’s token operations', () => {
  const line = () => env.client();

  it('issue v2.1 tokens for the lifetime asked, verify them, list their key IDs and revoke them', async () => {
    const key = { channelId: env.emu.channelId, keyId: 'k1', privateKey: jwk };
    const token = await line().channelToken.issueTokenByJwt(key, { tokenExp: 3600 });
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: 3600, key_id: expect.any(String) });
    const verified = await line().channelToken.verifyTokenByJwt(token.access_token);
    expect(verified.client_id).toBe(env.emu.channelId);
    expect(verified.expires_in).toBeGreaterThan(3590);
    expect(await line().channelToken.validKeyIds(key)).toEqual([token.key_id]);
    const withIt = createClient({ channelAccessToken: token.access_token, baseUrl: env.emu.url, retry: false });
    await withIt.botInfo();
    await line().channelToken.revokeTokenByJwt(env.emu.channelId, env.emu.channelSecret, token.access_token);
    await expect(withIt.botInfo()).rejects.toMatchObject({ code: 'unauthorized' });
    expect(await line().channelToken.validKeyIds(key)).toEqual([]);
  });

  it('refuse assertions LINE refuses: another key, another channel, an exp too far, a wrong signature', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const now = Date.now();
    const cases: Array<[string, string]> = [
      [
        channelAssertion({ channelId: env.emu.channelId, keyId: 'k2', privateKey: jwk }),
        'the assertion names no key ID registered for the channel (kid)',
      ],
      [channelAssertion({ channelId: '999', keyId: 'k1', privateKey: jwk }), 'iss is not the channel ID'],
      [channelAssertion({ channelId: env.emu.channelId, keyId: 'k1', privateKey: other }), 'the assertion signature is invalid'],
      [
        channelAssertion({ channelId: env.emu.channelId, keyId: 'k1', privateKey: jwk }, { now: now - 3_600_000 }),
        'the assertion has expired',
      ],
    ];
    for (const [assertion, reason] of cases) {
      const error = await line()
        .channelToken.issueTokenByJwt(assertion)
        .catch((e: unknown) => e);
      expect(error, reason).toMatchObject({ status: 400, lineMessage: reason });
    }
  });

  it('issue short-lived tokens by channel ID and secret, verify and revoke them; a token it does not know verifies as invalid', async () => {
    const token = await line().channelToken.issueShortLivedToken(env.emu.channelId, env.emu.channelSecret);
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: 2_592_000 });
    expect(await line().channelToken.verifyToken(token.access_token)).toMatchObject({ client_id: env.emu.channelId });
    await line().channelToken.revokeToken(token.access_token);
    await expect(line().channelToken.verifyToken(token.access_token)).rejects.toMatchObject({
      status: 400,
      lineMessage: 'access token expired or invalid',
    });
    await line().channelToken.revokeToken('not-a-token'); // LINE answers 200 for a token that is not valid
  });
});
