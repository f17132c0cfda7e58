/** `linejsx preview FILE [--out page.html] [--png shot.png]`: a design as the LINE app draws it. */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type ChatOptions, previewStyles, type RichMenuView, renderChatHtml, renderPage, renderRichMenuPage } from '@linejsx/preview';
import { defineCommand } from '../command.ts';
import { loadDesign, tryRenderDesign } from '../design.ts';
import { UsageError } from '../errors.ts';
import { EXIT } from '../exit.ts';
import { oneFile, wholeNumber } from '../options.ts';
import { requireChromium, screenshot } from '../png.ts';
import { menuImage, pageImage } from '../rich-menu-image.ts';

const USAGE = `Usage: linejsx preview FILE [--out page.html] [--png shot.png] [options]

Draws a design (FILE.tsx) or LINE JSON (FILE.json, or - for stdin) as the LINE chat shows it:
messages in the chat, a rich menu under it (with its image prop, or a placeholder naming each
area), and tabs (a fragment of <RichMenu>s) as the LINE app switches them.

The HTML page (with --out, else on stdout) is self-contained: the phone, the validation result and
the JSON with a copy button. --png takes a screenshot of the phone in Chromium (Debian's
/usr/bin/chromium, or LINEJSX_CHROMIUM); images load from their URLs.

An invalid design is drawn too, its problems marked where they are; the exit code is then 1.

Options:
  --out FILE           write the HTML page to FILE
  --png FILE           write a PNG of the phone to FILE
  --theme light|dark   the chat's colours (default light)
  --width N            the phone's width in CSS pixels (default 390)
  --bot-name NAME      the account name in the header
  --export NAME        preview this export (default: the default export, else the only one)
  --props JSON         props for a component, as JSON or @file.json
  --json               print what was written, and the problems, as JSON
  -h, --help           show this

Exit codes: 0 drawn and valid, 1 drawn with problems (or no design), 2 wrong usage (or no
Chromium for --png), 5 the file could not be loaded or run.`;

/** A page of the phone alone, sized to it: what the PNG shows. */
function phonePage(chat: string, dark: boolean): string {
  const background = dark ? '#1b1b1b' : '#f6f7f9';
  return `<!doctype html><html><head><meta charset="utf-8"><style>${previewStyles()}
body{margin:0;padding:16px;background:${background};display:inline-block}</style></head><body>${chat}</body></html>`;
}

export const previewCommand = defineCommand({
  name: 'preview',
  usage: USAGE,
  options: {
    out: { type: 'string' },
    png: { type: 'string' },
    theme: { type: 'string' },
    width: { type: 'string' },
    'bot-name': { type: 'string' },
    export: { type: 'string' },
    props: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const json = values.json === true;
    if (values.theme !== undefined && values.theme !== 'light' && values.theme !== 'dark')
      throw new UsageError(`--theme is light or dark; got ${JSON.stringify(values.theme)}`, 'preview');
    if (json && values.out === undefined && values.png === undefined)
      throw new UsageError('--json prints a summary on stdout, so the page needs --out FILE (or --png FILE)', 'preview');
    const width = wholeNumber('width', values.width, 'preview', 240);
    // Before any work: a missing browser is said at once, not after the page is rendered.
    const executablePath = values.png !== undefined ? requireChromium(io.env, 'preview') : undefined;
    const file = oneFile(positionals, 'preview');
    const design = await loadDesign(io, file, { exportName: values.export, props: values.props, command: 'preview' });

    const drawn = tryRenderDesign(design);
    const { issues } = drawn;
    const base: ChatOptions & { title: string } = {
      title: `${design.label}: LINE preview`,
      ...(values.theme ? { theme: values.theme as 'light' | 'dark' } : {}),
      ...(width !== undefined ? { width } : {}),
      ...(values['bot-name'] !== undefined ? { botName: values['bot-name'] } : {}),
    };
    // An image prop is relative to the TSX file, and inlined so that the page shows it anywhere.
    const baseDir = dirname(resolve(io.cwd, file));
    const views: RichMenuView[] =
      drawn.kind === 'richMenus'
        ? drawn.menus.map((m) => ({ menu: m.menu, alias: m.alias, image: pageImage(menuImage(m.image, baseDir)) }))
        : [];
    const messages = drawn.kind === 'messages' ? drawn.messages : [];
    const options: ChatOptions & { title: string } =
      drawn.kind === 'richMenus' ? { ...base, richMenus: views, richMenuIssues: issues } : { ...base, issues };
    const page = () => (drawn.kind === 'richMenus' ? renderRichMenuPage(views, options) : renderPage(messages, options));
    const written: string[] = [];
    if (values.out !== undefined) {
      writeFileSync(resolve(io.cwd, values.out), page());
      written.push(values.out);
    } else if (values.png === undefined) io.write(page());
    if (values.png !== undefined && executablePath) {
      const html = phonePage(renderChatHtml(messages, options), values.theme === 'dark');
      await screenshot(html, resolve(io.cwd, values.png), { executablePath, width: (width ?? 390) + 32, command: 'preview' });
      written.push(values.png);
    }

    if (json) io.stdout(JSON.stringify({ ok: issues.length === 0, file: design.label, written, issues }));
    else if (written.length > 0) io.stdout(`${io.out.green('✓')} wrote ${written.join(' and ')}`);
    if (issues.length > 0) {
      io.stderr(
        `${io.err.yellow('!')} ${design.label} has ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}; the preview marks ${issues.length === 1 ? 'it' : 'them'}:`,
      );
      for (const issue of issues) io.stderr(`  ${issue.path}: ${issue.message}${issue.component ? `  (${issue.component.path})` : ''}`);
      return EXIT.invalid;
    }
    return EXIT.ok;
  },
});
