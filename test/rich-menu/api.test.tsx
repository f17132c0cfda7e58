/**
 * The whole rich menu API of `@linejsx/send` against the emulator, over real sockets: menus,
 * images, the default menu, per-user and bulk links, aliases; and what the client refuses before
 * anything is sent.
 */

import { Cell, MessageAction, Postback, RichMenu, RichMenuSwitch, Row } from '@linejsx/jsx';
import { createClient, LineApiError, type LineClient, LineValidationError } from '@linejsx/send';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator.ts';
import { png } from '../support/png.ts';

const env = useEmulator({ followers: 1234 });
const HALF = { width: 2500, height: 843 };

function Shop({ alias = 'shop' }: { alias?: string }) {
  return (
    <RichMenu size="half" name="Shop" chatBarText="Menu">
      <Row>
        <Cell>
          <MessageAction label="Menu" text="menu" />
        </Cell>
        <Cell>
          <Postback label="Coupons" data="coupons" />
        </Cell>
        <Cell>
          <RichMenuSwitch label="Account" richMenuAliasId={alias} data="tab=account" />
        </Cell>
      </Row>
    </RichMenu>
  );
}

/** A menu with its image, ready to be shown. */
async function shownMenu(line: LineClient): Promise<string> {
  const id = await line.richMenu.create(<Shop />);
  await line.richMenu.uploadImage(id, png(HALF.width, HALF.height), { size: HALF });
  return id;
}

const endpoints = () => env.emu.requests().map((r) => r.endpoint);

describe('client.richMenu against the emulator', () => {
  it('creates from JSX after asking LINE to validate it; gets, lists and deletes', async () => {
    const line = env.client();
    const id = await line.richMenu.create(<Shop />);
    expect(endpoints()).toEqual(['validateRichMenu', 'createRichMenu']);
    expect(await line.richMenu.get(id)).toMatchObject({
      richMenuId: id,
      name: 'Shop',
      size: HALF,
      areas: [{ bounds: { x: 0, y: 0, width: 833, height: 843 } }, {}, {}],
    });
    expect((await line.richMenu.list()).map((m) => m.richMenuId)).toEqual([id]);
    await line.richMenu.delete(id);
    expect(await line.richMenu.list()).toEqual([]);
    await expect(line.richMenu.get(id)).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });

  it('uploads a PNG with the Content-Type its header says, and downloads the same bytes', async () => {
    const line = env.client();
    const id = await line.richMenu.create(<Shop />);
    const image = png(HALF.width, HALF.height);
    await line.richMenu.uploadImage(id, image);
    // Without the menu given, the client fetched it to learn its size.
    expect(endpoints().slice(-2)).toEqual(['richMenu', 'uploadRichMenuImage']);
    const content = await line.richMenu.downloadImage(id);
    expect(content.contentType).toBe('image/png');
    expect(content.contentLength).toBe(image.length);
    expect(await content.buffer()).toEqual(image);
  });

  it('sends images to api-data.line.me and everything else to api.line.me', async () => {
    const seen: string[] = [];
    const agent = new Agent();
    // Every request is recorded with the host the client chose, then sent to the emulator instead.
    const dispatcher = agent.compose((dispatch) => (options, handler) => {
      seen.push(`${options.method} ${String(options.origin)}${options.path.replace(/richmenu-\w+/, '{id}')}`);
      return dispatch({ ...options, origin: env.emu.url }, handler);
    });
    try {
      const line = createClient({ channelAccessToken: env.emu.token, dispatcher, retry: false });
      const id = await line.richMenu.create(<Shop />);
      await line.richMenu.uploadImage(id, png(HALF.width, HALF.height), { size: HALF });
      await (await line.richMenu.downloadImage(id)).buffer();
      await line.richMenu.setDefault(id);
      expect(seen).toEqual([
        'POST https://api.line.me/v2/bot/richmenu/validate',
        'POST https://api.line.me/v2/bot/richmenu',
        'POST https://api-data.line.me/v2/bot/richmenu/{id}/content',
        'GET https://api-data.line.me/v2/bot/richmenu/{id}/content',
        'POST https://api.line.me/v2/bot/user/all/richmenu/{id}',
      ]);
    } finally {
      await agent.close();
    }
  });

  it('refuses an image of the wrong type, weight or pixel size before uploading it', async () => {
    const line = env.client();
    const id = await line.richMenu.create(<Shop />);
    const before = env.emu.requests().length;
    const refusal = async (image: Uint8Array) => {
      const error = await line.richMenu.uploadImage(id, image, { size: HALF }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LineValidationError);
      return (error as LineValidationError).issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(await refusal(png(2500, 1686))).toEqual([
      'image: the image is 2500x1686 pixels but the menu is 2500x843; draw it at the size of the menu',
    ]);
    expect(await refusal(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toEqual(['image: the image is a GIF; LINE takes JPEG or PNG']);
    const heavy = png(HALF.width, HALF.height, { noiseRows: 450 });
    expect(heavy.length).toBeGreaterThan(1_048_576);
    expect(await refusal(heavy)).toEqual([
      `image: the image is ${heavy.length.toLocaleString('en-US')} bytes; LINE allows at most 1,048,576 bytes (1 MB)`,
    ]);
    expect(env.emu.requests()).toHaveLength(before);
    expect(env.emu.richMenuState().menus[0]!.image).toBeUndefined();
  });

  it('can not replace an image: LINE answers 400', async () => {
    const line = env.client();
    const id = await shownMenu(line);
    const error = await line.richMenu.uploadImage(id, png(HALF.width, HALF.height, { grey: 10 }), { size: HALF }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineApiError);
    expect(error).toMatchObject({ code: 'bad_request', status: 400, lineMessage: expect.stringContaining('can not be replaced') });
  });

  it('sets, gets and cancels the default menu, which needs an image', async () => {
    const line = env.client();
    expect(await line.richMenu.getDefault()).toBeUndefined();
    const bare = await line.richMenu.create(<Shop />);
    await expect(line.richMenu.setDefault(bare)).rejects.toMatchObject({
      code: 'bad_request',
      lineMessage: 'must upload richmenu image before applying it to user',
    });
    const id = await shownMenu(line);
    await line.richMenu.setDefault(id);
    expect(await line.richMenu.getDefault()).toBe(id);
    const user = env.emu.followers[0]!;
    expect(env.emu.richMenuOf(user)).toMatchObject({ via: 'default', menu: { richMenuId: id }, image: { contentType: 'image/png' } });
    await line.richMenu.cancelDefault();
    expect(await line.richMenu.getDefault()).toBeUndefined();
    expect(env.emu.richMenuOf(user)).toBeUndefined();
  });

  it('links and unlinks a menu per user; a linked menu wins over the default', async () => {
    const line = env.client();
    const [user, other] = env.emu.followers;
    const fallback = await shownMenu(line);
    const own = await shownMenu(line);
    await line.richMenu.setDefault(fallback);
    expect(await line.richMenu.ofUser(user!)).toBeUndefined();
    await line.richMenu.link(user!, own);
    expect(await line.richMenu.ofUser(user!)).toBe(own);
    expect(env.emu.richMenuOf(user!)).toMatchObject({ via: 'linked', menu: { richMenuId: own } });
    expect(env.emu.richMenuOf(other!)).toMatchObject({ via: 'default', menu: { richMenuId: fallback } });
    await line.richMenu.unlink(user!);
    expect(await line.richMenu.ofUser(user!)).toBeUndefined();
    expect(env.emu.richMenuOf(user!)?.via).toBe('default');
  });

  it('links and unlinks any number of users, 500 per request, applied after the 202', async () => {
    const line = env.client();
    const id = await shownMenu(line);
    const users = env.emu.followers;
    await line.richMenu.linkUsers([...users, users[0]!], id);
    const bulk = env.emu.requests().filter((r) => r.endpoint === 'bulkLinkRichMenu');
    expect(bulk.map((r) => r.status)).toEqual([202, 202, 202]);
    await expect.poll(() => Object.keys(env.emu.richMenuState().links).length).toBe(1234);
    expect(await line.richMenu.ofUser(users[1233]!)).toBe(id);
    await line.richMenu.unlinkUsers(users.slice(0, 1000));
    await expect.poll(() => Object.keys(env.emu.richMenuState().links)).toEqual(users.slice(1000));
    await line.richMenu.linkUsers([], id);
    expect(env.emu.requests().filter((r) => r.endpoint === 'bulkLinkRichMenu')).toHaveLength(3);
  });

  it('creates, gets, lists, updates and deletes aliases', async () => {
    const line = env.client();
    const a = await shownMenu(line);
    const b = await shownMenu(line);
    await line.richMenu.alias.create('shop-tab', a);
    expect(await line.richMenu.alias.get('shop-tab')).toEqual({ richMenuAliasId: 'shop-tab', richMenuId: a });
    await expect(line.richMenu.alias.create('shop-tab', b)).rejects.toMatchObject({
      code: 'bad_request',
      lineMessage: 'conflict: richmenu alias id already exists',
    });
    await line.richMenu.alias.update('shop-tab', b);
    await line.richMenu.alias.create('account-tab', a);
    expect(await line.richMenu.alias.list()).toEqual([
      { richMenuAliasId: 'shop-tab', richMenuId: b },
      { richMenuAliasId: 'account-tab', richMenuId: a },
    ]);
    await line.richMenu.alias.delete('shop-tab');
    await expect(line.richMenu.alias.get('shop-tab')).rejects.toMatchObject({ code: 'not_found' });
    await expect(line.richMenu.alias.update('shop-tab', a)).rejects.toMatchObject({
      code: 'bad_request',
      lineMessage: 'The rich menu alias does not exist',
    });
    await expect(line.richMenu.alias.create('new-tab', 'richmenu-00000000000000000000000000000000')).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('refuses malformed alias IDs, user IDs and menus before sending', async () => {
    const line = env.client();
    const id = await shownMenu(line);
    const before = env.emu.requests().length;
    const messages = async (run: () => Promise<unknown>) => {
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LineValidationError);
      return (error as LineValidationError).issues.map((i) => `${i.path}: ${i.message}`);
    };
    expect(await messages(() => line.richMenu.alias.create('Shop Tab', id))).toEqual([
      'richMenuAliasId: richMenuAliasId "Shop Tab" may only use lowercase letters, digits, "_" and "-"',
    ]);
    expect(await messages(() => line.richMenu.alias.create('x'.repeat(33), id))).toEqual([
      'richMenuAliasId: richMenuAliasId is 33 characters; LINE allows at most 32',
    ]);
    expect(await messages(() => line.richMenu.link('Cdeadbeef', id))).toEqual([
      'userId: "Cdeadbeef" is not a user ID (U and 32 hex digits)',
    ]);
    expect(await messages(() => line.richMenu.linkUsers(['U1', env.emu.followers[0]!], id))).toEqual([
      'userIds[0]: "U1" is not a user ID (U and 32 hex digits)',
    ]);
    expect(await messages(() => line.richMenu.setDefault(''))).toEqual(['richMenuId: richMenuId must be a rich menu ID, not ""']);
    expect(await messages(() => line.richMenu.create(<Shop alias="Account Tab" />))).toEqual([
      'areas[2].action.richMenuAliasId: richMenuAliasId "Account Tab" may only use lowercase letters, digits, "_" and "-"',
    ]);
    expect(env.emu.requests()).toHaveLength(before);
  });

  it('deleting a menu takes it away from the users who had it and from the default', async () => {
    const line = env.client();
    const id = await shownMenu(line);
    const user = env.emu.followers[5]!;
    await line.richMenu.setDefault(id);
    await line.richMenu.link(user, id);
    await line.richMenu.delete(id);
    expect(await line.richMenu.getDefault()).toBeUndefined();
    expect(await line.richMenu.ofUser(user)).toBeUndefined();
    expect(env.emu.richMenuOf(user)).toBeUndefined();
  });
});
