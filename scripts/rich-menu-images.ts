/**
 * Draws the image of every rich menu of examples/ (`pnpm rich-menu:images`): each area of the
 * rendered menu becomes a tile with an icon and its label, at the menu's exact pixel size, and
 * chromium saves it as a PNG at the menu's `image` path. Tab bars are drawn over the row the tab
 * switches sit in. Run it after changing a menu's layout; the images are committed.
 *
 * It also writes test/rich-menu/fixtures/half-menu.jpg, a JPEG as chromium encodes it, for the
 * image header tests.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type RenderedRichMenu, renderRichMenus } from '@linejsx/jsx';
import { escapeHtml } from '@linejsx/preview';
import type { RichMenuArea } from '@linejsx/schema';
import { richMenuImageIssues } from '@linejsx/send';
import { richMenuExamples, sampleElement } from '../examples/index.ts';
import { launchChromium } from '../test/support/browser.ts';

const THEME = { ground: '#f6efe6', tile: '#ffffff', ink: '#3b2a20', brand: '#6f4e37', accent: '#c8a27c', line: '#e4d6c5' };

/** Stroke icons on a 24-unit grid, by the label of the area they go on. */
const ICONS: Readonly<Record<string, string>> = {
  'Order online':
    '<path d="M3 4h2l2.4 10.2a1.5 1.5 0 0 0 1.5 1.1h8.4a1.5 1.5 0 0 0 1.5-1.1L21 7H6.2"/><circle cx="9.5" cy="19.5" r="1.5"/><circle cx="17" cy="19.5" r="1.5"/>',
  Coupons:
    '<path d="M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v2a2 2 0 0 0 0 4v2a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2v-2a2 2 0 0 0 0-4z"/><path d="M9 15l6-6"/><circle cx="9.5" cy="9.5" r=".8"/><circle cx="14.5" cy="14.5" r=".8"/>',
  'Points card': '<rect x="2.5" y="5" width="19" height="14" rx="2"/><path d="M2.5 9.5h19"/><path d="M6 15h4"/>',
  'Book a table': '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/><path d="M8 14h3v3H8z"/>',
  'Find a shop': '<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>',
  Help: '<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5"/><circle cx="12" cy="17" r=".6"/>',
  Drinks:
    '<path d="M5 8h12v5a6 6 0 0 1-12 0z"/><path d="M17 9h1.5a2.5 2.5 0 0 1 0 5H17"/><path d="M8 2.5c-.6 1 .6 2 0 3M11 2.5c-.6 1 .6 2 0 3M14 2.5c-.6 1 .6 2 0 3"/><path d="M4 21h14"/>',
  Food: '<path d="M3 12h18a9 9 0 0 1-18 0z"/><path d="M7 8c0-2 2-2 2-4M12 8c0-2 2-2 2-4M17 8c0-2 2-2 2-4"/>',
  "Today's special": '<path d="M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z"/>',
  Points:
    '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5v9M9.5 10c0-1.2 1.1-2 2.5-2s2.5.8 2.5 2-1.1 1.6-2.5 2-2.5.8-2.5 2 1.1 2 2.5 2 2.5-.8 2.5-2"/>',
  'Order history': '<path d="M6 3h12v18l-3-2-3 2-3-2-3 2z"/><path d="M9 8h6M9 12h6M9 16h3"/>',
  Settings:
    '<circle cx="12" cy="12" r="3"/><path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"/>',
};

const labelOf = (area: RichMenuArea) => ('label' in area.action && area.action.label) || '';

/** Tabs across the tab bar: the switch areas are the other tabs; the gap they leave is the tab on show, named by the chat bar text. */
function tabBar(menu: RenderedRichMenu['menu'], switches: RichMenuArea[]): string {
  const height = switches[0]!.bounds.height;
  const tabs = switches.map((a) => ({ x: a.bounds.x, width: a.bounds.width, label: labelOf(a), active: false }));
  let x = 0;
  for (const b of switches.map((a) => a.bounds).sort((p, q) => p.x - q.x)) {
    if (b.x > x) tabs.push({ x, width: b.x - x, label: menu.chatBarText, active: true });
    x = b.x + b.width;
  }
  if (x < menu.size.width) tabs.push({ x, width: menu.size.width - x, label: menu.chatBarText, active: true });
  return tabs
    .map((t) => {
      const colors = t.active ? `background:${THEME.brand};color:#fff` : `background:${THEME.ground};color:${THEME.brand}`;
      return `<div class="tab" style="left:${t.x}px;width:${t.width}px;height:${height}px;${colors}">${escapeHtml(t.label)}</div>`;
    })
    .join('');
}

function tile(area: RichMenuArea): string {
  const { x, y, width, height } = area.bounds;
  const label = labelOf(area);
  const icon = ICONS[label] ?? '';
  const size = Math.round(Math.min(width, height) * 0.34);
  // As large as fits on one line: bold sans-serif letters are about 0.62 of the font size wide.
  const font = Math.round(Math.min(size * 0.36, (width - 140) / (label.length * 0.62)));
  return `<div class="tile" style="left:${x}px;top:${y}px;width:${width}px;height:${height}px"><div class="card"><svg viewBox="0 0 24 24" width="${size}" height="${size}">${icon}</svg><span style="font-size:${font}px">${escapeHtml(label)}</span></div></div>`;
}

/** The page that is the image: exactly the menu's size, one tile per area. */
function menuPage({ menu }: RenderedRichMenu): string {
  const switches = menu.areas.filter((a) => a.action.type === 'richmenuswitch');
  const tiles = menu.areas
    .filter((a) => a.action.type !== 'richmenuswitch')
    .map(tile)
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
html,body{margin:0}
body{width:${menu.size.width}px;height:${menu.size.height}px;position:relative;overflow:hidden;background:${THEME.ground};font-family:"DejaVu Sans",system-ui,sans-serif}
.tile{position:absolute;box-sizing:border-box;padding:22px}
.card{width:100%;height:100%;box-sizing:border-box;border-radius:36px;background:${THEME.tile};border:4px solid ${THEME.line};display:flex;flex-direction:column;align-items:center;justify-content:center;gap:28px;color:${THEME.ink}}
.card svg{fill:none;stroke:${THEME.brand};stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}
.card span{font-weight:700;white-space:nowrap;text-align:center}
.tab{position:absolute;top:0;box-sizing:border-box;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:84px;border-bottom:8px solid ${THEME.brand}}
</style><body>${switches.length ? tabBar(menu, switches) : ''}${tiles}</body>`;
}

const browser = await launchChromium();
try {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const example of richMenuExamples) {
    for (const rendered of renderRichMenus(sampleElement(example))) {
      const { menu, image } = rendered;
      if (!(image instanceof URL)) throw new Error(`${menu.name}: give the menu an image={new URL('./….png', import.meta.url)} prop`);
      await page.setViewportSize(menu.size);
      await page.setContent(menuPage(rendered));
      const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...menu.size } });
      const { issues } = richMenuImageIssues(png, menu.size);
      if (issues.length) throw new Error(`${menu.name}: ${issues.map((i) => i.message).join('; ')}`);
      writeFileSync(image, png);
      process.stdout.write(
        `wrote ${fileURLToPath(image)} (${menu.size.width}x${menu.size.height}, ${png.length.toLocaleString('en-US')} bytes)\n`,
      );
      if (rendered.alias === 'brown-cafe-menu') {
        const fixture = new URL('../test/rich-menu/fixtures/half-menu.jpg', import.meta.url);
        writeFileSync(fixture, await page.screenshot({ type: 'jpeg', quality: 80, clip: { x: 0, y: 0, ...menu.size } }));
        process.stdout.write(`wrote ${fileURLToPath(fixture)}\n`);
      }
    }
  }
} finally {
  await browser.close();
}
