/** `linejsx doctor` against the emulator: a healthy channel, and each thing it diagnoses in plain words. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCli, jsonOutput, runCli } from '../support/cli.ts';
import { useEmulator } from '../support/emulator.ts';

const TOKEN = 'doctor+SECRET+token/9f8e7d6c5b4a3928171605f4e3d2c1b0a==';
const setup = useEmulator({ tokens: [TOKEN], quota: 1000, bot: { displayName: 'Brown Café', basicId: '@browncafe' } });
const env = () => ({ LINE_TOKEN: TOKEN, LINE_API_BASE_URL: setup.emu.url });

// A bot's webhook server: answers `status`, whatever it is sent.
let status = 200;
let webhook: Server;
let webhookUrl = '';
beforeAll(async () => {
  webhook = createServer((req, res) => req.resume().on('end', () => res.writeHead(status).end()));
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/webhook`;
});
afterAll(() => new Promise<void>((resolve) => webhook.close(() => resolve())));

describe('linejsx doctor', () => {
  it('reports the bot, the messages left and a webhook LINE reaches; exit 0', async () => {
    status = 200;
    setup.emu.setWebhookEndpoint(webhookUrl);
    const run = await runCli(['doctor'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ token   accepted: the bot "Brown Café" (@browncafe');
    expect(run.stdout).toContain('✓ quota   1,000 of 1,000 messages left this month (0 used)');
    expect(run.stdout).toContain(`✓ webhook ${webhookUrl}: LINE reached it (200)`);
    expect(run.stdout).toContain('All is well.');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('says that no webhook is set, and what to do (exit 3)', async () => {
    const run = await callCli(['doctor'], { env: env() });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('✗ webhook no webhook URL is set, so LINE can not tell the bot about messages, follows or postbacks');
    expect(run.stdout).toContain("→ set the bot's https URL in the LINE Developers console");
    expect(run.stdout).toContain('1 problem to fix.');
  });

  it('says why LINE can not deliver to the webhook: an error status, or nothing listening', async () => {
    status = 500;
    setup.emu.setWebhookEndpoint(webhookUrl);
    const failing = await callCli(['doctor', '--json'], { env: env() });
    expect(failing.code).toBe(3);
    const report = jsonOutput(failing);
    expect(report).toMatchObject({
      ok: false,
      bot: { displayName: 'Brown Café' },
      quota: { limit: 1000, used: 0, left: 1000 },
      webhook: { endpoint: webhookUrl, active: true, test: { success: false, statusCode: 500 } },
    });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ check: 'webhook', status: 'fail', message: `${webhookUrl}: it answered 500; LINE needs 200` }),
    );

    setup.emu.setWebhookEndpoint('http://127.0.0.1:1/webhook');
    const closed = await callCli(['doctor'], { env: env() });
    expect(closed.stdout).toContain('http://127.0.0.1:1/webhook: LINE could not connect to it');
  });

  it('says that the token was refused, without printing it (exit 3)', async () => {
    const wrong = 'WRONG+token+that+must+not+be+printed==';
    const run = await runCli(['doctor'], { env: { LINE_TOKEN: wrong, LINE_API_BASE_URL: setup.emu.url } });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('✗ token   refused by LINE (401)');
    expect(run.stdout).toContain('it is wrong, expired or revoked');
    expect(run.stdout + run.stderr).not.toContain(wrong);
  });

  it('says that the API can not be reached (exit 4)', async () => {
    const run = await callCli(['doctor', '--json'], { env: { LINE_TOKEN: TOKEN, LINE_API_BASE_URL: 'http://127.0.0.1:1' } });
    expect(run.code).toBe(4);
    expect(jsonOutput(run)).toMatchObject({ ok: false, error: { code: 'connection_failed' } });
    expect(run.stderr).toContain('could not connect to http://127.0.0.1:1 (connection refused)');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('asks for a token when there is none (exit 2)', async () => {
    const run = await callCli(['doctor'], { env: { LINE_API_BASE_URL: setup.emu.url } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no channel access token');
  });
});
