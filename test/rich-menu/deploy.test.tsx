/**
 * `deployRichMenu` against the emulator: a single menu and the tabbed pair of examples/ go live
 * with images, aliases and the default; bad input is refused before anything changes; and a
 * fault injected at every step leaves the channel exactly as it was, saying which step failed.
 */
import { readFileSync } from 'node:fs';
import { Area, RichMenu, RichMenuSwitch, renderRichMenus } from '@linejsx/jsx';
import {
  type DeployStep,
  type DeployStepKind,
  deployRichMenu,
  ENDPOINTS,
  type EndpointName,
  type LineClient,
  LineValidationError,
  RichMenuDeployError,
} from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import mainMenu, { MainMenu } from '../../examples/rich-menu/main-menu.tsx';
import shopTabs, { ShopTabs } from '../../examples/rich-menu/shop-tabs.tsx';
import { useEmulator } from '../support/emulator.ts';
import { png } from '../support/png.ts';

const env = useEmulator({ followers: 3 });
const tabs = () => <ShopTabs {...shopTabs.sample} />;
const IMAGES = renderRichMenus(tabs()).map((m) => readFileSync(m.image as URL));

/** A client that does not retry, so that one injected fault fails its step. */
const client = (): LineClient => env.client({ retry: false });

async function failure<E extends Error>(run: () => Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await run().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

describe('deployRichMenu', () => {
  it('deploys the tabbed pair from its element: menus, images, aliases and the default', async () => {
    const line = client();
    const steps: string[] = [];
    const result = await deployRichMenu(line, tabs(), {
      default: 'brown-cafe-menu',
      onStep: (s) => void steps.push(`${s.number}/${s.total} ${s.kind} ${s.menu}`),
    });
    expect(steps).toEqual([
      '1/9 validate 0',
      '2/9 validate 1',
      '3/9 create 0',
      '4/9 upload 0',
      '5/9 create 1',
      '6/9 upload 1',
      '7/9 alias 0',
      '8/9 alias 1',
      '9/9 default 0',
    ]);
    const [menu, account] = result.menus;
    expect(result).toEqual({
      menus: [
        { richMenuId: menu!.richMenuId, name: 'Brown Café: menu tab', alias: 'brown-cafe-menu' },
        { richMenuId: account!.richMenuId, name: 'Brown Café: account tab', alias: 'brown-cafe-account' },
      ],
      defaultRichMenuId: menu!.richMenuId,
    });
    const state = env.emu.richMenuState();
    expect(state.aliases).toEqual({ 'brown-cafe-menu': menu!.richMenuId, 'brown-cafe-account': account!.richMenuId });
    expect(state.defaultRichMenuId).toBe(menu!.richMenuId);
    expect(state.menus.map((m) => m.image)).toEqual(IMAGES.map((bytes) => ({ contentType: 'image/png', bytes: bytes.length })));
    expect(env.emu.richMenuOf(env.emu.followers[0]!)?.menu.chatBarText).toBe('Menu');
  });

  it('deploys one menu given as JSON with an image path, relative to baseDir', async () => {
    const line = client();
    const [{ menu }] = renderRichMenus(<MainMenu {...mainMenu.sample} />);
    const result = await deployRichMenu(
      line,
      { menu: menu!, image: 'main-menu.png' },
      { default: true, baseDir: new URL('../../examples/rich-menu/', import.meta.url).pathname },
    );
    expect(result.menus).toHaveLength(1);
    expect(await line.richMenu.getDefault()).toBe(result.menus[0]!.richMenuId);
    expect(env.emu.requests().filter((r) => r.endpoint === 'createRichMenu')).toHaveLength(1);
  });

  it('moves the aliases to the new menus on a second deploy, and says which menus they left', async () => {
    const line = client();
    const first = await deployRichMenu(line, tabs(), { default: 'brown-cafe-menu' });
    const second = await deployRichMenu(line, tabs(), { default: 'brown-cafe-menu' });
    expect(second.menus.map((m) => m.replaced)).toEqual(first.menus.map((m) => m.richMenuId));
    expect(second.previousDefault).toBe(first.menus[0]!.richMenuId);
    expect(env.emu.richMenuState().aliases).toEqual({
      'brown-cafe-menu': second.menus[0]!.richMenuId,
      'brown-cafe-account': second.menus[1]!.richMenuId,
    });
    // The old menus stay: users linked to them keep them until they are deleted.
    expect(env.emu.richMenuState().menus).toHaveLength(4);
  });

  it('refuses bad input before changing anything, listing every problem', async () => {
    const line = client();
    const error = await failure(
      () =>
        deployRichMenu(
          line,
          [
            { menu: renderRichMenus(tabs())[0]!.menu, image: png(2500, 1686), alias: 'brown-cafe-menu' },
            { menu: renderRichMenus(tabs())[1]!.menu, image: '/no/such/image.png', alias: 'brown-cafe-menu' },
          ],
          { default: 'other' },
        ),
      LineValidationError,
    );
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'menus[0].image: the image is 2500x1686 pixels but the menu is 2500x843; draw it at the size of the menu',
      'menus[1].image: can not read the image /no/such/image.png: there is no such file',
      'menus[1].alias: alias "brown-cafe-menu" is already the alias of menu 0; each menu needs its own',
      'default: the default is to be the menu with alias "other", but no menu has it',
    ]);
    expect(env.emu.requests()).toEqual([]);
  });

  it('checks that every switch leads to a menu of the set or to an alias the channel has', async () => {
    const line = client();
    const lonely = {
      menu: (
        <RichMenu size="half" name="Lonely tab" chatBarText="Tab">
          <Area x={0} y={0} width={2500} height={843}>
            <RichMenuSwitch richMenuAliasId="elsewhere" data="go" />
          </Area>
        </RichMenu>
      ),
      image: png(2500, 843),
      alias: 'lonely',
    };
    const error = await failure(() => deployRichMenu(line, lonely), LineValidationError);
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'menus[0].areas[0].action.richMenuAliasId: the switch goes to alias "elsewhere", which neither these menus nor the channel has',
    ]);
    expect(env.emu.requests().map((r) => r.endpoint)).toEqual(['richMenuAlias']);
    // Once the channel has that alias, the menu can switch to it.
    const other = await deployRichMenu(line, { ...renderRichMenus(<MainMenu {...mainMenu.sample} />)[0]!, alias: 'elsewhere' });
    expect((await deployRichMenu(line, lonely)).menus[0]!.alias).toBe('lonely');
    expect(other.menus[0]!.alias).toBe('elsewhere');
  });
});

/** The endpoint a step's request goes to, on a channel that has (or lacks) the aliases already. */
function endpointOf(kind: DeployStepKind, aliasesExist: boolean): EndpointName {
  const endpoints: Record<DeployStepKind, EndpointName> = {
    validate: 'validateRichMenu',
    create: 'createRichMenu',
    upload: 'uploadRichMenuImage',
    alias: aliasesExist ? 'updateRichMenuAlias' : 'createRichMenuAlias',
    default: 'setDefaultRichMenu',
  };
  return endpoints[kind];
}

const STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

describe.each([
  ['a new channel', false],
  ['a channel with the menus deployed before', true],
])('a fault at each step, on %s, is rolled back', (_, before) => {
  async function setUp(): Promise<void> {
    if (before) await deployRichMenu(client(), tabs(), { default: 'brown-cafe-menu' });
  }

  it.each(STEPS)('a 500 at step %i: the step is named, everything before it undone', async (at) => {
    await setUp();
    const state = env.emu.richMenuState();
    let failing: DeployStep | undefined;
    const error = await failure(
      () =>
        deployRichMenu(client(), tabs(), {
          default: 'brown-cafe-menu',
          onStep: (step) => {
            if (step.number !== at) return;
            failing = step;
            env.emu.fault({ path: endpointOf(step.kind, before), status: 500, times: 1 });
          },
        }),
      RichMenuDeployError,
    );
    expect(error.step).toEqual(failing);
    expect(error.message).toMatch(
      new RegExp(`^step ${at} of 9 failed: ${failing!.description.replace(/[()]/g, '\\$&')}\\n  POST /v2/bot/`),
    );
    expect(error.cause).toMatchObject({ code: 'server_error', status: 500 });
    expect(error.leftBehind).toEqual([]);
    // Menus created before the failing step were deleted; aliases and default are as they were.
    expect(env.emu.richMenuState()).toEqual(state);
    expect(error.undone.length > 0).toBe(at > 3);
  });

  it.each(['create', 'upload', 'alias', 'default'] as const)(
    'an answer lost after LINE did the %s step: what LINE did is found and undone',
    async (kind) => {
      await setUp();
      const state = env.emu.richMenuState();
      let hit = false;
      const error = await failure(
        () =>
          deployRichMenu(client(), tabs(), {
            default: 'brown-cafe-menu',
            onStep: (step) => {
              if (hit || step.kind !== kind) return;
              hit = true;
              env.emu.fault({ path: endpointOf(kind, before), drop: true, when: 'after', times: 1 });
            },
          }),
        RichMenuDeployError,
      );
      expect(error.cause).toMatchObject({ code: 'connection_failed' });
      expect(env.emu.richMenuState()).toEqual(state);
    },
  );
});

describe.each([
  ['a new channel', false],
  ['a channel with the menus deployed before', true],
])('with retries on, a 500 after LINE did each step, on %s', (_, before) => {
  // The retrying client of the test support: a step that may not be repeated must not be.
  it.each(STEPS)('step %i: nothing is done twice, and what LINE did is undone or kept', async (at) => {
    if (before) await deployRichMenu(client(), tabs(), { default: 'brown-cafe-menu' });
    const state = env.emu.richMenuState();
    let failing: DeployStep | undefined;
    const run = deployRichMenu(env.client(), tabs(), {
      default: 'brown-cafe-menu',
      onStep: (step) => {
        if (step.number !== at) return;
        failing = step;
        env.emu.fault({ path: endpointOf(step.kind, before), status: 500, when: 'after', times: 1 });
      },
    });
    const outcome = await run.catch((e: unknown) => e);
    const endpoint = endpointOf(failing!.kind, before);
    const calls = env.emu.requests().filter((r) => r.endpoint === endpoint && r.status === 500);
    expect(calls).toHaveLength(1);
    if (ENDPOINTS[endpoint].idempotent) {
      // Safe to repeat: retried, and the deployment goes through.
      expect(outcome).toMatchObject({ menus: [{ alias: 'brown-cafe-menu' }, { alias: 'brown-cafe-account' }] });
      expect(env.emu.richMenuState().menus).toHaveLength(state.menus.length + 2);
      return;
    }
    expect(outcome).toBeInstanceOf(RichMenuDeployError);
    const error = outcome as RichMenuDeployError;
    expect(error.step).toEqual(failing);
    expect(error.cause).toMatchObject({ code: 'server_error', status: 500, attempts: 1, ambiguous: true });
    expect(error.message).toContain('LINE may or may not have done it');
    expect(error.leftBehind).toEqual([]);
    expect(error.uncertain).toEqual([]);
    // What LINE did before its 500 (a menu, an image, an alias) is gone with the rest.
    expect(env.emu.richMenuState()).toEqual(state);
  });
});

describe('a create whose answer times out, done by LINE later', () => {
  it.each(['createRichMenu', 'createRichMenuAlias'] as const)(
    '%s: deploy looks again until it finds what LINE made, and undoes it',
    async (endpoint) => {
      const state = env.emu.richMenuState();
      // LINE holds the request past the client's timeout, then does it.
      env.emu.fault({ path: endpoint, delay: 800, times: 1 });
      const error = await failure(
        () =>
          deployRichMenu(
            env.client({ timeout: 500 }),
            { ...renderRichMenus(<MainMenu {...mainMenu.sample} />)[0]!, alias: 'main' },
            { default: true },
          ),
        RichMenuDeployError,
      );
      expect(error.cause).toMatchObject({ code: 'timeout', attempts: 1, ambiguous: true });
      expect(error.uncertain).toEqual([]);
      expect(error.message).not.toContain('nothing had been changed yet');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(env.emu.richMenuState()).toEqual(state);
    },
  );

  it('says plainly that LINE may still create the menu when it is not listed in time, and how to find it', async () => {
    env.emu.fault({ path: 'createRichMenu', delay: 1500, times: 1 });
    const error = await failure(
      () => deployRichMenu(env.client({ timeout: 300 }), { menu: <MainMenu {...mainMenu.sample} />, image: png(2500, 1686) }),
      RichMenuDeployError,
    );
    expect(error.cause).toMatchObject({ code: 'timeout' });
    expect(error.message).not.toContain('nothing had been changed yet');
    expect(error.uncertain).toEqual([
      expect.stringMatching(
        /^LINE may still create the rich menu "[^"]+": its create request got no answer and no such menu was listed within 0\.6 s\. Look for a menu named "[^"]+" in richMenu\.list\(\)/,
      ),
    ]);
    expect(error.message).toContain(`not sure: ${error.uncertain[0]}`);
    // And LINE did create it: what the error warned of.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(env.emu.richMenuState().menus).toHaveLength(1);
  });
});

describe('a rollback that can not finish', () => {
  it('says what is left behind, with its ID, so that nothing is left unknown', async () => {
    const line = client();
    const error = await failure(
      () =>
        deployRichMenu(line, tabs(), {
          onStep: (step) => {
            if (step.kind !== 'alias') return;
            env.emu.fault({ path: 'createRichMenuAlias', status: 400, body: { message: 'conflict: richmenu alias id already exists' } });
            env.emu.fault({ path: 'deleteRichMenu', status: 503 });
          },
        }),
      RichMenuDeployError,
    );
    const ids = env.emu.richMenuState().menus.map((m) => m.richMenuId);
    expect(ids).toHaveLength(2);
    expect(error.undone).toEqual([]);
    expect(error.leftBehind).toEqual(
      ids
        .reverse()
        .map((id) =>
          expect.stringMatching(
            new RegExp(`^delete rich menu ${id} \\("Brown Café: \\w+ tab"\\) \\(DELETE /v2/bot/richmenu/${id} failed with 503`),
          ),
        ),
    );
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('step 7 of 8 failed: point the alias "brown-cafe-menu" at "Brown Café: menu tab"');
    expect(lines[1]).toMatch(
      /^ {2}POST \/v2\/bot\/richmenu\/alias failed with 400 "conflict: richmenu alias id already exists" \(request id [\w-]+\)$/,
    );
    expect(lines[2]).toMatch(
      /^could not undo, do it by hand: delete rich menu richmenu-\w+ \("Brown Café: account tab"\) \(DELETE .* failed with 503/,
    );
    expect(lines).toHaveLength(3);
  });
});
