/**
 * `linejsx render`, `validate`, `import` and `preview` on designs and LINE JSON: the real command
 * for what only a process shows (stdout, exit codes, colours, tsx loading a TSX file, chromium), and
 * `main()` in process for the many argument variations.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, renderRichMenus } from '@linejsx/jsx';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleElement } from '../../examples/index.ts';
import receipt from '../../examples/receipt.tsx';
import shopTabs from '../../examples/rich-menu/shop-tabs.tsx';
import { CHROMIUM } from '../support/chromium.ts';
import { callCli, jsonOutput, ROOT, runCli } from '../support/cli.ts';

const FIXTURES = 'test/cli/fixtures';
const CARDS = `${FIXTURES}/cards.tsx`;
const TABS = 'examples/rich-menu/shop-tabs.tsx';
const TMP = join(ROOT, 'test/.tmp/cli-design');
mkdirSync(TMP, { recursive: true });
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Writes a file under test/.tmp/cli-design and returns its path relative to the repository. */
function tmpFile(name: string, content: string): string {
  writeFileSync(join(TMP, name), content);
  return `test/.tmp/cli-design/${name}`;
}

const ESC = '\u001b[';

describe('linejsx render', () => {
  it('prints the validated JSON of a design on stdout, and nothing else', async () => {
    const run = await runCli(['render', 'examples/receipt.tsx']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(render(sampleElement(receipt)));
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('says what is wrong with the component path and the TSX line, exit code 1, stdout empty; colours only when forced', async () => {
    const piped = await runCli(['render', CARDS, '--export', 'TooLong']);
    expect(piped.code).toBe(1);
    expect(piped.stdout).toBe('');
    expect(piped.stderr).toMatch(/<Flex> > <Bubble> > <Body> > <Button> > <Uri>\s+test\/cli\/fixtures\/cards\.tsx:\d+:\d+/);
    expect(piped.stderr).toContain('label is 41 characters; LINE allows at most 40');
    expect(piped.stderr).not.toContain(ESC);

    const forced = await runCli(['render', CARDS, '--export', 'TooLong'], { env: { FORCE_COLOR: '1' } });
    expect(forced.code).toBe(1);
    expect(forced.stderr).toContain(ESC);
  });

  it('renders a component with its sample props, or with --props (JSON or @file)', async () => {
    const sample = await callCli(['render', CARDS, '--export', 'Card']);
    expect(sample.code).toBe(0);
    expect(JSON.parse(sample.stdout).altText).toBe('Welcome, Cony!');

    const given = await callCli(['render', CARDS, '--export', 'Card', '--props', '{"name":"Sally","url":"https://example.com/go"}']);
    expect(JSON.parse(given.stdout).altText).toBe('Welcome, Sally!');

    const file = tmpFile('props.json', '{"name":"Brown","url":"https://example.com/go"}');
    const fromFile = await callCli(['render', CARDS, '--export', 'Card', '--props', `@${file}`, '--pretty']);
    expect(fromFile.stdout).toContain('\n  "altText": "Welcome, Brown!"');
  });

  it('renders a fragment as an array of messages, and the only export when there is no default', async () => {
    const pair = await callCli(['render', CARDS, '--export', 'Pair']);
    expect(JSON.parse(pair.stdout)).toEqual([
      { type: 'text', text: 'One' },
      { type: 'text', text: 'Two' },
    ]);
    const only = tmpFile('only.tsx', "import { Text } from '@linejsx/jsx';\nexport function Hello() {\n  return <Text>Hello</Text>;\n}\n");
    expect(JSON.parse((await callCli(['render', only])).stdout)).toEqual({ type: 'text', text: 'Hello' });
  });

  it('prints a fragment of <RichMenu> tabs as an array of rich menu objects, in order', async () => {
    const run = await runCli(['render', TABS]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(renderRichMenus(sampleElement(shopTabs)).map((m) => m.menu));
  });

  it('is a usage error (exit 2) to leave the choice of export open, to name a missing one, or to give no file', async () => {
    const several = await callCli(['render', CARDS]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('it exports Card, Pair, TooLong (pick one with --export NAME)');
    expect((await callCli(['render', CARDS, '--export', 'Nope'])).stderr).toContain('has no export "Nope"');
    expect((await callCli(['render', 'nope.tsx'])).stderr).toContain('nope.tsx: no such file');
    expect((await callCli(['render', 'examples'])).stderr).toContain('examples is a directory');
    expect((await callCli(['render'])).code).toBe(2);
    const option = await callCli(['render', CARDS, '--pertty']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option --pertty');
    expect(option.stderr).toContain('linejsx render --help');
  });

  it('reports a file that does not compile or parse, and a component that throws, with exit code 5 (not 1: the design was never checked)', async () => {
    const syntax = await callCli([
      'render',
      tmpFile('syntax.tsx', "import { Text } from '@linejsx/jsx';\nexport default <Text>Hi</Text\n"),
    ]);
    expect(syntax.code).toBe(5);
    expect(syntax.stderr).toContain('syntax.tsx could not be loaded');

    const throws = await callCli([
      'render',
      tmpFile('throws.tsx', "export default function Boom(): never {\n  throw new Error('no data');\n}\n"),
    ]);
    expect(throws.code).toBe(5);
    expect(throws.stderr).toContain('threw while rendering: no data');
    expect(throws.stderr).toMatch(/throws\.tsx:2:\d+/);

    expect((await callCli(['validate', '-'], { input: '{"type":' })).code).toBe(5);
  });

  it('points a component that throws in a CommonJS package at its TSX file and line, not at compiled code', async () => {
    const dir = join(TMP, 'commonjs-throws');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "name": "a-commonjs-bot" }\n');
    writeFileSync(
      join(dir, 'boom.tsx'),
      "import { Text } from '@linejsx/jsx';\n\nexport const Fine = () => <Text>ok</Text>;\nexport const Throws = () => {\n  throw new Error('boom');\n};\n",
    );
    const run = await runCli(['render', 'test/.tmp/cli-design/commonjs-throws/boom.tsx', '--export', 'Throws']);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('threw while rendering: boom');
    expect(run.stderr).toMatch(/commonjs-throws\/boom\.tsx:5:\d+/);
    expect(run.stderr).not.toContain('data:');
    expect(run.stderr.length).toBeLessThan(400);
  });

  it('loads a design of a CommonJS package (no "type": "module") through tsx', async () => {
    const dir = join(TMP, 'commonjs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "name": "a-commonjs-bot" }\n');
    writeFileSync(
      join(dir, 'card.tsx'),
      "import { Text } from '@linejsx/jsx';\n\nexport function Card() {\n  return <Text>{''}</Text>;\n}\n",
    );
    const run = await runCli(['render', 'test/.tmp/cli-design/commonjs/card.tsx']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/<Text>\s+test\/\.tmp\/cli-design\/commonjs\/card\.tsx:4:10/);
  });
});

describe('linejsx validate', () => {
  it('checks JSON from stdin and prints the problems as JSON with --json (exit 1)', async () => {
    const run = await runCli(['validate', '-', '--json'], { input: '{"type":"text","text":"","quickReply":{"items":[]}}' });
    expect(run.code).toBe(1);
    const result = jsonOutput(run);
    expect(result).toMatchObject({ ok: false, kind: 'message' });
    expect((result.issues as Array<{ path: string }>).map((i) => i.path).sort()).toEqual(['quickReply.items', 'text']);
  });

  it('says what a valid design or file is', async () => {
    const messages = await callCli(['validate', `${FIXTURES}/messages.json`]);
    expect(messages.code).toBe(0);
    expect(messages.stdout).toContain('2 messages: text, sticker');
    const card = await callCli(['validate', CARDS, '--export', 'Card', '--json']);
    expect(jsonOutput(card)).toMatchObject({ ok: true, kind: 'message', issues: [] });
  });

  it('validates each rich menu of a set of tabs, as a design and as the JSON render prints', async () => {
    const tabs = await callCli(['validate', TABS]);
    expect(tabs.stderr).toBe('');
    expect(tabs.code).toBe(0);
    expect(tabs.stdout).toMatch(
      /^✓ examples\/rich-menu\/shop-tabs\.tsx \(default export\): 2 rich menus: "Brown Café: menu tab" \(2500×843, 4 areas\), "Brown Café: account tab" \(2500×843, 4 areas\); [\d,]+ bytes$/m,
    );
    const json = JSON.stringify(renderRichMenus(sampleElement(shopTabs)).map((m) => m.menu));
    expect(jsonOutput(await callCli(['validate', '-', '--json'], { input: json }))).toMatchObject({
      ok: true,
      kind: 'richMenus',
      issues: [],
    });
    const broken = JSON.parse(json) as Array<{ chatBarText: string }>;
    broken[1]!.chatBarText = 'x'.repeat(15);
    const invalid = await callCli(['validate', '-', '--json'], { input: JSON.stringify(broken) });
    expect(invalid.code).toBe(1);
    expect(jsonOutput(invalid).issues).toEqual([expect.objectContaining({ path: 'menus[1].chatBarText' })]);
  });

  it('explains JSON that is no message: a bare bubble, an empty array, not JSON at all', async () => {
    const bubble = await callCli(['validate', `${FIXTURES}/bubble.json`]);
    expect(bubble.code).toBe(1);
    expect(bubble.stderr).toContain('is a bare bubble, as the Flex Message Simulator exports it');
    expect((await callCli(['validate', '-'], { input: '[]' })).stderr).toContain('an empty array; LINE sends 1 to 5 messages');
    expect((await callCli(['validate', '-'], { input: '{"type":' })).stderr).toContain('stdin is not JSON');
    expect((await callCli(['validate', '-'], { input: '{"text":"Hi"}' })).stderr).toContain(
      'stdin is not LINE JSON: expected a message object, an array of messages, or a rich menu',
    );
    const typo = await callCli(['validate', '-'], { input: '[{"type":"txt","text":"Hi"}]' });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('messages[0].type: type "txt" is not a message type');
    const empty = await callCli(['validate', `${FIXTURES}/empty-text.json`, '--json']);
    expect(jsonOutput(empty).issues).toEqual([expect.objectContaining({ path: 'text', code: 'too_short', limit: 'text' })]);
  });
});

describe('linejsx import', () => {
  it('writes TSX that renders back to the same JSON, through the real command both ways', async () => {
    const json = render(sampleElement(receipt));
    const input = tmpFile('receipt.json', JSON.stringify(json, null, 2));
    const imported = await runCli(['import', input, '--name', 'ImportedReceipt']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('export function ImportedReceipt()');
    expect(imported.stderr).toContain('render(<ImportedReceipt />) gives back the JSON');
    const tsx = tmpFile('ImportedReceipt.tsx', imported.stdout);
    const rendered = await runCli(['render', tsx]);
    expect(rendered.code).toBe(0);
    expect(JSON.parse(rendered.stdout)).toEqual(json);
  });

  it('names the component after the file, wraps a bare bubble, and warns on stderr about JSON kept as <Raw>', async () => {
    const bubble = await callCli(['import', `${FIXTURES}/bubble.json`]);
    expect(bubble.code).toBe(0);
    expect(bubble.stdout).toContain('export function Message()'); // "Bubble" is a component already
    expect(bubble.stdout).toContain('<Flex altText="Hello">');
    expect((await callCli(['import', `${FIXTURES}/empty-text.json`])).stdout).toContain('export function EmptyText()');

    const spacer =
      '{"type":"flex","altText":"x","contents":{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[{"type":"spacer"}]}}}';
    const kept = await callCli(['import', '-'], { input: spacer });
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('<Raw json=');
    expect(kept.stderr).toContain(
      'warning contents.body.contents[0]: the "spacer" component was removed from Flex Messages (kept as <Raw>)',
    );
  });

  it('refuses what is not LINE JSON (exit 1) or not JSON at all (exit 5)', async () => {
    expect((await callCli(['import', '-'], { input: 'not json' })).code).toBe(5);
    const number = await callCli(['import', '-'], { input: '42' });
    expect(number.code).toBe(1);
    expect(number.stderr).toContain('this is a number');
  });
});

describe('linejsx preview', () => {
  it.runIf(existsSync(CHROMIUM))('writes the HTML page and a PNG of the phone through chromium, and says so as JSON', async () => {
    const run = await runCli([
      'preview',
      'examples/welcome-text.tsx',
      '--out',
      'test/.tmp/cli-design/welcome.html',
      '--png',
      'test/.tmp/cli-design/welcome.png',
      '--theme',
      'dark',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(jsonOutput(run)).toMatchObject({
      ok: true,
      written: ['test/.tmp/cli-design/welcome.html', 'test/.tmp/cli-design/welcome.png'],
      issues: [],
    });
    const html = readFileSync(join(TMP, 'welcome.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('lj-theme-dark');
    expect(html).toContain('Thanks for adding Brown Café as a friend');
    const png = readFileSync(join(TMP, 'welcome.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the phone's 390 CSS pixels, plus the margin around it.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * 390);
  });

  it('draws an invalid design with its problems marked, writes it, and exits 1', async () => {
    const run = await callCli(['preview', CARDS, '--export', 'TooLong']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).toContain('lj-invalid');
    expect(run.stderr).toContain('messages[0].contents.body.contents[0].action.label: label is 41 characters');
  });

  it('draws a rich menu with its image, and tabs that switch by alias (exit 0)', async () => {
    const menu = await callCli(['preview', 'examples/rich-menu/main-menu.tsx']);
    expect(menu.stderr).toBe('');
    expect(menu.code).toBe(0);
    expect(menu.stdout).toMatch(/^<!doctype html>/);
    expect(menu.stdout).toContain('class="lj-rich-menus"');
    expect(menu.stdout).toContain('src="data:image/png;base64,');
    expect(menu.stdout).toContain('✓ Valid: LINE accepts this rich menu');

    const tabs = await callCli(['preview', TABS, '--out', 'test/.tmp/cli-design/tabs.html', '--json']);
    expect(tabs.code).toBe(0);
    expect(jsonOutput(tabs)).toMatchObject({ ok: true, written: ['test/.tmp/cli-design/tabs.html'], issues: [] });
    const html = readFileSync(join(TMP, 'tabs.html'), 'utf8');
    expect(html.match(/class="lj-rm-menu"/g)).toHaveLength(2);
    expect(html).toContain('data-alias="brown-cafe-account"');
    expect(html).toContain('data-switch="brown-cafe-account"');
    expect(html).toContain('✓ Valid: LINE accepts these rich menus');
  });

  it('draws a bare bubble, as the Flex Message Simulator exports it, with its problem marked (exit 1)', async () => {
    const run = await callCli(['preview', `${FIXTURES}/bubble.json`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).toContain('lj-invalid');
    expect(run.stderr).toContain('messages[0].type: a bubble is not a message by itself');
  });

  it('says plainly when --png has no browser, and refuses --json without a file', async () => {
    const noBrowser = await callCli(['preview', CARDS, '--export', 'Card', '--png', 'x.png'], {
      env: { LINEJSX_CHROMIUM: '/nonexistent/chromium' },
    });
    expect(noBrowser.code).toBe(2);
    expect(noBrowser.stderr).toContain('--png needs Chromium, and there is none at /nonexistent/chromium');
    expect(noBrowser.stderr).toContain('apt-get install chromium');
    expect((await callCli(['preview', CARDS, '--json'])).stderr).toContain('--json prints a summary on stdout');
  });
});
