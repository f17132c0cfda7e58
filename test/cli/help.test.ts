/** Help for `linejsx` and every command, and how it answers what it does not know. */

import { COMMANDS } from '@linejsx/cli';
import { describe, expect, it } from 'vitest';
import { callCli, runCli } from '../support/cli.ts';

describe('linejsx --help', () => {
  it('lists every command with what it is for, the environment and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command.synopsis}`);
    expect(run.stdout).toContain('LINE_TOKEN');
    expect(run.stdout).toMatch(
      /Exit codes:\n\s+0 done · 1 invalid design or JSON · 2 wrong usage · 3 LINE answered with an error ·\n\s+4 LINE could not be reached · 5 the file could not be loaded or run/,
    );
    expect(run.stderr).toBe('');
  });

  it.each(COMMANDS.map((c) => [c.name, c.name]))(
    'linejsx %s --help (and linejsx help %s) says how to use it, with its exit codes',
    async (name) => {
      const run = await callCli([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: linejsx ${name}\\b`));
      expect(run.stdout).toContain('Exit codes:');
      expect((await callCli(['help', name])).stdout).toBe(run.stdout);
    },
  );

  it('answers nothing, an unknown command and --version', async () => {
    const none = await callCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: linejsx COMMAND [options]');
    const unknown = await callCli(['rendr', 'x.tsx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown command "rendr"; the commands are init, render, validate, preview, send, import, doctor, emulator, richmenu, campaign',
    );
    expect((await callCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
