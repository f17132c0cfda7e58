/**
 * The emulator's rich menu endpoints as LINE answers them (CONSTRAINTS.md §10 and §4), checked with
 * plain fetch so that nothing of the client's own checking is in the way.
 */

import { startEmulator } from '@linejsx/emulator';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';
import { png } from '../support/png.ts';

const env = useEmulator({ followers: 10 });
const HALF = { width: 2500, height: 843 };
const menuJson = (name = 'Shop') => ({
  size: HALF,
  selected: false,
  name,
  chatBarText: 'Menu',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'postback', data: 'a' } }],
});

interface CallInit {
  method?: string;
  json?: unknown;
  bytes?: Uint8Array;
  contentType?: string;
  url?: string;
  token?: string;
}

async function call(path: string, init: CallInit = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${init.token ?? env.emu.token}` };
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.bytes) {
    body = new Uint8Array(init.bytes);
    if (init.contentType) headers['content-type'] = init.contentType;
  }
  const response = await fetch(`${init.url ?? env.emu.url}${path}`, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const type = response.headers.get('content-type') ?? '';
  const data = type.startsWith('application/json') ? await response.json() : Buffer.from(await response.arrayBuffer());
  return { status: response.status, type, body: data };
}

async function createMenu(name?: string): Promise<string> {
  const answer = await call('/v2/bot/richmenu', { json: menuJson(name) });
  expect(answer.status).toBe(200);
  return answer.body.richMenuId;
}

const upload = (id: string, bytes: Uint8Array, contentType = 'image/png') => call(`/v2/bot/richmenu/${id}/content`, { bytes, contentType });

describe('rich menu images', () => {
  it('takes a PNG of the menu size once, and serves it back with its type', async () => {
    const id = await createMenu();
    const image = png(HALF.width, HALF.height);
    expect((await upload(id, image)).status).toBe(200);
    const download = await call(`/v2/bot/richmenu/${id}/content`);
    expect(download).toMatchObject({ status: 200, type: 'image/png' });
    expect(download.body).toEqual(image);
    expect(await upload(id, png(HALF.width, HALF.height, { grey: 0 }))).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('can not be replaced') },
    });
  });

  it('answers 415 for any Content-Type but image/jpeg and image/png', async () => {
    const id = await createMenu();
    for (const type of ['image/gif', 'application/octet-stream', 'text/plain'])
      expect((await upload(id, png(2500, 843), type)).status).toBe(415);
    expect((await call(`/v2/bot/richmenu/${id}/content`, { bytes: png(2500, 843) })).status).toBe(415);
  });

  it('answers 413 for an image over 1 MB, and 400 when the bytes are not what the Content-Type says', async () => {
    const id = await createMenu();
    const heavy = png(HALF.width, HALF.height, { noiseRows: 450 });
    expect(await upload(id, heavy)).toMatchObject({ status: 413, body: { message: 'The image exceeds 1 MB' } });
    expect(await upload(id, png(2500, 843), 'image/jpeg')).toMatchObject({
      status: 400,
      body: { details: [{ property: 'image', message: 'the body is image/png but Content-Type says image/jpeg' }] },
    });
    expect(await upload(id, Buffer.from('GIF89a....'), 'image/png')).toMatchObject({
      status: 400,
      body: { details: [{ message: 'the image is a GIF; LINE takes JPEG or PNG' }] },
    });
  });

  it('answers 400 when the image is not the size of the menu, and 404 for an unknown menu', async () => {
    const id = await createMenu();
    expect(await upload(id, png(2500, 1686))).toMatchObject({
      status: 400,
      body: {
        message: 'The image size does not match the rich menu size',
        details: [{ message: 'the image is 2500x1686; the menu is 2500x843' }],
      },
    });
    expect((await upload('richmenu-0', png(2500, 843))).status).toBe(404);
    expect((await call(`/v2/bot/richmenu/${id}/content`)).status).toBe(404);
  });
});

describe('showing menus', () => {
  it('refuses to set a menu without an image as the default or link it to a user (400)', async () => {
    const id = await createMenu();
    const user = env.emu.followers[0]!;
    for (const path of [`/v2/bot/user/all/richmenu/${id}`, `/v2/bot/user/${user}/richmenu/${id}`]) {
      expect(await call(path, { method: 'POST' })).toMatchObject({
        status: 400,
        body: { message: 'must upload richmenu image before applying it to user' },
      });
    }
    expect(await call('/v2/bot/richmenu/bulk/link', { json: { richMenuId: id, userIds: [user] } })).toMatchObject({ status: 400 });
    expect(env.emu.richMenuOf(user)).toBeUndefined();
  });

  it('answers 404 for no default and for a user without a menu of their own', async () => {
    expect((await call('/v2/bot/user/all/richmenu')).status).toBe(404);
    expect((await call(`/v2/bot/user/${env.emu.followers[0]}/richmenu`)).status).toBe(404);
  });

  it('takes 1 to 500 well-formed user IDs in a bulk link or unlink, and answers 202', async () => {
    const id = await createMenu();
    await upload(id, png(2500, 843));
    const bulk = (userIds: unknown) => call('/v2/bot/richmenu/bulk/link', { json: { richMenuId: id, userIds } });
    expect(await bulk([])).toMatchObject({
      status: 400,
      body: { details: [{ property: 'userIds', message: 'userIds has 0 user IDs; LINE takes 1 to 500' }] },
    });
    expect(await bulk(Array(501).fill(env.emu.followers[0]))).toMatchObject({
      status: 400,
      body: { details: [{ message: 'userIds has 501 user IDs; LINE takes 1 to 500' }] },
    });
    expect(await bulk(['nobody'])).toMatchObject({ status: 400, body: { details: [{ property: 'userIds[0]' }] } });
    expect(await bulk(env.emu.followers)).toMatchObject({ status: 202, body: {} });
    await expect.poll(() => env.emu.richMenuOf(env.emu.followers[9]!)?.menu.richMenuId).toBe(id);
    expect(await call('/v2/bot/richmenu/bulk/unlink', { json: { userIds: env.emu.followers.slice(0, 5) } })).toMatchObject({ status: 202 });
    await expect.poll(() => Object.keys(env.emu.richMenuState().links)).toEqual(env.emu.followers.slice(5));
  });
});

describe('the chat view', () => {
  it('draws the rich menu a user sees under the chat, with its image, and the menus its aliases switch to', async () => {
    const user = env.emu.followers[2]!;
    const [shop, other] = [await createMenu('Shop'), await createMenu('Other')];
    const image = png(HALF.width, HALF.height);
    await upload(shop, image);
    await upload(other, png(HALF.width, HALF.height, { grey: 20 }));
    expect(await (await fetch(`${env.emu.url}/chat/${user}`)).text()).toContain('No messages.');
    await call(`/v2/bot/user/all/richmenu/${shop}`, { method: 'POST' });
    await call('/v2/bot/richmenu/alias', { json: { richMenuAliasId: 'other-tab', richMenuId: other } });
    const html = await (await fetch(`${env.emu.url}/chat/${user}`)).text();
    expect(html).toContain('<span class="lj-chat-bar-text">Menu</span>');
    expect(html).toContain(`src="data:image/png;base64,${image.toString('base64')}"`);
    expect(html.match(/class="lj-rm-menu"/g)).toHaveLength(2);
    expect(html).toContain('data-alias="other-tab" hidden');
    expect(html).not.toContain('<ul class="lj-issues"');
  });
});

describe('aliases', () => {
  it('checks alias IDs as LINE does: 1 to 32 of a-z, 0-9, _ and -', async () => {
    const id = await createMenu();
    const create = (richMenuAliasId: unknown) => call('/v2/bot/richmenu/alias', { json: { richMenuAliasId, richMenuId: id } });
    expect((await create('tab_a-1')).status).toBe(200);
    for (const bad of ['', 'Tab', 'tab a', 'x'.repeat(33), 42]) {
      const answer = await create(bad);
      expect(answer.status).toBe(400);
      expect(answer.body.details[0].property).toBe('richMenuAliasId');
    }
    expect(await create('tab_a-1')).toMatchObject({ status: 400, body: { message: 'conflict: richmenu alias id already exists' } });
    expect(await call('/v2/bot/richmenu/alias', { json: { richMenuAliasId: 'x', richMenuId: id, extra: 1 } })).toMatchObject({
      status: 400,
      body: { details: [{ property: 'extra' }] },
    });
  });

  it('answers 400 to update or delete an alias that does not exist, 404 to get it', async () => {
    const id = await createMenu();
    expect((await call('/v2/bot/richmenu/alias/none', { json: { richMenuId: id } })).status).toBe(400);
    expect((await call('/v2/bot/richmenu/alias/none', { method: 'DELETE' })).status).toBe(400);
    expect((await call('/v2/bot/richmenu/alias/none')).status).toBe(404);
    expect(await call('/v2/bot/richmenu/alias/list')).toMatchObject({ status: 200, body: { aliases: [] } });
  });
});

describe('counts and rate limits', () => {
  it('holds at most 1,000 rich menus and 1,000 aliases', async () => {
    const emu = await startEmulator({ rateLimits: false });
    try {
      const post = (path: string, json: unknown) => call(path, { json, url: emu.url, token: emu.token });
      const ids: string[] = [];
      for (let i = 0; i < 1000; i += 50) {
        const answers = await Promise.all(Array.from({ length: 50 }, (_, k) => post('/v2/bot/richmenu', menuJson(`menu ${i + k}`))));
        ids.push(...answers.map((a) => a.body.richMenuId));
      }
      expect(new Set(ids).size).toBe(1000);
      expect(await post('/v2/bot/richmenu', menuJson())).toMatchObject({
        status: 400,
        body: { message: 'The number of rich menus has reached its limit (1000)' },
      });
      for (let i = 0; i < 1000; i += 50) {
        const answers = await Promise.all(
          Array.from({ length: 50 }, (_, k) =>
            post('/v2/bot/richmenu/alias', { richMenuAliasId: `alias-${i + k}`, richMenuId: ids[i + k] }),
          ),
        );
        expect(answers.every((a) => a.status === 200)).toBe(true);
      }
      expect(await post('/v2/bot/richmenu/alias', { richMenuAliasId: 'one-more', richMenuId: ids[0] })).toMatchObject({
        status: 400,
        body: { message: 'The number of rich menu aliases has reached its limit (1000)' },
      });
    } finally {
      await emu.stop();
    }
  });

  it("limits creating and deleting menus and deleting aliases to LINE's 100 an hour", async () => {
    const emu = await startEmulator();
    try {
      const at = { url: emu.url, token: emu.token };
      const statuses: number[] = [];
      for (let i = 0; i < 101; i++) statuses.push((await call('/v2/bot/richmenu', { ...at, json: menuJson() })).status);
      expect(statuses.slice(0, 100).every((s) => s === 200)).toBe(true);
      expect(statuses[100]).toBe(429);
      // Each endpoint has its own bucket: validating and listing still work.
      expect((await call('/v2/bot/richmenu/validate', { ...at, json: menuJson() })).status).toBe(200);
      expect((await call('/v2/bot/richmenu/list', at)).status).toBe(200);
      // Refused requests take a token too, as LINE counts requests, not successes.
      for (const path of ['/v2/bot/richmenu/richmenu-0', '/v2/bot/richmenu/alias/none']) {
        const deletes: number[] = [];
        for (let i = 0; i < 101; i++) deletes.push((await call(path, { ...at, method: 'DELETE' })).status);
        expect(new Set(deletes.slice(0, 100)).size).toBe(1);
        expect(deletes[0]).not.toBe(429);
        expect(deletes[100]).toBe(429);
      }
    } finally {
      await emu.stop();
    }
  });
});
