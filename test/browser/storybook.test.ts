/**
 * The built Storybook, as its users open it: `storybook build` into a temporary folder, served on
 * 127.0.0.1, every story shown in chromium. No story may log a console error or a page error,
 * answer 404 for anything it loads, or load a placeholder picture from images.example.com (where
 * nothing is served: a real browser would log a failed request). LINE's own CDNs (sample photos,
 * stickers, emoji) stand in for the network with a generated picture, as in the other browser tests.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePicture } from '../../tools/sample-pictures.ts';
import { launchChromium } from '../support/browser.ts';
import { CHROMIUM } from '../support/chromium.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static file server of `dir` on 127.0.0.1 (a port of its own), 404 for anything missing. */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(dir, `.${path === '/' ? '/index.html' : path}`);
    if (relative(dir, file).startsWith('..') || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

describe.skipIf(!existsSync(CHROMIUM))('the built Storybook in chromium', () => {
  let out = '';
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let origin = '';
  let problems: string[] = [];
  let stories: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'linejsx-storybook-'));
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/storybook'), ['build', '--output-dir', out, '--quiet', '--disable-telemetry'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    stories = Object.keys(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries);
    server = await serve(out);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin) return route.continue();
      if (url.hostname === 'images.example.com') return route.abort('namenotresolved');
      return route.fulfill({ contentType: 'image/svg+xml', body: samplePicture(url.href) });
    });
    await page.goto(`${origin}/iframe.html?id=${stories[0]}&viewMode=story`, { waitUntil: 'load' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('builds every story', () => {
    expect(stories.length).toBeGreaterThan(50);
  });

  it('shows every story without a console error, a failed request or a thrown play function', async () => {
    const failed: Record<string, string[]> = {};
    for (const id of stories) {
      problems = [];
      // Storybook's own way of switching stories in its iframe (what its sidebar sends).
      await page.evaluate(
        (storyId) =>
          (
            window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void } }
          ).__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }),
        id,
      );
      // Done when its render (and play function) has finished and every picture has loaded or failed.
      const phase = await page.waitForFunction(
        (storyId) => {
          const preview = (window as unknown as { __STORYBOOK_PREVIEW__?: { storyRenders: Array<{ id: string; phase?: string }> } })
            .__STORYBOOK_PREVIEW__;
          const render = preview?.storyRenders.find((r) => r.id === storyId);
          const done = render?.phase && ['completed', 'finished', 'errored', 'aborted'].includes(render.phase);
          return done && [...document.images].every((image) => image.complete) ? render.phase : false;
        },
        id,
        { polling: 50, timeout: 15_000 },
      );
      const ended = await phase.jsonValue();
      if (ended === 'errored' || ended === 'aborted') problems.push(`the story ${ended}`);
      if (problems.length > 0) failed[id] = problems;
    }
    expect(failed).toEqual({});
  }, 120_000);
});
