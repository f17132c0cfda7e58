/** `linejsx emulator` (`pnpm emulator`): starts a real server, prints where it is, and stops cleanly on SIGTERM. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { callCli, DEV_CLI, ROOT } from '../support/cli.ts';

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

  it('refuses a bad option with what is wrong and exit code 2', async () => {
    const run = await callCli(['emulator', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port must be a whole number; got "eighty"');
    expect(run.stderr).toContain('linejsx emulator --help');
  });
});
