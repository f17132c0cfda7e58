/** `linejsx emulator` (`pnpm emulator`): starts a real server, prints where it is, and stops cleanly on SIGTERM. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { callCli, DEV_CLI, ROOT, runCli } from '../support/cli.ts';

describe('linejsx emulator', () => {
  it('starts on a free port with the given followers and token, says where as JSON, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [...DEV_CLI, 'emulator', '--port', '0', '--followers', '3', '--token', 'cli-token', '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    try {
      await expect.poll(() => out.includes('\n'), { timeout: 15_000 }).toBe(true);
      const started = JSON.parse(out) as { url: string; token: string; followers: number; firstFollower: string };
      expect(started).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), token: 'cli-token', followers: 3 });
      const state = (await (await fetch(`${started.url}/__emulator/state`)).json()) as { followers: number };
      expect(state.followers).toBe(3);
      const info = await fetch(`${started.url}/v2/bot/info`, { headers: { authorization: 'Bearer cli-token' } });
      expect(info.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('beyond loopback, says so and needs --control-token (exit 2 without); the control API then needs it', async () => {
    const bare = await callCli(['emulator', '--host', '0.0.0.0']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('--host 0.0.0.0 exposes the emulator to the network');
    expect(bare.stderr).toContain('--control-token TOKEN');
    const child = spawn(process.execPath, [...DEV_CLI, 'emulator', '--host', '0.0.0.0', '--control-token', 'c0ntrol', '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    try {
      await expect.poll(() => out.includes('\n'), { timeout: 15_000 }).toBe(true);
      expect(err).toContain('warning: listening on 0.0.0.0: anyone who can reach this port can use the emulator');
      const { url } = JSON.parse(out) as { url: string };
      const local = url.replace('0.0.0.0', '127.0.0.1');
      expect((await fetch(`${local}/__emulator/state`)).status).toBe(401);
      expect((await fetch(`${local}/__emulator/state`, { headers: { authorization: 'Bearer c0ntrol' } })).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    await once(child, 'exit');
  });

  it('runs a bot after -- against itself: the bot gets PORT and the emulator’s URL, token and secret, and is stopped with it', async () => {
    const bot = fileURLToPath(new URL('fixtures/echo-bot.mjs', import.meta.url));
    const child = spawn(
      process.execPath,
      [...DEV_CLI, 'emulator', '--followers', '2', '--webhook', '/webhook', '--json', '--', 'node', bot],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PORT: '' },
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    let webhook = '';
    try {
      await expect.poll(() => out.includes('\n'), { timeout: 15_000 }).toBe(true);
      const started = JSON.parse(out) as { url: string; firstFollower: string; webhook: string; talk: string };
      webhook = started.webhook;
      expect(webhook).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/webhook$/);
      expect(started.talk).toBe(`${started.url}/chat/${started.firstFollower}`);
      // The bot takes a moment to listen: write until the webhook answers.
      await expect
        .poll(
          async () => {
            const said = await fetch(`${started.url}/__emulator/user-says`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ userId: started.firstFollower, text: 'hi' }),
            });
            return ((await said.json()) as { delivery: { success: boolean } }).delivery.success;
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      await expect
        .poll(async () => JSON.stringify(await (await fetch(`${started.url}/__emulator/inbox/${started.firstFollower}`)).json()))
        .toContain('echo: hi');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    // The bot went with it.
    await expect(fetch(webhook, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('ends with the command’s exit code, and says when the command can not be run', async () => {
    const failing = await runCli(['emulator', '--', process.execPath, '-e', 'process.exit(3)']);
    expect(failing.code).toBe(3);
    const missing = await runCli(['emulator', '--', 'no-such-command-linejsx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('could not run no-such-command-linejsx: not found');
  });

  it('refuses a webhook path without a command to serve it', async () => {
    const run = await callCli(['emulator', '--webhook', '/webhook']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--webhook /webhook is a path on the command's server");
  });

  it('refuses a bad option with what is wrong and exit code 2', async () => {
    const run = await callCli(['emulator', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port must be a whole number; got "eighty"');
    expect(run.stderr).toContain('linejsx emulator --help');
  });
});
