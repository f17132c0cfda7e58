/** `npm run demo`, end to end in scripted mode: every design rendered, sent, counted and shown in the gallery; then a campaign. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { examples } from '../../examples/index.ts';
import { REDIS_MISSING, redisServerAvailable } from '../../tools/redis-server.ts';
import { type CliRun, jsonOutput, ROOT } from '../support/cli.ts';

const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function demo(args: readonly string[]): Promise<CliRun> {
  const child = spawn(TSX, ['--conditions=@linejsx/source', 'scripts/demo.tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the demo', () => {
  it('renders every design, sends them with push, multicast and broadcast, creates the rich menu, and ends with the summary and the addresses', async () => {
    const run = await demo(['--once', '--json']);
    expect(run.stderr).toBe(redisServerAvailable ? '' : `[linejsx] the campaign is left out: ${REDIS_MISSING}\n`);
    expect(run.code).toBe(0);
    const summary = jsonOutput(run) as {
      designs: number;
      followers: number;
      steps: Array<Record<string, unknown>>;
      richMenuIds: string[];
      chatView: string;
      gallery: { file: string; url: string | null };
    };
    const messageDesigns = examples.filter((example) => example.kind === 'message');
    const n = messageDesigns.length;
    expect(summary.designs).toBeGreaterThan(n);
    expect(summary.steps).toEqual([
      expect.objectContaining({ step: 'push', requests: n, recipients: 1, delivered: n }),
      expect.objectContaining({
        step: 'multicast',
        requests: Math.ceil(n / 5) * Math.ceil(summary.followers / 500),
        recipients: summary.followers,
        delivered: n * summary.followers,
      }),
      expect.objectContaining({
        step: 'broadcast',
        requests: Math.ceil(n / 5),
        recipients: summary.followers,
        delivered: n * summary.followers,
      }),
      expect.objectContaining({ step: 'rich menu', requests: expect.any(Number) }),
      // Every follower their own reminder, once: one push each (without redis-server, said on stderr, none).
      ...(redisServerAvailable
        ? [
            expect.objectContaining({
              step: 'campaign',
              requests: summary.followers,
              recipients: summary.followers,
              delivered: summary.followers,
            }),
          ]
        : []),
    ]);
    expect(summary.followers).toBeGreaterThanOrEqual(1000);
    expect(summary.richMenuIds.length).toBeGreaterThan(0);
    for (const id of summary.richMenuIds) expect(id).toMatch(/^richmenu-[0-9a-f]{32}$/);
    expect(run.stdout).toMatch(/step\s+requests\s+recipients\s+messages delivered\s+time/);
    expect(run.stdout).toContain(`Chat view  ${summary.chatView}`);
    expect(summary.gallery.url).toBeNull(); // scripted: nothing keeps running
    expect(summary.gallery.file).toBe(join(ROOT, 'build/gallery/index.html'));
    const gallery = readFileSync(summary.gallery.file, 'utf8');
    for (const example of messageDesigns) expect(gallery).toContain(`<figure id="${example.id}">`);
    expect(gallery).toContain(escapeHtml(messageDesigns[1]!.description));
  }, 120_000);
});
