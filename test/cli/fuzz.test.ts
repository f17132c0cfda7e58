/**
 * The command line against hostile files: random JSON, LINE-shaped messages with hostile strings
 * in every text field and wrong types anywhere, bytes that are not UTF-8, huge strings, deep
 * nesting, and recipients files and journals of the same. Whatever comes, `validate`, `render`,
 * `preview`, `import` and `send` end within seconds with an exit code of the table and no stack
 * trace (never 70), and nothing that LINE would refuse is sent.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateMessages } from '@linejsx/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CliRun, callCli } from '../support/cli.ts';
import { useEmulator } from '../support/emulator.ts';
import { tempDir } from '../support/temp.ts';

const TOKEN = 'fuzz-TOKEN-0123456789abcdef';
const setup = useEmulator({ tokens: [TOKEN], followers: 3 });
const dir = tempDir('fuzz');
const env = () => ({ LINE_TOKEN: TOKEN, LINE_API_BASE_URL: setup.emu.url });
/** Exit codes an input may end with: done, invalid, usage, could not be loaded. */
const EXPECTED = [0, 1, 2, 5];
const SECONDS = 15;

let n = 0;
function file(content: string | Uint8Array, ext = 'json'): string {
  const name = `case-${n++}.${ext}`;
  writeFileSync(join(dir.path, name), content);
  return join(dir.relative, name);
}

/** Runs the command; fails on a hang, a code outside the table, or a stack trace. */
async function run(args: readonly string[]): Promise<CliRun> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`linejsx ${args.join(' ')} did not end within ${SECONDS} s`)), SECONDS * 1000);
  });
  try {
    const result = await Promise.race([callCli(args, { env: env() }), hang]);
    expect(EXPECTED, `linejsx ${args.join(' ')}\n${result.stderr}`).toContain(result.code);
    expect(result.stderr, `linejsx ${args.join(' ')}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/** Every command on one design file; a send goes out only when what it sends is valid. */
async function everyCommand(design: string): Promise<void> {
  await run(['validate', design]);
  await run(['render', design]);
  await run(['preview', design, '--out', join(dir.relative, 'page.html')]);
  await run(['import', design]);
  const before = setup.emu.requests().length;
  const sent = await run(['send', 'push', design, '--to', setup.emu.followers[0]!, '--retries', '0']);
  const requests = setup.emu.requests().slice(before);
  if (sent.code !== 0) expect(requests, `send push ${design} failed (${sent.code}) but sent`).toEqual([]);
  else {
    // What went out was valid: the emulator, which validates as LINE does, took it.
    expect(requests.map((r) => r.status)).toEqual([200]);
    const inbox = setup.emu.inbox(setup.emu.followers[0]!);
    expect(validateMessages(inbox.slice(-requests.length).map((m) => m.message)).ok).toBe(true);
  }
}

/** Strings meant to break things: markup, quotes, control characters, lone surrogates, the empty one, long ones. */
const hostile = fc.oneof(
  fc.constantFrom(
    '',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder in data is the point
    '${process.exit(70)}',
    '\u0000\u0001\u001b[31m',
    '\ud800',
    '\udfff\ud800',
    '\r\n\r\n',
    '__proto__',
    'constructor',
    '🍎'.repeat(3000),
    'x'.repeat(70_000),
    'javascript:alert(1)',
    'https://example.com/"onmouseover="alert(1)',
    '%00%2e%2e%2f',
  ),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
);

/** A JSON value of the wrong type for any field. */
const wrong = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(hostile, { maxLength: 3 }),
  fc.dictionary(hostile, hostile, { maxKeys: 3 }),
  hostile,
);

/** LINE-shaped messages, each field hostile or of the wrong type. */
const message = fc.oneof(
  fc.record({ type: fc.constant('text'), text: fc.oneof(hostile, wrong) }),
  fc.record({ type: fc.constant('sticker'), packageId: wrong, stickerId: wrong }),
  fc.record({ type: fc.constant('image'), originalContentUrl: hostile, previewImageUrl: fc.oneof(hostile, wrong) }),
  fc.record({
    type: fc.constant('flex'),
    altText: fc.oneof(hostile, wrong),
    contents: fc.record({
      type: fc.constantFrom('bubble', 'carousel', 'box', ''),
      body: fc.record({
        type: fc.constant('box'),
        layout: fc.oneof(fc.constantFrom('vertical', 'horizontal', 'baseline'), hostile),
        contents: fc.array(fc.record({ type: fc.constantFrom('text', 'button', 'image', 'span'), text: hostile, url: hostile }), {
          maxLength: 4,
        }),
      }),
    }),
  }),
  fc.tuple(hostile, fc.dictionary(hostile, wrong, { maxKeys: 4 })).map(([type, rest]) => ({ ...rest, type })),
  fc.record({
    type: fc.constant('template'),
    altText: hostile,
    template: fc.record({
      type: fc.constantFrom('buttons', 'confirm'),
      text: hostile,
      actions: fc.array(fc.dictionary(hostile, wrong), { maxLength: 3 }),
    }),
  }),
);

/** What a file of a design can hold. */
const designFile = fc.oneof(
  message.map((m) => JSON.stringify(m)),
  fc.array(message, { maxLength: 6 }).map((m) => JSON.stringify(m)),
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '\ufeff{"type":"text","text":"BOM"}', 'null', '[]', '{}', '[[[[[[', '{"type":"text","text":"a"}{}', '1e999'),
);

describe('linejsx against hostile files', () => {
  it('never exits 70, never hangs, never sends what LINE would refuse: random designs', async () => {
    await fc.assert(
      fc.asyncProperty(designFile, async (content) => {
        await everyCommand(file(content));
      }),
      { numRuns: 150 },
    );
  }, 240_000);

  it('the same for what is hard on purpose: bytes that are not UTF-8, a huge file, deep nesting, 10,000 bubbles, __proto__ keys', async () => {
    const cases = [
      Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0xc3, 0x28, 0xa0, 0xa1]),
      JSON.stringify({ type: 'text', text: 'x'.repeat(8_000_000) }),
      `{"type":"text","text":"x","quickReply":${'{"items":['.repeat(20_000)}${']}'.repeat(20_000)}}`,
      `${'['.repeat(300_000)}${']'.repeat(300_000)}`,
      JSON.stringify({ type: 'flex', altText: 'a', contents: { type: 'carousel', contents: Array(10_000).fill({ type: 'bubble' }) } }),
      JSON.stringify({ type: 'text', text: 'hi', __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
    ];
    for (const content of cases) await everyCommand(file(content));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);

  it('recipients files and journals of anything: 0, 1 or 2, nothing sent from what is not right', async () => {
    const recipientsFile = fc.oneof(
      fc.array(fc.oneof(hostile, fc.constant(setup.emu.followers[0]!)), { maxLength: 20 }).map((lines) => lines.join('\n')),
      fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    );
    await fc.assert(
      fc.asyncProperty(recipientsFile, async (content) => {
        const ids = file(content, 'txt');
        const before = setup.emu.requests().length;
        const result = await run([
          'send',
          'multicast',
          'test/cli/fixtures/messages.json',
          '--to-file',
          ids,
          '--journal',
          join(dir.relative, `fuzz-${n}.journal`),
        ]);
        if (result.code !== 0) expect(setup.emu.requests().slice(before)).toEqual([]);
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          designFile,
          fc.array(fc.jsonValue(), { maxLength: 5 }).map((lines) => lines.map((l) => JSON.stringify(l)).join('\n')),
        ),
        async (content) => {
          const journal = file(content, 'journal');
          const before = setup.emu.requests().length;
          const result = await run(['send', 'multicast', '--resume', journal]);
          expect(result.code).not.toBe(0);
          expect(setup.emu.requests().slice(before)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);
});
