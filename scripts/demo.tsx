/**
 * The README's main job, `npm run demo`: render and validate every design in examples/, write a
 * preview gallery, start the local LINE emulator with a few thousand followers, send every design
 * with push, multicast and broadcast, create the example rich menu, run a personalised campaign
 * through two workers (Redis, BullMQ), and end with a summary table and the addresses of the
 * emulator's chat view and of the gallery.
 *
 * On a terminal it then keeps serving both until Ctrl+C, so that the chat view can be opened;
 * `--once` (and any run whose output is not a terminal) stops at the end, `--keep` serves anyway.
 * `--json` prints the summary as JSON (the last line with `--once`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { type Emulator, type ReceivedMessage, startEmulator } from '@linejsx/emulator';
import { render, renderRichMenus } from '@linejsx/jsx';
import { jsonBytes, type Message } from '@linejsx/schema';
import { createClient, deployRichMenu, type LineClient } from '@linejsx/send';
import { examples, messageExamples, richMenuExamples, sampleElement } from '../examples/index.ts';
import { processIo } from '../packages/cli/src/io.ts';
import { progressBar } from '../packages/cli/src/progress.ts';
import { formatTable } from '../packages/cli/src/table.ts';
import { count } from '../packages/cli/src/words.ts';
import { REDIS_MISSING, redisServerAvailable } from '../tools/redis-server.ts';
import { demoCampaign } from './demo-campaign.ts';
import { galleryPage } from './gallery.ts';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !['--once', '--keep', '--json'].includes(a));
if (unknown.length > 0) {
  process.stderr.write(`usage: npm run demo -- [--once | --keep] [--json]\nunknown: ${unknown.join(' ')}\n`);
  process.exit(2);
}
const io = processIo();
const json = args.has('--json');
const serve = args.has('--keep') || (!args.has('--once') && process.stdout.isTTY === true);
const FOLLOWERS = 3000;
const GALLERY = join(process.cwd(), 'build', 'gallery', 'index.html');
const { bold, dim, green, cyan } = io.out;
const out = (line = '') => io.stdout(line);

/** One row of the summary: a kind of send and what it took. */
interface Step {
  readonly step: string;
  readonly what: string;
  readonly requests: number;
  readonly recipients: number;
  readonly delivered: number;
  readonly ms: number;
}

// The designs: messages are sent, rich menus deployed.
const messageDesigns = messageExamples;
const menuDesigns = richMenuExamples;

// 1. Render and validate every design (a LineValidationError here names the component and line).
out(`${bold('linejsx demo')}: every design of examples/, rendered, validated and sent through a local LINE emulator.\n`);
const messages: Message[] = [];
for (const example of messageDesigns) {
  const message = render(sampleElement(example));
  messages.push(message);
  out(`  ${green('✓')} ${example.id.padEnd(22)} ${message.type.padEnd(9)} ${count(jsonBytes(message)).padStart(6)} bytes`);
}
for (const example of menuDesigns) {
  // A set of tabs is one design of several menus: each line names its tab.
  const menus = renderRichMenus(sampleElement(example));
  menus.forEach(({ menu }, i) => {
    const id = menus.length > 1 ? `${example.id} [${i + 1}/${menus.length}]` : example.id;
    out(
      `  ${green('✓')} ${id.padEnd(22)} ${'rich menu'.padEnd(9)} ${menu.size.width}×${menu.size.height}, ${menu.areas.length} areas, "${menu.chatBarText}"`,
    );
  });
}
const designs = messageDesigns.length + menuDesigns.length;
out(`Rendered and validated ${designs} designs.`);

// 2. The preview gallery, written with @linejsx/preview.
mkdirSync(join(GALLERY, '..'), { recursive: true });
writeFileSync(
  GALLERY,
  galleryPage(examples, {
    heading: 'linejsx examples',
    intro: 'Every design of examples/ as the LINE chat draws it (@linejsx/preview).',
    descriptions: true,
  }),
);
out(`Wrote the gallery: ${relative(process.cwd(), GALLERY)}\n`);

// 3. Send them through the emulator, as to LINE.
const emu = await startEmulator({ followers: FOLLOWERS });
const line = createClient({ channelAccessToken: emu.token, baseUrl: emu.url });
out(`Emulator on ${cyan(emu.url)} with ${count(FOLLOWERS)} followers.`);
const batches: Message[][] = [];
for (let i = 0; i < messages.length; i += 5) batches.push(messages.slice(i, i + 5)); // LINE takes 1 to 5 per request

const delivered = () => [...emu.received().values()].reduce((n, inbox) => n + inbox.length, 0);

/** Runs one kind of send and measures it from the emulator's records. */
async function step(name: string, what: string, recipients: number, send: (line: LineClient) => Promise<void>): Promise<Step> {
  const requestsBefore = emu.requests().length;
  const deliveredBefore = delivered();
  const started = performance.now();
  await send(line);
  const row = {
    step: name,
    what,
    requests: emu.requests().length - requestsBefore,
    recipients,
    delivered: delivered() - deliveredBefore,
    ms: performance.now() - started,
  };
  out(`  ${green('✓')} ${name.padEnd(10)} ${what}`);
  return row;
}

let gallery: Server | undefined;
try {
  const [first] = emu.followers;
  const steps: Step[] = [];
  steps.push(
    await step('push', `${messages.length} designs to ${first}, one request each`, 1, async (client) => {
      for (const message of messages) await client.push(first!, message);
    }),
  );
  steps.push(
    await step(
      'multicast',
      `${messages.length} designs to every follower, ${batches.length} batches of up to 5`,
      FOLLOWERS,
      async (client) => {
        const bar = progressBar(io, 'multicast');
        try {
          for (const [i, batch] of batches.entries()) {
            const result = await client.multicast(emu.followers, batch, {
              onProgress: (p) => bar.update(i * p.recipients + p.sent, batches.length * p.recipients, `batch ${i + 1}/${batches.length}`),
            });
            if (!result.ok) throw new Error(`multicast batch ${i + 1} failed for ${count(result.failed.length)} recipients`);
          }
        } finally {
          bar.end();
        }
      },
    ),
  );
  steps.push(
    await step('broadcast', `${messages.length} designs to all friends, ${batches.length} requests`, FOLLOWERS, async (client) => {
      for (const batch of batches) await client.broadcast(batch);
    }),
  );
  const richMenuIds: string[] = [];
  steps.push(
    await step('rich menu', menuDesigns.map((example) => example.id).join(', '), 0, async (client) => {
      // Each menu with its image and alias; the first design's first menu becomes the default.
      for (const [i, example] of menuDesigns.entries()) {
        const result = await deployRichMenu(client, sampleElement(example), { default: i === 0 });
        richMenuIds.push(...result.menus.map((m) => m.richMenuId));
      }
    }),
  );
  out(`    ${dim(`deployed ${richMenuIds.join(', ')}`)}`);
  // A campaign: every follower their own reminder, queued in Redis and sent by two worker processes.
  if (redisServerAvailable) {
    const what = `a reminder of their own to each of ${count(FOLLOWERS)} followers, 2 workers`;
    steps.push(await step('campaign', what, FOLLOWERS, () => demoCampaign(io, emu, join(process.cwd(), 'build', 'campaign'))));
  } else io.stderr(`[linejsx] the campaign is left out: ${REDIS_MISSING}`);

  // 4. The summary, and what each recipient got.
  const total = { requests: 0, delivered: 0, ms: 0 };
  for (const s of steps) {
    total.requests += s.requests;
    total.delivered += s.delivered;
    total.ms += s.ms;
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  out(`\n${bold('Summary')}`);
  out(
    formatTable(
      ['step', 'requests', 'recipients', 'messages delivered', 'time'],
      [
        ...steps.map((s) => [s.step, s.requests, s.recipients || '', s.delivered || '', seconds(s.ms)]),
        [bold('total'), total.requests, emu.received().size, total.delivered, seconds(total.ms)],
      ],
    ),
  );
  out(`\nWhat each recipient got (${count(emu.received().size)} recipients):`);
  for (const [key, chats] of groupInboxes(emu))
    out(`  ${chats.length === 1 ? `1 recipient (${chats[0]})` : `${count(chats.length)} recipients`}: ${key}`);

  // 5. Where to look.
  gallery = serve ? await serveFile(GALLERY) : undefined;
  const galleryUrl = gallery ? `http://127.0.0.1:${(gallery.address() as AddressInfo).port}/` : undefined;
  out(`\n${bold('Chat view')}  ${cyan(`${emu.url}/`)}  ${dim(`(each follower's chat: ${emu.url}/chat/${first})`)}`);
  out(
    `${bold('Gallery')}    ${galleryUrl ? `${cyan(galleryUrl)}  ${dim(`(the file: ${relative(process.cwd(), GALLERY)})`)}` : relative(process.cwd(), GALLERY)}`,
  );
  const report = {
    designs,
    followers: FOLLOWERS,
    steps,
    total,
    richMenuIds,
    emulator: emu.url,
    chatView: `${emu.url}/`,
    gallery: { file: GALLERY, url: galleryUrl ?? null },
  };
  if (serve) {
    if (json) out(JSON.stringify(report));
    out(dim('Serving both until Ctrl+C (npm run demo -- --once stops at the end instead).'));
    await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  } else {
    out(dim('Stopped the emulator; npm run demo on a terminal (or -- --keep) keeps both running to browse.'));
    if (json) out(JSON.stringify(report));
  }
} finally {
  await emu.stop();
  await new Promise<void>((resolve) => (gallery ? gallery.close(() => resolve()) : resolve()));
}

/** Serves one HTML file at `/` on a free port of 127.0.0.1. */
function serveFile(file: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Recipients grouped by identical inboxes, smallest group first: `2,999 recipients: 26 messages: 13× multicast flex, …`. */
function groupInboxes(emulator: Emulator): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const [chatId, inbox] of emulator.received()) {
    const key = describe(inbox);
    const chats = groups.get(key);
    if (chats) chats.push(chatId);
    else groups.set(key, [chatId]);
  }
  return [...groups].sort((a, b) => a[1].length - b[1].length);
}

/** `26 messages: 10× multicast flex, 2× multicast text, …` */
function describe(inbox: readonly ReceivedMessage[]): string {
  const counts = new Map<string, number>();
  for (const m of inbox) {
    const what = `${m.via} ${m.message.type}`;
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  const parts = [...counts].map(([what, n]) => (n === 1 ? what : `${n}× ${what}`));
  return `${inbox.length} message${inbox.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
