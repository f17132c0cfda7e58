/**
 * `linejsx richmenu deploy` against the emulator: the example TSX files deployed with their images,
 * images and aliases from flags, the connection options every command takes, usage errors,
 * refusals and a failed step, in process; and once through the real `linejsx` bin in a child process.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { callCli, DEV_CLI, jsonOutput } from '../support/cli.ts';
import { useEmulator } from '../support/emulator.ts';
import { png } from '../support/png.ts';

const env = useEmulator({ followers: 3 });
const ROOT = new URL('../../', import.meta.url).pathname;
const TABS = 'examples/rich-menu/shop-tabs.tsx';
const MAIN = 'examples/rich-menu/main-menu.tsx';

const lines = (text: string) => text.replace(/\n$/, '').split('\n');

async function run(...args: string[]): Promise<{ code: number | null; out: string[]; err: string }> {
  const { code, stdout, stderr } = await callCli(['richmenu', ...args], {
    env: { LINE_TOKEN: env.emu.token, LINE_API_BASE_URL: env.emu.url },
  });
  return { code, out: lines(stdout), err: stderr.trimEnd() };
}

describe('linejsx richmenu deploy', () => {
  it('deploys the tabs of a TSX file with their images and aliases, step by step', async () => {
    const { code, out, err } = await run('deploy', TABS, '--default');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.slice(0, 9)).toEqual([
      '[1/9] have LINE validate the rich menu "Brown Café: menu tab"',
      '[2/9] have LINE validate the rich menu "Brown Café: account tab"',
      '[3/9] create the rich menu "Brown Café: menu tab"',
      '[4/9] upload the image of "Brown Café: menu tab"',
      '[5/9] create the rich menu "Brown Café: account tab"',
      '[6/9] upload the image of "Brown Café: account tab"',
      '[7/9] point the alias "brown-cafe-menu" at "Brown Café: menu tab"',
      '[8/9] point the alias "brown-cafe-account" at "Brown Café: account tab"',
      '[9/9] make "Brown Café: menu tab" the default rich menu',
    ]);
    const { menus, aliases, defaultRichMenuId } = env.emu.richMenuState();
    expect(out.slice(9)).toEqual([
      'Deployed 2 rich menus:',
      `  ${menus[0]!.richMenuId}  "Brown Café: menu tab"  alias brown-cafe-menu, the default`,
      `  ${menus[1]!.richMenuId}  "Brown Café: account tab"  alias brown-cafe-account`,
    ]);
    expect(aliases).toEqual({ 'brown-cafe-menu': menus[0]!.richMenuId, 'brown-cafe-account': menus[1]!.richMenuId });
    expect(defaultRichMenuId).toBe(menus[0]!.richMenuId);
    expect(menus.every((m) => m.image?.contentType === 'image/png')).toBe(true);
  });

  it('takes images and an alias from flags, relative to the current directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linejsx-'));
    writeFileSync(join(dir, 'a.png'), png(2500, 843, { grey: 90 }));
    writeFileSync(join(dir, 'b.png'), png(2500, 843, { grey: 30 }));
    const tabs = await run(
      'deploy',
      TABS,
      '--image',
      `brown-cafe-menu=${relative(ROOT, join(dir, 'a.png'))}`,
      '--image',
      `Brown Café: account tab=${join(dir, 'b.png')}`,
    );
    expect(tabs.err).toBe('');
    expect(env.emu.richMenuState().menus.map((m) => m.image?.bytes)).toEqual([
      png(2500, 843, { grey: 90 }).length,
      png(2500, 843, { grey: 30 }).length,
    ]);
    const main = await run('deploy', MAIN, '--alias', 'main');
    expect(main.code).toBe(0);
    expect(env.emu.richMenuState().aliases.main).toBe(env.emu.richMenuState().menus[2]!.richMenuId);
    // A second deploy moves the aliases, and says from which menus.
    const again = await run('deploy', TABS);
    expect(again.out.at(-2)).toMatch(/alias brown-cafe-menu \(moved from richmenu-\w+\)$/);
  });

  it('says what is wrong with the command line (exit code 2), with the token from LINE_TOKEN or --token-file only', async () => {
    const usage = async (...args: string[]) => {
      const result = await run(...args);
      expect(result.code).toBe(2);
      return result.err.split('\n')[0];
    };
    expect(await usage('deploy')).toBe('linejsx richmenu deploy: which file? linejsx richmenu deploy FILE.tsx');
    expect(await usage('deploy', TABS, '--image', 'x.png')).toBe(
      'linejsx richmenu deploy: --image x.png: the file has 2 menus; say which with --image KEY=PATH (KEY: "brown-cafe-menu", "brown-cafe-account")',
    );
    expect(await usage('deploy', TABS, '--image', 'tab-c=x.png')).toBe(
      'linejsx richmenu deploy: --image tab-c=x.png: no menu has the alias or name "tab-c" (menus: "brown-cafe-menu", "brown-cafe-account")',
    );
    expect(await usage('deploy', TABS, '--alias', 'tabs')).toBe(
      'linejsx richmenu deploy: --alias names one menu, and the file has 2; give each <RichMenu> an alias prop instead',
    );
    expect(await usage('deploy', TABS, '--export', 'ShopTab')).toBe(
      'linejsx richmenu deploy: examples/rich-menu/shop-tabs.tsx has no export "ShopTab"; it exports ShopTabs (pick one with --export NAME)',
    );
    expect(await usage('deploy', 'examples/receipt.tsx')).toMatch(
      /^linejsx richmenu deploy: examples\/receipt\.tsx \(default export\) is a message; richmenu deploy deploys rich menus/,
    );
    expect(await usage('deploy', TABS, '--token', 'abc')).toBe('linejsx richmenu: unknown option --token');
    expect(await usage('deploy', TABS, '--emulator', '--base-url', env.emu.url)).toBe(
      'linejsx richmenu deploy: --emulator and --base-url both say where to send; give one',
    );
    expect(await usage('publish')).toBe('linejsx richmenu: unknown command "richmenu publish"; the rich menu command is "richmenu deploy"');
    const noToken = await callCli(['richmenu', 'deploy', TABS]);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/^linejsx richmenu deploy: no channel access token: set LINE_TOKEN, or pass --token-file FILE/);
    expect(env.emu.requests()).toEqual([]);
  });

  it('takes the token from --token-file, and prints what was deployed as JSON with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linejsx-'));
    writeFileSync(join(dir, 'token'), `${env.emu.token}\n`);
    const run = await callCli([
      'richmenu',
      'deploy',
      TABS,
      '--default',
      '--json',
      '--token-file',
      join(dir, 'token'),
      '--base-url',
      env.emu.url,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('[9/9] make "Brown Café: menu tab" the default rich menu');
    const { menus, defaultRichMenuId } = env.emu.richMenuState();
    expect(jsonOutput(run)).toEqual({
      ok: true,
      api: env.emu.url,
      menus: [
        expect.objectContaining({ richMenuId: menus[0]!.richMenuId, name: 'Brown Café: menu tab', alias: 'brown-cafe-menu' }),
        expect.objectContaining({ richMenuId: menus[1]!.richMenuId, name: 'Brown Café: account tab', alias: 'brown-cafe-account' }),
      ],
      defaultRichMenuId,
    });
    expect(run.stdout + run.stderr).not.toContain(env.emu.token);
  });

  it('deploys to an emulator it starts itself with --emulator, no token needed', async () => {
    const run = await callCli(['richmenu', 'deploy', MAIN, '--emulator', '--default', '--json']);
    expect(run.stderr).toContain('[1/4] have LINE validate the rich menu "Brown Café: main menu"');
    expect(run.code).toBe(0);
    expect(jsonOutput(run)).toMatchObject({
      ok: true,
      api: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      menus: [{ name: 'Brown Café: main menu' }],
    });
    expect(env.emu.requests()).toEqual([]);
  });

  it('refuses an image LINE would refuse before anything is created (exit code 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linejsx-'));
    writeFileSync(join(dir, 'big.png'), png(2500, 1686));
    const { code, err } = await run('deploy', TABS, '--image', `brown-cafe-account=${join(dir, 'big.png')}`);
    expect(code).toBe(1);
    expect(err).toBe(
      '✗ 1 problem in the rich menus to deploy\n  menus[1].image: the image is 2500x1686 pixels but the menu is 2500x843; draw it at the size of the menu',
    );
    expect(env.emu.requests()).toEqual([]);
  });

  it('says which step failed and what was rolled back, with the exit code of what LINE answered (3)', async () => {
    env.emu.fault({ path: 'createRichMenuAlias', status: 400, body: { message: 'The request body has 1 error(s)' } });
    const { code, out, err } = await run('deploy', TABS);
    expect(code).toBe(3);
    expect(out.at(-1)).toBe('[7/8] point the alias "brown-cafe-menu" at "Brown Café: menu tab"');
    const lines = err.split('\n');
    expect(lines[0]).toBe('✗ step 7 of 8 failed: point the alias "brown-cafe-menu" at "Brown Café: menu tab"');
    expect(lines[2]).toMatch(
      /^rolled back: deleted rich menu richmenu-\w+ \("Brown Café: account tab"\); deleted rich menu richmenu-\w+ \("Brown Café: menu tab"\)$/,
    );
    expect(env.emu.richMenuState().menus).toEqual([]);
    expect(err).not.toContain(env.emu.token);
  });
});

describe('linejsx validate --remote on rich menus', () => {
  it('asks LINE to validate each menu of a set of tabs', async () => {
    const run = await callCli(['validate', TABS, '--remote', '--json'], {
      env: { LINE_TOKEN: env.emu.token, LINE_API_BASE_URL: env.emu.url },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(jsonOutput(run)).toMatchObject({ ok: true, kind: 'richMenus', remote: { endpoint: '/v2/bot/richmenu/validate', ok: true } });
    expect(env.emu.requests().map((r) => [r.path, r.status])).toEqual([
      ['/v2/bot/richmenu/validate', 200],
      ['/v2/bot/richmenu/validate', 200],
    ]);
  });
});

describe('the linejsx bin', () => {
  it('runs richmenu deploy in its own process, loading the TSX with tsx', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...DEV_CLI, 'richmenu', 'deploy', MAIN, '--default', '--base-url', env.emu.url],
      {
        cwd: ROOT,
        env: { ...process.env, LINE_TOKEN: env.emu.token },
      },
    );
    const [menu] = env.emu.richMenuState().menus;
    expect(stdout.trim().split('\n').slice(-2)).toEqual([
      'Deployed 1 rich menu:',
      `  ${menu!.richMenuId}  "Brown Café: main menu"  the default`,
    ]);
    expect(menu!.image).toMatchObject({ contentType: 'image/png' });
  });
});

describe('linejsx richmenu deploy stopped by a signal', () => {
  it('undoes the steps done before it, and exits 143 for SIGTERM', async () => {
    // The first image upload is held, so that the signal comes while a step is under way.
    env.emu.fault({ path: 'uploadRichMenuImage', delay: 1500, times: 1 });
    const child = spawn(process.execPath, [...DEV_CLI, 'richmenu', 'deploy', TABS, '--default'], {
      cwd: ROOT,
      env: { ...process.env, LINE_TOKEN: env.emu.token, LINE_API_BASE_URL: env.emu.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    await expect.poll(() => env.emu.requests().some((r) => r.endpoint === 'uploadRichMenuImage'), { timeout: 15_000 }).toBe(true);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(143);
    expect(err).toContain('SIGTERM: stopping the deployment');
    expect(err).toContain('stopped by SIGTERM');
    expect(err).toMatch(/rolled back: deleted rich menu richmenu-/);
    expect(err).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(env.emu.richMenuState().menus).toEqual([]);
  });
});
