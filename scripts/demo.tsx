/**
 * The README's main job: render every design in examples/, send them through the local LINE
 * emulator with push, multicast (to a few thousand followers) and broadcast, and print what each
 * recipient got. `--keep` leaves the emulator running so the chat view can be browsed;
 * `--json` also prints each rendered message.
 */
import { render, renderRichMenus } from '@linejsx/jsx';
import { startEmulator, type ReceivedMessage } from '@linejsx/emulator';
import { createClient, deployRichMenu, type MulticastProgress } from '@linejsx/send';
import type { Message } from '@linejsx/schema';
import { examples, sampleElement } from '../examples/index.ts';

const keep = process.argv.includes('--keep');
const json = process.argv.includes('--json');
const FOLLOWERS = 3000;
const count = (n: number) => n.toLocaleString('en-US');
const out = (line = '') => process.stdout.write(`${line}\n`);

// 1. Render and validate every design (a LineValidationError here names the component and line).
const messages: Message[] = [];
const menus: Array<{ example: (typeof examples)[number]; element: ReturnType<typeof sampleElement> }> = [];
for (const example of examples) {
  const element = sampleElement(example);
  if (example.kind === 'richMenu') {
    const rendered = renderRichMenus(element);
    menus.push({ example, element });
    out(`rendered ${example.id.padEnd(20)} ${'rich menu'.padEnd(9)} ${rendered.map((m) => `${m.menu.size.width}x${m.menu.size.height}`).join(' + ')}`);
    continue;
  }
  const message = render(element);
  messages.push(message);
  const bytes = Buffer.byteLength(JSON.stringify(message));
  out(`rendered ${example.id.padEnd(20)} ${message.type.padEnd(9)} ${count(bytes)} bytes`);
  if (json) out(JSON.stringify(message, null, 2));
}
out(`Rendered and validated ${examples.length} designs.\n`);

// 2. Send them through the emulator, as to LINE.
const emu = await startEmulator({ followers: FOLLOWERS });
const line = createClient({ channelAccessToken: emu.token, baseUrl: emu.url });
const batches: Message[][] = [];
for (let i = 0; i < messages.length; i += 5) batches.push(messages.slice(i, i + 5)); // LINE takes 1 to 5 per request

try {
  const [first] = emu.followers;
  for (const message of messages) await line.push(first!, message);
  out(`push       ${messages.length} requests to ${first}`);

  for (const [i, batch] of batches.entries()) {
    const progress = (p: MulticastProgress) => `multicast  batch ${i + 1}/${batches.length}: ${count(p.sent)}/${count(p.recipients)} recipients, ${p.chunksDone}/${p.chunks} requests`;
    let last = '';
    const result = await line.multicast(emu.followers, batch, {
      onProgress: (p) => {
        last = progress(p);
        if (process.stdout.isTTY) process.stdout.write(`\r${last}`);
      },
    });
    process.stdout.write(process.stdout.isTTY ? '\n' : `${last}\n`);
    if (!result.ok) throw new Error(`multicast batch ${i + 1} failed for ${count(result.failed.length)} recipients`);
  }

  for (const batch of batches) await line.broadcast(batch);
  out(`broadcast  ${batches.length} request(s) to all ${count(FOLLOWERS)} followers`);

  // Each rich menu set with its images and aliases; the first one becomes the default menu.
  for (const [i, { example, element }] of menus.entries()) {
    const deployed = await deployRichMenu(line, element, { default: i === 0 });
    for (const m of deployed.menus) out(`rich menu  ${example.id}: ${m.richMenuId}${m.alias ? ` (alias ${m.alias})` : ''}${m.richMenuId === deployed.defaultRichMenuId ? ', the default' : ''}`);
  }

  // 3. What each recipient got, grouped by identical inboxes.
  const groups = new Map<string, string[]>();
  for (const [chatId, inbox] of emu.received()) {
    const key = describe(inbox);
    const chats = groups.get(key);
    if (chats) chats.push(chatId);
    else groups.set(key, [chatId]);
  }
  let total = 0;
  for (const inbox of emu.received().values()) total += inbox.length;
  out(`\nWhat each recipient got (${count(emu.received().size)} recipients, ${count(total)} messages):`);
  for (const [key, chats] of [...groups].sort((a, b) => a[1].length - b[1].length)) {
    const who = chats.length === 1 ? `1 recipient (${chats[0]})` : `${count(chats.length)} recipients`;
    out(`  ${who}: ${key}`);
  }
  const requests = emu.requests();
  out(`\n${requests.length} API requests, answered ${[...new Set(requests.map((r) => r.status))].join(', ')}.`);
} finally {
  if (keep) {
    out(`The emulator keeps running at ${emu.url} (chat view ${emu.url}/); Ctrl-C stops it.`);
    process.once('SIGINT', () => void emu.stop());
  } else {
    await emu.stop();
    out(`Chat view: ${emu.url}/ (stopped now; \`npm run demo -- --keep\` keeps it running).`);
  }
}

/** `3 messages: push flex, multicast flex, broadcast flex` */
function describe(inbox: readonly ReceivedMessage[]): string {
  const counts = new Map<string, number>();
  for (const m of inbox) {
    const what = `${m.via} ${m.message.type}`;
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  const parts = [...counts].map(([what, n]) => (n === 1 ? what : `${n}× ${what}`));
  return `${inbox.length} message${inbox.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
