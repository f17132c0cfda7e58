/** `pnpm emulator`: the command starts a real server, prints its URL, and stops cleanly on SIGTERM. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function run(args: string[]) {
  const child = spawn(tsx, ['packages/emulator/src/cli.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  return { child, out: () => out, err: () => err };
}

describe('emulator command', () => {
  it('starts on a free port with the given followers and token, and stops on SIGTERM', async () => {
    const { child, out } = run(['--port', '0', '--followers', '3', '--token', 'cli-token']);
    try {
      await expect.poll(() => /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out())?.[1], { timeout: 15_000 }).toBeDefined();
      const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out())![1]!;
      const state = await (await fetch(`${url}/__emulator/state`)).json();
      expect(state.followers).toBe(3);
      const info = await fetch(`${url}/v2/bot/info`, { headers: { authorization: 'Bearer cli-token' } });
      expect(info.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('refuses a bad option with the usage line and exit code 2', async () => {
    const { child, err } = run(['--port', 'eighty']);
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(err()).toContain('--port must be a whole number');
    expect(err()).toContain('usage: pnpm emulator');
  });
});
