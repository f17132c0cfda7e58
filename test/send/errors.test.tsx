import { inspect } from 'node:util';
import { startEmulator } from '@linejsx/emulator';
import { Body, Bubble, Button, Flex, Footer, Text, Uri } from '@linejsx/jsx';
import { createClient, LineApiError, LineValidationError, type LogEntry, MONTHLY_LIMIT_MESSAGE } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { FAST_RETRY, useEmulator } from '../support/emulator.ts';

const env = useEmulator({ followers: 50 });
const hello = [{ type: 'text', text: 'hello' }] as const;

function Card({ label }: { label: string }) {
  return (
    <Flex altText="Your order">
      <Bubble>
        <Body>
          <Text>Order A-1</Text>
        </Body>
        <Footer>
          <Button action={<Uri label={label} uri="https://shop.example.com/a-1" />} />
        </Footer>
      </Bubble>
    </Flex>
  );
}

async function failure(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('invalid payloads never reach the network', () => {
  it('refuses invalid JSX and JSON for every send before any request', async () => {
    const line = env.client();
    const user = env.emu.followers[0]!;
    const tooLong = <Card label={'x'.repeat(41)} />;
    const attempts = [
      () => line.push(user, tooLong),
      () => line.reply('token', tooLong),
      () => line.multicast(env.emu.followers, tooLong),
      () => line.narrowcast(tooLong),
      () => line.broadcast([{ type: 'text', text: '' }] as never),
      () => line.validate('push', Array(6).fill(hello[0]) as never),
      () => line.push(user, { type: 'flex', altText: 'x' } as never),
      () => line.push('someone', hello),
      () => line.push(user, hello, { customAggregationUnits: ['spring-sale'] }),
      () => line.multicast([user], hello, { customAggregationUnits: ['a', 'b'] }),
      () => line.narrowcast(hello, { limit: { max: 100, forbidPartialDelivery: true } }),
      () => line.richMenu.create({ size: { width: 100, height: 100 } } as never),
      () => line.webhook.set('http://insecure.example.com/'),
    ];
    for (const attempt of attempts) expect(await failure(attempt)).toBeInstanceOf(LineValidationError);
    expect(env.emu.requests()).toEqual([]);
  });

  it('validates a message object again when it changed since it was last sent, and refuses it if it is now invalid', async () => {
    const line = env.client();
    const [first, second] = env.emu.followers as [string, string];
    const message: { type: 'text'; text: string } = { type: 'text', text: 'hello' };
    await line.push(first, message);
    message.text = '';
    expect(await failure(() => line.push(second, message))).toBeInstanceOf(LineValidationError);
    message.text = 'hello again';
    await line.push(second, message);
    const texts = (user: string) => env.emu.inbox(user).map((m) => (m.message as { text: string }).text);
    expect(texts(first)).toEqual(['hello']);
    expect(texts(second)).toEqual(['hello again']);
  });

  it('names the component and TSX line of a problem found before sending', async () => {
    const error = (await failure(() => env.client().push(env.emu.followers[0]!, <Card label={'x'.repeat(41)} />))) as LineValidationError;
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'messages[0].contents.footer.contents[0].action.label',
        component: expect.objectContaining({
          path: '<Flex> > <Bubble> > <Footer> > <Button> > <Uri>',
          source: expect.objectContaining({ fileName: expect.stringContaining('errors.test.tsx') }),
        }),
      }),
    ]);
  });
});

describe('LINE refusals', () => {
  it("maps LINE's details back to the JSX component that produced each property", async () => {
    // LINE refuses something our rules allow: act it out with an injected answer.
    env.emu.fault({
      path: 'push',
      status: 400,
      body: {
        message: 'The request body has 1 error(s)',
        details: [{ message: 'Invalid action URI', property: 'messages[0].contents.footer.contents[0].action.uri' }],
      },
    });
    const error = (await failure(() => env.client().push(env.emu.followers[0]!, <Card label="Open" />))) as LineApiError;
    expect(error).toBeInstanceOf(LineApiError);
    expect(error).toMatchObject({
      code: 'bad_request',
      status: 400,
      lineMessage: 'The request body has 1 error(s)',
      attempts: 1,
      requestId: env.emu.requests()[0]!.requestId,
    });
    expect(error.details[0]!.component?.path).toBe('<Flex> > <Bubble> > <Footer> > <Button> > <Uri>');
    expect(error.message).toContain('messages[0].contents.footer.contents[0].action.uri: Invalid action URI');
    expect(error.message).toContain('errors.test.tsx:');
  });

  it('a rate-limit 429 is a rate_limited error and is not retried', async () => {
    const emu = await startEmulator({ rateLimits: { push: { limit: 3, per: 60_000 } } });
    try {
      const line = createClient({ channelAccessToken: emu.token, baseUrl: emu.url, rateLimits: false, retry: FAST_RETRY });
      for (let i = 0; i < 3; i++) await line.push(emu.followers[i]!, hello);
      const error = (await failure(() => line.push(emu.followers[3]!, hello))) as LineApiError;
      expect(error).toMatchObject({
        code: 'rate_limited',
        status: 429,
        attempts: 1,
        lineMessage: 'The API rate limit has been exceeded. Try again later.',
      });
      expect(emu.requests().map((r) => r.status)).toEqual([200, 200, 200, 429]);
      // Limits are per endpoint: other endpoints still answer.
      await line.botInfo();
    } finally {
      await emu.stop();
    }
  });

  it('the monthly quota 429 is a monthly_limit error, never retried, and nothing is sent', async () => {
    const emu = await startEmulator({ followers: 20, quota: 25 });
    try {
      const line = createClient({ channelAccessToken: emu.token, baseUrl: emu.url, retry: FAST_RETRY });
      await line.multicast(emu.followers, hello);
      expect(await line.quota()).toEqual({ type: 'limited', value: 25 });
      expect(await line.quotaConsumption()).toEqual({ totalUsage: 20 });
      const error = (await failure(() => line.broadcast(hello))) as LineApiError;
      expect(error).toMatchObject({ code: 'monthly_limit', status: 429, attempts: 1, lineMessage: MONTHLY_LIMIT_MESSAGE });
      expect(error.message).toContain('quota is used up');
      expect(emu.inbox(emu.followers[0]!)).toHaveLength(1);
      const result = await line.multicast(emu.followers.slice(0, 10), hello);
      expect(result.chunks[0]!.error).toMatchObject({ code: 'monthly_limit' });
      // Up to the quota still goes out.
      await line.multicast(emu.followers.slice(0, 5), hello);
      expect(await line.quotaConsumption()).toEqual({ totalUsage: 25 });
    } finally {
      await emu.stop();
    }
  });

  it('a 5xx is retried and, after the last attempt, is a server_error', async () => {
    env.emu.fault({ path: 'profile', status: 503 });
    const error = (await failure(() =>
      env.client({ retry: { retries: 3, minDelay: 1, maxDelay: 2 } }).profile(env.emu.followers[0]!),
    )) as LineApiError;
    expect(error).toMatchObject({ code: 'server_error', status: 503, attempts: 4 });
    expect(error.message).toMatch(
      /^GET \/v2\/bot\/profile\/U[0-9a-f]{32} failed with 503 .* after 4 attempts \(request id [0-9a-f-]{36}\)$/,
    );
  });
});

describe('the token never shows', () => {
  const token = 'sEcReT-tOkEn-0123456789';

  it('in errors of every kind, their fields, causes, or log entries', async () => {
    const emu = await startEmulator({ tokens: [token] });
    try {
      const entries: LogEntry[] = [];
      const options = {
        channelAccessToken: token,
        baseUrl: emu.url,
        retry: { retries: 1, minDelay: 1, maxDelay: 1 },
        timeout: 400,
        log: (e: LogEntry) => entries.push(e),
      };
      const line = createClient(options);
      const wrong = createClient({ ...options, channelAccessToken: `${token}-old` });
      const nowhere = createClient({ ...options, baseUrl: 'http://127.0.0.1:9' });
      const errors = [await failure(() => wrong.botInfo())];
      emu.fault({ path: 'quota', status: 500 });
      emu.fault({ path: 'botInfo', delay: 1200 });
      emu.fault({ path: 'followerIds', drop: true });
      errors.push(
        await failure(() => line.quota()),
        await failure(() => line.botInfo()),
        await failure(() => line.followerIds().next()),
        await failure(() => nowhere.quota()),
        await failure(() => line.push(emu.followers[0]!, [{ type: 'text', text: '' }] as never)),
        await failure(() => line.push(emu.followers[0]!, hello, { retryKey: token })),
      );
      expect(errors.map((e) => (e as { code?: string }).code)).toEqual([
        'unauthorized',
        'server_error',
        'timeout',
        'connection_failed',
        'connection_failed',
        'LINE_VALIDATION',
        undefined,
      ]);
      for (const error of errors) {
        const shown = [
          String(error),
          error.stack,
          JSON.stringify(error),
          inspect(error, { showHidden: true, depth: Infinity }),
          JSON.stringify(error.cause ?? null),
        ].join('\n');
        expect(shown).not.toContain(token.slice(0, 12));
      }
      expect(JSON.stringify(entries)).not.toContain(token.slice(0, 12));
      expect(entries.length).toBeGreaterThan(0);
      for (const client of [line, wrong]) {
        expect(JSON.stringify(client)).not.toContain(token.slice(0, 12));
        expect(inspect(client, { showHidden: true, depth: Infinity })).not.toContain(token.slice(0, 12));
      }
    } finally {
      await emu.stop();
    }
  });
});
